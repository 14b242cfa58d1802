import Foundation
import GRDB
import MigrationGuide
@testable import MigrationStore
import Testing

/// A fresh folder per test, removed afterwards.
final class TemporaryFolder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("csp-store-\(UUID().uuidString)")
    init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(at: url) }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

func day(_ text: String) -> CalendarDate { CalendarDate(iso: text) ?? CalendarDate(daysSinceEpoch: 0) }

func entry(_ handle: Handle?, _ command: String, on date: String = "2026-11-28", warnings: [MessageCode] = []) -> JournalEntry {
    JournalEntry(recordedAt: "2026-11-28T10:00:00Z", sessionDate: day(date), agent: "ana", customer: handle, command: command, warnings: warnings)
}

/// A customer with every kind of field filled in.
func fullCustomer(_ name: String = "contoso") throws -> Customer {
    let handle = try #require(Handle(name))
    var customer = Customer(handle: handle, name: "Soluções \(name) Ltda", domain: "\(name).com.br", program: .mosp, adminEmail: "ti@\(name).com.br")
    let today = day("2026-12-20")
    _ = try customer.invite(on: day("2026-10-01"), email: "admin@\(name).com.br", today: today)
    _ = try customer.accept(on: day("2026-10-05"), today: today)
    _ = try customer.requestGDAP(roles: [.licenseAdministrator, .userAdministrator], on: day("2026-10-06"), today: today)
    _ = try customer.acceptGDAP(on: day("2026-10-08"), expires: nil, today: today, settings: GuideSettings())
    customer.billingAccount = .mca
    customer.currency = "BRL"
    _ = try customer.addOriginal(offer: "Office 365 E3", seats: 50, assigned: 48, expires: day("2027-03-31"), price: Money(amount: Decimal(string: "23.45") ?? 0, currency: "BRL"), autoRenew: true, startedOn: day("2026-04-01"))
    _ = try customer.addOriginal(offer: "Visio Plan 2", seats: 5, assigned: nil, expires: day("2026-12-15"), price: nil, autoRenew: false)
    _ = try customer.addOriginal(offer: "Project Plan 3", seats: 2, assigned: 1, expires: day("2027-06-01"), price: nil, autoRenew: false)
    _ = try customer.addOriginal(offer: "Project Plan 3", seats: 3, assigned: 3, expires: day("2027-07-01"), price: nil, autoRenew: false)
    _ = try customer.provision(offer: "Office 365 E3", seats: 48, replacing: .matched, term: .threeYear, billing: .upfront,
                               price: Money(amount: 20, currency: "BRL"), on: day("2026-11-20"), today: today, confirmed: true, guide: Guide())
    _ = try customer.provision(offer: "Microsoft 365 Business Premium", seats: 5, replacing: .named(["L2"]), on: day("2026-11-21"), today: today, confirmed: true, guide: Guide())
    _ = try customer.provision(offer: "Project Plan 3", seats: 4, replacing: .named(["L3", "L4"]), on: day("2026-11-22"), today: today, confirmed: true, guide: Guide())
    customer.recordReassignment(on: day("2026-11-25"))
    _ = try customer.expire("L2", on: day("2026-12-15"), today: today)
    _ = try customer.cancel("L3", on: day("2026-11-28"), today: today, confirmed: true, guide: Guide())
    return customer
}

@Suite("SQLite store")
struct SQLiteStoreTests {
    @Test("every record survives a round trip through a real file")
    func roundTrip() throws {
        let folder = try TemporaryFolder()
        let customer = try fullCustomer()
        do {
            let store = try SQLiteStore(path: folder.path("state.sqlite"))
            try store.insert(customer, journal: entry(customer.handle, "customer add"))
        }
        let reopened = try SQLiteStore(path: folder.path("state.sqlite"))
        #expect(try reopened.customer(customer.handle) == customer)
        #expect(try reopened.allCustomers() == [customer])
        #expect(try reopened.handles() == [customer.handle])
    }

    @Test("a new database is created with its folders, private to its owner, and migrated")
    func creation() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("deep/er/state.sqlite")
        _ = try SQLiteStore(path: path)
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        #expect(mode & 0o777 == 0o600)
        let queue = try DatabaseQueue(path: path)
        let migrations = try queue.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(migrations == ["v1-portfolio", "v2-advice-by-program"])
        let journalMode = try queue.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(journalMode == "wal")
    }

    @Test("a database from a newer version is refused and left untouched")
    func newerSchema() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("state.sqlite")
        _ = try SQLiteStore(path: path)
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9-future')") }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.unavailable(path: path, problem: .newerSchema(unknown: ["v9-future"]))) { try SQLiteStore(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("a file that is not SQLite is refused and left untouched")
    func notSQLite() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("notes.sqlite")
        try Data("customer,name\ncontoso,Contoso\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.unavailable(path: path, problem: .notADatabase)) { try SQLiteStore(path: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "customer,name\ncontoso,Contoso\n")
    }

    @Test("a truncated database is reported as damaged")
    func truncated() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("state.sqlite")
        do {
            let store = try SQLiteStore(path: path)
            for index in 0..<40 {
                var customer = try fullCustomer("c\(index)")
                customer.name += String(repeating: "x", count: 200)
                try store.insert(customer, journal: entry(customer.handle, "add"))
            }
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 5000)
        try handle.close()
        do {
            let store = try SQLiteStore(path: path)
            _ = try store.allCustomers()
            Issue.record("a truncated file was read without complaint")
        } catch {
            #expect(error == .unavailable(path: path, problem: .notADatabase))
        }
    }

    @Test("a read-only file is refused")
    func readOnly() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("state.sqlite")
        _ = try SQLiteStore(path: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: path)
        #expect(throws: StoreError.unavailable(path: path, problem: .readOnly)) { try SQLiteStore(path: path) }
    }

    @Test("a database locked past the timeout tells the writer to retry, and nothing is written")
    func busy() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("state.sqlite")
        let store = try SQLiteStore(path: path, busyTimeout: 0.2)
        let customer = try fullCustomer()
        let blocker = try DatabaseQueue(path: path)
        try blocker.inDatabase { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            #expect(throws: StoreError.busy(path: path)) { try store.insert(customer, journal: entry(customer.handle, "add")) }
            try db.execute(sql: "ROLLBACK")
        }
        #expect(try store.allCustomers().isEmpty)
        #expect(try store.journal(for: nil, since: nil).isEmpty)
    }

    @Test("two sessions changing one customer: the second is told to retry, then succeeds")
    func conflict() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("state.sqlite")
        let first = try SQLiteStore(path: path), second = try SQLiteStore(path: path)
        var customer = try fullCustomer()
        try first.insert(customer, journal: entry(customer.handle, "add"))
        var mine = try #require(try first.customer(customer.handle))
        var theirs = try #require(try second.customer(customer.handle))
        mine.name = "Mine"
        theirs.name = "Theirs"
        try first.update(mine, journal: entry(customer.handle, "edit 1"))
        #expect(throws: StoreError.conflict(customer.handle)) { try second.update(theirs, journal: entry(customer.handle, "edit 2")) }
        customer = try #require(try second.customer(customer.handle))
        #expect(customer.name == "Mine")
        customer.name = "Theirs"
        try second.update(customer, journal: entry(customer.handle, "edit 2"))
        #expect(try first.customer(customer.handle)?.name == "Theirs")
        #expect(try first.journal(for: nil, since: nil).map(\.command) == ["add", "edit 1", "edit 2"])
    }

    @Test("the journal keeps every change in order, with its warnings, even for removed customers")
    func journal() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.path("state.sqlite"))
        let a = try fullCustomer("a"), b = try fullCustomer("b")
        try store.insert(a, journal: entry(a.handle, "customer add a", on: "2026-11-01"))
        try store.insert(b, journal: entry(b.handle, "customer add b", on: "2026-11-10"))
        try store.update(a, journal: entry(a.handle, "cancel a L1 --confirm", on: "2026-11-20", warnings: [.earlyCancel]))
        try store.remove(a.handle, journal: entry(a.handle, "customer remove a --force", on: "2026-11-21"))
        #expect(try store.journal(for: a.handle, since: nil).map(\.command) == ["customer add a", "cancel a L1 --confirm", "customer remove a --force"])
        #expect(try store.journal(for: nil, since: day("2026-11-10")).count == 3)
        #expect(try store.journal(for: a.handle, since: day("2026-11-20")).first?.warnings == [.earlyCancel])
        #expect(try store.customer(a.handle) == nil)
        #expect(try store.customer(b.handle) != nil)
    }

    @Test("settings are kept")
    func settings() throws {
        let folder = try TemporaryFolder()
        var settings = GuideSettings()
        settings[.nearEndDays] = 45
        settings[.inviteStaleDays] = 10
        settings[.eaDisabledDays] = 75
        try SQLiteStore(path: folder.path("s.sqlite")).saveSettings(settings, journal: entry(nil, "settings"))
        #expect(try SQLiteStore(path: folder.path("s.sqlite")).loadSettings() == settings)
    }

    @Test("a duplicate handle is refused and writes nothing")
    func duplicate() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.path("state.sqlite"))
        let customer = try fullCustomer()
        try store.insert(customer, journal: entry(customer.handle, "add"))
        #expect(throws: StoreError.duplicate(customer.handle)) { try store.insert(customer, journal: entry(customer.handle, "add again")) }
        #expect(try store.journal(for: nil, since: nil).count == 1)
    }

    @Test("an import batch is all or nothing")
    func batch() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.path("state.sqlite"))
        let existing = try fullCustomer("a")
        try store.insert(existing, journal: entry(existing.handle, "add"))
        let fresh = try fullCustomer("b")
        #expect(throws: StoreError.duplicate(existing.handle)) {
            try store.importBatch(inserting: [fresh, existing], updating: [], journal: entry(nil, "import"))
        }
        #expect(try store.handles() == [existing.handle])
        try store.importBatch(inserting: [fresh], updating: [existing], journal: entry(nil, "import"))
        #expect(try store.handles().count == 2)
    }

    @Test("an in-memory database keeps nothing on disk")
    func memory() throws {
        let store = try SQLiteStore(path: ":memory:")
        let customer = try fullCustomer()
        try store.insert(customer, journal: entry(customer.handle, "add"))
        #expect(try store.customer(customer.handle) == customer)
        #expect(!FileManager.default.fileExists(atPath: ":memory:"))
    }
}

@Suite("SQLite store: the portfolio kept between commands")
struct PortfolioCacheTests {
    @Test("another session's change is seen on the next read; this session's own changes at once")
    func freshness() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("state.sqlite")
        let mine = try SQLiteStore(path: path), theirs = try SQLiteStore(path: path)
        let a = try fullCustomer("a"), b = try fullCustomer("b")
        try mine.insert(a, journal: entry(a.handle, "add a"))
        #expect(try mine.allCustomers().map(\.handle) == [a.handle])
        try theirs.insert(b, journal: entry(b.handle, "add b"))
        #expect(try mine.allCustomers().map(\.handle) == [a.handle, b.handle])
        var changed = try #require(try theirs.customer(a.handle))
        changed.name = "Changed elsewhere"
        try theirs.update(changed, journal: entry(a.handle, "edit"))
        #expect(try mine.allCustomers().first?.name == "Changed elsewhere")
        var own = try #require(try mine.customer(b.handle))
        own.name = "Changed here"
        try mine.update(own, journal: entry(b.handle, "edit"))
        #expect(try mine.allCustomers().last?.name == "Changed here")
        try mine.remove(a.handle, journal: entry(a.handle, "remove"))
        #expect(try mine.allCustomers().map(\.handle) == [b.handle])
        #expect(try theirs.allCustomers().map(\.handle) == [b.handle])
    }
}
