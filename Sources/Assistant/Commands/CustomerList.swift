/// `customer list`: every customer with its stage and open warnings.
public struct CustomerList: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["customer", "list"], aliases: ["customers", "clientes"],
        summary: LocalizedText(en: "List every customer with its stage", pt: "Lista todos os clientes com sua etapa"),
        examples: ["customer list"])

    public init(_ arguments: ParsedArguments) throws(CommandError) {}

    public var changesState: Bool { false }

    public func run(in session: Session) throws(CommandError) -> Reply {
        Reply(.customerList(try session.portfolioRows()))
    }
}
