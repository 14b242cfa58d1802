/// `record stop`: stop recording; the transcript is complete.
public struct RecordStop: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        [RecordStart.group, "stop"],
        summary: LocalizedText(en: "Stop recording the session", pt: "Para a gravação da sessão"),
        examples: ["record stop"])

    public init(_ arguments: ParsedArguments) throws(CommandError) {}

    public func run(in session: Session) throws(CommandError) -> Reply {
        let stopped = session.recorder?.path
        session.recorder = nil
        return Reply(.recording(path: stopped, started: false, base: nil))
    }
}
