import Foundation
import MigrationGuide
import MigrationStore

/// One assistant session: the store, the session's date, language and output format, the selected
/// customer, and the guide's settings. Every line, typed, piped, given with `-c` or replayed from a
/// transcript, goes through `execute`.
public final class Session {
    public let store: any PortfolioStore
    public let parser: Parser
    public var today: CalendarDate
    public var language: Language
    /// `lang auto`: each question switches replies to the language it was asked in.
    public var followsQuestionLanguage = false
    /// Told when `lang` changes the language, so the shell can remember it for the person's next
    /// session (a personal preference, never stored in the shared database).
    public var languageChanged: ((LanguageSetting) -> Void)?
    public var format: OutputFormat
    /// The customer chosen with `use`; commands may then leave the handle out.
    public var selected: Handle?
    public var guide: Guide
    /// Who the journal names: `$USER` or `--agent`.
    public var agent: String
    /// Wall-clock time for the journal, injected so tests and transcripts stay deterministic.
    public let timestamp: @Sendable () -> String
    /// The command line being run, for the journal.
    private(set) var currentLine = ""
    /// Whether the line being run (or last run) wrote a journal entry: every change to the store
    /// is written with one, in the same transaction.
    private var lineWroteJournal = false
    /// The last question answered, for follow-ups such as "and on March 10?".
    var lastQuestion: Reading?
    /// The lines that built `lastQuestion`: the question, then its follow-ups. A recording carries
    /// them in its header, so that a follow-up asked after `record` replays.
    var questionLines: [String] = []
    /// Customers' names as question words, kept between questions.
    let questionWords = CustomerNames()
    /// Terminal columns for drawings: COLUMNS or the terminal's size, 80 when piped, a transcript's
    /// `# width:` header when replaying.
    public var width: Int {
        get { measureWidth?() ?? fixedWidth }
        set {
            fixedWidth = newValue
            measureWidth = nil
        }
    }
    private var fixedWidth = Transcript.defaultWidth
    /// At a terminal the width is measured again for each reply, so a resized window is followed.
    public var measureWidth: (() -> Int)?
    /// The terminal takes Unicode (UTF-8 locale); drawings fall back to ASCII otherwise.
    public var unicode = true
    /// Where the session is being recorded as a transcript (`--record`, `record FILE`).
    public var recorder: TranscriptRecorder?
    /// During a replay, the folder that files the transcript writes (`export`, `record`) go to, so a
    /// transcript received from someone else cannot write anywhere else.
    public var fileSandbox: String?

    public init(
        store: any PortfolioStore, today: CalendarDate, language: Language = .en, format: OutputFormat = .text,
        agent: String = "unknown", timestamp: @escaping @Sendable () -> String = { "" }, parser: Parser = Parser()
    ) throws(StoreError) {
        self.store = store
        self.today = today
        self.language = language
        self.format = format
        self.agent = agent
        self.timestamp = timestamp
        self.parser = parser
        self.guide = Guide(settings: try store.loadSettings())
    }

    /// Parses and runs one line. Blank lines and comments give an empty reply.
    /// The line is parsed first: only one that is not a command, but reads as a question, is
    /// answered by a read-only command (`Questions/`). So `?` is help, and a `?` inside a
    /// command's own words (`--name Why?`) stays there.
    public func execute(_ line: String) -> Reply {
        currentLine = line
        lineWroteJournal = false
        if let settings = try? store.settingsChangedElsewhere() { guide = Guide(settings: settings) }
        let command: any AssistantCommand
        do {
            switch try parser.parse(line, language: language) {
            case .empty: return Reply()
            case .command(let parsed): command = parsed
            }
        } catch {
            return answerIfQuestion(line, parseError: error) ?? .failure(error)
        }
        do {
            return try command.run(in: self)
        } catch {
            return .failure(error)
        }
    }

    /// The shell's prompt: `csp> `, or `csp(contoso)> ` with a customer selected.
    public var prompt: String { selected.map { "csp(\($0))> " } ?? "csp> " }

    /// Where a file a command writes really goes, checked: inside the replay's sandbox when
    /// replaying, and never over an existing file unless `overwrite` (`--force`). Every file a
    /// command writes comes through here.
    func writeTarget(_ path: String, overwrite: Bool) throws(CommandError) -> String {
        let target = writablePath(path)
        if !overwrite, FileManager.default.fileExists(atPath: target) { throw .file(path: path, problem: .exists) }
        return target
    }

    /// Writes a whole file a command produces, by the rules of `writeTarget`.
    func write(_ text: String, to path: String, overwrite: Bool) throws(CommandError) {
        try FileAccess.write(text, to: writeTarget(path, overwrite: overwrite))
    }

    /// Where a file a command writes really goes: as named, or inside the replay's sandbox, under
    /// a flat name made from the whole path (so `../x` and `/etc/x` stay inside).
    func writablePath(_ path: String) -> String {
        guard let fileSandbox else { return path }
        let flat = path.map { $0 == "/" || $0 == "\\" ? "_" : String($0) }.joined()
        return fileSandbox + "/" + (flat.hasPrefix(".") ? "_" + flat : flat)
    }


    // MARK: - Services for commands

    /// What a command that can cover the whole portfolio works on.
    enum Scope: Equatable {
        case portfolio
        /// The customer named (nil: the selected one).
        case customer(String?)
    }

    /// The one rule of `advise`, `status` and `log`: the whole portfolio with `--all`, or when no
    /// customer is named or selected; otherwise the one customer.
    func scope(_ reference: String?, all: Bool) -> Scope {
        all || (reference == nil && selected == nil) ? .portfolio : .customer(reference)
    }

    /// One step on one customer: loads it, runs `step` on it, and saves it as one unit with the
    /// journal entry (naming `warnings` of the result, such as an override). A refused step throws
    /// its guide error and saves nothing. With `recording: false` (a dry run) nothing is saved.
    func change<Result>(
        _ reference: String?, for command: CommandSpec, recording: Bool = true,
        warnings: (Result) -> [MessageCode] = { _ in [] },
        _ step: (inout Customer) throws(GuideError) -> Result
    ) throws(CommandError) -> (customer: Customer, result: Result) {
        var customer = try customer(reference, for: command)
        let result: Result
        do { result = try step(&customer) } catch { throw .guide(error) }
        if recording { try save(customer, warnings: warnings(result)) }
        return (customer, result)
    }

    /// The customer a command names, or the selected one when it names none. Handles match exactly,
    /// then case-insensitively, then by a unique customer name (accents and case ignored).
    public func customer(_ reference: String?, for command: CommandSpec) throws(CommandError) -> Customer {
        guard let reference else {
            guard let selected else { throw .noCustomerSelected(command: command) }
            return try customer(handle: selected)
        }
        if let handle = Handle(reference.lowercased()), let found = try loadCustomer(handle) {
            return found
        }
        let customers = try customerNames()
        let key = comparisonKey(reference)
        let byName = customers.filter { comparisonKey($0.name) == key }
        if byName.count == 1, let only = byName.first { return try customer(handle: only.handle) }
        let suggestion = Suggestion.closest(to: reference.lowercased(), among: customers.map(\.handle.rawValue)).flatMap(Handle.init)
        throw .unknownCustomer(reference, suggestion: suggestion)
    }

    /// Refuses `cancel contoso` when no customer is selected: the parser took the one word as the
    /// original, but it names a customer, so say that the original is missing and which there are.
    func refuseCustomerAsOriginal(_ reference: String?, original: String, for command: CommandSpec) throws(CommandError) {
        guard reference == nil, selected == nil, let named = try? customer(original, for: command) else { return }
        throw .missingOriginal(command: command, customer: named.handle, originals: named.originals)
    }

    func customer(handle: Handle) throws(CommandError) -> Customer {
        guard let found = try loadCustomer(handle) else {
            throw .unknownCustomer(handle.rawValue, suggestion: nil)
        }
        return found
    }

    func loadCustomer(_ handle: Handle) throws(CommandError) -> Customer? {
        do { return try store.customer(handle) } catch { throw .storage(error) }
    }

    public func allCustomers() throws(CommandError) -> [Customer] {
        do { return try store.allCustomers() } catch { throw .storage(error) }
    }

    /// Every customer's handle and name, without their subscriptions.
    func customerNames() throws(CommandError) -> [NamedCustomer] {
        do { return try store.customerNames() } catch { throw .storage(error) }
    }

    /// Every customer's row in a portfolio view, computed as each customer is read, so that the
    /// whole portfolio is never held at once.
    public func portfolioRows() throws(CommandError) -> [PortfolioRow] {
        var rows: [PortfolioRow] = []
        do {
            try store.forEachSummary(by: guide, on: today) { customer, summary in
                rows.append(PortfolioRow(handle: customer.handle, name: customer.name, summary: summary))
            }
        } catch {
            throw .storage(error)
        }
        return rows
    }

    /// The partner's own tenant id (`settings partner-tenant`), read when an import needs it rather
    /// than at start-up, so a team store's agents need its table only to import from Graph.
    public func partnerTenant() throws(CommandError) -> String? {
        do { return try store.loadPartnerTenant() } catch { throw .storage(error) }
    }

    /// The partner's default currency (`settings currency`), for prices no customer's currency covers.
    public func partnerCurrency() throws(CommandError) -> String? {
        do { return try store.loadPartnerCurrency() } catch { throw .storage(error) }
    }

    /// The partner's name (`settings partner-name`), which signs invitation messages.
    public func partnerName() throws(CommandError) -> String? {
        do { return try store.loadPartnerSetting(Settings.partnerNameName) } catch { throw .storage(error) }
    }

    /// Whether the last line run changed a store that outlives this process (a database file or
    /// the team store): its reply then tells of a change that is already permanent.
    public var lastLineChangedDurableStore: Bool { lineWroteJournal && storeOutlivesProcess }

    /// A database file or the team store, not `:memory:`.
    public var storeOutlivesProcess: Bool { !(store is InMemoryStore) }

    /// The journal entry for the command being run, which is about to change the store.
    func journalEntry(customer: Handle?, warnings: [MessageCode] = []) -> JournalEntry {
        lineWroteJournal = true
        return JournalEntry(recordedAt: timestamp(), sessionDate: today, agent: agent, customer: customer, command: currentLine, warnings: warnings)
    }

    /// Saves a changed customer as one unit with its journal entry.
    func save(_ customer: Customer, warnings: [MessageCode] = []) throws(CommandError) {
        do { try store.update(customer, journal: journalEntry(customer: customer.handle, warnings: warnings)) } catch { throw .storage(error) }
    }

    /// The date a step happened: `--on`, else today.
    func date(_ given: CalendarDate?) -> CalendarDate { given ?? today }
}
