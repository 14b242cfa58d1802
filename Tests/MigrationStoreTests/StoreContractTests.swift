import Foundation
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
        return try SQLiteStore(path: folder?.path("state.sqlite") ?? ":memory:")
    }

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
            try store.importBatch(inserting: [fresh, existing], updating: [], journal: entry(nil, "import"))
        }
        #expect(try store.handles() == [existing.handle])
        #expect(try store.journal(for: nil, since: nil).count == 1)
        try store.importBatch(inserting: [fresh], updating: [existing], journal: entry(nil, "import"))
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
