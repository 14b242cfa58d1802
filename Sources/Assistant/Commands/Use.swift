/// `use [HANDLE]`: select a customer so later commands may leave the handle out; alone, clears it.
public struct Use: AssistantCommand, Equatable {
    static let customer = OptionalArgumentKey("HANDLE", .word(.handle), help: LocalizedText(en: "the customer to select; none clears the selection", pt: "o cliente a selecionar; sem ele, limpa a seleção"))

    public static let spec = CommandSpec(
        ["use"], aliases: ["usar"],
        arguments: [customer],
        summary: LocalizedText(en: "Select a customer for the commands that follow", pt: "Seleciona um cliente para os comandos seguintes"),
        examples: ["use contoso", "use"])

    /// The customer as typed (a handle or a name); nil clears the selection.
    public var reference: String?

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        reference = try arguments[Self.customer]
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        guard let reference else {
            session.selected = nil
            return Reply(.selected(nil))
        }
        let customer = try session.customer(reference, for: Self.spec)
        session.selected = customer.handle
        return Reply(.selected(customer.handle))
    }
}

extension Use {
    /// `use contoso`, or `use HANDLE` where no customer is at hand.
    static func line(_ customer: some LineValue) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(Self.customer, customer)
    }
}
