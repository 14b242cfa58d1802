import Foundation
import MigrationGuide
import Testing

@Suite("Guidance: stages, warnings and the next action")
struct GuidanceTests {
    @Test("a customer with nothing recorded starts at the invitation")
    func empty() {
        let g = guide.guidance(for: customer(accepted: nil), on: today)
        #expect(g.stage == .invite)
        #expect(g.nextAction == .invite)
        #expect(g.findings.isEmpty)
    }

    @Test("an accepted customer with nothing recorded is asked for its originals")
    func acceptedEmpty() {
        let g = guide.guidance(for: customer(), on: today)
        #expect(g.stage == .provision)
        #expect(g.nextAction == .recordOriginals)
    }

    @Test("the four stages in order")
    func stages() throws {
        var subject = customer(accepted: nil, originals: [("Office 365 E3", 10, 10, "2027-01-10")])
        #expect(guide.guidance(for: subject, on: today).stage == .invite)
        _ = try subject.invite(on: today, email: nil)
        #expect(guide.guidance(for: subject, on: today).stage == .invite)
        _ = try subject.accept(on: today)
        #expect(guide.guidance(for: subject, on: today).stage == .provision)
        _ = try subject.provision(offer: "Office 365 E3", seats: 10, replaces: nil, on: today)
        #expect(guide.guidance(for: subject, on: today).stage == .retire)
        _ = try subject.expire("L1", on: date("2027-01-10"))
        let done = guide.guidance(for: subject, on: date("2027-01-11"))
        #expect(done.stage == .complete)
        #expect(done.nextAction == .complete)
    }

    @Test("an original past its end counts as ended without being recorded")
    func pastEndCountsAsEnded() throws {
        var subject = customer(originals: [("Office 365 E3", 10, 10, "2026-12-01")])
        _ = try subject.provision(offer: "Office 365 E3", seats: 10, replaces: nil, on: today)
        #expect(guide.guidance(for: subject, on: date("2026-12-02")).stage == .complete)
        #expect(guide.guidance(for: subject, on: date("2026-11-30")).stage == .retire)
    }

    @Test("coverage gap at the window edge", arguments: [(30, true), (31, false), (0, true)])
    func coverageGapEdge(daysLeft: Int, warned: Bool) {
        let subject = customer(originals: [("Office 365 E3", 10, 8, today.adding(days: daysLeft).description)])
        let g = guide.guidance(for: subject, on: today)
        #expect(!g.findings(.coverageGap).isEmpty == warned)
    }

    @Test("after the end, the gap names the lifecycle stage and the days left", arguments: [
        (1, "expired", 29), (29, "expired", 1), (30, "disabled", 90), (119, "disabled", 1), (120, "deleted", 0),
    ])
    func lifecycleAfterEnd(daysAfter: Int, stage: String, remaining: Int) {
        let end = date("2026-10-01")
        let subject = customer(originals: [("Office 365 E3", 10, 8, end.description)])
        let g = guide.guidance(for: subject, on: end.adding(days: daysAfter))
        let gaps = g.findings(.coverageGap)
        switch stage {
        case "deleted":
            // Deleted data leaves the users without service still: the most urgent warning stays.
            #expect(gaps.isEmpty)
            guard case .usersUnlicensed(let lost) = g.findings(.usersUnlicensed).first else { Issue.record("no W-USERS-UNLICENSED"); return }
            #expect(lost.daysUntilDataDeleted == remaining)
            #expect(g.stage == .provision)
        case "disabled":
            // Users have lost access: the gap has become W-USERS-UNLICENSED.
            #expect(gaps.isEmpty)
            guard case .usersUnlicensed(let lost) = g.findings(.usersUnlicensed).first else { Issue.record("no W-USERS-UNLICENSED"); return }
            #expect(lost.daysUntilDataDeleted == remaining)
            #expect(lost.users == 8)
        default:
            guard case .coverageGap(let gap) = gaps.first else { Issue.record("no gap"); return }
            if stage == "expired" {
                #expect(gap.daysUntilUsersLoseAccess == remaining)
                guard case .expired = gap.lifecycle else { Issue.record("not expired: \(gap.lifecycle)"); return }
            } else {
                #expect(gap.daysUntilDataDeleted == remaining)
                guard case .disabled = gap.lifecycle else { Issue.record("not disabled: \(gap.lifecycle)"); return }
            }
        }
    }

    @Test("a cancelled original skips the expired stage")
    func cancelledSkipsExpired() throws {
        var subject = customer(originals: [("Office 365 E3", 10, 8, "2027-06-30")])
        _ = try subject.cancel("L1", on: today, confirmed: true, guide: guide)
        let status = guide.guidance(for: subject, on: today).originals[0]
        #expect(status.lifecycle == .disabled(dataDeletedOn: today.adding(days: 90)))
    }

    @Test("seats equal to assigned users are enough; fewer leave users out", arguments: [(48, 0), (47, 1), (50, 0), (1, 47)])
    func seatShortfall(cspSeats: Int, short: Int) throws {
        var subject = customer(originals: [("Office 365 E3", 50, 48, "2027-03-31")])
        _ = try subject.provision(offer: "Office 365 E3", seats: cspSeats, replaces: nil, on: today)
        let g = guide.guidance(for: subject, on: today)
        let shortfalls = g.findings(.seatShortfall)
        if short == 0 {
            #expect(shortfalls.isEmpty)
            #expect(g.stage == .retire)
        } else {
            guard case .seatShortfall(let f) = shortfalls.first else { Issue.record("no shortfall"); return }
            #expect(f.usersWithoutLicense == short)
            #expect(g.stage == .provision)
            // The missing seats go onto the subscription already there.
            #expect(g.nextAction == .addSeats(original: f.original, offer: "Office 365 E3", missing: short, subscription: C1, seats: cspSeats + short))
        }
    }

    @Test("the same offer, whatever its spelling, needs no reassignment")
    func sameOfferNoReassignment() throws {
        var subject = customer(originals: [("Office 365 E3", 10, 10, "2027-03-31")])
        _ = try subject.provision(offer: "office 365  e3", seats: 10, replaces: "L1", on: today)
        #expect(guide.guidance(for: subject, on: today).findings(.offerChange).isEmpty)
    }

    @Test("a different offer needs reassignment until it is recorded done")
    func offerChange() throws {
        var subject = customer(originals: [("Office 365 E3", 10, 9, "2027-03-31")])
        _ = try subject.provision(offer: "Microsoft 365 E3", seats: 10, replaces: "L1", on: today)
        guard case .offerChange(let change) = guide.guidance(for: subject, on: today).findings(.offerChange).first else {
            Issue.record("no offer change"); return
        }
        #expect(change.users == 9)
        #expect(change.deadline == date("2027-03-31"))
        // Nobody on the partner side may assign licenses yet: that comes first.
        #expect(guide.guidance(for: subject, on: today.adding(days: 8)).nextAction == .getAdminRights(users: 9, deadline: date("2027-03-31"), gdap: nil))
        subject.createdInPartnerCenter = true
        #expect(guide.guidance(for: subject, on: today.adding(days: 8)).nextAction == .reassign(users: 9, deadline: date("2027-03-31"), kind: .originalEnds))
        subject.recordReassignment(on: today)
        #expect(guide.guidance(for: subject, on: today).findings(.offerChange).isEmpty)
    }

    @Test("the CSP correction window is open for seven days", arguments: [(0, true, 7), (6, true, 1), (7, false, 0)])
    func cspWindow(daysAfter: Int, open: Bool, left: Int) throws {
        var subject = customer(originals: [("Office 365 E3", 10, 10, "2027-03-31")])
        _ = try subject.provision(offer: "Office 365 E3", seats: 10, replaces: nil, on: today)
        let windows = guide.guidance(for: subject, on: today.adding(days: daysAfter)).findings(.cspWindow)
        #expect(!windows.isEmpty == open)
        if case .cspWindow(let w) = windows.first {
            #expect(w.daysLeft == left)
            #expect(w.closesOn == today.adding(days: 7))
        }
    }

    @Test("auto-renew is flagged only near the end", arguments: [(30, true), (31, false)])
    func autoRenew(daysLeft: Int, warned: Bool) throws {
        var subject = customer(program: .mosp, originals: [("Office 365 E3", 10, 10, today.adding(days: daysLeft).description)])
        _ = try subject.editOriginal(LicenseID(kind: .original, number: 1), seats: nil, assigned: nil, expires: nil, price: nil, autoRenew: true)
        #expect(!guide.guidance(for: subject, on: today).findings(.autoRenew).isEmpty == warned)
    }

    @Test("an invitation becomes stale after fourteen days", arguments: [(14, false), (15, true)])
    func staleInvitation(days: Int, stale: Bool) throws {
        var subject = customer(accepted: nil)
        _ = try subject.invite(on: today.adding(days: -days), email: "ti@contoso.com")
        let g = guide.guidance(for: subject, on: today)
        #expect(!g.findings(.inviteStale).isEmpty == stale)
        #expect(g.nextAction == .awaitAcceptance(sentOn: today.adding(days: -days), daysPending: days, stale: stale))
    }

    @Test("overlap counts the days both are paid and, when priced, their cost")
    func overlap() throws {
        var subject = customer(originals: [("Office 365 E3", 10, 10, today.adding(days: 73).description)], price: "50")
        _ = try subject.provision(offer: "Office 365 E3", seats: 10, replaces: nil, on: today)
        guard case .overlap(let o) = guide.guidance(for: subject, on: today).findings(.overlap).first else { Issue.record("no overlap"); return }
        #expect(o.days == 73)
        // 10 × 50 × 73 × 12 / 365 = 1200
        #expect(o.cost == Money(amount: 1200, currency: "BRL"))
    }

    @Test("with several originals the next provision is the one that ends first")
    func severalOriginals() {
        let subject = customer(originals: [
            ("Office 365 E3", 50, 48, "2027-06-30"), ("Visio Plan 2", 5, 5, "2027-01-15"), ("Project Plan 3", 3, 2, "2027-03-01"),
        ])
        let g = guide.guidance(for: subject, on: today)
        // The same offer needs no reassignment: the ordinary lead (14 days), whatever the admin rights.
        #expect(g.nextAction == .waitToProvision(original: L2, offer: "Visio Plan 2", from: date("2027-01-01"), latest: date("2027-01-15"), meanwhile: [.requestGDAP(ifOfferChangesFrom: date("2026-12-16"))]))
        #expect(guide.guidance(for: subject, on: date("2027-01-01")).nextAction == .provision(original: L2, offer: "Visio Plan 2", seats: 5, endDate: date("2027-01-15"), latest: date("2027-01-15"), channelTransfer: false))
    }

    @Test("covered originals far from their end mean waiting for the window")
    func waitForWindow() throws {
        var subject = customer(originals: [("Office 365 E3", 10, 10, "2027-06-30")])
        _ = try subject.provision(offer: "Office 365 E3", seats: 10, replaces: nil, on: today)
        let g = guide.guidance(for: subject, on: today.adding(days: 10))
        #expect(g.nextAction == .waitForWindow(license: LicenseID(kind: .original, number: 1), opensOn: date("2027-05-31"), expires: date("2027-06-30"), program: .open))
    }

    @Test("warnings come most urgent first: a gap that has begun before one to come")
    func ordering() {
        let subject = customer(originals: [("Visio Plan 2", 5, 5, today.adding(days: 20).description), ("Office 365 E3", 10, 10, today.adding(days: -5).description)])
        let codes = guide.guidance(for: subject, on: today).findings.map(\.subject?.description)
        #expect(codes == ["L2", "L1"])
    }
}

@Suite("Steps as changes to the record")
struct MigrationTests {
    @Test("provisioning before acceptance is refused and changes nothing")
    func provisionBeforeAccept() {
        var subject = customer(accepted: nil, originals: [("Office 365 E3", 10, 10, "2027-03-31")])
        let before = subject
        #expect(throws: GuideError.notAccepted(handle("contoso"), invitedOn: nil)) {
            try subject.provision(offer: "Office 365 E3", seats: 10, replaces: nil, on: today)
        }
        #expect(subject == before)
    }

    @Test("provisioning pairs with the one original of the same offer")
    func pairing() throws {
        var subject = customer(originals: [("Office 365 E3", 10, 10, "2027-03-31"), ("Visio Plan 2", 2, 2, "2027-03-31")])
        let paired = try subject.provision(offer: "Visio plan 2", seats: 2, replaces: nil, on: today)
        #expect(paired.replaces == [L2])
        #expect(throws: GuideError.unmatchedOffer("Teams Essentials", uncovered: [OfferReference(id: L1, offer: "Office 365 E3")])) {
            try subject.provision(offer: "Teams Essentials", seats: 2, replaces: nil, on: today)
        }
        let unpaired = try subject.provision(
            offer: "Teams Essentials", seats: 2, replacing: .nothing, on: today, today: today, confirmed: false, guide: guide).subscription
        #expect(unpaired.replaces.isEmpty)
        #expect(unpaired.id.description == "C2")
    }

    @Test("two uncovered originals of the same offer need --replaces")
    func ambiguousPairing() {
        var subject = customer(originals: [("Office 365 E3", 10, 10, "2027-03-31"), ("Office 365 E3", 5, 5, "2027-09-30")])
        #expect(throws: GuideError.ambiguousReplacement("Office 365 E3", candidates: [LicenseID(kind: .original, number: 1), LicenseID(kind: .original, number: 2)])) {
            try subject.provision(offer: "Office 365 E3", seats: 10, replaces: nil, on: today)
        }
    }

    @Test("originals are found by id or by an unambiguous part of the offer")
    func resolve() throws {
        let subject = customer(originals: [("Office 365 E3", 10, 10, "2027-03-31"), ("Visio Plan 2", 2, 2, "2027-03-31")])
        #expect(try subject.resolveOriginal("l2").offer == "Visio Plan 2")
        #expect(try subject.resolveOriginal("visio").id.number == 2)
        #expect(throws: GuideError.self) { try subject.resolveOriginal("L9") }
        let plans = customer(originals: [("Visio Plan 2", 2, 2, "2027-03-31"), ("Project Plan 3", 2, 2, "2027-03-31")])
        #expect(throws: GuideError.ambiguousOffer("Plan", candidates: [LicenseID(kind: .original, number: 1), LicenseID(kind: .original, number: 2)])) {
            try plans.resolveOriginal("Plan")
        }
    }

    @Test("assigned users cannot exceed seats")
    func assignedExceedsSeats() {
        var subject = customer()
        #expect(throws: GuideError.assignedExceedsSeats(assigned: 11, seats: 10)) {
            try subject.addOriginal(offer: "Office 365 E3", seats: 10, assigned: 11, expires: today, price: nil, autoRenew: false)
        }
        #expect(subject.originals.isEmpty)
    }

    @Test("ids are never reused after a removal of the highest")
    func ids() throws {
        var subject = customer(originals: [("A", 1, 1, "2027-01-01"), ("B", 1, 1, "2027-01-01")])
        subject.originals.removeFirst()
        let next = try subject.addOriginal(offer: "C", seats: 1, assigned: nil, expires: today, price: nil, autoRenew: false)
        #expect(next.id.description == "L3")
    }

    @Test("accepting without an invitation dates both, as for customers created in Partner Center")
    func acceptWithoutInvite() throws {
        var subject = customer(accepted: nil)
        let invitation = try subject.accept(on: today)
        #expect(invitation.sentOn == today)
        #expect(invitation.acceptedOn == today)
    }
}
