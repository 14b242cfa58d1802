/// `record FILE [--title TEXT]` / `record stop`: save the session as a transcript from here on,
/// to hand a case over, train a colleague, or prove what was advised.
public struct Record: AssistantCommand, Equatable {
    static let file = ArgumentKey("FILE", .word(.text), help: LocalizedText(en: "the transcript to write, or `stop`", pt: "a transcrição a gravar, ou `stop`"))
    static let title = FlagKey("--title", .text(), "TEXT", help: LocalizedText(en: "a title for the transcript's header", pt: "um título para o cabeçalho da transcrição"))

    public static let spec = CommandSpec(
        ["record"], aliases: ["gravar"],
        arguments: [file],
        flags: [title],
        summary: LocalizedText(en: "Record the session as a transcript, or stop recording", pt: "Grava a sessão como transcrição, ou para a gravação"),
        examples: [#"record cases/contoso.txt --title "Contoso: early cancellation refused""#, "record stop"])

    public var path: String
    public var title: String?

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        path = try arguments[Self.file]
        title = try arguments[Self.title]
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        if path == "stop" {
            let stopped = session.recorder?.path
            session.recorder = nil
            return Reply(.recording(path: stopped, started: false))
        }
        session.recorder = try TranscriptRecorder(path: path, title: title, today: session.today, language: session.language)
        return Reply(.recording(path: path, started: true))
    }
}
