/// `steps`: the four steps of the move, explained.
public struct Steps: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["steps"], aliases: ["passos"],
        summary: LocalizedText(en: "Explain the four steps of moving a customer to CSP", pt: "Explica as quatro etapas da migração de um cliente para o CSP"),
        examples: ["steps"])

    public init(_ arguments: ParsedArguments) throws(CommandError) {}

    public var changesState: Bool { false }

    public func run(in session: Session) throws(CommandError) -> Reply { Reply(.steps) }
}
