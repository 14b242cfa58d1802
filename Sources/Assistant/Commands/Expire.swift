import MigrationGuide

/// `expire HANDLE LICENSE [--on DATE]`: an original ran to its natural end.
public struct Expire: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["expire"], aliases: ["expirar"],
        arguments: [CommonKeys.customer, CommonKeys.license],
        flags: [CommonKeys.on],
        summary: LocalizedText(en: "Step 3: record that an original ended naturally", pt: "Etapa 3: registra que uma original terminou naturalmente"),
        examples: ["expire contoso L1", "expire contoso L1 --on 2027-01-31"])

    /// The customer as typed (a handle or a name); nil for the selected one.
    public var reference: String?
    public var license: String
    public var on: CalendarDate?

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        reference = try arguments[CommonKeys.customer]
        license = try arguments[CommonKeys.license]
        on = try arguments[CommonKeys.on]
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        try session.refuseCustomerAsOriginal(reference, original: license, for: Self.spec)
        let (customer, original) = try session.change(reference, for: Self.spec) { customer throws(GuideError) in
            let found = try customer.resolveOriginal(license)
            // Without --on, the natural end date is what happened, not the day it was recorded.
            return try customer.expire(license, on: on ?? min(found.expires, session.today), today: session.today)
        }
        return Reply(.expired(customer.handle, original))
    }
}

extension Expire {
    /// `expire contoso L1`.
    static func line(_ customer: Handle, _ license: LicenseID) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(CommonKeys.customer, customer.rawValue).with(CommonKeys.license, license.description)
    }
}
