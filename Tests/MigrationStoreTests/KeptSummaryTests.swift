import Foundation
import GRDB
import MigrationGuide
@testable import MigrationStore
import Testing

/// A whole-portfolio view on a file keeps each customer's summary and reads it back while the
/// customer's revision, the day and the rules hold; whatever changes, the view never disagrees
/// with what judging the stored customers would give.
@Suite("Kept summaries")
struct KeptSummaryTests {
    let folder: TemporaryFolder
    var path: String { folder.path("state.sqlite") }

    init() throws { folder = try TemporaryFolder() }

    /// A file with `count` customers in different stages (the full customer among them).
    func portfolio(_ count: Int = 12) throws -> SQLiteStore {
        let store = try SQLiteStore(path: path)
        try store.insert(fullCustomer("full"), journal: entry(nil, "import"))
        for index in 1..<count {
            let handle = try #require(Handle("c\(index)"))
            var customer = Customer(handle: handle, name: "Cliente \(index)", domain: nil, program: index % 2 == 0 ? .open : .mosp, adminEmail: nil)
            _ = try customer.addOriginal(offer: "Office 365 E3", seats: index, assigned: index, expires: day("2026-12-01").adding(days: index * 20), price: nil, autoRenew: false)
            if index % 3 == 0 { _ = try customer.invite(on: day("2026-11-01"), email: "ti@c\(index).com", today: day("2026-11-01")) }
            try store.insert(customer, journal: entry(handle, "customer add"))
        }
        return store
    }

    /// Every summary a whole-portfolio read gives, and how many customers it judged to give them.
    func view(_ store: SQLiteStore, on date: String = "2026-12-01", settings: GuideSettings = GuideSettings()) throws -> (summaries: [Handle: CustomerSummary], order: [Handle], judged: Int) {
        let guide = Guide(settings: settings)
        var judged = 0
        var summaries: [Handle: CustomerSummary] = [:]
        var order: [Handle] = []
        try store.forEachSummary(on: day(date), rules: settings.canonicalText, judge: { customer in
            judged += 1
            return guide.summary(of: customer, on: day(date))
        }) { customer, summary in
            summaries[customer.handle] = summary
            order.append(customer.handle)
        }
        return (summaries, order, judged)
    }

    /// What judging every stored customer afresh gives, through another connection.
    func judgedAfresh(on date: String = "2026-12-01", settings: GuideSettings = GuideSettings()) throws -> [Handle: CustomerSummary] {
        let guide = Guide(settings: settings)
        var summaries: [Handle: CustomerSummary] = [:]
        for customer in try SQLiteStore(path: path).allCustomers() { summaries[customer.handle] = guide.summary(of: customer, on: day(date)) }
        return summaries
    }

    func keptRows() throws -> Int {
        try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: #"SELECT count(*) FROM "keptSummary""#) ?? -1 }
    }

    @Test("a summary judged once is read back the same, in handle order, without judging the customer again")
    func readBack() throws {
        let store = try portfolio()
        let first = try view(store)
        #expect(first.judged == 12)
        #expect(try keptRows() == 12)
        let again = try view(try SQLiteStore(path: path))
        #expect(again.judged == 0)
        #expect(again.summaries == first.summaries)
        #expect(again.summaries == (try judgedAfresh()))
        #expect(again.order == again.order.sorted())
        #expect(again.order.count == 12)
    }

    @Test("a change made through another connection is judged again at the next view, and only that customer")
    func changeElsewhere() throws {
        let store = try portfolio()
        let handle = try #require(Handle("c1"))
        #expect(try view(store).summaries[handle]?.nextAction == .invite)
        let other = try SQLiteStore(path: path)
        var customer = try #require(try other.customer(handle))
        _ = try customer.invite(on: day("2026-11-30"), email: "ti@c1.com", today: day("2026-12-01"))
        try other.update(customer, journal: entry(handle, "invite c1"))
        let after = try view(store)
        #expect(after.judged == 1)
        #expect(after.summaries == (try judgedAfresh()))
        #expect(after.summaries[handle]?.nextAction == .awaitAcceptance(sentOn: day("2026-11-30"), daysPending: 1, stale: false))
        // Removed elsewhere: gone from the view, and its kept row with it.
        try other.remove(handle, journal: entry(handle, "customer remove c1"))
        let removed = try view(store)
        #expect(removed.summaries[handle] == nil)
        #expect(removed.order.count == 11)
        #expect(try keptRows() == 11)
    }

    @Test("another day or other settings judge every customer again, and what is read is what judging gives")
    func otherDayOrSettings() throws {
        let store = try portfolio()
        _ = try view(store, on: "2026-12-01")
        let nextDay = try view(store, on: "2026-12-02")
        #expect(nextDay.judged == 12)
        #expect(nextDay.summaries == (try judgedAfresh(on: "2026-12-02")))
        var settings = GuideSettings()
        settings[.nearEndDays] = 45
        let changed = try view(store, on: "2026-12-02", settings: settings)
        #expect(changed.judged == 12)
        #expect(changed.summaries == (try judgedAfresh(on: "2026-12-02", settings: settings)))
        #expect(try view(store, on: "2026-12-02", settings: settings).judged == 0)
    }

    @Test("a kept summary that cannot be read back (damaged, another format) is judged again")
    func unreadable() throws {
        let store = try portfolio()
        _ = try view(store)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: #"UPDATE "keptSummary" SET "summary" = x'ff00ff' WHERE "handle" = 'c2'"#)
            try db.execute(sql: #"UPDATE "keptSummary" SET "summary" = x'' WHERE "handle" = 'c3'"#)
        }
        let after = try view(store)
        #expect(after.judged == 2)
        #expect(after.summaries == (try judgedAfresh()))
    }

    @Test("while another session holds the write lock, a view still answers in full and keeps nothing")
    func writerHoldsLock() throws {
        let store = try portfolio()
        // Another connection takes the write lock and holds it while the view runs.
        var blocked: (summaries: [Handle: CustomerSummary], order: [Handle], judged: Int)?
        try DatabaseQueue(path: path).inDatabase { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            blocked = try view(store)
            try db.execute(sql: "ROLLBACK")
        }
        #expect(blocked?.judged == 12)
        #expect(blocked?.summaries == (try judgedAfresh()))
        #expect(try keptRows() == 0)
        #expect(try view(store).judged == 12)
        #expect(try view(store).judged == 0)
    }

    @Test("summaries judged from a state another session changes meanwhile are not kept")
    func changedWhileJudging() throws {
        _ = try portfolio()
        let store = try SQLiteStore(path: path)
        let other = try SQLiteStore(path: path)
        let handle = try #require(Handle("c4"))
        var changed = false
        let guide = Guide()
        try store.forEachSummary(on: day("2026-12-01"), rules: GuideSettings().canonicalText, judge: { customer in
            if customer.handle == handle, !changed, var newer = try? other.customer(handle) {
                changed = true
                _ = try? newer.invite(on: day("2026-11-30"), email: "ti@c4.com", today: day("2026-12-01"))
                try? other.update(newer, journal: entry(handle, "invite c4"))
            }
            return guide.summary(of: customer, on: day("2026-12-01"))
        }) { _, _ in }
        #expect(changed)
        // Another connection committed after the read: nothing judged from it is kept.
        #expect(try keptRows() == 0)
        let after = try view(store)
        #expect(after.judged == 12)
        #expect(after.summaries == (try judgedAfresh()))
        #expect(try view(store).judged == 0)
    }

    @Test("keeping summaries leaves the connection as it was: every later commit synced, every later write waiting its turn")
    func connectionRestored() throws {
        let store = try portfolio()
        #expect(try view(store).judged == 12)
        #expect(try keptRows() == 12)
        let (synchronous, busyTimeout) = try store.writer.inDatabase { db in
            (try Int.fetchOne(db, sql: "PRAGMA synchronous"), try Int.fetchOne(db, sql: "PRAGMA busy_timeout"))
        }
        #expect(synchronous == 2)
        #expect(busyTimeout == Int(SQLiteStore.busyTimeout * 1000))
    }

    @Test("kept summaries are no part of the schema's history: a version without them still opens the file")
    func notAMigration() throws {
        let store = try portfolio()
        _ = try view(store)
        let applied = try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(Set(applied) == Set(Schema.migrations.map(\.identifier)))
        #expect(Schema.migrations.allSatisfy { !$0.statements(.sqlite).joined().contains("keptSummary") })
        #expect(try keptRows() == 12)
    }
}
