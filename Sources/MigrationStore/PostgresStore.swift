import Foundation
import MigrationGuide

/// The team store: the portfolio of a whole support desk in a PostgreSQL database, shared by every
/// agent's shell. The same contract as `SQLiteStore`: each change with its journal entry in one
/// transaction; a customer's revision checked in the UPDATE itself, so two agents never overwrite
/// each other; named migrations, a newer schema refused untouched. The journal names the
/// connection's role (`session_user`), and every change is announced on the schema's channel so
/// that open shells hear their colleagues.
public final class PostgresStore: SharedPortfolioStore {
    /// The server as messages name it, without the password.
    public let server: String
    /// The database role: who the journal names for this connection's changes.
    public let role: String
    /// Whether the connection string carries a password (the shell then points at ~/.pgpass).
    public let passwordInConnectionString: Bool
    let connection: PostgresConnection
    private let channel: String
    private let timeout: Int
    /// Each customer's revision as last read; an update names it and fails if it moved.
    private var revisions: [Handle: Int] = [:]
    /// The portfolio as last read, kept until another connection's change is heard (or the
    /// connection was lost, when changes may have gone unheard); this connection's own writes
    /// update it in place.
    private var portfolio: PortfolioCache?
    /// Journal ids of other connections' changes not yet handed to `changesByOthers`.
    private var heardIDs: [Int64] = []

    /// How long one statement may run, usually waiting for another session's lock, before the
    /// command is refused and nothing recorded.
    public static let statementTimeout = 10

    /// Connects, then creates or upgrades the schema when this role may (refusing, untouched, a
    /// schema from a newer csp-migrate), and starts listening for colleagues' changes.
    public init(conninfo: String, statementTimeout: Int = PostgresStore.statementTimeout) throws(StoreError) {
        timeout = statementTimeout
        passwordInConnectionString = Self.hasPassword(conninfo)
        let fallbackName = Self.describe(conninfo)
        do {
            connection = try PostgresConnection(conninfo: conninfo)
        } catch {
            throw Self.storeError(error, server: fallbackName, timeout: statementTimeout)
        }
        server = connection.server
        do {
            connection.afterConnect = [("SELECT set_config('statement_timeout', $1, false)", ["\(statementTimeout)s"])]
            try connection.prepareSession()
            let identity = try connection.exec("SELECT session_user, current_schema()").values.first
            guard let identity, let user = identity[0] else { throw StoreError.unavailable(path: server, problem: .notADatabase) }
            guard let schema = identity[1] else {
                throw StoreError.unavailable(path: server, problem: .permissionDenied("no schema on the search_path exists"))
            }
            role = user
            channel = "csp_migrate_" + schema
            try Self.migrate(connection, server: server)
            connection.afterConnect.append(("LISTEN " + Self.quotedIdentifier(channel), []))
            try connection.exec("LISTEN " + Self.quotedIdentifier(channel))
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.storeError(error, server: server, timeout: statementTimeout)
        }
    }

    /// Whether a `--db` value names a PostgreSQL server rather than a file: a `postgresql://` or
    /// `postgres://` URL, or a libpq `key=value` string.
    public static func isConnectionString(_ value: String) -> Bool {
        if value.hasPrefix("postgresql://") || value.hasPrefix("postgres://") { return true }
        let first = value.drop { $0 == " " }.prefix { $0 != "=" && $0 != " " }
        guard value.contains("=") else { return false }
        return connectionKeywords.contains(String(first))
    }

    private static let connectionKeywords: Set<String> = [
        "host", "hostaddr", "port", "dbname", "user", "password", "passfile", "service", "options", "application_name",
        "connect_timeout", "sslmode", "sslrootcert", "sslcert", "sslkey", "sslcrl", "target_session_attrs", "client_encoding",
        "keepalives", "gssencmode", "channel_binding", "fallback_application_name",
    ]

    // MARK: - Migrations

    private static func migrate(_ connection: PostgresConnection, server: String) throws {
        let applied = try appliedMigrations(connection)
        let unknown = applied.subtracting(PostgresSchema.identifiers)
        guard unknown.isEmpty else { throw StoreError.unavailable(path: server, problem: .newerSchema(unknown: unknown.sorted())) }
        // Up to date is the common case: a read, no lock.
        guard !Set(PostgresSchema.identifiers).isSubset(of: applied) else { return }
        try connection.transaction {
            // Several shells opening a new database at once: one migrates, the others wait and
            // find the work done.
            try connection.exec("SELECT pg_advisory_xact_lock(hashtext(current_schema()))")
            try connection.exec("CREATE TABLE IF NOT EXISTS \(PostgresSchema.migrationsTable) (identifier text PRIMARY KEY)")
            let applied = try appliedMigrations(connection)
            for migration in Schema.migrations where !applied.contains(migration.identifier) {
                for statement in PostgresSchema.statements(of: migration) { try connection.exec(statement) }
                try connection.exec("INSERT INTO \(PostgresSchema.migrationsTable) (identifier) VALUES ($1)", [migration.identifier])
            }
        }
    }

    private static func appliedMigrations(_ connection: PostgresConnection) throws -> Set<String> {
        let exists = try connection.exec("SELECT to_regclass($1) IS NOT NULL", [PostgresSchema.migrationsTable]).values.first?.first ?? nil
        guard exists == "t" else { return [] }
        return Set(try connection.exec("SELECT identifier FROM \(PostgresSchema.migrationsTable)").values.compactMap { $0.first ?? nil })
    }

    // MARK: - Reading

    public func customer(_ handle: Handle) throws(StoreError) -> Customer? {
        let loaded = try run { () throws -> (Customer, Int)? in
            let key: [String?] = [handle.rawValue]
            guard let record = try connection.fetch(CustomerRecord.self, Self.sql.customerByHandle, key).first else { return nil }
            let originals = try connection.fetch(OriginalRecord.self, Self.sql.originalsOfCustomer, key)
            let csp = try connection.fetch(CSPRecord.self, Self.sql.cspOfCustomer, key)
            return (try record.domain(originals: originals, csp: csp), record.revision)
        }
        return revisions.remember(loaded, of: handle)
    }

    /// Every statement the SQLite store runs too, built once from the record mapping.
    static let sql = StoreStatements(.postgreSQL)
    private static let dialect = sql.dialect

    public func allCustomers() throws(StoreError) -> [Customer] {
        try listen()
        if var cached = portfolio {
            let sorted = cached.allSorted()
            portfolio = cached
            return sorted
        }
        let loaded = try run(loadPortfolioSnapshot)
        for (customer, revision) in loaded { revisions[customer.handle] = revision }
        let customers = loaded.map(\.0)
        // No version to compare: what makes it stale is heard (`listen`), and it is dropped then.
        portfolio = PortfolioCache(version: 0, sorted: customers)
        return customers
    }

    /// Three ordered reads in one snapshot, so a change committed in between cannot tear them.
    private func loadPortfolioSnapshot() throws -> [(Customer, Int)] {
        try connection.exec("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        defer { _ = try? connection.exec("COMMIT") }
        return try loadPortfolio()
    }

    /// Every customer with its revision, in the transaction the caller opened.
    func loadPortfolio() throws -> [(Customer, Int)] {
        let records = try connection.fetch(CustomerRecord.self, Self.sql.allCustomers)
        let originals = Dictionary(grouping: try connection.fetch(OriginalRecord.self, Self.sql.allOriginals), by: \.customer)
        let csp = Dictionary(grouping: try connection.fetch(CSPRecord.self, Self.sql.allCSP), by: \.customer)
        var loaded: [(Customer, Int)] = []
        loaded.reserveCapacity(records.count)
        for record in records {
            loaded.append((try record.domain(originals: originals[record.handle] ?? [], csp: csp[record.handle] ?? []), record.revision))
        }
        return loaded
    }

    public func handles() throws(StoreError) -> [Handle] {
        try run { try connection.exec(Self.sql.handles).values.compactMap { row in row.first.flatMap { $0 }.flatMap(Handle.init) } }
    }

    public func journal(for handle: Handle?, since: CalendarDate?) throws(StoreError) -> [JournalEntry] {
        let filters: [String] = [handle?.rawValue, since?.description].compactMap { $0 }
        return try run {
            try connection.fetch(JournalRecord.self, Self.sql.journal(customer: handle != nil, since: since != nil), filters)
                .map { try $0.domain() }
        }
    }

    public func loadSettings() throws(StoreError) -> GuideSettings {
        try run { SettingRecord.settings(try connection.fetch(SettingRecord.self, SettingRecord.selectSQL)) }
    }

    public func changesByOthers() throws(StoreError) -> [JournalEntry] {
        try listen()
        guard !heardIDs.isEmpty else { return [] }
        let ids = heardIDs
        let entries = try run {
            try connection.fetch(
                JournalRecord.self, JournalRecord.selectSQL + #" WHERE "id" = ANY($1::bigint[]) "# + JournalRecord.order,
                ["{" + ids.map(String.init).joined(separator: ",") + "}"]
            ).map { try $0.domain() }
        }
        heardIDs.removeAll()
        return entries
    }

    /// Waits until another connection's change is heard, or `timeout` seconds pass: notifications
    /// travel asynchronously, a few milliseconds behind the other session's commit.
    func waitForChangesByOthers(timeout: Double) {
        let deadline = Date().addingTimeInterval(timeout)
        while (try? listen()) == 0, Date() < deadline {
            connection.waitForInput(timeout: max(0, deadline.timeIntervalSinceNow))
        }
    }

    /// Takes in the notifications that arrived, without a round trip: another connection's change
    /// makes the kept portfolio stale.
    /// Returns how many changes were heard.
    @discardableResult
    private func listen() throws(StoreError) -> Int {
        let own = connection.backendPID
        var heard = 0
        for notification in connection.pendingNotifications() where notification.channel == channel && notification.senderPID != own {
            forgetPortfolio()
            if let id = Int64(notification.payload) { heardIDs.append(id) }
            heard += 1
        }
        return heard
    }

    func forgetPortfolio() {
        portfolio = nil
    }

    private func keep(_ customer: Customer) {
        portfolio?.set(customer)
    }

    // MARK: - Writing, each in one transaction

    public func insert(_ customer: Customer, journal: JournalEntry) throws(StoreError) {
        let revision = try write {
            let revision = try insertCustomer(customer)
            try insertJournal(journal)
            return revision
        }
        revisions[customer.handle] = revision
        keep(customer)
    }

    public func update(_ customer: Customer, journal: JournalEntry) throws(StoreError) {
        let revision = try write {
            let revision = try replace(customer)
            try insertJournal(journal)
            return revision
        }
        revisions[customer.handle] = revision
        keep(customer)
    }

    public func remove(_ handle: Handle, journal: JournalEntry) throws(StoreError) {
        try write {
            guard try connection.exec(Self.sql.deleteCustomer, [handle.rawValue]).affected == 1 else {
                throw StoreError.notFound(handle)
            }
            try insertJournal(journal)
        }
        revisions[handle] = nil
        portfolio?.remove(handle)
    }

    public func saveSetting(_ name: GuideSettings.Name, _ value: Int, journal: JournalEntry) throws(StoreError) {
        try write {
            try connection.exec(Self.sql.saveSetting, values: SettingRecord(name, figure: value).insertArguments)
            try insertJournal(journal)
        }
    }

    public func loadPartnerSetting(_ name: String) throws(StoreError) -> String? {
        try run {
            try connection.fetch(PartnerSettingRecord.self, PartnerSettingRecord.selectSQL).first { $0.name == name }?.text
        }
    }

    public func savePartnerSetting(_ name: String, _ text: String?, journal: JournalEntry) throws(StoreError) {
        try write {
            if let text {
                try connection.exec(Self.sql.savePartnerSetting, values: PartnerSettingRecord(name: name, text: text).insertArguments)
            } else {
                try connection.exec(Self.sql.deletePartnerSetting, [name])
            }
            try insertJournal(journal)
        }
    }

    public func importBatch(inserting: [Customer], updating: [Customer], journal: [JournalEntry]) throws(StoreError) {
        let written = try write {
            var written: [Handle: Int] = [:]
            for customer in inserting {
                written[customer.handle] = try insertCustomer(customer)
            }
            for customer in updating { written[customer.handle] = try replace(customer) }
            for entry in journal { try insertJournal(entry) }
            return written
        }
        revisions.merge(written) { $1 }
        for customer in inserting + updating { keep(customer) }
    }

    /// Replaces a customer's rows unless another session changed them since this one read them:
    /// the revision is checked by the UPDATE itself, which under READ COMMITTED waits for a
    /// concurrent writer and then re-checks, so there is no window between check and write.
    private func replace(_ customer: Customer) throws -> Int {
        let handle = customer.handle
        let expected: Int
        if let known = revisions[handle] {
            expected = known
        } else {
            guard let current = try connection.exec(Self.sql.revisionOfCustomer, [handle.rawValue]).values.first.flatMap({ TextRow(values: $0).integer(at: 0) }) else {
                throw StoreError.notFound(handle)
            }
            expected = Int(current)
        }
        var arguments = CustomerRecord(customer, revision: expected + 1).updateArguments
        arguments.append(SQLValue(expected))
        guard try connection.exec(Self.updateCustomerSQL, values: arguments).affected == 1 else {
            let exists = try !connection.exec(Self.sql.revisionOfCustomer, [handle.rawValue]).values.isEmpty
            throw exists ? StoreError.conflict(handle) : StoreError.notFound(handle)
        }
        try connection.exec(Self.sql.deleteOriginalsOfCustomer, [handle.rawValue])
        try connection.exec(Self.sql.deleteCSPOfCustomer, [handle.rawValue])
        try insertSubscriptions(of: customer)
        return expected + 1
    }

    // The SQL of each write, built once from the record mapping.
    /// The revision check is part of the UPDATE: under READ COMMITTED a concurrent writer's change
    /// is waited for and the condition checked again on the new row, so there is no window between
    /// check and write.
    private static let updateCustomerSQL = CustomerRecord.updateSQL(dialect, checking: .revision)
    /// Every column but the agent, which the column's default fills with `session_user`.
    private static let journalColumns = JournalRecord.columns.filter { $0 != .agent }
    private static let insertJournalSQL = JournalRecord.insertSQL(dialect, only: journalColumns)

    /// Returns the customer's first revision.
    func insertCustomer(_ customer: Customer) throws -> Int {
        let revision = CustomerRecord.firstRevision()
        do {
            try connection.exec(Self.sql.insertCustomer, values: CustomerRecord(customer, revision: revision).insertArguments)
        } catch {
            // (A `catch where` on this typed error crashes the Swift 6.3 compiler.)
            if error.sqlState == "23505" { throw StoreError.duplicate(customer.handle) }
            throw error
        }
        try insertSubscriptions(of: customer)
        return revision
    }

    private func insertSubscriptions(of customer: Customer) throws {
        for original in customer.originals {
            try connection.exec(Self.sql.insertOriginal, values: OriginalRecord(original, of: customer.handle).insertArguments)
        }
        for subscription in customer.cspSubscriptions {
            try connection.exec(Self.sql.insertCSP, values: CSPRecord(subscription, of: customer.handle).insertArguments)
        }
    }

    /// The agent is left to the column's default, `session_user`: the entry's own agent field is
    /// what a single-user store would have written.
    private func insertJournal(_ entry: JournalEntry) throws {
        let record = JournalRecord(entry)
        try connection.exec(Self.insertJournalSQL, values: record.arguments(only: Self.journalColumns))
    }

    // MARK: - Connection and errors

    /// Runs a read. A connection found lost is re-established and the read tried once more: a
    /// read changes nothing, so trying again is always safe.
    func run<T>(_ body: () throws -> T) throws(StoreError) -> T {
        try reconnectIfNeeded()
        do {
            return try body()
        } catch let failure as PostgresConnection.Failure where failure.connectionLost && connection.forceReconnect() {
            forgetPortfolio()
            do { return try body() } catch { throw failed(error) }
        } catch {
            throw failed(error)
        }
    }

    /// Runs a change in one transaction: all of it, or (on any error, a lost connection included)
    /// none of it. A connection found lost before anything was sent (at BEGIN: the server
    /// restarted, or an administrator ended the backend, between two commands) is re-established
    /// and the change made on the new one; lost later, the change is refused and nothing of it
    /// stays.
    @discardableResult
    func write<T>(_ body: () throws -> T) throws(StoreError) -> T {
        try reconnectIfNeeded()
        try listen()
        do {
            try connection.exec("BEGIN")
        } catch {
            guard error.connectionLost, connection.forceReconnect() else { throw failed(error) }
            forgetPortfolio()
            do { try connection.exec("BEGIN") } catch { throw failed(error) }
        }
        do {
            let value = try body()
            try connection.exec("COMMIT")
            return value
        } catch {
            connection.rollbackIfConnected()
            throw failed(error)
        }
    }

    private func reconnectIfNeeded() throws(StoreError) {
        guard connection.reconnectIfNeeded() else {
            throw StoreError.unavailable(path: server, problem: .serverUnreachable(Self.lastWords(connection)))
        }
    }

    private func failed(_ error: any Error) -> StoreError {
        if let failure = error as? PostgresConnection.Failure, failure.connectionLost {
            // Changes made while this connection was down went unheard.
            forgetPortfolio()
            // A new backend for the next command; if the server is still down, it tries again then.
            _ = connection.forceReconnect()
        }
        return Self.storeError(error, server: server, timeout: timeout)
    }

    private static func lastWords(_ connection: PostgresConnection) -> String {
        connection.lastError.isEmpty ? "the connection was lost and the server does not answer" : connection.lastError
    }

    static func storeError(_ error: any Error, server: String, timeout: Int) -> StoreError {
        if let error = error as? StoreError { return error }
        if error is StoredValue.Invalid { return .unavailable(path: server, problem: .notADatabase) }
        guard let failure = error as? PostgresConnection.Failure else {
            return .unavailable(path: server, problem: .postgres(sqlState: "", message: "\(error)"))
        }
        switch failure.sqlState {
        case nil: return .unavailable(path: server, problem: .serverUnreachable(failure.message))
        case "08P01": return .unavailable(path: server, problem: .badConnectionString(failure.message))
        case "57014", "55P03": return .unavailable(path: server, problem: .timedOut(seconds: timeout))
        case "40001", "40P01": return .busy(path: server)
        case "42501": return .unavailable(path: server, problem: .permissionDenied(failure.message))
        case let state?:
            if state.hasPrefix("08") || state.hasPrefix("28") { return .unavailable(path: server, problem: .serverUnreachable(failure.message)) }
            return .unavailable(path: server, problem: .postgres(sqlState: state, message: failure.message))
        }
    }

    static func quotedIdentifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The server a connection string names, for messages when no connection could be made.
    static func describe(_ conninfo: String) -> String {
        PostgresConnection.describe(conninfo: conninfo)
    }

    /// A password written in the connection string itself (`user:secret@` or `password=`).
    static func hasPassword(_ conninfo: String) -> Bool {
        !passwordRanges(in: conninfo).isEmpty
    }

    /// Where passwords are written in a text holding connection strings: `user:secret@` in a
    /// URL, and `password=secret` in a URL's query or a key=value string.
    public static func passwordRanges(in text: String) -> [Range<String.Index>] {
        let patterns = [
            #"postgres(?:ql)?://[^:/@?\s]*:([^@/?\s]*)@"#,
            #"(?:^|[\s?&=])password\s*=\s*('(?:[^'\\]|\\.)*'|[^\s&]*)"#,
        ]
        var ranges: [Range<String.Index>] = []
        for pattern in patterns {
            guard let expression = try? NSRegularExpression(pattern: pattern) else { continue }
            for match in expression.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text), !range.isEmpty { ranges.append(range) }
            }
        }
        return ranges
    }
}
