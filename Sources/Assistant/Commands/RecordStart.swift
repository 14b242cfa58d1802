import MigrationStore

/// `record start FILE [--title TEXT]` (or `record FILE`): save the session as a transcript from
/// here on, to hand a case over, train a colleague, or prove what was advised.
public struct RecordStart: AssistantCommand, Equatable {
    static let file = ArgumentKey("FILE", .word(.text), help: LocalizedText(en: "the transcript to write", pt: "a transcrição a gravar"))
    static let force = SwitchKey("--force", help: LocalizedText(en: "replace the file if it exists", pt: "substitui o arquivo se ele existir"))
    static let title = FlagKey("--title", .text(), "TEXT", help: LocalizedText(en: "a title for the transcript's header", pt: "um título para o cabeçalho da transcrição"))

    /// The group's name, which alone stands for this command (`record FILE`).
    static let group = "record"

    public static let spec = CommandSpec(
        [group, "start"], aliases: ["gravar"], groupDefault: true,
        arguments: [file],
        flags: [title, force],
        summary: LocalizedText(
            en: "Record the session as a transcript (`\(group) \(file.argumentSpec.name)` also works)",
            pt: "Grava a sessão como transcrição (`\(group) \(Portuguese().placeholder(file.argumentSpec.name))` também funciona)"),
        examples: [#"record start cases/contoso.txt --title "Contoso: early cancellation refused""#, "record cases/contoso.txt"])

    public var path: String
    public var title: String?
    public var force: Bool

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        path = try arguments[Self.file]
        title = try arguments[Self.title]
        force = arguments[Self.force]
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        if let running = session.recorder { throw .alreadyRecording(path: running.path) }
        session.recorder = try TranscriptRecorder(
            path: path, writtenAt: try session.writeTarget(path, overwrite: force), title: title, today: session.today, language: session.language,
            agent: session.agent, overwrite: force, width: session.width, unicode: session.unicode,
            context: Transcript.Context(selected: session.selected, json: session.format == .json, questions: session.questionLines))
        // A transcript replays on an empty store: what is already recorded would be missing.
        let existing = try session.allCustomers().count
        let database: RecordingBase.Database = switch session.store {
        case let file as SQLiteStore: .file(file.path)
        case is InMemoryStore: .memory
        default: .team
        }
        return Reply(.recording(path: path, started: true, base: existing == 0 ? nil : RecordingBase(customers: existing, database: database)))
    }
}
