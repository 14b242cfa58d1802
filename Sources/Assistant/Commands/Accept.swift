import MigrationGuide

/// `accept HANDLE [--on DATE]`: the customer's global admin accepted the reseller relationship.
public struct Accept: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["accept"], aliases: ["aceitar"],
        arguments: [.customer],
        flags: [.on],
        summary: LocalizedText(en: "Record that the customer accepted the invitation", pt: "Registra que o cliente aceitou o convite"),
        examples: ["accept contoso", "accept contoso --on 2026-11-05"])

    public var handle: String?
    public var on: CalendarDate?

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        handle = arguments[argument: "HANDLE"]
        on = try arguments.date("--on")
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        var customer = try session.customer(handle, for: Self.spec)
        let invitation: Invitation
        do {
            invitation = try customer.accept(on: session.date(on), today: session.today)
        } catch {
            throw .guide(error)
        }
        try session.save(customer)
        return Reply(.accepted(customer.handle, invitation))
    }
}
