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
        version: ProgramVersion.current.line,
        subcommands: [Replay.self, Copy.self])

    @Option(name: ProgramOption.command.argumentNames, help: ProgramOption.command.argumentHelp)
    var commands: [String] = []

    @Option(name: .customLong(ProgramOption.lang.long), help: ProgramOption.lang.argumentHelp)
    var lang: LanguageSetting?

    @Flag(name: .customLong(ProgramOption.json.long), help: ProgramOption.json.argumentHelp)
    var json = false

    @Flag(name: .customLong(ProgramOption.noColor.long), help: ProgramOption.noColor.argumentHelp)
    var noColor = false

    @Flag(name: .customLong(ProgramOption.noHistory.long), help: ProgramOption.noHistory.argumentHelp)
    var noHistory = false

    @Flag(name: .customLong(ProgramOption.stopOnError.long), help: ProgramOption.stopOnError.argumentHelp)
    var stopOnError = false

    @Option(name: .customLong(ProgramOption.today.long), help: ProgramOption.today.argumentHelp)
    var today: String?

    @Option(name: .customLong(ProgramOption.agent.long), help: ProgramOption.agent.argumentHelp)
    var agent: String?

    @Option(name: .customLong(ProgramOption.record.long), help: ProgramOption.record.argumentHelp, completion: .file())
    var record: String?

    @Option(name: .customLong(ProgramOption.database.long), help: ProgramOption.database.argumentHelp, completion: .file())
    var db: String?

    /// `make install` writes the manual page with this, so the page comes from the program's own
    /// declarations; not for people, hence hidden.
    @Option(name: .customLong("manual-page"), help: ArgumentHelp(visibility: .private))
    var manualPage: String?

    func validate() throws {
        if let manualPage, Language(loose: manualPage) == nil {
            throw ValidationError("--manual-page must be en or pt-BR, not '\(manualPage)'.")
        }
    }

    func run() throws {
        let unicode = Terminal.useUTF8Locale()
        if let manualPage {
            print(ManualPage(language: Language(loose: manualPage) ?? .en).roff, terminator: "")
            return
        }
        let environment = ProcessInfo.processInfo.environment
        // `--lang` for this run, else what `lang` last chose, else the locale.
        let setting = lang ?? LanguagePreference.load(environment: environment)
        let language = Self.language(setting, environment: environment)
        // Read as `today` reads its argument, in the session's language: `31/12/2026` in
        // Portuguese, `tomorrow`/`amanhã` from the system date.
        var sessionDate = SystemClock.today()
        if let today {
            do throws(CommandError) {
                sessionDate = try ValueReader<DayReference>.day.read(today, field: "--" + ProgramOption.today.long, language: language).resolved(from: sessionDate)
            } catch {
                FileHandle.standardError.write(Data(("csp-migrate: " + TextRenderer(language: language).render(.failure(error)) + "\n").utf8))
                throw ExitCode(2)
            }
        }
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
                today: sessionDate,
                language: language, format: json ? .json : .text,
                agent: role ?? agent ?? environment["USER"] ?? NSUserName(),
                timestamp: SystemClock.timestamp)
            // `auto` starts in the locale's language and then follows each question.
            session.followsQuestionLanguage = setting == .auto
            session.languageChanged = { LanguagePreference.save($0, environment: environment) }
            if Terminal.stdoutIsTerminal {
                session.measureWidth = { Terminal.width(environment: environment) }
            } else {
                session.width = Terminal.width(environment: environment)
            }
            session.unicode = unicode
        } catch {
            // The shell cannot start without its state: say which file and what to do, write nothing.
            let message = TextRenderer(language: language).render(.failure(.storage(error)))
            FileHandle.standardError.write(Data(("csp-migrate: " + message + "\n").utf8))
            // `--agent` with a team store is a flag that does not fit: a usage error, like any bad flag.
            if case .unavailable(_, .agentIsRole) = error { throw ExitCode(2) }
            throw ExitCode(1)
        }

        let interactive = commands.isEmpty && Terminal.stdinIsTerminal && Terminal.stdoutIsTerminal
        let style = Style(enabled: Style.wanted(environment: environment, outputIsTerminal: Terminal.stdoutIsTerminal, disabledByFlag: noColor))
        let loop = ShellLoop(session: session, options: .init(stopOnError: stopOnError, style: style, interactive: interactive, announcesColleagues: interactive))

        // A launcher may start us with stop signals blocked (as the terminal shell also undoes):
        // a script stopped with SIGTERM must stop, after the reply of the change it is making.
        Terminal.acceptStopSignals()
        let source: any LineSource
        if !commands.isEmpty {
            source = ScriptLineSource(commands)
        } else if interactive, let editor = EditLineSource(
            historyPath: noHistory ? nil : EditLineSource.defaultHistoryPath(environment: environment),
            prompt: { session.prompt },
            complete: { Completer().complete($0, data: session) },
            language: { session.language }) {
            source = editor
        } else {
            source = PlainLineSource()
        }

        if let record {
            do {
                session.recorder = try TranscriptRecorder(path: record, title: nil, today: session.today, language: session.language, agent: session.agent, overwrite: false, width: session.width, unicode: session.unicode)
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
