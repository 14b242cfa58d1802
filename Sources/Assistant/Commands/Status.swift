/// `status [HANDLE]`: where a customer stands, or with no customer, a table of the whole portfolio.
public struct Status: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["status"], aliases: ["situacao", "situação"],
        arguments: [.customer],
        flags: [.all],
        summary: LocalizedText(en: "Where a customer stands, or every customer's stage", pt: "Em que ponto está um cliente, ou a etapa de todos"),
        examples: ["status contoso", "status", "status --all"])

    public var handle: String?
    public var all: Bool

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        handle = arguments[argument: "HANDLE"]
        all = arguments.isSet("--all")
    }

    public var changesState: Bool { false }

    public func run(in session: Session) throws(CommandError) -> Reply {
        if all || (handle == nil && session.selected == nil) {
            return Reply(.portfolioStatus(try session.allCustomers().map(session.portfolioRow)))
        }
        let customer = try session.customer(handle, for: Self.spec)
        return Reply(.status(session.guide.guidance(for: customer, on: session.today)))
    }
}
