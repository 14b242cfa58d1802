/// `customer show HANDLE`: the customer's details and everything recorded about its move.
public struct CustomerShow: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["customer", "show"],
        arguments: [CommonKeys.customer],
        summary: LocalizedText(en: "Show a customer's details and subscriptions", pt: "Mostra os dados e as assinaturas de um cliente"),
        examples: ["customer show contoso"])

    /// The customer as typed (a handle or a name); nil for the selected one.
    public var reference: String?

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        reference = try arguments[CommonKeys.customer]
    }

    public var changesState: Bool { false }

    public func run(in session: Session) throws(CommandError) -> Reply {
        let customer = try session.customer(reference, for: Self.spec)
        return Reply(.customerDetail(customer, session.guide.guidance(for: customer, on: session.today)))
    }
}
