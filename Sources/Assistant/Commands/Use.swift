/// `use [HANDLE]`: select a customer so later commands may leave the handle out; alone, clears it.
public struct Use: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["use"], aliases: ["usar"],
        arguments: [ArgumentSpec("HANDLE", .handle, .optional, help: LocalizedText(en: "the customer to select; none clears the selection", pt: "o cliente a selecionar; sem ele, limpa a seleção"))],
        summary: LocalizedText(en: "Select a customer for the commands that follow", pt: "Seleciona um cliente para os comandos seguintes"),
        examples: ["use contoso", "use"])

    public var handle: String?

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        handle = arguments[argument: "HANDLE"]
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        guard let handle else {
            session.selected = nil
            return Reply(.selected(nil))
        }
        let customer = try session.customer(handle, for: Self.spec)
        session.selected = customer.handle
        return Reply(.selected(customer.handle))
    }
}
