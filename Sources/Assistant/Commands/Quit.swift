/// `quit` / `exit`: leave the shell (history is saved).
public struct Quit: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["quit"], aliases: ["exit", "sair"],
        summary: LocalizedText(en: "Leave the assistant", pt: "Sai do assistente"),
        examples: ["quit"])

    public init(_ arguments: ParsedArguments) throws(CommandError) {}

    public func run(in session: Session) throws(CommandError) -> Reply {
        Reply([.goodbye], endsSession: true)
    }
}
