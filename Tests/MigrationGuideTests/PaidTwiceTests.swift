import Foundation
import MigrationGuide
import Testing

/// The days paid twice cost what the CSP subscription bought: the original is prepaid anyway.
@Suite("What provisioning early pays twice")
struct PaidTwiceTests {
    /// 100 seats at $20 ending in 63 days; 60 CSP seats bought today.
    private func acme(cspPrice: Decimal?) throws -> Customer {
        var subject = customer(program: .ea, originals: [("Office 365 E3", 100, 60, today.adding(days: 63).description)], price: "20")
        _ = try subject.provision(
            offer: "Office 365 E3", seats: 60, replacing: .matched,
            price: cspPrice.map { Money(amount: $0, currency: "BRL") }, on: today, today: today, confirmed: true, guide: guide)
        return subject
    }

    @Test("without a CSP price: the CSP seats at the original's price, said to be an estimate")
    func atOriginalPrice() throws {
        let subject = try acme(cspPrice: nil)
        let subscription = try #require(subject.cspSubscriptions.first)
        let early = try #require(guide.earlyProvision(of: subject.originals[0], by: subscription, in: subject))
        // 60 seats × 20 × 63 days × 12 / 365, not the original's 100 seats.
        #expect(early.paidTwice == guide.value(of: 60, seatsAt: Money(amount: 20, currency: "BRL"), for: 63))
        #expect(early.avoidable == guide.value(of: 60, seatsAt: Money(amount: 20, currency: "BRL"), for: early.avoidableDays))
        #expect(early.cspSeats == 60 && early.atOriginalPrice)
        let overlap = try #require(guide.guidance(for: subject, on: today).findings(.overlap).first)
        guard case .overlap(let o) = overlap else { Issue.record("not an overlap"); return }
        #expect(o.cost == early.paidTwice)
        #expect(o.cspSeats == 60 && o.atOriginalPrice)
    }

    @Test("with a CSP price: the CSP seats at that price")
    func atCSPPrice() throws {
        let subject = try acme(cspPrice: 22)
        let subscription = try #require(subject.cspSubscriptions.first)
        let early = try #require(guide.earlyProvision(of: subject.originals[0], by: subscription, in: subject))
        #expect(early.paidTwice == guide.value(of: 60, seatsAt: Money(amount: 22, currency: "BRL"), for: 63))
        #expect(!early.atOriginalPrice)
    }
}
