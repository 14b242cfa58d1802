import Foundation
import MigrationGuide
import Testing

/// One CSP subscription that takes over from several originals is paid twice once: each original's
/// days paid twice count the seats its own users take, never the whole subscription again.
@Suite("A CSP subscription shared by several originals is paid twice once")
struct SharedReplacementPaidTwiceTests {
    private let price = Money(amount: 22, currency: "BRL")

    /// L1: 10 users, ends in 42 days; L2: 5 users, ends in 101 days (Open License, R$20 a seat);
    /// one CSP subscription of `seats` at R$22 bought today for both.
    private func pooled(seats: Int) throws -> (Customer, [Finding]) {
        var subject = customer(originals: [
            ("Office 365 E3", 10, 10, today.adding(days: 42).description),
            ("Office 365 E3", 5, 5, today.adding(days: 101).description),
        ], price: "20")
        let outcome = try subject.provision(
            offer: "Office 365 E3", seats: seats, replacing: .named(["L1", "L2"]), price: price,
            on: today, today: today, confirmed: true, guide: guide)
        return (subject, outcome.risks)
    }

    private func overlaps(_ subject: Customer, on day: CalendarDate) -> [Overlap] {
        guide.guidance(for: subject, on: day).findings(.overlap).compactMap { if case .overlap(let o) = $0 { o } else { nil } }
    }

    @Test("I-OVERLAP: each original counts its users' seats until it ends, and the seats add up to the subscription's once")
    func overlapCountsEachSeatOnce() throws {
        let (subject, _) = try pooled(seats: 15)
        let found = overlaps(subject, on: today)
        #expect(found.map(\.original) == [L1, L2])
        #expect(found.map(\.cspSeats) == [10, 5])
        #expect(found.map(\.cost) == [guide.value(of: 10, seatsAt: price, for: 42), guide.value(of: 5, seatsAt: price, for: 101)])
        #expect(found.map(\.shared) == [SharedSeats(seats: 15, with: [L2]), SharedSeats(seats: 15, with: [L1])])
        
    }

    @Test("W-EARLY-PROVISION: the same shares, one warning per original, each seat in one of them")
    func earlyProvisionCountsEachSeatOnce() throws {
        let (_, risks) = try pooled(seats: 15)
        let early = risks.compactMap { if case .earlyProvision(let e) = $0 { e } else { nil } }
        #expect(early.map(\.original) == [L1, L2])
        #expect(early.map(\.cspSeats) == [10, 5])
        #expect(early.map(\.paidTwice) == [guide.value(of: 10, seatsAt: price, for: 42), guide.value(of: 5, seatsAt: price, for: 101)])
        #expect(early.map(\.avoidable) == early.map { guide.value(of: $0.cspSeats, seatsAt: price, for: $0.avoidableDays) })
        #expect(early.map(\.shared) == [SharedSeats(seats: 15, with: [L2]), SharedSeats(seats: 15, with: [L1])])
    }

    @Test("seats beyond every user go with the original that ends last, as with one original")
    func surplusGoesWithTheLast() throws {
        let (subject, risks) = try pooled(seats: 18)
        #expect(overlaps(subject, on: today).map(\.cspSeats) == [10, 8])
        #expect(risks.compactMap { if case .earlyProvision(let e) = $0 { e.cspSeats } else { nil } } == [10, 8])
    }

    @Test("fewer seats than users: the first to end takes its users' seats, the last what is left")
    func shortfallLeavesTheLastLess() throws {
        let (subject, _) = try pooled(seats: 12)
        #expect(overlaps(subject, on: today).map(\.cspSeats) == [10, 2])
    }

    @Test("the day before L1 ends both count; on its end day only L2's share is still paid twice")
    func aroundTheFirstEnd() throws {
        let (subject, _) = try pooled(seats: 15)
        let before = overlaps(subject, on: today.adding(days: 41))
        #expect(before.map(\.cspSeats) == [10, 5])
        let onEnd = overlaps(subject, on: today.adding(days: 42))
        #expect(onEnd.map(\.original) == [L2])
        #expect(onEnd.first?.cost == guide.value(of: 5, seatsAt: price, for: 101))
    }

    @Test("a subscription for one original still counts all its seats, shared with nobody")
    func oneOriginalTakesAll() throws {
        var subject = customer(originals: [("Office 365 E3", 10, 8, today.adding(days: 42).description)], price: "20")
        _ = try subject.provision(offer: "Office 365 E3", seats: 9, replacing: .matched, price: price, on: today, today: today, confirmed: true, guide: guide)
        let found = overlaps(subject, on: today)
        #expect(found.map(\.cspSeats) == [9] && found.map(\.shared) == [nil])
    }

    @Test("two subscriptions for the same two originals: each original's users are served once, L2's days are not lost")
    func twoSubscriptionsShareTwoOriginals() throws {
        var subject = customer(originals: [
            ("Office 365 E3", 10, 10, today.adding(days: 42).description),
            ("Office 365 E3", 10, 10, today.adding(days: 101).description),
        ], price: "20")
        let dearer = Money(amount: 30, currency: "BRL")
        _ = try subject.provision(
            offer: "Office 365 E3", seats: 10, replacing: .named(["L1", "L2"]), price: price,
            on: today, today: today, confirmed: true, guide: guide)
        _ = try subject.provision(
            offer: "Office 365 E3", seats: 10, replacing: .named(["L1", "L2"]), price: dearer,
            on: today, today: today, confirmed: true, guide: guide)
        let found = overlaps(subject, on: today)
        #expect(found.map(\.original) == [L1, L2])
        #expect(found.map(\.cspSeats) == [10, 10])
        // Each subscription is charged its own part at its own price: C1 serves L1, C2 serves L2.
        #expect(found.map(\.cost) == [guide.value(of: 10, seatsAt: price, for: 42), guide.value(of: 10, seatsAt: dearer, for: 101)])
        // W-EARLY-PROVISION values the second subscription for L2's users, the ones it serves.
        let second = try #require(subject.cspSubscriptions.last)
        let early = subject.originals.map { guide.earlyProvision(of: $0, by: second, in: subject)?.paidTwice }
        #expect(early == [nil, guide.value(of: 10, seatsAt: dearer, for: 101)])
    }
}
