import MigrationGuide

/// Where the portfolio lives between commands. The session reads a customer, applies a pure change
/// from `MigrationGuide`, and hands back the whole record with its journal entry.
///
/// The contract every store keeps (`InMemoryStore`, `SQLiteStore`, and any other SQL store built on
/// the same record mapping and migrations):
/// - **One transaction per command.** Each writing method (`insert`, `update`, `remove`,
///   `importBatch`, `saveSetting`) writes the records and the command's journal entry in one
///   transaction: all of it or none of it. When it returns, the change is durable (committed, and
///   on a file store synced as the engine's durable mode promises); when it throws, nothing of it
///   was written.
/// - **The customer revision check.** A store remembers the revision of each customer as it last
///   read it. `update` (and the updates of `importBatch`) writes only if the stored revision is
///   still that one, and then increases it by one, checked and written inside the same
///   transaction; otherwise it throws `StoreError.conflict` and writes nothing, so a change made
///   by another session in between is never overwritten. A customer this store never read is
///   written without the check.
/// - **Reads see every committed change**, this session's and other processes'. A store may keep
///   what it read, but only while it can tell that nothing was committed since.
/// - **Errors** are `StoreError`s: `duplicate`/`notFound`/`conflict` for the command's own
///   customer, `busy` when another writer held the database too long (nothing written; retry),
///   `unavailable` when the store cannot be used at all.
public protocol PortfolioStore: AnyObject {
    func customer(_ handle: Handle) throws(StoreError) -> Customer?
    /// Every customer, sorted by handle.
    func allCustomers() throws(StoreError) -> [Customer]
    /// Every customer, sorted by handle, handed to `body` one at a time, so that a view of the whole
    /// portfolio need not hold every customer at once.
    func forEachCustomer(_ body: (Customer) -> Void) throws(StoreError)
    /// Every customer's summary on `day` as `guide` judges it (`Guide.summary`), sorted by handle:
    /// what a portfolio view shows. A store may keep the summaries it judged and hand them back
    /// instead of reading and judging the customers again, but only while the customer's revision,
    /// the day, the guide's settings and the program itself are the ones it was judged with, so
    /// that a kept summary never disagrees with the data.
    func forEachSummary(by guide: Guide, on day: CalendarDate, _ body: (NamedCustomer, CustomerSummary) -> Void) throws(StoreError)
    /// Every handle, sorted; cheap enough for tab completion.
    func handles() throws(StoreError) -> [Handle]
    /// Every customer's handle and name, sorted by handle: what a question compares itself with,
    /// read without the customers' subscriptions.
    func customerNames() throws(StoreError) -> [NamedCustomer]
    /// Adds a new customer; `.duplicate` when the handle is taken.
    func insert(_ customer: Customer, journal: JournalEntry) throws(StoreError)
    /// Replaces a customer's whole record, under the revision check.
    func update(_ customer: Customer, journal: JournalEntry) throws(StoreError)
    func remove(_ handle: Handle, journal: JournalEntry) throws(StoreError)
    /// Journal entries, oldest first, optionally for one customer and from a session date on.
    func journal(for handle: Handle?, since: CalendarDate?) throws(StoreError) -> [JournalEntry]
    /// Adds and replaces many customers in one transaction (CSV import): all of it, or none.
    func importBatch(inserting: [Customer], updating: [Customer], journal: [JournalEntry]) throws(StoreError)
    func loadSettings() throws(StoreError) -> GuideSettings
    /// The settings, when another session may have changed them since this one last read them;
    /// nil when nobody else can have (a shell asks before each command, so that a colleague's
    /// new figure changes its very next advice).
    func settingsChangedElsewhere() throws(StoreError) -> GuideSettings?
    /// Writes the one setting that changed, so a colleague's newer value of another setting in a
    /// shared database is never overwritten by this session's older copy.
    func saveSetting(_ name: GuideSettings.Name, _ value: Int, journal: JournalEntry) throws(StoreError)
    /// A partner setting that is text rather than days (`PartnerSettingRecord`'s names). Nil until set.
    func loadPartnerSetting(_ name: String) throws(StoreError) -> String?
    /// Sets a partner setting (nil clears it), journaled.
    func savePartnerSetting(_ name: String, _ text: String?, journal: JournalEntry) throws(StoreError)
}

extension PortfolioStore {
    /// The partner's own Microsoft tenant id (`settings partner-tenant`): subscriptions it created
    /// are already CSP. Nil until set.
    public func loadPartnerTenant() throws(StoreError) -> String? { try loadPartnerSetting(PartnerSettingRecord.partnerTenant) }
    public func savePartnerTenant(_ tenant: String?, journal: JournalEntry) throws(StoreError) {
        try savePartnerSetting(PartnerSettingRecord.partnerTenant, tenant, journal: journal)
    }
    /// The currency a price takes when neither the command nor the customer says (`settings currency`).
    public func loadPartnerCurrency() throws(StoreError) -> String? { try loadPartnerSetting(PartnerSettingRecord.partnerCurrency) }
    public func savePartnerCurrency(_ currency: String?, journal: JournalEntry) throws(StoreError) {
        try savePartnerSetting(PartnerSettingRecord.partnerCurrency, currency, journal: journal)
    }

    public func forEachCustomer(_ body: (Customer) -> Void) throws(StoreError) {
        try allCustomers().forEach(body)
    }

    public func customerNames() throws(StoreError) -> [NamedCustomer] {
        try allCustomers().map(NamedCustomer.init)
    }

    /// Nobody else writes here (the in-memory store), or the store hears others' changes its own way
    /// (the team store's notices, `SharedPortfolioStore.changesByOthers`).
    public func settingsChangedElsewhere() throws(StoreError) -> GuideSettings? { nil }

    /// Judges every customer as it is read: nothing is kept.
    public func forEachSummary(by guide: Guide, on day: CalendarDate, _ body: (NamedCustomer, CustomerSummary) -> Void) throws(StoreError) {
        try forEachCustomer { body(NamedCustomer($0), guide.summary(of: $0, on: day)) }
    }
}

/// A customer as a question or a name lookup sees it: its handle and its name, nothing more.
public struct NamedCustomer: Hashable, Sendable {
    public let handle: Handle
    public let name: String

    public init(handle: Handle, name: String) {
        self.handle = handle
        self.name = name
    }

    public init(_ customer: Customer) {
        self.init(handle: customer.handle, name: customer.name)
    }
}

/// One state-changing command, as the audit journal keeps it.
public struct JournalEntry: Hashable, Sendable, Codable {
    /// Wall-clock time, ISO 8601 in UTC.
    public var recordedAt: String
    /// The session's date (`today`), which may differ from the wall clock.
    public var sessionDate: CalendarDate
    /// `$USER` or `--agent NAME`.
    public var agent: String
    public var customer: Handle?
    /// The command line as typed.
    public var command: String
    /// Codes of the warnings shown with the command (W-EARLY-CANCEL when an override was confirmed).
    public var warnings: [RecordedCode]

    public init(recordedAt: String, sessionDate: CalendarDate, agent: String, customer: Handle?, command: String, warnings: [MessageCode]) {
        self.init(recordedAt: recordedAt, sessionDate: sessionDate, agent: agent, customer: customer, command: command,
                  recordedWarnings: warnings.map(RecordedCode.init))
    }

    public init(recordedAt: String, sessionDate: CalendarDate, agent: String, customer: Handle?, command: String, recordedWarnings: [RecordedCode]) {
        self.recordedAt = recordedAt
        self.sessionDate = sessionDate
        self.agent = agent
        self.customer = customer
        self.command = command
        self.warnings = recordedWarnings
    }
}

/// A message code as the journal keeps it: the text written, so that a code this version does not
/// know (written by a newer one) is shown as it is instead of being dropped.
public struct RecordedCode: Hashable, Sendable, Codable, RawRepresentable {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ code: MessageCode) { rawValue = code.rawValue }

    /// The code, when this version knows it.
    public var code: MessageCode? { MessageCode(rawValue: rawValue) }

    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

public enum StoreError: Error, Hashable, Sendable {
    case duplicate(Handle)
    case notFound(Handle)
    /// Another session changed this customer after this one read it: nothing was written; retry.
    case conflict(Handle)
    /// Another process holds the database past the busy timeout: nothing was written; retry.
    case busy(path: String)
    /// The database cannot be used at all; rendered with what to do about it.
    case unavailable(path: String, problem: Problem)

    public enum Problem: Hashable, Sendable {
        /// Not an SQLite file, or a damaged or truncated one.
        case notADatabase
        /// The file or its folder cannot be written.
        case readOnly
        /// Written by a newer csp-migrate: these migrations are unknown to this one.
        case newerSchema(unknown: [String])
        /// The folder or file could not be created; the system's words.
        case cannotCreate(String)
        /// A database named explicitly (`--db`) in a folder that does not exist: nothing is created,
        /// since a mistyped path would otherwise start an empty portfolio.
        case missingFolder(String)
        /// Anything else SQLite reported.
        case sqlite(code: Int32, message: String)
        /// The team store's server cannot be reached, or dropped the connection mid-command
        /// (libpq's words, which never hold the password).
        case serverUnreachable(String)
        /// A statement waited longer than this many seconds, usually on another session's lock.
        case timedOut(seconds: Int)
        /// The database role lacks a privilege (an agent's role opening a schema that needs an
        /// upgrade, for one); the server's words.
        case permissionDenied(String)
        /// `--agent` given with a team store, where the journal names the database role.
        case agentIsRole(String)
        /// A connection string libpq cannot read; its words.
        case badConnectionString(String)
        /// Anything else PostgreSQL reported.
        case postgres(sqlState: String, message: String)
        /// `copy` without `--merge` into a team database that already holds customers or history.
        case copyTargetNotEmpty(customers: Int, entries: Int)
        /// `copy --merge` found customers (or settings) recorded differently on both sides.
        case copyConflicts(customers: [Handle], settings: Bool)
    }
}

/// A store several people share: the journal names the database role, not a name the session
/// chooses, and each session hears the others' changes.
public protocol SharedPortfolioStore: PortfolioStore {
    /// Who the journal names for this connection's changes.
    var role: String { get }
    /// Changes other sessions recorded since the last call, oldest first.
    func changesByOthers() throws(StoreError) -> [JournalEntry]
}

/// Where a `--db` value says the portfolio lives; the one place that gives `:memory:` its meaning.
public enum StoreLocation: Hashable, Sendable {
    /// `:memory:`: kept for the process only, in the plain in-memory store (no SQL at all), for
    /// replays and scratch sessions.
    case memory
    /// An SQLite file, created when missing.
    case file(String)
    /// The team store on a PostgreSQL server: a `postgresql://` or `postgres://` URL, or a libpq
    /// `key=value` connection string.
    case team(String)

    public static let memoryArgument = ":memory:"

    public init(argument: String) {
        if argument == Self.memoryArgument {
            self = .memory
        } else if PostgresStore.isConnectionString(argument) {
            self = .team(argument)
        } else {
            self = .file(argument)
        }
    }
}

/// Opens the store a location names.
public func openStore(_ location: StoreLocation) throws(StoreError) -> any PortfolioStore {
    switch location {
    case .memory: InMemoryStore()
    case .file(let path): try SQLiteStore(path: path)
    case .team(let conninfo): try PostgresStore(conninfo: conninfo)
    }
}

/// Opens the store a `--db` value names.
public func openStore(path: String) throws(StoreError) -> any PortfolioStore {
    try openStore(StoreLocation(argument: path))
}
