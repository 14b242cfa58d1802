/// One flag of the `csp-migrate` program itself (not of a shell command), declared once: the
/// program's argument parser takes its name and English help from here, and the manual page
/// lists it in both languages.
public struct ProgramOption: Sendable {
    /// `lang` for `--lang`.
    public var long: String
    /// `c` for `-c`, when the flag has only a short name.
    public var short: Character?
    /// What the value is called (`language`); nil for a switch.
    public var valueName: LocalizedText?
    public var help: LocalizedText

    public init(long: String = "", short: Character? = nil, valueName: LocalizedText? = nil, help: LocalizedText) {
        self.long = long
        self.short = short
        self.valueName = valueName
        self.help = help
    }

    /// `-c` or `--lang`.
    public var spelling: String { short.map { "-\($0)" } ?? "--\(long)" }
}

extension ProgramOption {
    public static let command = ProgramOption(
        short: "c", valueName: LocalizedText(en: "command", pt: "comando"),
        help: LocalizedText(en: "Run a command line and exit; repeat to run several in order.", pt: "Executa uma linha de comando e sai; repita para executar várias, em ordem."))
    public static let lang = ProgramOption(
        long: "lang", valueName: LocalizedText(en: "language", pt: "idioma"),
        help: LocalizedText(en: "Language of replies: en, pt-BR, or auto to answer each question in its own language (default from LANG).", pt: "Idioma das respostas: en, pt-BR, ou auto para responder cada pergunta no idioma em que foi feita (padrão: LANG)."))
    public static let json = ProgramOption(
        long: "json",
        help: LocalizedText(en: "Write each reply as one JSON object, for scripts.", pt: "Escreve cada resposta como um objeto JSON, para scripts."))
    public static let noColor = ProgramOption(
        long: "no-color",
        help: LocalizedText(en: "Never colour the output.", pt: "Nunca usa cores na saída."))
    public static let noHistory = ProgramOption(
        long: "no-history",
        help: LocalizedText(en: "Neither load nor save the shell's history.", pt: "Não carrega nem grava o histórico do shell."))
    public static let stopOnError = ProgramOption(
        long: "stop-on-error",
        help: LocalizedText(en: "Stop at the first failing command, reporting its line number.", pt: "Para no primeiro comando que falhar, informando o número da linha."))
    public static let today = ProgramOption(
        long: "today", valueName: LocalizedText(en: "YYYY-MM-DD", pt: "AAAA-MM-DD"),
        help: LocalizedText(en: "The session's date (default: the system date).", pt: "A data da sessão (padrão: a data do sistema)."))
    public static let agent = ProgramOption(
        long: "agent", valueName: LocalizedText(en: "name", pt: "nome"),
        help: LocalizedText(en: "Who the journal names for changes (default: $USER).", pt: "Quem o histórico de alterações registra como autor (padrão: $USER)."))
    public static let record = ProgramOption(
        long: "record", valueName: LocalizedText(en: "file", pt: "arquivo"),
        help: LocalizedText(en: "Record the session as a transcript in this file.", pt: "Grava a sessão como transcrição neste arquivo."))
    public static let database = ProgramOption(
        long: "db", valueName: LocalizedText(en: "path", pt: "caminho"),
        help: LocalizedText(
            en: "The database: a file (default: $CSP_MIGRATE_DB, else $XDG_DATA_HOME/csp-migrate/state.sqlite; :memory: keeps nothing), or a team database on PostgreSQL (postgresql://USER@HOST/DATABASE or host=... dbname=...).",
            pt: "O banco de dados: um arquivo (padrão: $CSP_MIGRATE_DB, senão $XDG_DATA_HOME/csp-migrate/state.sqlite; :memory: não guarda nada), ou um banco da equipe no PostgreSQL (postgresql://USUARIO@SERVIDOR/BANCO ou host=... dbname=...)."))
    public static let version = ProgramOption(
        long: "version",
        help: LocalizedText(en: "Print the version and the commit the program was built from.", pt: "Mostra a versão e o commit de que o programa foi compilado."))
    public static let help = ProgramOption(
        long: "help",
        help: LocalizedText(en: "Show the program's flags.", pt: "Mostra as opções do programa."))

    /// The flags of `csp-migrate` itself, in the order the manual lists them.
    public static let program: [ProgramOption] = [command, lang, json, noColor, noHistory, stopOnError, today, agent, record, database, version, help]

    public static let replayUpdate = ProgramOption(
        long: "update",
        help: LocalizedText(en: "Rewrite each file's expected output with what the program printed now (review the diff before committing).", pt: "Reescreve a saída esperada de cada arquivo com o que o programa imprimiu agora (revise a diferença antes de gravar)."))
    public static let replayShow = ProgramOption(
        long: "show",
        help: LocalizedText(en: "Print the session as it replays, like watching it typed.", pt: "Mostra a sessão enquanto é reproduzida, como se fosse digitada."))
    public static let replayStep = ProgramOption(
        long: "step",
        help: LocalizedText(en: "Wait for Enter before each command (training).", pt: "Espera Enter antes de cada comando (treinamento)."))
    public static let copyFrom = ProgramOption(
        long: "from", valueName: LocalizedText(en: "file", pt: "arquivo"),
        help: LocalizedText(en: "The portfolio file (SQLite) to copy from.", pt: "O arquivo da carteira (SQLite) de onde copiar."))
    public static let copyTo = ProgramOption(
        long: "to", valueName: LocalizedText(en: "postgresql://...", pt: "postgresql://..."),
        help: LocalizedText(en: "The team database (default: $CSP_MIGRATE_DB).", pt: "O banco da equipe (padrão: $CSP_MIGRATE_DB)."))
    public static let copyMerge = ProgramOption(
        long: "merge",
        help: LocalizedText(en: "Add to a team database that already holds customers or history.", pt: "Acrescenta a um banco da equipe que já tem clientes ou histórico."))

    /// The flags of `csp-migrate copy`.
    public static let copy: [ProgramOption] = [copyFrom, copyTo, copyMerge]

    /// The flags of `csp-migrate replay FILE...` (besides the program's own, such as --db).
    public static let replay: [ProgramOption] = [replayUpdate, replayShow, replayStep]
}

/// A subcommand of the program itself (`csp-migrate replay FILE...`), declared once: its name,
/// what its arguments are called and its options. The program's argument parser, the manual's
/// synopsis and every `csp-migrate` line a reply suggests take them from here.
public struct ProgramSubcommand: Sendable {
    public var name: String
    /// What each of its arguments is (`file`, repeated); nil when it takes none.
    public var argumentName: LocalizedText?
    public var options: [ProgramOption]

    public static let replay = ProgramSubcommand(name: "replay", argumentName: LocalizedText(en: "file", pt: "arquivo"), options: ProgramOption.replay)
    public static let copy = ProgramSubcommand(name: "copy", argumentName: nil, options: ProgramOption.copy)

    public static let all = [replay, copy]
}

/// A `csp-migrate` command line that a reply suggests (`csp-migrate replay --db COPY.sqlite
/// case.txt`), built from the program's declarations as `SuggestedCommand` builds a shell line.
public struct ProgramLine: Sendable, CustomStringConvertible {
    public static let program = "csp-migrate"

    public let subcommand: ProgramSubcommand?
    public private(set) var words: [String]

    public init(_ subcommand: ProgramSubcommand? = nil) {
        self.subcommand = subcommand
        words = [Self.program] + (subcommand.map { [$0.name] } ?? [])
    }

    public var description: String { words.joined(separator: " ") }

    /// An option of the program or of the subcommand, with its value as typed (quoted for a POSIX
    /// shell when needed: the line is typed there, not at the prompt).
    public func with(_ option: ProgramOption, _ value: String) -> Self {
        assert(ProgramOption.program.contains { $0.spelling == option.spelling } || subcommand?.options.contains { $0.spelling == option.spelling } == true,
               "csp-migrate \(subcommand?.name ?? "") does not declare \(option.spelling)")
        var copy = self
        copy.words += [option.spelling, RecordingBase.shellWord(value)]
        return copy
    }

    /// The subcommand's arguments (files), as typed.
    public func with(arguments: [String]) -> Self {
        assert(subcommand?.argumentName != nil, "csp-migrate \(subcommand?.name ?? "") takes no arguments")
        var copy = self
        copy.words += arguments.map(RecordingBase.shellWord)
        return copy
    }
}
