import MigrationGuide

/// Where the portfolio lives between commands. The session reads a customer, applies a pure change
/// from `MigrationGuide`, and hands back the whole record with its journal entry, which the store
/// keeps as one unit: all of it or none of it.
public protocol PortfolioStore: AnyObject {
    func customer(_ handle: Handle) throws(StoreError) -> Customer?
    /// Every customer, sorted by handle.
    func allCustomers() throws(StoreError) -> [Customer]
    /// Every handle, sorted; cheap enough for tab completion.
    func handles() throws(StoreError) -> [Handle]
    /// Adds a new customer; `E-DUPLICATE` territory when the handle is taken.
    func insert(_ customer: Customer, journal: JournalEntry) throws(StoreError)
    /// Replaces a customer's whole record.
    func update(_ customer: Customer, journal: JournalEntry) throws(StoreError)
    func remove(_ handle: Handle, journal: JournalEntry) throws(StoreError)
    /// Journal entries, oldest first, optionally for one customer and from a session date on.
    func journal(for handle: Handle?, since: CalendarDate?) throws(StoreError) -> [JournalEntry]
    /// Adds and replaces many customers in one transaction (CSV import): all of it, or none.
    func importBatch(inserting: [Customer], updating: [Customer], journal: JournalEntry) throws(StoreError)
    func loadSettings() throws(StoreError) -> GuideSettings
    func saveSettings(_ settings: GuideSettings, journal: JournalEntry) throws(StoreError)
    /// The partner's own Microsoft tenant id (`settings partner-tenant`): subscriptions it created
    /// are already CSP. Nil until set.
    func loadPartnerTenant() throws(StoreError) -> String?
    func savePartnerTenant(_ tenant: String?, journal: JournalEntry) throws(StoreError)
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
    public var warnings: [MessageCode]

    public init(recordedAt: String, sessionDate: CalendarDate, agent: String, customer: Handle?, command: String, warnings: [MessageCode]) {
        self.recordedAt = recordedAt
        self.sessionDate = sessionDate
        self.agent = agent
        self.customer = customer
        self.command = command
        self.warnings = warnings
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
        /// Anything else SQLite reported.
        case sqlite(code: Int32, message: String)
    }
}

/// The store a `--db` value names: `:memory:` keeps nothing and needs no SQL at all, so replays and
/// scratch sessions run on the plain in-memory store; anything else is an SQLite file.
public func openStore(path: String) throws(StoreError) -> any PortfolioStore {
    path == ":memory:" ? InMemoryStore() : try SQLiteStore(path: path)
}
