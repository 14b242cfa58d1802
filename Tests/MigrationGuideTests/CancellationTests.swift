import Foundation
import MigrationGuide
import Testing

@Suite("Early cancellation")
struct CancellationTests {
    /// The window is inclusive: 30 days left is near the end, 31 is early (web direct: a prepaid
    /// original has no window).
    @Test("cancelling at the window's edge", arguments: [(30, false), (31, true), (0, false), (1, false), (365, true)])
    func windowEdge(daysLeft: Int, early: Bool) {
        let expires = today.adding(days: daysLeft)
        let subject = customer(program: .mosp, originals: [("Office 365 E3", 10, 10, expires.description)])
        let original = subject.originals[0]
        #expect((guide.earlyCancellation(of: original, in: subject, on: today) != nil) == early)
    }

    @Test("the forfeited value is seats × monthly price × months left")
    func forfeitedValue() throws {
        // 10 seats × R$ 20 × 365 days (12 months) = R$ 2.400,00
        let subject = customer(originals: [("Office 365 E3", 10, 10, today.adding(days: 365).description)], price: "20")
        let early = try #require(guide.earlyCancellation(of: subject.originals[0], in: subject, on: today))
        #expect(early.forfeited == Money(amount: 2400, currency: "BRL"))
        #expect(early.daysLeft == 365)
        #expect(early.recommendedFrom == today.adding(days: 335))
    }

    @Test("an unpriced original warns without an amount")
    func unpriced() throws {
        let subject = customer(originals: [("Office 365 E3", 10, 10, "2027-06-30")])
        let early = try #require(guide.earlyCancellation(of: subject.originals[0], in: subject, on: today))
        #expect(early.forfeited == nil)
    }

    @Test("cancelling early is refused without confirmation and leaves the record as it was")
    func refusedWithoutConfirm() {
        var subject = customer(originals: [("Office 365 E3", 10, 10, "2027-06-30")])
        let before = subject
        #expect(throws: GuideError.self) { try subject.cancel("L1", on: today, confirmed: false, guide: guide) }
        #expect(subject == before)
    }

    @Test("confirmed early cancellation is kept on record as early")
    func confirmed() throws {
        var subject = customer(originals: [("Office 365 E3", 10, 10, "2027-06-30")])
        _ = try subject.provision(offer: "Office 365 E3", seats: 10, replaces: nil, on: today)
        let (original, overridden) = try subject.cancel("L1", on: today, confirmed: true, guide: guide)
        #expect(original.ending == .cancelled(on: today, early: true))
        #expect(overridden.map(\.code) == [.earlyCancel])
        #expect(overridden.first.map { if case .earlyCancel(let e) = $0 { !e.usersLoseAccessAtOnce } else { false } } == true)
    }

    @Test("an early cancellation with no replacement says users lose access at once")
    func noReplacement() throws {
        let subject = customer(originals: [("Office 365 E3", 10, 10, "2027-06-30")])
        let early = try #require(guide.earlyCancellation(of: subject.originals[0], in: subject, on: today))
        #expect(early.usersLoseAccessAtOnce)
    }

    @Test("cancelling inside the window with no replacement needs confirmation for the coverage gap")
    func inWindowUncovered() {
        var subject = customer(program: .mosp, originals: [("Office 365 E3", 10, 10, today.adding(days: 10).description)])
        do {
            _ = try subject.cancel("L1", on: today, confirmed: false, guide: guide)
            Issue.record("expected a refusal")
        } catch {
            guard case .confirmationRequired(_, let findings) = error else { Issue.record("wrong error \(error)"); return }
            #expect(findings.map(\.code) == [.coverageGap])
        }
    }

    @Test("cancelling inside the window with a replacement needs nothing")
    func inWindowCovered() throws {
        var subject = customer(program: .mosp, originals: [("Office 365 E3", 10, 10, today.adding(days: 10).description)])
        _ = try subject.provision(offer: "Office 365 E3", seats: 10, replaces: nil, on: today)
        let (original, overridden) = try subject.cancel("E3", on: today, confirmed: false, guide: guide)
        #expect(overridden.isEmpty)
        #expect(original.ending == .cancelled(on: today, early: false))
    }

    @Test("an ended original cannot be cancelled again")
    func alreadyEnded() throws {
        var subject = customer(originals: [("Office 365 E3", 10, 10, "2026-11-01")])
        #expect(throws: GuideError.alreadyEnded(LicenseID(kind: .original, number: 1), on: date("2026-11-01"))) {
            try subject.cancel("L1", on: today, confirmed: true, guide: guide)
        }
    }

    @Test("the program changes what the warning carries", arguments: [Program.mosp, .ea, .open])
    func program(program: Program) throws {
        let subject = customer(program: program, originals: [("Office 365 E3", 10, 10, "2027-06-30")])
        let early = try #require(guide.earlyCancellation(of: subject.originals[0], in: subject, on: today))
        #expect(early.program == program)
    }
}
