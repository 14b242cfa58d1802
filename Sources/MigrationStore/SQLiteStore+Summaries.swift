import Foundation
import GRDB
import GRDBSQLite
import MigrationGuide

/// Kept summaries: a whole-portfolio view (`customer list`, `advise`, `status`) at 10,000 customers
/// read 60,000 rows and judged every customer for each call, most of a one-shot command's time.
/// Each customer's summary is kept in `keptSummary` once judged, with the customer's revision, the
/// day and the rules it was judged under, and read back (one row per customer) while all three
/// still hold. Every change of a customer raises its revision and the join below requires the same
/// revision, so a kept summary is never used for data it was not judged from, whoever wrote the
/// change; a new day, other settings or another build of the program miss every row.
extension SQLiteStore {
    public func forEachSummary(on day: CalendarDate, rules: String, judge: (Customer) -> CustomerSummary,
                               _ body: (NamedCustomer, CustomerSummary) -> Void) throws(StoreError) {
        // A shell that holds the portfolio, still current, judges it in memory: nothing to read.
        let holdsCurrentPortfolio = try portfolio.map { cached throws(StoreError) in try readOne(Self.dataVersion) == cached.version } ?? false
        guard !holdsCurrentPortfolio, let stamp = Self.rulesStamp(rules) else {
            return try forEachCustomer { body(NamedCustomer($0), judge($0)) }
        }
        var rows: [(customer: NamedCustomer, revision: Int, summary: CustomerSummary?)] = []
        var judged: [(handle: Handle, revision: Int, summary: CustomerSummary)] = []
        let version = try read { db in
            let version = try Self.dataVersion(db)
            rows.reserveCapacity(try db.cachedStatement(sql: Self.sql.customerCount).firstInteger() ?? 0)
            var stale: [Handle: Int] = [:]
            let key: [SQLValue] = [.text(day.description), .integer(stamp)]
            try db.cachedStatement(sql: Self.keptSummariesSQL).forEachRow(key) { row in
                guard let handle = row.text(at: 0).flatMap(Handle.init), let name = row.text(at: 1), let revision = row.integer(at: 2) else {
                    throw StoredValue.Invalid()
                }
                // A row that cannot be read back (written by another version's format) is a miss.
                let summary = row.blob(at: 3).flatMap { try? CustomerSummary(packed: $0) }
                if summary == nil { stale[handle] = rows.count }
                rows.append((NamedCustomer(handle: handle, name: name), Int(revision), summary))
            }
            guard !stale.isEmpty else { return version }
            // In the same read transaction, so that judged and kept rows are of one state.
            func judgeStale(_ customer: Customer) {
                guard let index = stale[customer.handle] else { return }
                let summary = judge(customer)
                rows[index].summary = summary
                judged.append((customer.handle, rows[index].revision, summary))
            }
            // A few: each read alone. Many (a new day, other settings): one pass over the portfolio.
            if stale.count * 8 < rows.count {
                for handle in stale.keys.sorted() {
                    if let customer = try Self.readCustomer(handle, db) { judgeStale(customer) }
                }
            } else {
                var scanned: [Handle: Int] = [:]
                try Self.scanPortfolio(db, revisions: &scanned, count: { _ in }, each: judgeStale)
            }
            return version
        }
        for row in rows {
            // Every stale row was judged above, from the same read.
            guard let summary = row.summary else { continue }
            body(row.customer, summary)
        }
        keep(judged, on: day, stamp: stamp, readAt: version)
    }

    /// Writes the summaries just judged, for the next view to read. Only ever a help: it waits for
    /// no other writer (busy: skipped), and is not synced at commit (WAL's `NORMAL`: a crash may
    /// lose it, never the database), so a read-only command is not slowed by a durable write.
    /// Written only when no other connection has committed since the read at `version`: then every
    /// judged customer still has the revision it was judged at.
    private func keep(_ judged: [(handle: Handle, revision: Int, summary: CustomerSummary)], on day: CalendarDate, stamp: Int64, readAt version: Int) {
        guard !judged.isEmpty else { return }
        try? writer.inDatabase { db in
            try db.execute(sql: "PRAGMA busy_timeout = 0")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            defer {
                try? db.execute(sql: "PRAGMA synchronous = FULL")
                try? db.execute(sql: "PRAGMA busy_timeout = \(busyMilliseconds)")
            }
            try db.cachedStatement(sql: Self.beginWriteSQL).execute()
            do {
                guard try Self.dataVersion(db) == version else {
                    try db.cachedStatement(sql: Self.rollbackSQL).execute()
                    return
                }
                let statement = try db.cachedStatement(sql: Self.keepSummarySQL)
                let dayText = SQLValue.text(day.description)
                for entry in judged {
                    try statement.run(blob: entry.summary.packed(), [.text(entry.handle.rawValue), .integer(Int64(entry.revision)), dayText, .integer(stamp)])
                }
                try db.cachedStatement(sql: Self.commitSQL).execute()
            } catch {
                if db.isInsideTransaction { try? db.cachedStatement(sql: Self.rollbackSQL).execute() }
                throw error
            }
        }
    }

    /// One customer with its subscriptions, inside a read.
    static func readCustomer(_ handle: Handle, _ db: Database) throws -> Customer? {
        let key = [SQLValue.text(handle.rawValue)]
        guard let record = try CustomerRecord.fetchAll(db.cachedStatement(sql: sql.customerByHandle), key).first else { return nil }
        let originals = try OriginalRecord.fetchAll(db.cachedStatement(sql: sql.originalsOfCustomer), key)
        let csp = try CSPRecord.fetchAll(db.cachedStatement(sql: sql.cspOfCustomer), key)
        return try record.domain(originals: originals, csp: csp)
    }

    /// Every customer in handle order with its kept summary when it was judged at the customer's
    /// current revision, on the day (?1) and under the rules (?2) asked for; NULL otherwise.
    static let keptSummariesSQL = """
        SELECT c."handle", c."name", c."revision", k."summary" FROM "customer" c
        LEFT JOIN "keptSummary" k ON k."handle" = c."handle" AND k."revision" = c."revision" AND k."day" = ?1 AND k."rules" = ?2
        ORDER BY c."handle"
        """

    static let keepSummarySQL = """
        INSERT OR REPLACE INTO "keptSummary" ("handle", "revision", "day", "rules", "summary") VALUES (?, ?, ?, ?, ?)
        """

    /// What a kept summary was judged under, as one number: the caller's `rules` (the settings) and
    /// this build of the program, so that a summary judged by another version's rules is never
    /// read. Nil when the program cannot tell which build it is: nothing is kept then.
    static func rulesStamp(_ rules: String) -> Int64? {
        guard let build = programBuild else { return nil }
        // FNV-1a: stable across processes, unlike `Hasher`, which is seeded for each run.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in (build + "\n" + rules).utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return Int64(bitPattern: hash)
    }

    /// This build of the program: its executable's file identity (device, inode, size, modification
    /// time). A rebuilt or reinstalled program is another file.
    static let programBuild: String? = {
        var status = stat()
        guard stat("/proc/self/exe", &status) == 0 else { return nil }
        return "\(status.st_dev):\(status.st_ino):\(status.st_size):\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
    }()
}

extension SteppedRow {
    /// A BLOB column's bytes, valid until the statement steps on; nil for NULL.
    func blob(at position: Int) -> UnsafeRawBufferPointer? {
        let column = Int32(position)
        guard sqlite3_column_type(statement, column) == SQLITE_BLOB, let bytes = sqlite3_column_blob(statement, column) else { return nil }
        return UnsafeRawBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(statement, column)))
    }
}

extension Statement {
    /// Runs the statement with `values` bound by position and `blob` bound after them.
    func run(blob: [UInt8], _ values: [SQLValue]) throws {
        let steps = try self.steps(values)
        defer { steps.finish() }
        let code = blob.withUnsafeBytes { bytes in
            sqlite3_bind_blob(sqliteStatement, Int32(values.count + 1), bytes.baseAddress, Int32(bytes.count), transient)
        }
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "binding a summary", sql: sql) }
        while try steps.next() != nil {}
    }
}
