import MigrationGuide

/// `accept HANDLE [--on DATE]`: the customer's global admin accepted the reseller relationship.
public struct Accept: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["accept"], aliases: ["aceitar"],
        arguments: [CommonKeys.customer],
        flags: [CommonKeys.on],
        summary: LocalizedText(en: "Record that the customer accepted the invitation", pt: "Registra que o cliente aceitou o convite"),
        examples: ["accept contoso", "accept contoso --on 2026-11-05"])

    /// The customer as typed (a handle or a name); nil for the selected one.
    public var reference: String?
    public var on: CalendarDate?

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        reference = try arguments[CommonKeys.customer]
        on = try arguments[CommonKeys.on]
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        let date = session.date(on)
        let (customer, invitation) = try session.change(reference, for: Self.spec) { customer throws(GuideError) in
            try customer.accept(on: date, today: session.today)
        }
        return Reply(.accepted(customer.handle, invitation))
    }
}

extension Accept {
    /// `accept contoso`.
    static func line(_ customer: some LineValue) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(CommonKeys.customer, customer)
    }
}
