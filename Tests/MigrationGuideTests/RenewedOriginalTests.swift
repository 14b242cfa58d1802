import MigrationGuide
import Testing

/// A web-direct original whose end date passed with recurring billing on (or not recorded) has
/// most likely renewed for a new paid term: it is not in the expired stage.
@Suite("A web-direct original past its end with recurring billing on")
struct RenewedOriginalTests {
    private let end = date("2026-11-20")

    private func web(autoRenew: Bool?, account: BillingAccount = .mca) -> Customer {
        var subject = Customer(handle: handle("w"), name: "W", program: .mosp, billingAccount: account)
        _ = try? subject.addOriginal(offer: "Office 365 E3", seats: 10, assigned: 10, expires: end, price: nil, autoRenew: autoRenew)
        return subject
    }

    private func renewal(_ guidance: Guidance) -> AutoRenew? {
        guidance.findings.lazy.compactMap { if case .autoRenew(let f) = $0 { f } else { nil } }.first
    }

    /// The day before the end: still the turn-it-off warning. From the end date: renewed, with
    /// the MCA refund window counted from the renewal (open through its seventh day).
    @Test("boundary days: the day before, the end date, the day after, the window's last day and the day after",
          arguments: [(-1, false, 0), (0, true, 7), (1, true, 6), (6, true, 1), (7, true, 0)])
    func boundaries(offset: Int, renewed: Bool, refundDaysLeft: Int) throws {
        let subject = web(autoRenew: true)
        let guidance = guide.guidance(for: subject, on: end.adding(days: offset))
        let f = try #require(renewal(guidance))
        #expect((f.renewedOn != nil) == renewed)
        if renewed {
            #expect(f.refundClosesOn == date("2026-11-27"))
            #expect(max(f.refundDaysLeft ?? 0, 0) == refundDaysLeft)
            #expect(guidance.findings(.coverageGap).isEmpty)
            #expect(guidance.nextAction == .checkRenewal(license: L1, renewedOn: end))
        }
    }

    @Test("auto-renew not recorded counts as renewing")
    func notRecorded() throws {
        let f = try #require(renewal(guide.guidance(for: web(autoRenew: nil), on: end.adding(days: 3))))
        #expect(f.renewedOn == end && !f.recorded)
    }

    @Test("auto-renew recorded off: the expired stage, as before")
    func recordedOff() {
        let guidance = guide.guidance(for: web(autoRenew: false), on: end.adding(days: 3))
        #expect(renewal(guidance) == nil)
        #expect(guidance.findings(.coverageGap).count == 1)
    }

    @Test("prepaid programs do not renew by themselves", arguments: [Program.open, .retail, .ea])
    func prepaid(program: Program) {
        var subject = web(autoRenew: nil)
        subject.program = program
        #expect(renewal(guide.guidance(for: subject, on: end.adding(days: 3))) == nil)
    }
}

/// Finished without a CSP subscription is not "every user works on the CSP subscriptions".
@Suite("Nothing to move")
struct NothingToMoveTests {
    @Test("an Open customer whose only original was unused and is deleted: nothing to move; with a CSP subscription: complete")
    func nothingToMove() throws {
        // Ended 2026-01-10: Open's 30 + 90 days are over by 2026-11-28.
        var subject = customer(program: .open, originals: [("Office 365 E3", 10, 0, "2026-01-10")])
        #expect(guide.guidance(for: subject, on: today).nextAction == .nothingToMove)
        _ = try subject.provision(offer: "Office 365 E3", seats: 1, replacing: .nothing, on: today, today: today, confirmed: true, guide: guide)
        #expect(guide.guidance(for: subject, on: today).nextAction != .nothingToMove)
    }
}
