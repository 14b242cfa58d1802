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
    customer.tenantID = "b5c1b2d4-7c1e-4a0f-9e3b-0c6f4c2d9a11"
    customer.originals[0].externalID = "5d6e7f80-91a2-4b3c-8d4e-5f60718293a4"
    customer.cspSubscriptions[0].externalID = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f"
    return customer
}

@Suite("SQLite store")
struct SQLiteStoreTests {
    @Test("the partner's tenant is kept across sessions, journaled, and can be cleared")
    func partnerTenant() throws {
        let folder = try TemporaryFolder()
        do {
            let store = try SQLiteStore(path: folder.path("state.sqlite"))
            #expect(try store.loadPartnerTenant() == nil)
            try store.savePartnerTenant("4f1c2a9e-0b7d-4c55-8e21-6a3d9b7c1e02", journal: entry(nil, "settings partner-tenant 4f1c2a9e-0b7d-4c55-8e21-6a3d9b7c1e02"))
            try store.savePartnerTenant("0b1c2a9e-0b7d-4c55-8e21-6a3d9b7c1e02", journal: entry(nil, "settings partner-tenant 0b1c2a9e-0b7d-4c55-8e21-6a3d9b7c1e02"))
        }
        let reopened = try SQLiteStore(path: folder.path("state.sqlite"))
        #expect(try reopened.loadPartnerTenant() == "0b1c2a9e-0b7d-4c55-8e21-6a3d9b7c1e02")
        #expect(try reopened.journal(for: nil, since: nil).count == 2)
        try reopened.savePartnerTenant(nil, journal: entry(nil, "settings partner-tenant none"))
        #expect(try reopened.loadPartnerTenant() == nil)
    }

    @Test("the system's reason goes inside our sentence without its own closing period")
    func systemWords() {
        let refused = NSError(domain: NSCocoaErrorDomain, code: 513, userInfo: [NSLocalizedDescriptionKey: "The operation could not be completed. You don’t have permission."])
        #expect(SQLiteStore.systemWords(refused) == "The operation could not be completed. You don’t have permission")
        #expect(SQLiteStore.systemWords(NSError(domain: "x", code: 1, userInfo: [NSLocalizedDescriptionKey: "No space left"])) == "No space left")
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
        #expect(migrations == Schema.migrations.map(\.identifier))
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

    @Test(":memory: opens the in-memory store and creates no file; SQLiteStore refuses it as a file name")
    func memory() throws {
        let store = try openStore(path: ":memory:")
        #expect(store is InMemoryStore)
        let customer = try fullCustomer()
        try store.insert(customer, journal: entry(customer.handle, "add"))
        #expect(try store.customer(customer.handle) == customer)
        #expect(!FileManager.default.fileExists(atPath: ":memory:"))
        #expect(throws: StoreError.self) { try SQLiteStore(path: ":memory:") }
        #expect(!FileManager.default.fileExists(atPath: ":memory:"))
    }
}

/// The record mapping: each record's columns are declared once, and the SQL comes from them.
@Suite("SQLite store: record mapping")
struct RecordMappingTests {
    @Test("each record declares exactly the columns its table has after every migration")
    func declaredColumns() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("state.sqlite")
        _ = try SQLiteStore(path: path)
        let queue = try DatabaseQueue(path: path)
        func columns(_ table: String) throws -> Set<String> {
            Set(try queue.read { db in try db.columns(in: table).map(\.name) })
        }
        #expect(try columns(CustomerRecord.tableName) == Set(CustomerRecord.columns.map(\.name)))
        #expect(try columns(OriginalRecord.tableName) == Set(OriginalRecord.columns.map(\.name)))
        #expect(try columns(CSPRecord.tableName) == Set(CSPRecord.columns.map(\.name)))
        #expect(try columns(JournalRecord.tableName) == Set(JournalRecord.columns.map(\.name) + ["id"]))
        #expect(try columns(SettingRecord.tableName) == Set(SettingRecord.columns.map(\.name)))
    }

    @Test("each value lands in the column of its name (two text columns swapped would fail here)")
    func valuesInTheirColumns() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("state.sqlite")
        let customer = try fullCustomer()
        try SQLiteStore(path: path).insert(customer, journal: entry(customer.handle, "customer add", warnings: [.earlyCancel, .coverageGap]))
        let queue = try DatabaseQueue(path: path)
        let row = try #require(try queue.read { db in
            try Row.fetchOne(db, sql: #"SELECT "name", "domain", "adminEmail", "inviteEmail", "inviteSentOn", "acceptedOn", "program" FROM "customer""#)
        })
        #expect(row["name"] as String? == "Soluções contoso Ltda")
        #expect(row["domain"] as String? == "contoso.com.br")
        #expect(row["adminEmail"] as String? == "ti@contoso.com.br")
        #expect(row["inviteEmail"] as String? == "admin@contoso.com.br")
        #expect(row["inviteSentOn"] as String? == "2026-10-01")
        #expect(row["acceptedOn"] as String? == "2026-10-05")
        #expect(row["program"] as String? == "mosp")
        let original = try #require(try queue.read { db in
            try Row.fetchOne(db, sql: #"SELECT "offer", "seats", "assigned", "expires", "price", "currency" FROM "original" WHERE "number" = 1"#)
        })
        #expect(original["offer"] as String? == "Office 365 E3")
        #expect(original["seats"] as Int? == 50)
        #expect(original["assigned"] as Int? == 48)
        #expect(original["expires"] as String? == "2027-03-31")
        #expect(original["price"] as String? == "23.45")
        #expect(original["currency"] as String? == "BRL")
        let csp = try #require(try queue.read { db in
            try Row.fetchOne(db, sql: #"SELECT "offer", "provisionedOn", "replaces", "reassignedOn" FROM "cspSubscription" WHERE "number" = 2"#)
        })
        #expect(csp["offer"] as String? == "Microsoft 365 Business Premium")
        #expect(csp["provisionedOn"] as String? == "2026-11-21")
        #expect(csp["replaces"] as Int? == 2)
        #expect(csp["reassignedOn"] as String? == "2026-11-25")
        // The advice facts, under the store's own names (not the domain's Swift names or JSON).
        let facts = try #require(try queue.read { db in
            try Row.fetchOne(db, sql: #"SELECT "billingAccount", "eaTerm", "createdInPartnerCenter", "gdapRequestedOn", "gdapRoles", "gdapAcceptedOn", "gdapExpiresOn", "currency" FROM "customer""#)
        })
        #expect(facts["billingAccount"] as String? == "mca")
        #expect(facts["eaTerm"] as String? == "standard")
        #expect(facts["createdInPartnerCenter"] as Bool? == false)
        #expect(facts["gdapRequestedOn"] as String? == "2026-10-06")
        #expect(facts["gdapRoles"] as String? == "License Administrator,User Administrator")
        #expect(facts["gdapAcceptedOn"] as String? == "2026-10-08")
        #expect(facts["gdapExpiresOn"] as String? == "2028-10-07")
        #expect(facts["currency"] as String? == "BRL")
        let terms = try queue.read { db in
            try Row.fetchAll(db, sql: #"SELECT "replaces", "alsoReplaces", "term", "billing", "price", "currency" FROM "cspSubscription" ORDER BY "number""#)
        }
        #expect(terms.map { $0["term"] as String? } == ["three-year", "annual", "annual"])
        #expect(terms.map { $0["billing"] as String? } == ["upfront", "monthly", "monthly"])
        #expect(terms.map { $0["price"] as String? } == ["20", nil, nil])
        #expect(terms.map { $0["currency"] as String? } == ["BRL", nil, nil])
        #expect(terms.map { $0["replaces"] as Int? } == [1, 2, 3])
        #expect(terms.map { $0["alsoReplaces"] as String? } == [nil, nil, "4"])
        let journal = try #require(try queue.read { db in
            try Row.fetchOne(db, sql: #"SELECT "recordedAt", "sessionDate", "agent", "command", "warnings" FROM "journal""#)
        })
        #expect(journal["recordedAt"] as String? == "2026-11-28T10:00:00Z")
        #expect(journal["sessionDate"] as String? == "2026-11-28")
        #expect(journal["agent"] as String? == "ana")
        #expect(journal["command"] as String? == "customer add")
        #expect(journal["warnings"] as String? == #"["W-EARLY-CANCEL","W-COVERAGE-GAP"]"#)
    }

    @Test("settings are stored under the store's own names, not read through the typed setting names")
    func settingNames() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("state.sqlite")
        var settings = GuideSettings()
        settings[.mospExpiredDays] = 60
        try SQLiteStore(path: path).saveSetting(.mospExpiredDays, 60, journal: entry(nil, "settings"))
        let stored = try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: #"SELECT "name", "value" FROM "setting""#).map { ($0["name"] as String? ?? "", $0["value"] as Int? ?? -1) }
        }
        #expect(Dictionary(uniqueKeysWithValues: stored)["mosp-expired-days"] == 60)
        settings[.nearEndDays] = 45
        try SQLiteStore(path: path).saveSetting(.nearEndDays, 45, journal: entry(nil, "settings"))
        #expect(try SQLiteStore(path: path).loadSettings() == settings)
    }

    @Test("warnings journaled comma-joined by the first schema are read back whole after the migration; unknown codes are kept")
    func journalWarnings() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("state.sqlite")
        // A file as the first schema left it.
        let queue = try DatabaseQueue(path: path)
        var first = DatabaseMigrator()
        let v1 = try #require(Schema.migrations.first)
        first.registerMigration(v1.identifier) { db in for statement in v1.statements(.sqlite) { try db.execute(sql: statement) } }
        try first.migrate(queue)
        try queue.write { db in
            try db.execute(sql: #"INSERT INTO "journal" ("recordedAt", "sessionDate", "agent", "customer", "command", "warnings") VALUES ('t', '2026-11-28', 'ana', 'contoso', 'cancel contoso L1 --confirm', 'W-EARLY-CANCEL,W-COVERAGE-GAP')"#)
            try db.execute(sql: #"INSERT INTO "journal" ("recordedAt", "sessionDate", "agent", "customer", "command", "warnings") VALUES ('t', '2026-11-28', 'ana', 'contoso', 'status', '')"#)
        }
        try queue.close()
        let store = try SQLiteStore(path: path)
        #expect(try store.journal(for: nil, since: nil).map(\.warnings) == [[RecordedCode(.earlyCancel), RecordedCode(.coverageGap)], []])
        // A code written by a newer version is shown as written, not dropped.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: #"INSERT INTO "journal" ("recordedAt", "sessionDate", "agent", "customer", "command", "warnings") VALUES ('t', '2026-11-29', 'ana', NULL, 'x', '["W-FUTURE","W-EARLY-CANCEL"]')"#)
        }
        let last = try #require(try store.journal(for: nil, since: day("2026-11-29")).last)
        #expect(last.warnings.map(\.rawValue) == ["W-FUTURE", "W-EARLY-CANCEL"])
        #expect(last.warnings.map(\.code) == [nil, .earlyCancel])
    }

    @Test("each enumeration's stored names are distinct, and hold no comma (roles are stored comma-joined)")
    func storedNames() {
        func check<Value: StoredEnumeration>(_ type: Value.Type) {
            let names = Value.allCases.map(\.storedName)
            #expect(Set(names).count == names.count, "\(Value.self)")
            #expect(!names.contains { $0.contains(",") || $0.isEmpty }, "\(Value.self)")
            #expect(names.allSatisfy { (try? Value.stored($0).storedName) == $0 }, "\(Value.self)")
        }
        check(Program.self)
        check(BillingAccount.self)
        check(EATerm.self)
        check(CSPTerm.self)
        check(BillingFrequency.self)
        check(GDAPRole.self)
    }

    @Test("a stored name this version never wrote is reported as damage, not read as a default")
    func unknownStoredName() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("state.sqlite")
        let customer = try fullCustomer()
        try SQLiteStore(path: path).insert(customer, journal: entry(customer.handle, "customer add"))
        try DatabaseQueue(path: path).write { db in try db.execute(sql: #"UPDATE "cspSubscription" SET "term" = 'threeYear' WHERE "number" = 1"#) }
        #expect(throws: StoreError.unavailable(path: path, problem: .notADatabase)) { try SQLiteStore(path: path).customer(customer.handle) }
    }

    @Test("the SQL is built from the declared columns, in their order, for each dialect")
    func generatedSQL() {
        #expect(CSPRecord.insertSQL(.sqlite) == #"INSERT INTO "cspSubscription" ("customer", "number", "offer", "seats", "provisionedOn", "replaces", "reassignedOn", "externalID", "alsoReplaces", "term", "billing", "price", "currency", "cancelledOn") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"#)
        #expect(OriginalRecord.deleteByCustomerSQL(.sqlite) == #"DELETE FROM "original" WHERE "customer" = ?"#)
        #expect(PartnerSettingRecord.upsertSQL(.postgreSQL) == #"INSERT INTO "partnerSetting" ("name", "value") VALUES ($1, $2) ON CONFLICT ("name") DO UPDATE SET "value" = excluded."value""#)
        #expect(SettingRecord.updateSQL(.postgreSQL, checking: .value) == #"UPDATE "setting" SET "value" = $1 WHERE "name" = $2 AND "value" = $3"#)
        #expect(StoreStatements(.sqlite).customerNames == #"SELECT "handle", "name" FROM "customer" ORDER BY "handle""#)
        #expect(CSPRecord.deleteByCustomerSQL(.postgreSQL) == #"DELETE FROM "cspSubscription" WHERE "customer" = $1"#)
        #expect(CSPRecord.selectByCustomerSQL(.postgreSQL) == CSPRecord.selectSQL + #" WHERE "customer" = $1 ORDER BY "customer", "number""#)
        #expect(CustomerRecord.selectByKeySQL(.postgreSQL, only: [.revision]) == #"SELECT "revision" FROM "customer" WHERE "handle" = $1"#)
        #expect(JournalRecord.selectSQL(.postgreSQL, customer: true, since: true).hasSuffix(#" WHERE "customer" = $1 AND "sessionDate" >= $2 ORDER BY "id""#))
        #expect(JournalRecord.selectSQL(.sqlite, customer: false, since: true).hasSuffix(#" WHERE "sessionDate" >= ? ORDER BY "id""#))
        #expect(JournalRecord.insertSQL(.postgreSQL, only: [.command, .warnings]) == #"INSERT INTO "journal" ("command", "warnings") VALUES ($1, $2)"#)
        #expect(SettingRecord.updateSQL(.postgreSQL) == #"UPDATE "setting" SET "value" = $1 WHERE "name" = $2"#)
        #expect(OriginalRecord.deleteSQL(.postgreSQL) == #"DELETE FROM "original" WHERE "customer" = $1 AND "number" = $2"#)
        #expect(SettingRecord(.nearEndDays, figure: 45).updateArguments == [.integer(45), .text("near-end-days")])
    }
}

@Suite("A database from before per-program advice")
struct AdviceMigrationTests {
    @Test("opens, keeps its customers, and moves the single lifecycle pair to every program but the EA")
    func formerDatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("old.sqlite")
        // The schema as the previous version left it: every migration before v3.
        var former = DatabaseMigrator()
        for migration in Schema.migrations.prefix(while: { $0.identifier != "v4-advice-by-program" }) {
            former.registerMigration(migration.identifier) { db in
                for statement in migration.statements(.sqlite) { try db.execute(sql: statement) }
            }
        }
        let queue = try DatabaseQueue(path: path)
        try former.migrate(queue)
        try queue.write { db in
            try db.execute(sql: #"INSERT INTO "customer" ("handle", "name", "program", "revision") VALUES ('contoso', 'Contoso', 'ea', 0)"#)
            try db.execute(sql: #"INSERT INTO "original" ("customer", "number", "offer", "seats", "assigned", "expires", "autoRenew") VALUES ('contoso', 1, 'Office 365 E3', 10, 9, '2027-06-30', 0)"#)
            try db.execute(sql: #"INSERT INTO "cspSubscription" ("customer", "number", "offer", "seats", "provisionedOn", "replaces") VALUES ('contoso', 1, 'Office 365 E3', 9, '2026-11-20', 1)"#)
            try db.execute(sql: #"INSERT INTO "setting" ("name", "value") VALUES ('expired-stage-days', 45), ('disabled-stage-days', 100), ('near-end-days', 40)"#)
        }
        try queue.close()
        let store = try SQLiteStore(path: path)
        let handle = try #require(Handle("contoso"))
        let customer = try #require(try store.customer(handle))
        #expect(customer.originals.first?.assigned == 9)
        #expect(customer.cspSubscriptions.first?.replaces == [LicenseID(kind: .original, number: 1)])
        #expect(customer.cspSubscriptions.first?.term == .annual)
        #expect(customer.billingAccount == .unknown)
        let settings = try store.loadSettings()
        #expect(settings.stages(for: .mosp) == StageLengths(expiredDays: 45, disabledDays: 100))
        #expect(settings.stages(for: .open) == StageLengths(expiredDays: 45, disabledDays: 100))
        #expect(settings.stages(for: .ea) == StageLengths(expiredDays: 90, disabledDays: 60))
        #expect(settings.nearEndDays == 40)
    }
}

@Suite("A database from before auto-renew could be left unrecorded")
struct AutoRenewMigrationTests {
    @Test("an 'off' that web direct stored by default reads as not recorded; 'on', and any program without recurring billing, keep their value")
    func formerDefaultOff() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("old.sqlite")
        var former = DatabaseMigrator()
        for migration in Schema.migrations.prefix(while: { $0.identifier != "v6-auto-renew-recorded" }) {
            former.registerMigration(migration.identifier) { db in
                for statement in migration.statements(.sqlite) { try db.execute(sql: statement) }
            }
        }
        let queue = try DatabaseQueue(path: path)
        try former.migrate(queue)
        try queue.write { db in
            try db.execute(sql: #"INSERT INTO "customer" ("handle", "name", "program", "revision") VALUES ('web', 'Web', 'mosp', 0), ('ea', 'EA', 'ea', 0)"#)
            try db.execute(sql: #"INSERT INTO "original" ("customer", "number", "offer", "seats", "assigned", "expires", "autoRenew") VALUES ('web', 1, 'Office 365 E3', 10, 9, '2027-06-30', 0), ('web', 2, 'Visio Plan 2', 2, 2, '2027-06-30', 1), ('ea', 1, 'Office 365 E3', 10, 9, '2027-06-30', 0)"#)
        }
        try queue.close()
        let store = try SQLiteStore(path: path)
        let web = try #require(try store.customer(Handle("web")!))
        #expect(web.originals.map(\.autoRenew) == [nil, true])
        let ea = try #require(try store.customer(Handle("ea")!))
        #expect(ea.originals.map(\.autoRenew) == [false])
        // Recorded values survive a round trip.
        var edited = web
        _ = try edited.editOriginal(LicenseID(kind: .original, number: 1), seats: nil, assigned: nil, expires: nil, price: nil, autoRenew: false)
        try store.update(edited, journal: entry(edited.handle, "license edit web L1 --auto-renew off"))
        #expect(try store.customer(Handle("web")!)?.originals.map(\.autoRenew) == [false, true])
    }
}
