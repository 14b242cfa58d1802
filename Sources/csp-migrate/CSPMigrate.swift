import ArgumentParser
import Assistant
import Foundation
import MigrationGuide
import MigrationStore

/// The program's flags, and the wiring of a session to its input and output.
struct CSPMigrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csp-migrate",
        abstract: "Guides support staff through moving customers from license-based services to the Cloud Solution Provider program.",
        discussion: """
            With no -c and a terminal, opens the interactive shell (type `help`). With standard input \
            from a pipe or a file, runs its lines as commands. Exit status: 0 when every command \
            succeeded, 1 when any failed, 2 for bad program flags; leaving the interactive shell is 0.
            """,
        subcommands: [Replay.self, Copy.self])

    @Option(name: .customShort("c"), help: ArgumentHelp("Run a command line and exit; repeat to run several in order.", valueName: "command"))
    var commands: [String] = []

    @Option(help: ArgumentHelp("Language of replies: en, pt-BR, or auto to answer each question in its own language (default from LANG).", valueName: "language"))
    var lang: LanguageSetting?

    @Flag(help: "Write each reply as one JSON object, for scripts.")
    var json = false

    @Flag(name: .customLong("no-color"), help: "Never colour the output.")
    var noColor = false

    @Flag(name: .customLong("no-history"), help: "Neither load nor save the shell's history.")
    var noHistory = false

    @Flag(name: .customLong("stop-on-error"), help: "Stop at the first failing command, reporting its line number.")
    var stopOnError = false

    @Option(help: ArgumentHelp("The session's date (default: the system date).", valueName: "YYYY-MM-DD"))
    var today: CalendarDate?

    @Option(help: ArgumentHelp("Who the journal names for changes (default: $USER).", valueName: "name"))
    var agent: String?

    @Option(help: ArgumentHelp("Record the session as a transcript in this file.", valueName: "file"))
    var record: String?

    @Option(help: ArgumentHelp("The database: a file (default: $CSP_MIGRATE_DB, else $XDG_DATA_HOME/csp-migrate/state.sqlite; :memory: keeps nothing), or a team database on PostgreSQL (postgresql://USER@HOST/DATABASE or host=... dbname=...).", valueName: "path"))
    var db: String?

    func run() throws {
        Terminal.useUTF8Locale()
        let environment = ProcessInfo.processInfo.environment
        // `--lang` for this run, else what `lang` last chose, else the locale.
        let setting = lang ?? LanguagePreference.load(environment: environment)
        let language = Self.language(setting, environment: environment)
        let session: Session
        do throws(StoreError) {
            let named = db ?? Self.databaseVariable(environment)
            if let named, case .file(let path) = StoreLocation(argument: named) {
                // Only the default path has its folders created: a named one is likely a typo.
                let folder = (path as NSString).deletingLastPathComponent
                if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
                    throw StoreError.unavailable(path: path, problem: .missingFolder(folder))
                }
            }
            let store = try openStore(path: named ?? SQLiteStore.defaultPath(environment: environment))
            // In a team store the journal names the database role, so no one records in another's name.
            let role = (store as? any SharedPortfolioStore)?.role
            if let role, agent != nil { throw StoreError.unavailable(path: (store as? PostgresStore)?.server ?? "", problem: .agentIsRole(role)) }
            if (store as? PostgresStore)?.passwordInConnectionString == true {
                FileHandle.standardError.write(Data(("csp-migrate: " + TextRenderer(language: language).render(Reply(.passwordInConnectionString)) + "\n").utf8))
            }
            session = try Session(
                store: store,
                today: today ?? SystemClock.today(),
                language: language, format: json ? .json : .text,
                agent: role ?? agent ?? environment["USER"] ?? NSUserName(),
                timestamp: SystemClock.timestamp)
            // `auto` starts in the locale's language and then follows each question.
            session.followsQuestionLanguage = setting == .auto
            session.languageChanged = { LanguagePreference.save($0, environment: environment) }
        } catch {
            // The shell cannot start without its state: say which file and what to do, write nothing.
            let message = TextRenderer(language: language).render(.failure(.storage(error)))
            FileHandle.standardError.write(Data(("csp-migrate: " + message + "\n").utf8))
            throw ExitCode(1)
        }

        let interactive = commands.isEmpty && Terminal.stdinIsTerminal && Terminal.stdoutIsTerminal
        let style = Style(enabled: Style.wanted(environment: environment, outputIsTerminal: Terminal.stdoutIsTerminal, disabledByFlag: noColor))
        let loop = ShellLoop(session: session, options: .init(stopOnError: stopOnError, style: style, interactive: interactive, announcesColleagues: interactive))

        let source: any LineSource
        if !commands.isEmpty {
            source = ScriptLineSource(commands)
        } else if interactive, let editor = EditLineSource(
            historyPath: noHistory ? nil : EditLineSource.defaultHistoryPath(environment: environment),
            prompt: { session.prompt },
            complete: { Completer().complete($0, data: session) }) {
            source = editor
        } else {
            source = PlainLineSource()
        }

        if let record {
            do {
                session.recorder = try TranscriptRecorder(path: record, title: nil, today: session.today, language: session.language, agent: session.agent, overwrite: false)
            } catch {
                FileHandle.standardError.write(Data(("csp-migrate: " + TextRenderer(language: language).render(.failure(error)) + "\n").utf8))
                throw ExitCode(2)
            }
        }
        let outcome = loop.run(source)
        if case .stopped(let line) = outcome {
            FileHandle.standardError.write(Data("csp-migrate: stopped at line \(line): the command failed (--stop-on-error)\n".utf8))
        }
        throw ExitCode(outcome.exitStatus)
    }
}

extension CSPMigrate {
    /// `--lang` when it names a language, else the locale's.
    static func language(_ setting: LanguageSetting?, environment: [String: String]) -> Language {
        if case .fixed(let language) = setting { return language }
        func nonEmpty(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        return Language(localeValue: nonEmpty("LC_ALL") ?? nonEmpty("LC_MESSAGES") ?? environment["LANG"])
    }

    /// `CSP_MIGRATE_DB`: the database every run uses when `--db` is not given (a desk sets it to
    /// the team database once, in each agent's profile).
    static func databaseVariable(_ environment: [String: String]) -> String? {
        environment["CSP_MIGRATE_DB"].flatMap { $0.isEmpty ? nil : $0 }
    }
}

/// `--today 2026-12-01`.
extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(iso: argument)
    }
}

/// `--lang en|pt-BR|auto`.
extension LanguageSetting: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }

    public static var allValueStrings: [String] { names }
}

/// The language `lang` chose, remembered for the person's next session: a personal preference in
/// their own config folder ($XDG_CONFIG_HOME/csp-migrate/lang), not a policy of the shared database.
enum LanguagePreference {
    static func path(environment: [String: String]) -> String? {
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["HOME"].flatMap { $0.isEmpty ? nil : $0 + "/.config" }
        return config.map { $0 + "/csp-migrate/lang" }
    }

    static func load(environment: [String: String]) -> LanguageSetting? {
        guard let path = path(environment: environment), let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return LanguageSetting(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Best effort: a preference that cannot be written is not worth failing a command for.
    static func save(_ setting: LanguageSetting, environment: [String: String]) {
        guard let path = path(environment: environment) else { return }
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try? (setting.name + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}
