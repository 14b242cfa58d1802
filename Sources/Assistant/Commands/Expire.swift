import MigrationGuide

/// `expire HANDLE LICENSE [--on DATE]`: an original ran to its natural end.
public struct Expire: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["expire"], aliases: ["expirar"],
        arguments: [.customer, .license],
        flags: [.on],
        summary: LocalizedText(en: "Step 3: record that an original ended naturally", pt: "Etapa 3: registra que uma original terminou naturalmente"),
        examples: ["expire contoso L1", "expire contoso L1 --on 2027-01-31"])

    public var handle: String?
    public var license: String
    public var on: CalendarDate?

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        handle = arguments[argument: "HANDLE"]
        license = try arguments.required("LICENSE")
        on = try arguments.date("--on")
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        var customer = try session.customer(handle, for: Self.spec)
        let original: OriginalSubscription
        do {
            let found = try customer.resolveOriginal(license)
            // Without --on, the natural end date is what happened, not the day it was recorded.
            original = try customer.expire(license, on: on ?? min(found.expires, session.today), today: session.today)
        } catch {
            throw .guide(error)
        }
        try session.save(customer)
        return Reply(.expired(customer.handle, original))
    }
}
