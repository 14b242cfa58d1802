/// `customer show HANDLE`: the customer's details and everything recorded about its move.
public struct CustomerShow: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["customer", "show"],
        arguments: [.customer],
        summary: LocalizedText(en: "Show a customer's details and subscriptions", pt: "Mostra os dados e as assinaturas de um cliente"),
        examples: ["customer show contoso"])

    public var handle: String?

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        handle = arguments[argument: "HANDLE"]
    }

    public var changesState: Bool { false }

    public func run(in session: Session) throws(CommandError) -> Reply {
        let customer = try session.customer(handle, for: Self.spec)
        return Reply(.customerDetail(customer, session.guide.guidance(for: customer, on: session.today)))
    }
}
