import MigrationGuide

/// `reassign HANDLE [--done]`: which license assignments must move to a new offer, and recording it done.
public struct Reassign: AssistantCommand, Equatable {
    static let done = SwitchKey("--done", help: LocalizedText(en: "record that the assignments were moved", pt: "registra que as atribuições foram movidas"))

    public static let spec = CommandSpec(
        ["reassign"], aliases: ["reatribuir"],
        arguments: [CommonKeys.customer],
        flags: [done, CommonKeys.on],
        summary: LocalizedText(en: "Show the license reassignment a changed offer needs, or record it done", pt: "Mostra a reatribuição de licenças que uma troca de oferta exige, ou registra que foi feita"),
        examples: ["reassign contoso", "reassign contoso --done"])

    /// The customer as typed (a handle or a name); nil for the selected one.
    public var reference: String?
    public var done: Bool
    public var on: CalendarDate?

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        reference = try arguments[CommonKeys.customer]
        done = arguments[Self.done]
        on = try arguments[CommonKeys.on]
    }

    public var changesState: Bool { done }

    public func run(in session: Session) throws(CommandError) -> Reply {
        var customer = try session.customer(reference, for: Self.spec)
        let changes = session.guide.guidance(for: customer, on: session.today).findings.compactMap { finding -> OfferChange? in
            if case .offerChange(let change) = finding { return change }
            return nil
        }
        guard done, !changes.isEmpty else {
            return Reply(.reassignment(ReassignmentReply(handle: customer.handle, changes: changes, doneOn: nil)))
        }
        let date = session.date(on)
        customer.recordReassignment(on: date)
        try session.save(customer)
        return Reply(.reassignment(ReassignmentReply(handle: customer.handle, changes: changes, doneOn: date)))
    }
}

extension Reassign {
    /// `reassign contoso`, or `reassign contoso --done` to record it.
    static func line(_ customer: some LineValue, done: Bool = false) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(CommonKeys.customer, customer).with(Self.done, done)
    }
}
