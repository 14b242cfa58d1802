import Foundation
import GRDB
import MigrationGuide

/// The portfolio in an SQLite file, through GRDB: WAL so that readers never block the writer, a busy
/// timeout so that two sessions on one file take turns, and the contract of `PortfolioStore` (one
/// transaction per command, the customer revision check). The SQL comes from the record mapping
/// (`Records.swift`); opening the file is in `SQLiteStore+Opening.swift`.
public final class SQLiteStore: PortfolioStore {
    public let path: String
    let writer: DatabaseQueue
    /// How long a write waits for another session's, in milliseconds (SQLite's busy timeout).
    let busyMilliseconds: Int
    /// The revision of each customer as last read, so an update can tell whether another session
    /// wrote in between.
    private var revisions: [Handle: Int] = [:]
    /// The customer this session last read or wrote, at the revision it had then: while the stored
    /// revision is still that one its rows are still these, so an update rewrites only the tables
    /// whose rows changed (a command changes one customer, most often one of its tables or none).
    private var lastSeen: (customer: Customer, revision: Int)?
    var portfolio: PortfolioCache?
    /// Every statement, built once from the record mapping.
    static let sql = StoreStatements(.sqlite)

    /// Opens the database file at `path` (see `openFile`). `path` is a file: `:memory:` is read by
    /// `StoreLocation`, which gives it the in-memory store.
    public init(path: String, busyTimeout: TimeInterval = SQLiteStore.busyTimeout) throws(StoreError) {
        self.path = path
        busyMilliseconds = Int(busyTimeout * 1000)
        guard StoreLocation(argument: path) != .memory else {
            throw .unavailable(path: path, problem: .cannotCreate("\(path) names the in-memory store, not a file"))
        }
        do {
            writer = try Self.openFile(at: path, busyTimeout: busyTimeout)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    // MARK: - Reading

    public func customer(_ handle: Handle) throws(StoreError) -> Customer? {
        let loaded = try read { db -> (Customer, Int)? in
            let key = [SQLValue.text(handle.rawValue)]
            guard let record = try CustomerRecord.fetchAll(db.cachedStatement(sql: Self.sql.customerByHandle), key).first else { return nil }
            let originals = try OriginalRecord.fetchAll(db.cachedStatement(sql: Self.sql.originalsOfCustomer), key)
            let csp = try CSPRecord.fetchAll(db.cachedStatement(sql: Self.sql.cspOfCustomer), key)
            return (try record.domain(originals: originals, csp: csp), record.revision)
        }
        lastSeen = loaded.map { (customer: $0.0, revision: $0.1) }
        return revisions.remember(loaded, of: handle)
    }


    public func allCustomers() throws(StoreError) -> [Customer] {
        let version = try readOne { db in try Self.dataVersion(db) }
        if var cached = portfolio, cached.version == version {
            let sorted = cached.allSorted()
            portfolio = cached
            return sorted
        }
        var customers: [Customer] = []
        let loadedVersion = try scanPortfolio { count in customers.reserveCapacity(count) } each: { customers.append($0) }
        // Kept from the second whole read on: a one-shot command reads the portfolio once, and
        // keeping it would hold every customer in memory until the process ends (at 100,000
        // customers, most of its peak), while a shell left open reads it again and again.
        if portfolioReads > 1 {
            portfolio = PortfolioCache(version: loadedVersion, sorted: customers)
        }
        return customers
    }

    public func forEachCustomer(_ body: (Customer) -> Void) throws(StoreError) {
        let version = try readOne { db in try Self.dataVersion(db) }
        if var cached = portfolio, cached.version == version {
            cached.allSorted().forEach(body)
            portfolio = cached
        } else if portfolioReads > 0 {
            try allCustomers().forEach(body)
        } else {
            _ = try scanPortfolio { _ in } each: { body($0) }
        }
    }

    /// Reads every customer in one read transaction, handing each to `each` as soon as it is
    /// complete; `count` learns how many there are first. Returns the `data_version` read at.
    private func scanPortfolio(count: (Int) -> Void, each: (Customer) -> Void) throws(StoreError) -> Int {
        portfolioReads += 1
        var revisions: [Handle: Int] = [:]
        let version = try read { db in
            let version = try Self.dataVersion(db)
            try Self.scanPortfolio(db, revisions: &revisions, count: count, each: each)
            return version
        }
        self.revisions.merge(revisions) { $1 }
        return version
    }

    /// The `data_version` at which the settings were last read.
    private var settingsReadAt: Int?

    /// How many times the whole portfolio was read from the file.
    private var portfolioReads = 0

    /// Changes when another connection commits (SQLite's `data_version`).
    static func dataVersion(_ db: Database) throws -> Int {
        try db.cachedStatement(sql: "PRAGMA data_version").firstInteger() ?? 0
    }

    /// Three ordered scans merged in one pass, rows decoded straight into domain values: the whole
    /// portfolio is read for every portfolio command, so this is the hot path.
    static func scanPortfolio(_ db: Database, revisions: inout [Handle: Int], count: (Int) -> Void, each: (Customer) -> Void) throws {
        // Counted first so that a result is allocated once, at its size: at 100,000 customers a
        // doubling array's spare room and copies are tens of megabytes.
        let total = try db.cachedStatement(sql: sql.customerCount).firstInteger() ?? 0
        count(total)
        // Offer names repeat across thousands of rows: one copy of each is kept, not one per row.
        let offers = SharedTexts()
        let records = try db.cachedStatement(sql: sql.allCustomers).steps()
        defer { records.finish() }
        let originals = try db.cachedStatement(sql: sql.allOriginals).steps(sharing: offers)
        defer { originals.finish() }
        let csp = try db.cachedStatement(sql: sql.allCSP).steps(sharing: offers)
        defer { csp.finish() }
        // Each subscription row is decoded into its domain value as it is stepped on; the look-ahead
        // holds the first row of the next customer.
        var nextOriginal = try originals.next().map(OriginalRecord.init(row:))
        var nextCSP = try csp.next().map(CSPRecord.init(row:))
        revisions.reserveCapacity(total)
        while let row = try records.next() {
            let record = try CustomerRecord(row: row)
            var own: [OriginalSubscription] = []
            while let original = nextOriginal, original.customer <= record.handle {
                if original.customer == record.handle { own.append(try original.domain()) }
                nextOriginal = try originals.next().map(OriginalRecord.init(row:))
            }
            var ownCSP: [CSPSubscription] = []
            while let subscription = nextCSP, subscription.customer <= record.handle {
                if subscription.customer == record.handle { ownCSP.append(try subscription.domain()) }
                nextCSP = try csp.next().map(CSPRecord.init(row:))
            }
            let customer = try record.domain(originals: own, csp: ownCSP)
            revisions[customer.handle] = record.revision
            each(customer)
        }
    }

    /// Two columns of one table, not the whole portfolio: a one-shot question at 10,000 customers
    /// read every subscription only to compare names. A shell that keeps the portfolio takes the
    /// names from it while no other connection has committed.
    public func customerNames() throws(StoreError) -> [NamedCustomer] {
        try readOne { db in
            if let cached = portfolio, cached.version == (try Self.dataVersion(db)) {
                return cached.customers.values.map(NamedCustomer.init).sorted { $0.handle < $1.handle }
            }
            var names: [NamedCustomer] = []
            try db.cachedStatement(sql: Self.sql.customerNames).forEachRow { row in
                guard let handle = row.text(at: 0).flatMap(Handle.init), let name = row.text(at: 1) else { throw StoredValue.Invalid() }
                names.append(NamedCustomer(handle: handle, name: name))
            }
            return names
        }
    }

    public func handles() throws(StoreError) -> [Handle] {
        try readOne { db in
            var handles: [Handle] = []
            try db.cachedStatement(sql: Self.sql.handles).forEachRow { row in
                if let handle = row.text(at: 0).flatMap(Handle.init) { handles.append(handle) }
            }
            return handles
        }
    }

    public func journal(for handle: Handle?, since: CalendarDate?) throws(StoreError) -> [JournalEntry] {
        try readOne { db in
            let sql = Self.sql.journal(customer: handle != nil, since: since != nil)
            let arguments: [SQLValue] = [handle.map { SQLValue.text($0.rawValue) }, since.map { SQLValue.text($0.description) }].compactMap { $0 }
            return try JournalRecord.fetchAll(db.cachedStatement(sql: sql), arguments).map { try $0.domain() }
        }
    }

    public func loadSettings() throws(StoreError) -> GuideSettings {
        let (settings, version) = try read { db in
            (SettingRecord.settings(try SettingRecord.fetchAll(db.cachedStatement(sql: SettingRecord.selectSQL))), try Self.dataVersion(db))
        }
        settingsReadAt = version
        return settings
    }

    /// Read again only once another connection has committed since they were last read (SQLite's
    /// `data_version`, one cheap statement): this connection's own changes never make them stale.
    public func settingsChangedElsewhere() throws(StoreError) -> GuideSettings? {
        guard let settingsReadAt, try readOne(Self.dataVersion) != settingsReadAt else { return nil }
        return try loadSettings()
    }

    // MARK: - Writing, each in one transaction

    public func insert(_ customer: Customer, journal: JournalEntry) throws(StoreError) {
        var revision = 0
        try write { db in
            revision = try Self.insertCustomer(customer, db)
            try Self.insertJournal(journal, db)
        }
        revisions[customer.handle] = revision
        lastSeen = (customer, revision)
        portfolio?.set(customer)
    }

    public func update(_ customer: Customer, journal: JournalEntry) throws(StoreError) {
        var revision = 0
        try write { db in
            revision = try self.replace(customer, db)
            try Self.insertJournal(journal, db)
        }
        revisions[customer.handle] = revision
        lastSeen = (customer, revision)
        portfolio?.set(customer)
    }

    /// Replaces a customer's rows, unless another session wrote since this one read them (the
    /// revision check, made by the UPDATE itself). Returns the new revision.
    private func replace(_ customer: Customer, _ db: Database) throws -> Int {
        let handle = customer.handle
        let key = [SQLValue.text(handle.rawValue)]
        func storedRevision() throws -> Int? {
            try db.cachedStatement(sql: Self.sql.revisionOfCustomer).firstInteger(key)
        }
        // A customer this session never read is written over whatever revision it has.
        guard let expected = try revisions[handle] ?? storedRevision() else { throw StoreError.notFound(handle) }
        var arguments = CustomerRecord(customer, revision: expected + 1).updateArguments
        arguments.append(SQLValue(expected))
        try db.cachedStatement(sql: Self.updateCheckedSQL).run(arguments)
        if db.changesCount == 0 {
            throw try storedRevision() == nil ? StoreError.notFound(handle) : StoreError.conflict(handle)
        }
        let before = lastSeen.flatMap { $0.customer.handle == handle && $0.revision == expected ? $0.customer : nil }
        if before?.originals != customer.originals {
            try db.cachedStatement(sql: Self.sql.deleteOriginalsOfCustomer).run(key)
            try Self.insertOriginals(of: customer, db)
        }
        if before?.cspSubscriptions != customer.cspSubscriptions {
            try db.cachedStatement(sql: Self.sql.deleteCSPOfCustomer).run(key)
            try Self.insertCSP(of: customer, db)
        }
        return expected + 1
    }

    private static let updateCheckedSQL = CustomerRecord.updateSQL(.sqlite, checking: .revision)


    public func remove(_ handle: Handle, journal: JournalEntry) throws(StoreError) {
        try write { db in
            try db.cachedStatement(sql: Self.sql.deleteCustomer).run([.text(handle.rawValue)])
            guard db.changesCount > 0 else { throw StoreError.notFound(handle) }
            try Self.insertJournal(journal, db)
        }
        revisions[handle] = nil
        if lastSeen?.customer.handle == handle { lastSeen = nil }
        portfolio?.remove(handle)
    }

    public func saveSetting(_ name: GuideSettings.Name, _ value: Int, journal: JournalEntry) throws(StoreError) {
        try write { db in
            try db.cachedStatement(sql: Self.sql.saveSetting).run(SettingRecord(name, figure: value).insertArguments)
            try Self.insertJournal(journal, db)
        }
    }

    public func loadPartnerSetting(_ name: String) throws(StoreError) -> String? {
        try readOne { db in
            try PartnerSettingRecord.fetchAll(db.cachedStatement(sql: Self.sql.partnerSetting), [.text(name)]).first?.text
        }
    }

    public func savePartnerSetting(_ name: String, _ text: String?, journal: JournalEntry) throws(StoreError) {
        try write { db in
            if let text {
                try db.cachedStatement(sql: Self.sql.savePartnerSetting).run(PartnerSettingRecord(name: name, text: text).insertArguments)
            } else {
                try db.cachedStatement(sql: Self.sql.deletePartnerSetting).run([.text(name)])
            }
            try Self.insertJournal(journal, db)
        }
    }


    public func importBatch(inserting: [Customer], updating: [Customer], journal: [JournalEntry]) throws(StoreError) {
        var written: [Handle: Int] = [:]
        try write { db in
            for customer in inserting {
                // A constraint error here: another session added it since the import was planned.
                written[customer.handle] = try Self.insertCustomer(customer, db)
            }
            for customer in updating {
                written[customer.handle] = try self.replace(customer, db)
            }
            for entry in journal { try Self.insertJournal(entry, db) }
        }
        revisions.merge(written) { $1 }
        lastSeen = nil
        for customer in inserting + updating { portfolio?.set(customer) }
    }

    /// Through cached prepared statements with positional arguments: an import writes tens of
    /// thousands of rows, and keyed encoding of each record would dominate it.
    /// Returns the customer's first revision.
    private static func insertCustomer(_ customer: Customer, _ db: Database) throws -> Int {
        let revision = CustomerRecord.firstRevision()
        do {
            try db.cachedStatement(sql: sql.insertCustomer).run(CustomerRecord(customer, revision: revision).insertArguments)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw StoreError.duplicate(customer.handle)
        }
        try insertSubscriptions(of: customer, db)
        return revision
    }

    private static func insertSubscriptions(of customer: Customer, _ db: Database) throws {
        try insertOriginals(of: customer, db)
        try insertCSP(of: customer, db)
    }

    private static func insertOriginals(of customer: Customer, _ db: Database) throws {
        if !customer.originals.isEmpty {
            let statement = try db.cachedStatement(sql: sql.insertOriginal)
            for original in customer.originals {
                try statement.run(OriginalRecord(original, of: customer.handle).insertArguments)
            }
        }
    }

    private static func insertCSP(of customer: Customer, _ db: Database) throws {
        if !customer.cspSubscriptions.isEmpty {
            let statement = try db.cachedStatement(sql: sql.insertCSP)
            for subscription in customer.cspSubscriptions {
                try statement.run(CSPRecord(subscription, of: customer.handle).insertArguments)
            }
        }
    }

    private static func insertJournal(_ entry: JournalEntry, _ db: Database) throws {
        try db.cachedStatement(sql: sql.insertJournal).run(JournalRecord(entry).insertArguments)
    }

    // MARK: - Transactions

    // Begun and ended through cached statements: GRDB's `read` and `write` compile BEGIN, COMMIT
    // and two `PRAGMA query_only` again for every call, and that compiling (with its statement
    // authorizer) was an eighth of a command's time.
    private static let beginReadSQL = "BEGIN DEFERRED TRANSACTION"
    /// Immediate: the write lock is taken at once, so a write never has to upgrade a read lock
    /// that another writer got to first (which no busy timeout can resolve).
    static let beginWriteSQL = "BEGIN IMMEDIATE TRANSACTION"
    static let commitSQL = "COMMIT TRANSACTION"
    static let rollbackSQL = "ROLLBACK TRANSACTION"

    /// One statement alone: SQLite runs it in its own implicit transaction.
    func readOne<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.inDatabase(body)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// Several statements that must see one state of the database.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        try transaction(Self.beginReadSQL, body)
    }

    /// One transaction: committed when `body` returns, rolled back when it throws.
    private func write(_ body: (Database) throws -> Void) throws(StoreError) {
        try transaction(Self.beginWriteSQL, body)
    }

    func transaction<T>(_ begin: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.inDatabase { db in
                try db.cachedStatement(sql: begin).execute()
                do {
                    let result = try body(db)
                    try db.cachedStatement(sql: Self.commitSQL).execute()
                    return result
                } catch {
                    if !db.isInsideTransaction { throw error }
                    try? db.cachedStatement(sql: Self.rollbackSQL).execute()
                    throw error
                }
            }
        } catch {
            throw StoreError.from(error, path: path)
        }
    }
}
