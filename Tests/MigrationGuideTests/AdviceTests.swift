import Foundation
import MigrationGuide
import Testing

/// The rules of "advice that holds today": each program's lifecycle, web-direct billing accounts,
/// admin rights and the CSP term, on their boundary days.
@Suite("Advice by program, billing account, admin rights and CSP term")
struct AdviceTests {
    /// An original that ended `daysAfter` days ago with nothing replacing it, for `program`.
    static func lifecycle(_ program: Program, eaTerm: EATerm = .standard, daysAfter: Int, settings: GuideSettings = GuideSettings()) -> OriginalStatus? {
        let end = date("2026-10-01")
        var subject = customer(program: program, originals: [("Office 365 E3", 10, 8, end.description)])
        subject.eaTerm = eaTerm
        return Guide(settings: settings).guidance(for: subject, on: end.adding(days: daysAfter)).originals.first
    }

    @Test("each program's stage lengths, on the days the stages change", arguments: [
        (Program.ea, EATerm.standard, 89, "expired"), (.ea, .standard, 90, "disabled"), (.ea, .standard, 149, "disabled"), (.ea, .standard, 150, "deleted"),
        (.ea, .multiYear, 89, "expired"), (.ea, .multiYear, 90, "disabled"), (.ea, .multiYear, 179, "disabled"), (.ea, .multiYear, 180, "deleted"),
        (.mosp, .standard, 29, "expired"), (.mosp, .standard, 30, "disabled"), (.mosp, .standard, 119, "disabled"), (.mosp, .standard, 120, "deleted"),
        (.open, .standard, 29, "expired"), (.open, .standard, 30, "disabled"), (.open, .standard, 120, "deleted"),
        (.retail, .standard, 29, "expired"), (.retail, .standard, 30, "disabled"),
        (.other, .standard, 29, "expired"), (.other, .standard, 30, "disabled"),
    ])
    func stagesByProgram(program: Program, eaTerm: EATerm, daysAfter: Int, stage: String) throws {
        let status = try #require(Self.lifecycle(program, eaTerm: eaTerm, daysAfter: daysAfter))
        let name = switch status.lifecycle {
        case .active: "active"
        case .expired: "expired"
        case .disabled: "disabled"
        case .deleted: "deleted"
        }
        #expect(name == stage)
    }

    @Test("an EA customer's gap says users keep access for 90 days, not 30")
    func eaGapDates() throws {
        let subject = customer(program: .ea, originals: [("Office 365 E3", 10, 8, today.adding(days: 10).description)])
        let gap = try #require(guide.guidance(for: subject, on: today).findings(.coverageGap).first)
        guard case .coverageGap(let f) = gap else { Issue.record("not a gap"); return }
        #expect(f.stages == StageLengths(expiredDays: 90, disabledDays: 60))
        #expect(f.usersLoseAccessOn == today.adding(days: 100))
        #expect(f.dataDeletedOn == today.adding(days: 160))
    }

    @Test("a changed stage setting moves every date that depends on it")
    func settingMovesDates() throws {
        var settings = GuideSettings()
        settings[.mospExpiredDays] = 60
        let status = try #require(Self.lifecycle(.mosp, daysAfter: 45, settings: settings))
        #expect(status.lifecycle == .expired(usersLoseAccessOn: date("2026-11-30")))
        #expect(status.stages.expiredDays == 60)
        // Other programs keep their own figures.
        #expect(try #require(Self.lifecycle(.open, daysAfter: 45, settings: settings)).lifecycle == .disabled(dataDeletedOn: date("2027-01-29")))
    }

    // MARK: - Web direct

    static func webDirect(_ account: BillingAccount, started: CalendarDate?, covered: Bool = false) throws -> (Customer, OriginalSubscription) {
        var subject = customer(program: .mosp, originals: [])
        subject.billingAccount = account
        let original = try subject.addOriginal(
            offer: "Office 365 E3", seats: 10, assigned: 10, expires: today.adding(days: 200),
            price: Money(amount: 20, currency: "USD"), autoRenew: true, startedOn: started)
        if covered { _ = try subject.provision(offer: "Office 365 E3", seats: 10, replaces: nil, on: today) }
        return (subject, original)
    }

    @Test("MCA: refunded until day 6 after the start, not from day 7", arguments: [(6, true), (7, false)])
    func mcaWindow(daysSinceStart: Int, refunded: Bool) throws {
        let (subject, original) = try Self.webDirect(.mca, started: today.adding(days: -daysSinceStart))
        let closes = today.adding(days: 7 - daysSinceStart)
        #expect(guide.refund(for: original, in: subject, on: today) == (refunded ? .mcaInsideWindow(closesOn: closes) : .mcaAfterWindow(closedOn: closes)))
    }

    @Test("MOSA gets a prorated credit; unknown accounts are told both rules; other programs get nothing")
    func refundsByAccount() throws {
        let (mosa, mosaOriginal) = try Self.webDirect(.mosa, started: nil)
        #expect(guide.refund(for: mosaOriginal, in: mosa, on: today) == .proratedCredit)
        let (unknown, unknownOriginal) = try Self.webDirect(.unknown, started: today.adding(days: -3))
        #expect(guide.refund(for: unknownOriginal, in: unknown, on: today) == .accountUnknown(windowDays: 7, closesOn: today.adding(days: 4)))
        let (mca, mcaOriginal) = try Self.webDirect(.mca, started: nil)
        #expect(guide.refund(for: mcaOriginal, in: mca, on: today) == .mcaStartUnknown(windowDays: 7))
        let ea = customer(program: .ea, originals: [("Office 365 E3", 10, 10, "2027-06-30")])
        #expect(guide.refund(for: ea.originals[0], in: ea, on: today) == CancellationRefund.none)
    }

    @Test("MOSA with a replacement loses nothing by cancelling early; without one, users are still cut off")
    func mosaEarlyCancel() throws {
        let (covered, original) = try Self.webDirect(.mosa, started: nil, covered: true)
        #expect(guide.earlyCancellation(of: original, in: covered, on: today) == nil)
        let (uncovered, alone) = try Self.webDirect(.mosa, started: nil)
        let early = try #require(guide.earlyCancellation(of: alone, in: uncovered, on: today))
        #expect(early.refund == .proratedCredit)
        #expect(early.usersLoseAccessOn == today)
        #expect(early.dataDeletedOn == today.adding(days: 90))
        #expect(early.skippedExpiredDays == 30)
    }

    // MARK: - Admin rights

    static func offerChanged() throws -> Customer {
        var subject = customer(program: .mosp, originals: [("Office 365 E3", 10, 9, "2027-03-31")])
        _ = try subject.provision(offer: "Microsoft 365 E3", seats: 10, replaces: "L1", on: today)
        return subject
    }

    @Test("an offer change with no admin rights recorded is W-NO-ADMIN-RIGHTS until GDAP with License Administrator is accepted")
    func noAdminRights() throws {
        var subject = try Self.offerChanged()
        let warning = try #require(guide.guidance(for: subject, on: today).findings(.noAdminRights).first)
        guard case .noAdminRights(let f) = warning else { Issue.record("wrong finding"); return }
        #expect(f.users == 9)
        #expect(f.deadline == date("2027-03-31"))
        #expect(f.gdap == nil)
        _ = try subject.requestGDAP(roles: [.userAdministrator], on: today, today: today)
        _ = try subject.acceptGDAP(on: today, expires: nil, today: today, settings: GuideSettings())
        #expect(!guide.guidance(for: subject, on: today).findings(.noAdminRights).isEmpty, "no License Administrator role")
        // Asking again for the missing role replaces the accepted relationship: confirmed.
        #expect(throws: GuideError.self) { try subject.requestGDAP(roles: GDAPRole.forAMove, on: today, today: today) }
        _ = try subject.requestGDAP(roles: GDAPRole.forAMove, on: today, today: today, confirmed: true)
        _ = try subject.acceptGDAP(on: today, expires: nil, today: today, settings: GuideSettings())
        #expect(guide.guidance(for: subject, on: today).findings(.noAdminRights).isEmpty)
    }

    @Test("a customer created in Partner Center has admin rights, and reassignment clears the warning")
    func adminRightsCleared() throws {
        var created = try Self.offerChanged()
        created.createdInPartnerCenter = true
        #expect(guide.guidance(for: created, on: today).findings(.noAdminRights).isEmpty)
        var reassigned = try Self.offerChanged()
        reassigned.recordReassignment(on: today)
        #expect(guide.guidance(for: reassigned, on: today).findings(.noAdminRights).isEmpty)
    }

    @Test("a GDAP request is stale after 14 days and lapses at 90", arguments: [(14, "none"), (15, "stale"), (89, "stale"), (90, "lapsed")])
    func gdapStale(days: Int, state: String) throws {
        var subject = customer(originals: [("Office 365 E3", 10, 10, "2027-06-30")])
        _ = try subject.requestGDAP(roles: [], on: today.adding(days: -days), today: today)
        let found = guide.guidance(for: subject, on: today).findings(.gdapStale).first
        switch found {
        case .gdapStale(let f)?: #expect((f.lapsed ? "lapsed" : "stale") == state)
        default: #expect(state == "none")
        }
    }

    @Test("GDAP ending within 30 days warns while the move is not complete", arguments: [(31, false), (30, true), (1, true)])
    func gdapExpiring(daysLeft: Int, warned: Bool) throws {
        var subject = customer(originals: [("Office 365 E3", 10, 10, "2027-06-30")])
        _ = try subject.requestGDAP(roles: [], on: date("2025-01-01"), today: today)
        _ = try subject.acceptGDAP(on: date("2025-01-02"), expires: today.adding(days: daysLeft), today: today, settings: GuideSettings())
        #expect(!guide.guidance(for: subject, on: today).findings(.gdapExpiring).isEmpty == warned)
    }

    @Test("GDAP accepted without an end date lasts the default two years")
    func gdapDefaultDuration() throws {
        var subject = customer()
        let relationship = try subject.acceptGDAP(on: today, expires: nil, today: today, settings: GuideSettings())
        #expect(relationship.expiresOn == today.adding(days: 730))
        #expect(relationship.roles == GDAPRole.forAMove)
    }

    // MARK: - CSP term

    @Test("the CSP window is open on day 6 and closed on day 7, with the term's commitment", arguments: [
        (CSPTerm.monthly, 6, true, "2026-12-27", "200"), (.annual, 6, true, "2027-11-27", "2400"), (.threeYear, 6, true, "2029-11-27", "7200"),
        (.monthly, 7, false, "2026-12-27", "200"), (.annual, 7, false, "2027-11-27", "2400"), (.threeYear, 7, false, "2029-11-27", "7200"),
    ])
    func cspWindow(term: CSPTerm, day: Int, open: Bool, termEnd: String, committed: String) throws {
        var subject = customer(originals: [("Office 365 E3", 10, 10, today.adding(days: 20).description)])
        _ = try subject.provision(offer: "Office 365 E3", seats: 10, replacing: .matched, term: term, price: Money(amount: 20, currency: "USD"),
                                  on: today, today: today, confirmed: true, guide: guide)
        #expect(subject.cspSubscriptions[0].termEndsOn == date(termEnd))
        let window = guide.guidance(for: subject, on: today.adding(days: day)).findings(.cspWindow).first
        #expect((window != nil) == open)
        if case .cspWindow(let f)? = window {
            #expect(f.term == term)
            #expect(f.committed == Money(amount: Decimal(string: committed) ?? 0, currency: "USD"))
        }
    }

    @Test("csp cancel: refused without --confirm inside the window, refused after it, and the cancelled one replaces nothing")
    func cspCancel() throws {
        var subject = customer(originals: [("Office 365 E3", 10, 10, today.adding(days: 20).description)])
        _ = try subject.provision(offer: "Office 365 E3", seats: 10, replaces: nil, on: today)
        let before = subject
        #expect(throws: GuideError.correctionWindowClosed(C1, closedOn: today.adding(days: 7))) {
            try subject.cancelCSP("C1", on: today.adding(days: 7), today: today.adding(days: 7), confirmed: true, guide: guide)
        }
        do {
            _ = try subject.cancelCSP("C1", on: today.adding(days: 6), today: today.adding(days: 6), confirmed: false, guide: guide)
            Issue.record("expected a refusal")
        } catch {
            guard case .confirmationRequired(_, let risks) = error, case .cspCancel(let f)? = risks.first else { Issue.record("\(error)"); return }
            #expect(f.dataDeletedOn == today.adding(days: 13))
        }
        #expect(subject == before)
        let (cancelled, _) = try subject.cancelCSP("C1", on: today.adding(days: 6), today: today.adding(days: 6), confirmed: true, guide: guide)
        #expect(cancelled.cancelledOn == today.adding(days: 6))
        #expect(subject.replacements(of: L1).isEmpty)
    }

    @Test("more than 150 running originals is I-TENANT-LIMIT", arguments: [(150, false), (151, true)])
    func tenantLimit(count: Int, noted: Bool) {
        let subject = customer(originals: (1...count).map { ("Offer \($0)", 1, 1, "2027-06-30") })
        let g = guide.guidance(for: subject, on: today)
        #expect(!g.findings(.tenantLimit).isEmpty == noted)
    }

    @Test("an EA customer at step 2 is told of the renew-to-CSP path")
    func eaChannelTransfer() {
        let subject = customer(program: .ea, originals: [("Office 365 E3", 10, 10, today.adding(days: 10).description)])
        guard case .provision(_, _, _, _, _, let channelTransfer, _) = guide.guidance(for: subject, on: today).nextAction else {
            Issue.record("not provisioning"); return
        }
        #expect(channelTransfer)
    }
}
