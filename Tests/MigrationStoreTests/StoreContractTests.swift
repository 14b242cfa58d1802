import Foundation
import GRDB
import MigrationGuide
@testable import MigrationStore
import StoreTestSupport
import Testing

/// The two stores staff use: an SQLite file for one person, PostgreSQL for a desk. The team store
/// is tested whenever the run has a server (`make test` always starts one).
enum StoreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    static var available: [StoreKind] { TeamDatabase.server == nil ? [.sqlite] : [.sqlite, .postgres] }
    var testDescription: String { rawValue }
}

/// One empty database of either kind; each `open()` is another session on it.
final class StoreFixture {
    let kind: StoreKind
    private var folder: TemporaryFolder?
    let team: TeamDatabase?

    init(_ kind: StoreKind) throws {
        self.kind = kind
        switch kind {
        case .sqlite: folder = try TemporaryFolder(); team = nil
        case .postgres: team = try TeamDatabase()
        }
    }

    func open() throws -> any PortfolioStore {
        if let team { return try PostgresStore(conninfo: team.conninfo) }
        return try SQLiteStore(path: sqlitePath ?? ":memory:")
    }

    var sqlitePath: String? { folder?.path("state.sqlite") }

    /// Lets a change made by one session reach another: immediate for SQLite, which checks its
    /// file's version on every read; a notification a few milliseconds behind the commit for
    /// PostgreSQL.
    func settle(_ store: any PortfolioStore) {
        (store as? PostgresStore)?.waitForChangesByOthers(timeout: 2)
    }
}

@Suite("Store contract, on SQLite and PostgreSQL")
struct StoreContractTests {
    @Test("every record survives a round trip", arguments: StoreKind.available)
    func roundTrip(kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let customer = try fullCustomer()
        do {
            let store = try fixture.open()
            try store.insert(customer, journal: entry(customer.handle, "customer add"))
        }
        let reopened = try fixture.open()
        #expect(try reopened.customer(customer.handle) == customer)
        #expect(try reopened.allCustomers() == [customer])
        #expect(try reopened.handles() == [customer.handle])
    }

    @Test("every advice fact at its other values survives a round trip", arguments: StoreKind.available)
    func otherValuesRoundTrip(kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let customer = try otherValuesCustomer()
        try fixture.open().insert(customer, journal: entry(customer.handle, "customer add"))
        let reopened = try fixture.open()
        #expect(try reopened.customer(customer.handle) == customer)
        #expect(try reopened.allCustomers() == [customer])
    }

    @Test("two sessions changing one customer: the second is told to retry, then succeeds", arguments: StoreKind.available)
    func conflict(kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let first = try fixture.open(), second = try fixture.open()
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

    @Test("the journal keeps every change in order, with its warnings, even for removed customers", arguments: StoreKind.available)
    func journal(kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        defer { withExtendedLifetime(fixture) {} }
        let store = try fixture.open()
        let a = try fullCustomer("a"), b = try fullCustomer("b")
        try store.insert(a, journal: entry(a.handle, "customer add a", on: "2026-11-01"))
        try store.insert(b, journal: entry(b.handle, "customer add b", on: "2026-11-10"))
        try store.update(a, journal: entry(a.handle, "cancel a L1 --confirm", on: "2026-11-20", warnings: [.earlyCancel]))
        try store.remove(a.handle, journal: entry(a.handle, "customer remove a --force", on: "2026-11-21"))
        #expect(try store.journal(for: a.handle, since: nil).map(\.command) == ["customer add a", "cancel a L1 --confirm", "customer remove a --force"])
        #expect(try store.journal(for: nil, since: day("2026-11-10")).count == 3)
        #expect(try store.journal(for: a.handle, since: day("2026-11-20")).first?.warnings == [RecordedCode(.earlyCancel)])
        #expect(try store.customer(a.handle) == nil)
        #expect(try store.customer(b.handle) != nil)
    }

    @Test("settings are kept", arguments: StoreKind.available)
    func settings(kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        var settings = GuideSettings()
        settings[.nearEndDays] = 45
        settings[.inviteStaleDays] = 10
        settings[.eaDisabledDays] = 75
        for name in [GuideSettings.Name.nearEndDays, .inviteStaleDays, .eaDisabledDays] {
            try fixture.open().saveSetting(name, settings[name], journal: entry(nil, "settings"))
        }
        #expect(try fixture.open().loadSettings() == settings)
        settings[.nearEndDays] = 20
        try fixture.open().saveSetting(.nearEndDays, 20, journal: entry(nil, "settings again"))
        #expect(try fixture.open().loadSettings() == settings)
    }

    @Test("the partner's default currency is kept across sessions apart from its tenant, journaled, and can be cleared", arguments: StoreKind.available)
    func partnerCurrency(kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        #expect(try fixture.open().loadPartnerCurrency() == nil)
        try fixture.open().savePartnerTenant("4f1c2a9e-0b7d-4c55-8e21-6a3d9b7c1e02", journal: entry(nil, "settings partner-tenant 4f1c2a9e-0b7d-4c55-8e21-6a3d9b7c1e02"))
        try fixture.open().savePartnerCurrency("BRL", journal: entry(nil, "settings currency BRL"))
        try fixture.open().savePartnerCurrency("USD", journal: entry(nil, "settings currency USD"))
        #expect(try fixture.open().loadPartnerCurrency() == "USD")
        #expect(try fixture.open().loadPartnerTenant() == "4f1c2a9e-0b7d-4c55-8e21-6a3d9b7c1e02")
        #expect(try fixture.open().journal(for: nil, since: nil).map(\.command).suffix(2) == ["settings currency BRL", "settings currency USD"])
        try fixture.open().savePartnerCurrency(nil, journal: entry(nil, "settings currency none"))
        #expect(try fixture.open().loadPartnerCurrency() == nil)
        #expect(try fixture.open().loadPartnerTenant() == "4f1c2a9e-0b7d-4c55-8e21-6a3d9b7c1e02")
    }

    @Test("a duplicate handle is refused and writes nothing", arguments: StoreKind.available)
    func duplicate(kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        defer { withExtendedLifetime(fixture) {} }
        let store = try fixture.open()
        let customer = try fullCustomer()
        try store.insert(customer, journal: entry(customer.handle, "add"))
        #expect(throws: StoreError.duplicate(customer.handle)) { try store.insert(customer, journal: entry(customer.handle, "add again")) }
        #expect(try store.journal(for: nil, since: nil).count == 1)
        #expect(try store.allCustomers() == [customer])
    }

    @Test("an import batch is all or nothing", arguments: StoreKind.available)
    func batch(kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        defer { withExtendedLifetime(fixture) {} }
        let store = try fixture.open()
        let existing = try fullCustomer("a")
        try store.insert(existing, journal: entry(existing.handle, "add"))
        let fresh = try fullCustomer("b")
        #expect(throws: StoreError.duplicate(existing.handle)) {
            try store.importBatch(inserting: [fresh, existing], updating: [], journal: [entry(nil, "import")])
        }
        #expect(try store.handles() == [existing.handle])
        #expect(try store.journal(for: nil, since: nil).count == 1)
        try store.importBatch(inserting: [fresh], updating: [existing], journal: [entry(nil, "import")])
        #expect(try store.handles().count == 2)
    }

    @Test("another session's change is seen on the next read; this session's own changes at once", arguments: StoreKind.available)
    func freshness(kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let mine = try fixture.open(), theirs = try fixture.open()
        let a = try fullCustomer("a"), b = try fullCustomer("b")
        try mine.insert(a, journal: entry(a.handle, "add a"))
        #expect(try mine.allCustomers().map(\.handle) == [a.handle])
        try theirs.insert(b, journal: entry(b.handle, "add b"))
        fixture.settle(mine)
        #expect(try mine.allCustomers().map(\.handle) == [a.handle, b.handle])
        var changed = try #require(try theirs.customer(a.handle))
        changed.name = "Changed elsewhere"
        try theirs.update(changed, journal: entry(a.handle, "edit"))
        fixture.settle(mine)
        #expect(try mine.allCustomers().first?.name == "Changed elsewhere")
        var own = try #require(try mine.customer(b.handle))
        own.name = "Changed here"
        try mine.update(own, journal: entry(b.handle, "edit"))
        #expect(try mine.allCustomers().last?.name == "Changed here")
        try mine.remove(a.handle, journal: entry(a.handle, "remove"))
        #expect(try mine.allCustomers().map(\.handle) == [b.handle])
        fixture.settle(theirs)
        #expect(try theirs.allCustomers().map(\.handle) == [b.handle])
    }

    @Test("successive changes of one customer land whichever of its tables they touch, also after reading another", arguments: StoreKind.available)
    func successiveChanges(kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let store = try fixture.open()
        var a = try fullCustomer("a"), b = try fullCustomer("b")
        try store.insert(a, journal: entry(a.handle, "add a"))
        try store.insert(b, journal: entry(b.handle, "add b"))
        a.originals[1].seats = 7                       // originals only
        try store.update(a, journal: entry(a.handle, "edit"))
        a.cspSubscriptions.removeLast()                // subscriptions only
        try store.update(a, journal: entry(a.handle, "edit"))
        a.cspSubscriptions[0].provisionedOn = nil      // stored as an empty text
        try store.update(a, journal: entry(a.handle, "edit"))
        a.name = "A, renamed"                          // the customer's own row only
        try store.update(a, journal: entry(a.handle, "edit"))
        _ = try store.customer(b.handle)
        a.originals.removeFirst()                      // after another customer was read
        try store.update(a, journal: entry(a.handle, "edit"))
        b.cspSubscriptions[0].seats = 40
        try store.update(b, journal: entry(b.handle, "edit"))
        let reopened = try fixture.open()
        #expect(try reopened.customer(a.handle) == a)
        #expect(try reopened.customer(b.handle) == b)
        #expect(try reopened.allCustomers() == [a, b])
    }

    @Test("subscriptions another session changed are kept when this session, having read them again, changes only the customer's name", arguments: StoreKind.available)
    func othersSubscriptionsKept(kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let mine = try fixture.open(), theirs = try fixture.open()
        let customer = try fullCustomer()
        try mine.insert(customer, journal: entry(customer.handle, "add"))
        var stale = try #require(try mine.customer(customer.handle))
        var changed = try #require(try theirs.customer(customer.handle))
        changed.originals[0].seats = 60
        changed.cspSubscriptions.removeLast()
        try theirs.update(changed, journal: entry(customer.handle, "license edit"))
        fixture.settle(mine)
        stale.name = "Renamed"
        #expect(throws: StoreError.conflict(customer.handle)) { try mine.update(stale, journal: entry(customer.handle, "edit")) }
        var fresh = try #require(try mine.customer(customer.handle))
        #expect(fresh == changed)
        fresh.name = "Renamed"
        try mine.update(fresh, journal: entry(customer.handle, "edit"))
        #expect(try fixture.open().customer(customer.handle) == fresh)
    }

    @Test("subscriptions set back to what this session first read are written over another session's change it has seen since", arguments: StoreKind.available)
    func subscriptionsSetBack(kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let mine = try fixture.open(), theirs = try fixture.open()
        let customer = try fullCustomer()
        try mine.insert(customer, journal: entry(customer.handle, "add"))
        let first = try #require(try mine.customer(customer.handle))
        var changed = try #require(try theirs.customer(customer.handle))
        changed.originals[0].seats = 60
        try theirs.update(changed, journal: entry(customer.handle, "license edit"))
        fixture.settle(mine)
        var seen = try #require(try mine.allCustomers().first)
        #expect(seen == changed)
        seen.originals = first.originals
        try mine.update(seen, journal: entry(customer.handle, "license edit"))
        #expect(try fixture.open().customer(customer.handle)?.originals == first.originals)
    }

    @Test("removing or changing a customer another session removed reports it missing", arguments: StoreKind.available)
    func removedElsewhere(kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let mine = try fixture.open(), theirs = try fixture.open()
        let a = try fullCustomer("a")
        try mine.insert(a, journal: entry(a.handle, "add a"))
        let read = try #require(try theirs.customer(a.handle))
        try mine.remove(a.handle, journal: entry(a.handle, "remove"))
        #expect(throws: StoreError.notFound(a.handle)) { try theirs.update(read, journal: entry(a.handle, "edit")) }
        #expect(throws: StoreError.notFound(a.handle)) { try theirs.remove(a.handle, journal: entry(a.handle, "remove again")) }
        #expect(try theirs.journal(for: nil, since: nil).map(\.command) == ["add a", "remove"])
    }

    @Test("a customer removed and added again by another session is not written over by a change read before", arguments: StoreKind.available)
    func removedAndAddedAgainElsewhere(kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let mine = try fixture.open(), theirs = try fixture.open()
        let a = try fullCustomer("a")
        try mine.insert(a, journal: entry(a.handle, "add a"))
        var stale = try #require(try theirs.customer(a.handle))
        try mine.remove(a.handle, journal: entry(a.handle, "remove"))
        var again = a
        again.name = "Added again"
        again.originals = []
        try mine.insert(again, journal: entry(a.handle, "add a again"))
        fixture.settle(theirs)
        stale.name = "Stale"
        #expect(throws: StoreError.conflict(a.handle)) { try theirs.update(stale, journal: entry(a.handle, "edit")) }
        let kept = try #require(try fixture.open().customer(a.handle))
        #expect(kept.name == "Added again")
        #expect(kept.originals.isEmpty)
        #expect(try theirs.journal(for: nil, since: nil).map(\.command) == ["add a", "remove", "add a again"])
    }

    @Test("customers one at a time: the same customers in the same order as allCustomers, streamed or kept, and fresh after another session's change", arguments: StoreKind.available)
    func forEachCustomer(kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let mine = try fixture.open(), theirs = try fixture.open()
        for name in ["c", "a", "b"] {
            let customer = try fullCustomer(name)
            try theirs.insert(customer, journal: entry(customer.handle, "add"))
        }
        func each() throws -> [Customer] {
            var seen: [Customer] = []
            try mine.forEachCustomer { seen.append($0) }
            return seen
        }
        fixture.settle(mine)
        let expected = try theirs.allCustomers()
        #expect(expected.map(\.handle.rawValue) == ["a", "b", "c"])
        #expect(try each() == expected)          // streamed
        #expect(try mine.allCustomers() == expected)
        #expect(try each() == expected)          // kept
        var changed = try #require(try theirs.customer(expected[1].handle))
        changed.name = "Changed elsewhere"
        try theirs.update(changed, journal: entry(changed.handle, "edit"))
        fixture.settle(mine)
        #expect(try each().map(\.name) == [expected[0].name, "Changed elsewhere", expected[2].name])
        // What was read one at a time can be changed under the revision check.
        var own = try #require(try each().first)
        own.name = "Changed here"
        try mine.update(own, journal: entry(own.handle, "edit"))
        #expect(try theirs.customer(own.handle)?.name == "Changed here")
    }
}

/// `fullCustomer`'s stored facts at their other values: an EA customer on a multi-year term with a
/// MOSA account, created in Partner Center, whose GDAP request is still pending and with no
/// currency of its own; a monthly CSP subscription billed annually, cancelled, with no price.
func otherValuesCustomer() throws -> Customer {
    var customer = try fullCustomer("fabrikam")
    customer.program = .ea
    customer.eaTerm = .multiYear
    customer.billingAccount = .mosa
    customer.createdInPartnerCenter = true
    customer.currency = nil
    customer.gdap = GDAPRelationship(requestedOn: day("2026-10-06"), roles: GDAPRole.allCases)
    customer.cspSubscriptions[1].term = .monthly
    customer.cspSubscriptions[1].billing = .annual
    customer.cspSubscriptions[1].cancelledOn = day("2026-11-23")
    customer.cspSubscriptions[2].pricePerSeatMonth = Money(amount: Decimal(string: "7.5") ?? 0, currency: "EUR")
    return customer
}

/// A database as v4 (`v4-advice-by-program`) left it, its newer facts in JSON `details` columns
/// exactly as that version encoded them, opened by this version on either store.
@Suite("A database from before the advice facts had columns")
struct AdviceFactsMigrationTests {
    /// The rows, in SQL both engines run; the JSON is what v4 wrote for these customers.
    static let formerRows = [
        #"""
        INSERT INTO "customer" ("handle", "name", "program", "tenantID", "revision", "details") VALUES
          ('contoso', 'Contoso', 'mosp', NULL, 3, '{"billingAccount":"mca","currency":"BRL","gdap":{"acceptedOn":"2026-10-08","expiresOn":"2028-10-07","requestedOn":"2026-10-06","roles":["License Administrator","User Administrator"]}}'),
          ('fabrikam', 'Fabrikam', 'ea', 'b5c1b2d4-7c1e-4a0f-9e3b-0c6f4c2d9a11', 0, '{"billingAccount":"mosa","createdInPartnerCenter":true,"eaTerm":"multi-year","gdap":{"requestedOn":"2026-10-06","roles":["License Administrator","User Administrator"]}}'),
          ('tailspin', 'Tailspin', 'open', NULL, 0, NULL)
        """#,
        #"""
        INSERT INTO "original" ("customer", "number", "offer", "seats", "assigned", "expires", "autoRenew", "startedOn") VALUES
          ('contoso', 1, 'Office 365 E3', 50, 48, '2027-03-31', TRUE, '2026-04-01'),
          ('contoso', 3, 'Project Plan 3', 2, 1, '2027-06-01', FALSE, NULL),
          ('contoso', 4, 'Project Plan 3', 3, 3, '2027-07-01', FALSE, NULL)
        """#,
        #"""
        INSERT INTO "cspSubscription" ("customer", "number", "offer", "seats", "provisionedOn", "replaces", "reassignedOn", "details") VALUES
          ('contoso', 1, 'Office 365 E3', 48, '2026-11-20', 1, NULL, '{"billing":"upfront","currency":"BRL","price":"20","term":"three-year"}'),
          ('contoso', 2, 'Microsoft 365 Business Premium', 5, '2026-11-21', NULL, '2026-11-25', NULL),
          ('contoso', 3, 'Project Plan 3', 4, '2026-11-22', 3, NULL, '{"replaces":[3,4]}'),
          ('fabrikam', 1, 'Office 365 E3', 10, '2026-11-20', 3, NULL, '{"billing":"annual","cancelledOn":"2026-11-23","replaces":[3,4,7],"term":"monthly"}')
        """#,
    ]

    func handle(_ text: String) throws -> Handle { try #require(Handle(text)) }

    static let formerMigrations = Schema.migrations.prefix(while: { $0.identifier != "v5-advice-facts-as-columns" })

    @Test("opens and keeps every fact: billing account, EA term, GDAP, Partner Center, currency, CSP term, billing, price, pools, cancellation", arguments: StoreKind.available)
    func formerDatabase(kind: StoreKind) throws {
        #expect(Self.formerMigrations.last?.identifier == "v4-advice-by-program")
        let fixture = try StoreFixture(kind)
        try fixture.writeFormer(migrations: Array(Self.formerMigrations), rows: Self.formerRows)
        let store = try fixture.open()

        let contoso = try #require(try store.customer(handle("contoso")))
        #expect(contoso.billingAccount == .mca)
        #expect(contoso.eaTerm == .standard)
        #expect(!contoso.createdInPartnerCenter)
        #expect(contoso.currency == "BRL")
        #expect(contoso.gdap == GDAPRelationship(requestedOn: day("2026-10-06"), roles: [.licenseAdministrator, .userAdministrator],
                                                 acceptedOn: day("2026-10-08"), expiresOn: day("2028-10-07")))
        #expect(contoso.originals.map(\.startedOn) == [day("2026-04-01"), nil, nil])
        #expect(contoso.cspSubscriptions == [
            CSPSubscription(id: LicenseID(kind: .csp, number: 1), offer: "Office 365 E3", seats: 48, provisionedOn: day("2026-11-20"),
                            replaces: [LicenseID(kind: .original, number: 1)], term: .threeYear, billing: .upfront,
                            pricePerSeatMonth: Money(amount: 20, currency: "BRL")),
            CSPSubscription(id: LicenseID(kind: .csp, number: 2), offer: "Microsoft 365 Business Premium", seats: 5,
                            provisionedOn: day("2026-11-21"), reassignedOn: day("2026-11-25")),
            CSPSubscription(id: LicenseID(kind: .csp, number: 3), offer: "Project Plan 3", seats: 4, provisionedOn: day("2026-11-22"),
                            replaces: [LicenseID(kind: .original, number: 3), LicenseID(kind: .original, number: 4)]),
        ])

        let fabrikam = try #require(try store.customer(handle("fabrikam")))
        #expect(fabrikam.program == .ea)
        #expect(fabrikam.billingAccount == .mosa)
        #expect(fabrikam.eaTerm == .multiYear)
        #expect(fabrikam.createdInPartnerCenter)
        #expect(fabrikam.currency == nil)
        #expect(fabrikam.tenantID == "b5c1b2d4-7c1e-4a0f-9e3b-0c6f4c2d9a11")
        #expect(fabrikam.gdap == GDAPRelationship(requestedOn: day("2026-10-06"), roles: [.licenseAdministrator, .userAdministrator]))
        #expect(fabrikam.cspSubscriptions.first?.replaces == [3, 4, 7].map { LicenseID(kind: .original, number: $0) })
        #expect(fabrikam.cspSubscriptions.first?.term == .monthly)
        #expect(fabrikam.cspSubscriptions.first?.billing == .annual)
        #expect(fabrikam.cspSubscriptions.first?.cancelledOn == day("2026-11-23"))

        let tailspin = try #require(try store.customer(handle("tailspin")))
        #expect(tailspin == Customer(handle: tailspin.handle, name: "Tailspin", program: .open))

        // The revision carries on, and the migrated rows are written back unchanged.
        #expect(try store.allCustomers().map(\.handle.rawValue) == ["contoso", "fabrikam", "tailspin"])
        var edited = contoso
        edited.name = "Contoso Ltda"
        try store.update(edited, journal: entry(contoso.handle, "customer edit contoso"))
        #expect(try fixture.open().customer(contoso.handle) == edited)
    }
}

extension StoreFixture {
    /// Writes the database, of either kind, as an earlier version left it: `migrations` applied,
    /// then `rows`.
    func writeFormer(migrations: [SchemaMigration], rows: [String]) throws {
        guard let team else { return try writeFormerSQLite(migrations: migrations, rows: rows) }
        try team.sql("CREATE TABLE \(PostgresSchema.migrationsTable) (identifier text PRIMARY KEY)")
        for migration in migrations {
            for statement in PostgresSchema.statements(of: migration) { try team.sql(statement) }
            try team.sql("INSERT INTO \(PostgresSchema.migrationsTable) VALUES ($1)", [migration.identifier])
        }
        for statement in rows { try team.sql(statement) }
    }

    /// Writes the SQLite file as an earlier version left it: `migrations` applied, then `rows`.
    func writeFormerSQLite(migrations: [SchemaMigration], rows: [String]) throws {
        let queue = try DatabaseQueue(path: try #require(sqlitePath))
        var former = DatabaseMigrator()
        for migration in migrations {
            former.registerMigration(migration.identifier) { db in
                for statement in migration.statements(.sqlite) { try db.execute(sql: statement) }
            }
        }
        try former.migrate(queue)
        try queue.write { db in for statement in rows { try db.execute(sql: statement) } }
        try queue.close()
    }
}

/// A database as v6 (`v6-auto-renew-recorded`) left it, every column of every table holding a
/// value (and, where it may, none), opened by this version on either store: on SQLite v7 rebuilds
/// the customer, subscription and journal tables.
@Suite("A database from before the clustered tables")
struct ClusteredTablesMigrationTests {
    static let formerMigrations = Schema.migrations.prefix(while: { $0.identifier != "v7-clustered-tables" })

    /// `fullCustomer()` at revision 3 and `otherValuesCustomer()` as their rows, written out as v6
    /// stored them; Fabrikam's fourth original has no auto-renewal recorded.
    static let formerRows = [
        #"""
        INSERT INTO "customer" ("handle", "name", "domain", "program", "adminEmail", "inviteSentOn", "inviteEmail", "acceptedOn", "revision", "tenantID", "billingAccount", "eaTerm", "createdInPartnerCenter", "gdapRequestedOn", "gdapRoles", "gdapAcceptedOn", "gdapExpiresOn", "currency") VALUES
          ('contoso', 'Soluções contoso Ltda', 'contoso.com.br', 'mosp', 'ti@contoso.com.br', '2026-10-01', 'admin@contoso.com.br', '2026-10-05', 3, 'b5c1b2d4-7c1e-4a0f-9e3b-0c6f4c2d9a11', 'mca', 'standard', FALSE, '2026-10-06', 'License Administrator,User Administrator', '2026-10-08', '2028-10-07', 'BRL'),
          ('fabrikam', 'Soluções fabrikam Ltda', 'fabrikam.com.br', 'ea', 'ti@fabrikam.com.br', '2026-10-01', 'admin@fabrikam.com.br', '2026-10-05', 0, 'b5c1b2d4-7c1e-4a0f-9e3b-0c6f4c2d9a11', 'mosa', 'multi-year', TRUE, '2026-10-06', 'License Administrator,User Administrator,Directory Readers,Global Reader', NULL, NULL, NULL),
          ('tailspin', 'Tailspin', NULL, 'open', NULL, NULL, NULL, NULL, 0, NULL, 'unknown', 'standard', FALSE, NULL, NULL, NULL, NULL, NULL)
        """#,
        #"""
        INSERT INTO "original" ("customer", "number", "offer", "seats", "assigned", "expires", "price", "currency", "autoRenew", "endingKind", "endedOn", "endedEarly", "externalID", "startedOn", "autoRenewRecorded") VALUES
          ('contoso', 1, 'Office 365 E3', 50, 48, '2027-03-31', '23.45', 'BRL', TRUE, NULL, NULL, FALSE, '5d6e7f80-91a2-4b3c-8d4e-5f60718293a4', '2026-04-01', TRUE),
          ('contoso', 2, 'Visio Plan 2', 5, 5, '2026-12-15', NULL, NULL, FALSE, 'expired', '2026-12-15', FALSE, NULL, NULL, TRUE),
          ('contoso', 3, 'Project Plan 3', 2, 1, '2027-06-01', NULL, NULL, FALSE, 'cancelled', '2026-11-28', TRUE, NULL, NULL, TRUE),
          ('contoso', 4, 'Project Plan 3', 3, 3, '2027-07-01', NULL, NULL, FALSE, NULL, NULL, FALSE, NULL, NULL, TRUE),
          ('fabrikam', 1, 'Office 365 E3', 50, 48, '2027-03-31', '23.45', 'BRL', TRUE, NULL, NULL, FALSE, '5d6e7f80-91a2-4b3c-8d4e-5f60718293a4', '2026-04-01', TRUE),
          ('fabrikam', 2, 'Visio Plan 2', 5, 5, '2026-12-15', NULL, NULL, FALSE, 'expired', '2026-12-15', FALSE, NULL, NULL, TRUE),
          ('fabrikam', 3, 'Project Plan 3', 2, 1, '2027-06-01', NULL, NULL, FALSE, 'cancelled', '2026-11-28', TRUE, NULL, NULL, TRUE),
          ('fabrikam', 4, 'Project Plan 3', 3, 3, '2027-07-01', NULL, NULL, FALSE, NULL, NULL, FALSE, NULL, NULL, FALSE)
        """#,
        #"""
        INSERT INTO "cspSubscription" ("customer", "number", "offer", "seats", "provisionedOn", "replaces", "reassignedOn", "externalID", "alsoReplaces", "term", "billing", "price", "currency", "cancelledOn") VALUES
          ('contoso', 1, 'Office 365 E3', 48, '2026-11-20', 1, NULL, '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f', NULL, 'three-year', 'upfront', '20', 'BRL', NULL),
          ('contoso', 2, 'Microsoft 365 Business Premium', 5, '2026-11-21', 2, '2026-11-25', NULL, NULL, 'annual', 'monthly', NULL, NULL, NULL),
          ('contoso', 3, 'Project Plan 3', 4, '2026-11-22', 3, NULL, NULL, '4', 'annual', 'monthly', NULL, NULL, NULL),
          ('fabrikam', 1, 'Office 365 E3', 48, '2026-11-20', 1, NULL, '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f', NULL, 'three-year', 'upfront', '20', 'BRL', NULL),
          ('fabrikam', 2, 'Microsoft 365 Business Premium', 5, '2026-11-21', 2, '2026-11-25', NULL, NULL, 'monthly', 'annual', NULL, NULL, '2026-11-23'),
          ('fabrikam', 3, 'Project Plan 3', 4, '2026-11-22', 3, NULL, NULL, '4', 'annual', 'monthly', '7.5', 'EUR', NULL)
        """#,
        #"""
        INSERT INTO "journal" ("recordedAt", "sessionDate", "agent", "customer", "command", "warnings") VALUES
          ('2026-11-20T09:00:00Z', '2026-11-20', 'ana', 'contoso', 'customer add contoso', '[]'),
          ('2026-11-21T09:00:00Z', '2026-11-21', 'rui', NULL, 'settings lead-days 30', '[]'),
          ('2026-11-28T09:00:00Z', '2026-11-28', 'ana', 'contoso', 'cancel contoso L3 --confirm', '["W-EARLY-CANCEL"]')
        """#,
        #"INSERT INTO "setting" ("name", "value") VALUES ('lead-days', 30)"#,
        #"INSERT INTO "partnerSetting" ("name", "value") VALUES ('partner-tenant', '4f1c2a9e-0b7d-4c55-8e21-6a3d9b7c1e02')"#,
    ]

    @Test("opens and keeps every fact of every table, and the journal carries on in order", arguments: StoreKind.available)
    func formerDatabase(kind: StoreKind) throws {
        #expect(Self.formerMigrations.last?.identifier == "v6-auto-renew-recorded")
        let fixture = try StoreFixture(kind)
        try fixture.writeFormer(migrations: Array(Self.formerMigrations), rows: Self.formerRows)
        let store = try fixture.open()

        let contoso = try fullCustomer()
        var fabrikam = try otherValuesCustomer()
        fabrikam.originals[3].autoRenew = nil
        let tailspin = Customer(handle: try #require(Handle("tailspin")), name: "Tailspin", program: .open)
        #expect(try store.customer(contoso.handle) == contoso)
        #expect(try store.customer(fabrikam.handle) == fabrikam)
        #expect(try store.allCustomers() == [contoso, fabrikam, tailspin])
        #expect(try store.loadSettings().leadDays == 30)
        #expect(try store.loadPartnerTenant() == "4f1c2a9e-0b7d-4c55-8e21-6a3d9b7c1e02")

        // The revision carries on, the cascade still removes a customer's subscriptions, and new
        // journal entries come after the old ones.
        var edited = contoso
        edited.name = "Contoso Ltda"
        edited.originals[0].seats = 51
        try store.update(edited, journal: entry(contoso.handle, "customer edit contoso"))
        try store.remove(fabrikam.handle, journal: entry(fabrikam.handle, "customer remove fabrikam"))
        let reopened = try fixture.open()
        #expect(try reopened.allCustomers() == [edited, tailspin])
        try reopened.insert(fabrikam, journal: entry(fabrikam.handle, "customer add fabrikam"))
        #expect(try reopened.customer(fabrikam.handle) == fabrikam)
        let journal = try reopened.journal(for: nil, since: nil)
        #expect(journal.map(\.command) == [
            "customer add contoso", "settings lead-days 30", "cancel contoso L3 --confirm",
            "customer edit contoso", "customer remove fabrikam", "customer add fabrikam",
        ])
        #expect(journal[2].warnings.map(\.rawValue) == ["W-EARLY-CANCEL"])
        #expect(try reopened.journal(for: contoso.handle, since: nil).count == 3)
    }
}
