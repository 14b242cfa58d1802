import Foundation
import GRDB
import MigrationGuide

/// The portfolio in an SQLite file, through GRDB: WAL so that readers never block the writer, a busy
/// timeout so that two sessions on one file take turns, and each state change with its journal
/// entry in one transaction, all or nothing.
public final class SQLiteStore: PortfolioStore {
    public let path: String
    private let writer: any DatabaseWriter
    /// The revision of each customer as last read, so an update can tell whether another session
    /// wrote in between.
    private var revisions: [Handle: Int] = [:]
    /// The whole portfolio as last read, kept for a shell that stays open all day. It stays valid
    /// while SQLite's `data_version` is unchanged, that is while no other connection has committed;
    /// this connection's own writes update it in place.
    private var portfolio: Portfolio?

    private struct Portfolio {
        var version: Int
        var customers: [Handle: Customer]
        var sorted: [Customer]?

        mutating func set(_ customer: Customer) {
            customers[customer.handle] = customer
            sorted = nil
        }

        mutating func remove(_ handle: Handle) {
            customers[handle] = nil
            sorted = nil
        }
    }

    /// How long a command waits for another session's write before it is told to retry.
    public static let busyTimeout: TimeInterval = 5

    /// Opens (creating with its folders, mode 0600, when missing) the database at `path`, or an
    /// in-memory one for `:memory:`. A file written by a newer schema is refused untouched.
    public init(path: String, busyTimeout: TimeInterval = SQLiteStore.busyTimeout) throws(StoreError) {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        do {
            let migrator = Schema.migrator
            if path == ":memory:" {
                writer = try DatabaseQueue(configuration: configuration)
            } else {
                try Self.prepareFile(at: path)
                // One connection: a command runs one statement at a time, and each extra connection
                // costs start-up. Concurrency between processes comes from SQLite's file locks.
                let queue = try DatabaseQueue(path: path, configuration: configuration)
                // Looked at through reads first, so that a database from a newer version is never
                // written to, not even to switch its journal mode.
                let unknown = try queue.read { db in try migrator.appliedIdentifiers(db).subtracting(migrator.migrations) }
                guard unknown.isEmpty else { throw StoreError.unavailable(path: path, problem: .newerSchema(unknown: unknown.sorted())) }
                // WAL, so that a reader in another session never blocks this one's writes; it is
                // stored in the file, so this is a write only the first time.
                if try queue.read({ db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }) != "wal" {
                    try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
                }
                writer = queue
            }
            // Up to date is the common case: checked with a read, without taking the write lock.
            if try !writer.read({ db in try migrator.hasCompletedMigrations(db) }) {
                try migrator.migrate(writer)
            }
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// The default file: `$XDG_DATA_HOME/csp-migrate/state.sqlite`, else `~/.local/share/...`.
    public static func defaultPath(environment: [String: String]) -> String {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/csp-migrate/state.sqlite" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/csp-migrate/state.sqlite"
    }

    private static func prepareFile(at path: String) throws {
        let manager = FileManager.default
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !manager.fileExists(atPath: folder) {
            do {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreError.unavailable(path: path, problem: .cannotCreate((error as NSError).localizedDescription))
            }
        }
        if !manager.fileExists(atPath: path) {
            // Created here, before SQLite, so that it is private to its owner from the start.
            guard manager.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw StoreError.unavailable(path: path, problem: manager.isWritableFile(atPath: folder.isEmpty ? "." : folder) ? .cannotCreate("the file cannot be created") : .readOnly)
            }
        } else {
            // A file its owner marked read-only is refused even for root, who could write it anyway.
            let mode = (try? manager.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? 0o600
            if mode & 0o200 == 0 || !manager.isWritableFile(atPath: path) || !manager.isReadableFile(atPath: path) {
                throw StoreError.unavailable(path: path, problem: .readOnly)
            }
        }
    }

    // MARK: - Reading

    public func customer(_ handle: Handle) throws(StoreError) -> Customer? {
        let loaded = try run { db -> (Customer, Int)? in
            let key: StatementArguments = [handle.rawValue]
            let customerQuery = try db.cachedStatement(sql: "SELECT \(CustomerRecord.selection) FROM customer WHERE handle = ?")
            guard let record = try CustomerRecord.fetchOne(customerQuery, arguments: key) else { return nil }
            let originals = try OriginalRecord.fetchAll(db.cachedStatement(sql: "SELECT \(OriginalRecord.selection) FROM original WHERE customer = ? ORDER BY number"), arguments: key)
            let csp = try CSPRecord.fetchAll(db.cachedStatement(sql: "SELECT \(CSPRecord.selection) FROM cspSubscription WHERE customer = ? ORDER BY number"), arguments: key)
            return (try record.domain(originals: originals, csp: csp), record.revision)
        }
        guard let (customer, revision) = loaded else {
            revisions[handle] = nil
            return nil
        }
        revisions[handle] = revision
        return customer
    }

    public func allCustomers() throws(StoreError) -> [Customer] {
        let version = try run { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
        if var cached = portfolio, cached.version == version {
            let sorted = cached.sorted ?? cached.customers.values.sorted { $0.handle < $1.handle }
            cached.sorted = sorted
            portfolio = cached
            return sorted
        }
        // Three ordered scans merged in one pass, rows decoded straight into domain values: the
        // whole portfolio is loaded for every portfolio command, so this is the hot path.
        let (loadedVersion, loaded) = try run { db -> (Int, [(Customer, Int)]) in
            let version = try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0
            let records = try CustomerRecord.fetchAll(db, sql: "SELECT \(CustomerRecord.selection) FROM customer ORDER BY handle")
            let originals = try OriginalRecord.fetchCursor(db, sql: "SELECT \(OriginalRecord.selection) FROM original ORDER BY customer, number")
            let csp = try CSPRecord.fetchCursor(db, sql: "SELECT \(CSPRecord.selection) FROM cspSubscription ORDER BY customer, number")
            // Offer names repeat across thousands of rows: one copy of each is kept, not one per row.
            var offers: [String: String] = [:]
            func interned(_ offer: String) -> String {
                if let known = offers[offer] { return known }
                offers[offer] = offer
                return offer
            }
            var nextOriginal = try originals.next()
            var nextCSP = try csp.next()
            var result: [(Customer, Int)] = []
            result.reserveCapacity(records.count)
            for record in records {
                var own: [OriginalRecord] = []
                while let row = nextOriginal, row.customer <= record.handle {
                    if row.customer == record.handle {
                        var row = row
                        row.offer = interned(row.offer)
                        own.append(row)
                    }
                    nextOriginal = try originals.next()
                }
                var ownCSP: [CSPRecord] = []
                while let row = nextCSP, row.customer <= record.handle {
                    if row.customer == record.handle { ownCSP.append(row) }
                    nextCSP = try csp.next()
                }
                result.append((try record.domain(originals: own, csp: ownCSP), record.revision))
            }
            return (version, result)
        }
        for (customer, revision) in loaded { revisions[customer.handle] = revision }
        let customers = loaded.map(\.0)
        portfolio = Portfolio(version: loadedVersion, customers: Dictionary(uniqueKeysWithValues: customers.map { ($0.handle, $0) }), sorted: customers)
        return customers
    }

    public func handles() throws(StoreError) -> [Handle] {
        try run { db in try String.fetchAll(db.cachedStatement(sql: "SELECT handle FROM customer ORDER BY handle")).compactMap(Handle.init) }
    }

    public func journal(for handle: Handle?, since: CalendarDate?) throws(StoreError) -> [JournalEntry] {
        try run { db in
            var request = JournalRecord.order(Column("id"))
            if let handle { request = request.filter(Column("customer") == handle.rawValue) }
            if let since { request = request.filter(Column("sessionDate") >= since.description) }
            return try request.fetchAll(db).map { try $0.domain() }
        }
    }

    public func loadSettings() throws(StoreError) -> GuideSettings {
        try run { db in
            var settings = GuideSettings()
            for record in try SettingRecord.fetchAll(db) {
                if let name = GuideSettings.Name(rawValue: record.name) { settings[name] = record.value }
            }
            return settings
        }
    }

    // MARK: - Writing, each in one transaction

    public func insert(_ customer: Customer, journal: JournalEntry) throws(StoreError) {
        try write { db in
            do {
                try Self.insertCustomer(customer, db)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                throw StoreError.duplicate(customer.handle)
            }
            try Self.insertSubscriptions(of: customer, db)
            try Self.insertJournal(journal, db)
        }
        revisions[customer.handle] = 0
        portfolio?.set(customer)
    }

    public func update(_ customer: Customer, journal: JournalEntry) throws(StoreError) {
        var revision = 0
        try write { db in
            revision = try self.replace(customer, db)
            try Self.insertJournal(journal, db)
        }
        revisions[customer.handle] = revision
        portfolio?.set(customer)
    }

    /// Replaces a customer's rows, unless another session wrote since this one read them.
    /// Returns the new revision.
    private func replace(_ customer: Customer, _ db: Database) throws -> Int {
        let handle = customer.handle
        let key: StatementArguments = [handle.rawValue]
        guard let current = try Int.fetchOne(db.cachedStatement(sql: "SELECT revision FROM customer WHERE handle = ?"), arguments: key) else {
            throw StoreError.notFound(handle)
        }
        if let expected = revisions[handle], expected != current { throw StoreError.conflict(handle) }
        let r = CustomerRecord(customer, revision: current + 1)
        try db.cachedStatement(sql: "UPDATE customer SET name = ?, domain = ?, program = ?, adminEmail = ?, inviteSentOn = ?, inviteEmail = ?, acceptedOn = ?, revision = ?, details = ? WHERE handle = ?")
            .execute(arguments: [r.name, r.domain, r.program, r.adminEmail, r.inviteSentOn, r.inviteEmail, r.acceptedOn, r.revision, r.details, r.handle])
        try db.cachedStatement(sql: "DELETE FROM original WHERE customer = ?").execute(arguments: key)
        try db.cachedStatement(sql: "DELETE FROM cspSubscription WHERE customer = ?").execute(arguments: key)
        try Self.insertSubscriptions(of: customer, db)
        return current + 1
    }

    public func remove(_ handle: Handle, journal: JournalEntry) throws(StoreError) {
        try write { db in
            guard try CustomerRecord.deleteOne(db, key: handle.rawValue) else { throw StoreError.notFound(handle) }
            try Self.insertJournal(journal, db)
        }
        revisions[handle] = nil
        portfolio?.remove(handle)
    }

    public func saveSettings(_ settings: GuideSettings, journal: JournalEntry) throws(StoreError) {
        try write { db in
            for name in GuideSettings.Name.allCases {
                try SettingRecord(name: name.rawValue, value: settings[name]).save(db)
            }
            try Self.insertJournal(journal, db)
        }
    }

    public func importBatch(inserting: [Customer], updating: [Customer], journal: JournalEntry) throws(StoreError) {
        var written: [Handle: Int] = [:]
        try write { db in
            for customer in inserting {
                do {
                    try Self.insertCustomer(customer, db)
                } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                    // Another session added it since the import was planned.
                    throw StoreError.duplicate(customer.handle)
                }
                try Self.insertSubscriptions(of: customer, db)
                written[customer.handle] = 0
            }
            for customer in updating {
                written[customer.handle] = try self.replace(customer, db)
            }
            try Self.insertJournal(journal, db)
        }
        revisions.merge(written) { $1 }
        for customer in inserting + updating { portfolio?.set(customer) }
    }

    /// Through cached prepared statements with positional arguments: an import writes tens of
    /// thousands of rows, and keyed encoding of each record would dominate it.
    private static func insertSubscriptions(of customer: Customer, _ db: Database) throws {
        if !customer.originals.isEmpty {
            let statement = try db.cachedStatement(sql: "INSERT INTO original (\(OriginalRecord.selection)) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")
            for original in customer.originals {
                let r = OriginalRecord(original, of: customer.handle)
                try statement.execute(arguments: [r.customer, r.number, r.offer, r.seats, r.assigned, r.expires, r.price, r.currency, r.autoRenew, r.endingKind, r.endedOn, r.endedEarly, r.startedOn])
            }
        }
        if !customer.cspSubscriptions.isEmpty {
            let statement = try db.cachedStatement(sql: "INSERT INTO cspSubscription (\(CSPRecord.selection)) VALUES (?,?,?,?,?,?,?,?)")
            for subscription in customer.cspSubscriptions {
                let r = CSPRecord(subscription, of: customer.handle)
                try statement.execute(arguments: [r.customer, r.number, r.offer, r.seats, r.provisionedOn, r.replaces, r.reassignedOn, r.details])
            }
        }
    }

    private static func insertJournal(_ entry: JournalEntry, _ db: Database) throws {
        let r = JournalRecord(entry)
        try db.cachedStatement(sql: "INSERT INTO journal (recordedAt, sessionDate, agent, customer, command, warnings) VALUES (?,?,?,?,?,?)")
            .execute(arguments: [r.recordedAt, r.sessionDate, r.agent, r.customer, r.command, r.warnings])
    }

    private static func insertCustomer(_ customer: Customer, _ db: Database) throws {
        let r = CustomerRecord(customer, revision: 0)
        try db.cachedStatement(sql: "INSERT INTO customer (\(CustomerRecord.selection)) VALUES (?,?,?,?,?,?,?,?,?,?)")
            .execute(arguments: [r.handle, r.name, r.domain, r.program, r.adminEmail, r.inviteSentOn, r.inviteEmail, r.acceptedOn, r.revision, r.details])
    }

    // MARK: - Errors

    private func run<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(body)
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    private func write(_ body: (Database) throws -> Void) throws(StoreError) {
        do {
            try writer.write(body)
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    static func storeError(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if error is StoredValue.Invalid { return .unavailable(path: path, problem: .notADatabase) }
        guard let error = error as? DatabaseError else {
            return .unavailable(path: path, problem: .sqlite(code: -1, message: "\(error)"))
        }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .unavailable(path: path, problem: .notADatabase)
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN: return .unavailable(path: path, problem: .readOnly)
        default: return .unavailable(path: path, problem: .sqlite(code: error.resultCode.rawValue, message: error.message ?? ""))
        }
    }
}
