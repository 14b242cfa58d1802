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
///
/// The table is derived data, not part of the schema's history: it is created when missing at
/// opening (`createKeptSummaries`), so that a file stays readable by a version without it, whose
/// changes still raise revisions (and whose removals cascade), and so can never be misread here.
extension SQLiteStore {
    public func forEachSummary(by guide: Guide, on day: CalendarDate, _ body: (NamedCustomer, CustomerSummary) -> Void) throws(StoreError) {
        // The rules named from the guide that judges: the two cannot disagree.
        try forEachSummary(on: day, rules: guide.settings.canonicalText, judge: { guide.summary(of: $0, on: day) }, body)
    }

    /// `judge` must be a function of the customer, `day` and `rules` alone (tests count its calls).
    func forEachSummary(on day: CalendarDate, rules: String, judge: (Customer) -> CustomerSummary,
                        _ body: (NamedCustomer, CustomerSummary) -> Void) throws(StoreError) {
        // A shell that holds the portfolio, still current, judges it in memory: nothing to read.
        let holdsCurrentPortfolio = try portfolio.map { cached throws(StoreError) in try readOne(Self.dataVersion) == cached.version } ?? false
        guard !holdsCurrentPortfolio, let stamp = Self.rulesStamp(rules) else {
            return try forEachCustomer { body(NamedCustomer($0), judge($0)) }
        }
        var rows: [KeptRow] = []
        // Indexes into `rows`, not copies: at 100,000 customers a summary is 400 bytes in memory.
        var judged: [Int] = []
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
                rows.append(KeptRow(customer: NamedCustomer(handle: handle, name: name), revision: Int(revision), summary: summary))
            }
            guard !stale.isEmpty else { return version }
            // In the same read transaction, so that judged and kept rows are of one state.
            func judgeStale(_ customer: Customer) {
                guard let index = stale[customer.handle] else { return }
                rows[index].summary = judge(customer)
                judged.append(index)
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
            // Every stale row was judged above, from the same read: a customer left out of a view
            // would be worse than no view.
            guard judged.count == stale.count else { throw StoredValue.Invalid() }
            return version
        }
        for row in rows {
            guard let summary = row.summary else { continue }
            body(row.customer, summary)
        }
        keep(judged.lazy.map { rows[$0] }, on: day, stamp: stamp, readAt: version)
    }

    /// Writes the summaries just judged, for the next view to read. Only ever a help: it waits for
    /// no other writer (busy: skipped), and is not synced at commit (WAL's `NORMAL`: a crash may
    /// lose it, never the database), so a read-only command is not slowed by a durable write.
    /// Written only when no other connection has committed since the read at `version`: then every
    /// judged customer still has the revision it was judged at.
    private func keep(_ judged: some Collection<KeptRow>, on day: CalendarDate, stamp: Int64, readAt version: Int) {
        guard !judged.isEmpty else { return }
        try? writer.inDatabase { db in
            // Put back first, whatever fails below: a shell's later writes wait and sync as always.
            defer {
                try? db.execute(sql: Self.durableSynchronous)
                try? db.execute(sql: "PRAGMA busy_timeout = \(busyMilliseconds)")
            }
            try db.execute(sql: "PRAGMA busy_timeout = 0")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.cachedStatement(sql: Self.beginWriteSQL).execute()
            do {
                guard try Self.dataVersion(db) == version else {
                    try db.cachedStatement(sql: Self.rollbackSQL).execute()
                    return
                }
                let statement = try db.cachedStatement(sql: Self.keepSummarySQL)
                let dayText = SQLValue.text(day.description)
                for row in judged {
                    guard let summary = row.summary else { continue }
                    try statement.run(blob: summary.packed(), [.text(row.customer.handle.rawValue), .integer(Int64(row.revision)), dayText, .integer(stamp)])
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

    /// Creates the table when missing: a read first, so that opening a file that has it writes nothing.
    static func createKeptSummaries(_ queue: DatabaseQueue) throws {
        let exists = try queue.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'keptSummary'") ?? 0
        }
        if exists == 0 { try queue.write { db in try db.execute(sql: createKeptSummariesSQL) } }
    }

    static let createKeptSummariesSQL = """
        CREATE TABLE IF NOT EXISTS "keptSummary" (
          "handle" TEXT NOT NULL PRIMARY KEY REFERENCES "customer"("handle") ON DELETE CASCADE,
          "revision" INTEGER NOT NULL,
          "day" TEXT NOT NULL,
          "rules" INTEGER NOT NULL,
          "summary" BLOB NOT NULL) WITHOUT ROWID
        """

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

/// A customer as a view reads it: its kept summary while that still holds, else nil until judged.
private struct KeptRow {
    var customer: NamedCustomer
    var revision: Int
    var summary: CustomerSummary?
}
