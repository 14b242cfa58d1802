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
    _ = customer.invite(on: day("2026-10-01"), email: "admin@\(name).com.br")
    _ = customer.accept(on: day("2026-10-05"))
    _ = try customer.addOriginal(offer: "Office 365 E3", seats: 50, assigned: 48, expires: day("2027-03-31"), price: Money(amount: Decimal(string: "23.45") ?? 0, currency: "BRL"), autoRenew: true)
    _ = try customer.addOriginal(offer: "Visio Plan 2", seats: 5, assigned: nil, expires: day("2026-12-15"), price: nil, autoRenew: false)
    _ = try customer.addOriginal(offer: "Project Plan 3", seats: 2, assigned: 1, expires: day("2027-06-01"), price: nil, autoRenew: false)
    _ = try customer.provision(offer: "Office 365 E3", seats: 48, replaces: nil, on: day("2026-11-20"))
    _ = try customer.provision(offer: "Microsoft 365 Business Premium", seats: 5, replaces: "L2", on: day("2026-11-21"))
    customer.recordReassignment(on: day("2026-11-25"))
    _ = try customer.expire("L2", on: day("2026-12-15"))
    _ = try customer.cancel("L3", on: day("2026-11-28"), confirmed: true, guide: Guide())
    return customer
}

@Suite("SQLite store")
struct SQLiteStoreTests {
    @Test("a new database is created with its folders, private to its owner, and migrated")
    func creation() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("deep/er/state.sqlite")
        _ = try SQLiteStore(path: path)
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        #expect(mode & 0o777 == 0o600)
        let queue = try DatabaseQueue(path: path)
        let migrations = try queue.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(migrations == ["v1-portfolio"])
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

    @Test("an in-memory database keeps nothing on disk")
    func memory() throws {
        let store = try SQLiteStore(path: ":memory:")
        let customer = try fullCustomer()
        try store.insert(customer, journal: entry(customer.handle, "add"))
        #expect(try store.customer(customer.handle) == customer)
        #expect(!FileManager.default.fileExists(atPath: ":memory:"))
    }
}
