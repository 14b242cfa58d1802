import Foundation
@testable import Assistant
import MigrationGuide
import Testing

/// What a warning says is lost must match what the refund rules leave lost, in both languages.
@Suite("Honest costs")
struct HonestCostTests {
    /// A web-direct customer (today 2026-11-28) with one priced original started `started`.
    static func webDirect(_ account: String, started: String) throws -> (Session, Customer) {
        let session = try makeSession(setup: [
            "customer add acme --name Acme --program mosp --billing-account \(account)",
            #"license add acme "Office 365 E3" --seats 10 --expires 2027-06-30 --price 20 --currency USD --started \#(started)"#,
        ])
        let handle = try #require(Handle("acme"))
        return (session, try #require(try session.store.customer(handle)))
    }

    static func earlyCancel(_ session: Session, _ customer: Customer) throws -> EarlyCancellation {
        let original = try #require(customer.originals.first)
        return try #require(session.guide.earlyCancellation(of: original, in: customer, on: session.today))
    }

    @Test("MCA: started 6 days ago nothing is forfeited (refunded); 7 days ago the rest of the term is", arguments: [(6, false), (7, true)])
    func mcaWindowBoundary(daysSinceStart: Int, forfeits: Bool) throws {
        let started = try #require(CalendarDate(iso: "2026-11-28")).adding(days: -daysSinceStart)
        let (session, customer) = try Self.webDirect("mca", started: started.description)
        let early = try Self.earlyCancel(session, customer)
        #expect(early.remainingValue != nil)
        #expect((early.forfeited != nil) == forfeits)
        #expect(early.paidTime == (forfeits ? .lost : .refunded))
        let finding = Finding.earlyCancel(early)
        let en = English().summary(finding), pt = Portuguese().summary(finding)
        #expect(en.contains("forfeits") == forfeits, "\(en)")
        #expect(pt.contains("perde") == forfeits, "\(pt)")
        #expect(en.contains("refunded but cuts users off") == !forfeits, "\(en)")
        #expect(pt.contains("reembolsado, mas corta o acesso dos usuários") == !forfeits, "\(pt)")
    }

    @Test("MOSA: a prorated credit, so no money is lost; the warning names the real risk, users cut off")
    func mosaRiskIsAccess() throws {
        let (session, customer) = try Self.webDirect("mosa", started: "2026-01-01")
        let early = try Self.earlyCancel(session, customer)
        #expect(early.forfeited == nil)
        #expect(early.paidTime == .refunded)
        let handle = try #require(Handle("acme"))
        let en = English().finding(.earlyCancel(early), handle: handle), pt = Portuguese().finding(.earlyCancel(early), handle: handle)
        #expect(en.contains("no money is lost: the risk is the users' access") && !en.contains("would be lost"), "\(en)")
        #expect(pt.contains("nenhum dinheiro se perde: o risco é o acesso dos usuários") && !pt.contains("seria perdido"), "\(pt)")
        #expect(en.contains("its users would lose access on 2026-11-28"))
    }

    @Test("account unknown: the loss is possible, not certain, in both languages")
    func unknownAccount() throws {
        let (session, customer) = try Self.webDirect("unknown", started: "2026-01-01")
        let early = try Self.earlyCancel(session, customer)
        #expect(early.forfeited == nil && early.paidTime == .unknown)
        #expect(English().summary(.earlyCancel(early)).contains("may forfeit"))
        #expect(Portuguese().summary(.earlyCancel(early)).contains("pode perder"))
    }

    /// 12 surplus seats at $10 on an annual term bought 2026-05-28: on 2026-11-28 the term ends
    /// 2027-05-27, 181 days still paid (today included), not the whole year.
    @Test("a seat surplus mid-term costs the days left until the term ends, not the whole term", arguments: [
        ("2026-11-28", "1440"), ("2026-05-28", "714.08"), ("2025-11-29", "3.95"),
    ])
    func surplusCostsTheRest(provisioned: String, cost: String) throws {
        let session = try makeSession(setup: [
            "customer add acme --name Acme --program open",
            #"license add acme "Office 365 E3" --seats 10 --expires 2027-06-30"#,
            "accept acme --on 2025-11-01",
            #"provision acme "Office 365 E3" --seats 22 --price 10 --currency USD --on \#(provisioned) --confirm"#,
        ])
        let handle = try #require(Handle("acme"))
        let customer = try #require(try session.store.customer(handle))
        let surplus = try #require(session.guide.guidance(for: customer, on: session.today).findings.compactMap {
            if case .seatSurplus(let f) = $0 { f } else { nil }
        }.first)
        let money = try #require(surplus.cost)
        #expect(money.amount == (try #require(Decimal(string: cost))))
        #expect(text(session, "advise acme").contains("about \(English().money(money))"))
    }
}
