import MigrationGuide
import Testing

/// A cancellation is weighed for what it does to the users, not only for whether something
/// replaces the original: a replacement with too few seats leaves the rest without a license.
@Suite("Cancelling a partly covered or prepaid original")
struct CancellationCoverageTests {
    /// Retail, 5 users, a replacement of `cspSeats`: cancelling 10 days before the end.
    private func retail(cspSeats: Int) throws -> Customer {
        var subject = customer(program: .retail, originals: [("Microsoft 365 Business Basic", 5, 5, today.adding(days: 10).description)])
        _ = try subject.provision(offer: "Microsoft 365 Business Basic", seats: cspSeats, replaces: nil, on: today)
        return subject
    }

    @Test("a replacement short of seats: refused, naming the users left without a license", arguments: [(2, 3), (4, 1), (5, 0)])
    func shortReplacement(cspSeats: Int, unlicensed: Int) throws {
        var subject = try retail(cspSeats: cspSeats)
        let before = subject
        #expect(throws: GuideError.self) { try subject.cancel("L1", on: today, confirmed: false, guide: guide) }
        #expect(subject == before)
        let (_, risks) = try subject.cancellationCheck("L1", on: today, guide: guide)
        let counts = risks.compactMap { if case .usersUnlicensed(let f) = $0 { f.users } else { nil } }
        #expect(counts == (unlicensed > 0 ? [unlicensed] : []))
    }

    @Test("confirmed, the warning is kept with the cancellation")
    func confirmedKeepsWarning() throws {
        var subject = try retail(cspSeats: 2)
        let (_, overridden) = try subject.cancel("L1", on: today, confirmed: true, guide: guide)
        #expect(Set(overridden.map(\.code)) == [.earlyCancel, .usersUnlicensed])
    }

    /// Open: 95 users, 60 seats bought, cancelled 11 days early; then with full coverage.
    @Test("Open, 11 days early: short of seats and early; fully covered still early")
    func openEarly() throws {
        var subject = customer(program: .open, originals: [("Office 365 E3", 95, 95, today.adding(days: 11).description)])
        _ = try subject.provision(offer: "Office 365 E3", seats: 60, replaces: nil, on: today)
        let short = try subject.cancellationCheck("L1", on: today, guide: guide).risks
        #expect(Set(short.map(\.code)) == [.earlyCancel, .usersUnlicensed])
        #expect(short.compactMap { if case .usersUnlicensed(let f) = $0 { f.users } else { nil } } == [35])
        _ = try subject.editCSP("C1", seats: 95, offer: nil, replaces: nil)
        #expect(try subject.cancellationCheck("L1", on: today, guide: guide).risks.map(\.code) == [.earlyCancel])
    }

    /// Prepaid Open and retail originals give nothing back: every day before the end is early;
    /// web direct keeps its near-end window.
    @Test("early until the end date for prepaid programs, until the window for web direct",
          arguments: [(Program.open, 1, true), (.open, 0, false), (.retail, 30, true), (.retail, 1, true), (.mosp, 30, false), (.mosp, 31, true)])
    func earlyBoundary(program: Program, daysLeft: Int, early: Bool) {
        var subject = customer(program: program, originals: [("Office 365 E3", 10, 10, today.adding(days: daysLeft).description)])
        subject.billingAccount = .mca
        #expect((guide.earlyCancellation(of: subject.originals[0], in: subject, on: today) != nil) == early)
    }
}
