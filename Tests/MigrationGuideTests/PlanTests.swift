import Foundation
import MigrationGuide
import Testing

/// "Advice that plans the move": when to provision, what is really finished, the order of events
/// and corrections. Each repro of the newcomer report is a test here.
@Suite("Planning the move")
struct PlanTests {
    static let end = date("2027-06-17")

    static func transportadora(program: Program = .ea) throws -> Customer {
        var subject = customer(accepted: "2026-11-29", program: program, originals: [])
        _ = try subject.addOriginal(offer: "Office 365 E3", seats: 300, assigned: 287, expires: end, price: Money(amount: 23, currency: "USD"), autoRenew: false)
        return subject
    }

    @Test("200 days out, an EA customer is told to wait, with the plan's dates (report finding 3)")
    func waitFarFromEnd() throws {
        let subject = try Self.transportadora()
        let g = guide.guidance(for: subject, on: date("2026-11-29"))
        #expect(g.nextAction == .waitToProvision(original: L1, offer: "Office 365 E3", from: date("2027-06-03"), latest: Self.end, meanwhile: [.requestGDAP(ifOfferChangesFrom: date("2027-05-18")), .renewToCSP]))
        #expect(g.plan.first?.provisionFrom == date("2027-06-03"))
        #expect(g.plan.first?.provisionBy == Self.end)
    }

    /// The same offer needs no reassignment, so admin rights do not change the lead.
    @Test("the plan's first day, by program and admin rights", arguments: [
        (Program.ea, false, 14, 0), (.ea, true, 14, 0), (.open, false, 14, 0), (.mosp, false, 14, 29), (.mosp, true, 14, 29), (.retail, true, 14, 0),
    ])
    func planDates(program: Program, adminRights: Bool, lead: Int, grace: Int) throws {
        var subject = try Self.transportadora(program: program)
        subject.createdInPartnerCenter = adminRights
        let plan = guide.plan(for: subject.originals[0], in: subject, on: today)
        #expect(plan.provisionFrom == Self.end.adding(days: -lead))
        #expect(plan.provisionBy == Self.end.adding(days: grace))
        // The day before the plan's first day still waits; on it, provisioning is the next step.
        guard case .waitToProvision = guide.guidance(for: subject, on: plan.provisionFrom.adding(days: -1)).nextAction else {
            Issue.record("not waiting the day before"); return
        }
        guard case .provision = guide.guidance(for: subject, on: plan.provisionFrom).nextAction else {
            Issue.record("not provisioning on the day"); return
        }
    }

    @Test("provisioning before the plan's day is W-EARLY-PROVISION and needs --confirm", arguments: [(-1, true), (0, false)])
    func earlyProvisionEdge(offset: Int, warned: Bool) throws {
        var subject = try Self.transportadora()
        let day = Self.end.adding(days: -14 + offset)
        let before = subject
        do {
            _ = try subject.provision(offer: "Office 365 E3", seats: 287, replacing: .matched, on: day, today: day, confirmed: false, guide: guide)
            #expect(!warned)
        } catch {
            guard case .confirmationRequired(_, let risks) = error else { Issue.record("\(error)"); return }
            #expect(warned)
            #expect(risks.map(\.code) == [.earlyProvision])
            #expect(subject == before)
        }
    }

    @Test("the early provisioning warning carries the days and amount paid twice")
    func earlyProvisionFigures() throws {
        var subject = try Self.transportadora()
        let outcome = try subject.provision(offer: "Office 365 E3", seats: 287, replacing: .matched, on: date("2026-11-29"), today: date("2026-11-29"), confirmed: true, guide: guide)
        guard case .earlyProvision(let f)? = outcome.risks.first else { Issue.record("no warning"); return }
        #expect(f.daysPaidTwice == 200)
        // The 287 CSP seats at the original's price: the original's 300 seats are prepaid anyway.
        #expect(f.paidTwice == Money(amount: Decimal(string: "43403.84") ?? 0, currency: "USD"))
        #expect(f.recommendedFrom == date("2027-06-03"))
    }

    @Test("one I-OVERLAP per original, however the seats are split (report finding 5)")
    func overlapOnce() throws {
        var subject = customer(program: .mosp, originals: [], price: nil)
        _ = try subject.addOriginal(offer: "Microsoft 365 Business Premium", seats: 25, assigned: 25, expires: date("2027-01-13"),
                                    price: Money(amount: Decimal(string: "132.40") ?? 0, currency: "BRL"), autoRenew: false)
        let day = date("2026-11-29")
        _ = try subject.provision(offer: "Microsoft 365 Business Premium", seats: 20, replaces: nil, on: day)
        _ = try subject.provision(offer: "Microsoft 365 Business Premium", seats: 5, replaces: "L1", on: day)
        let overlaps = guide.guidance(for: subject, on: day).findings(.overlap)
        #expect(overlaps.count == 1)
        guard case .overlap(let f)? = overlaps.first else { return }
        #expect(f.cost == Money(amount: Decimal(string: "4896.99") ?? 0, currency: "BRL"))
        #expect(f.replacements.count == 2)
    }

    /// Report finding 2: a changed offer never reassigned.
    static func jacaranda() throws -> Customer {
        var subject = customer(accepted: "2026-11-29", program: .mosp, originals: [("Office 365 E3", 20, 20, "2026-12-20")])
        _ = try subject.provision(offer: "Microsoft 365 Business Standard", seats: 20, replaces: "L1", on: date("2026-11-29"))
        return subject
    }

    @Test("not complete while a reassignment is owed; the deadline moves to the day users lose access (report finding 2)")
    func deadlineMoves() throws {
        let subject = try Self.jacaranda()
        let during = guide.guidance(for: subject, on: date("2026-12-21"))
        #expect(during.stage != .complete)
        guard case .offerChange(let change)? = during.findings(.offerChange).first else { Issue.record("no offer change"); return }
        #expect(change.deadline == date("2027-01-19"))
        #expect(change.deadlineKind == .usersLoseAccess)
        #expect(change.daysLeft == 29)
    }

    @Test("once users have lost access, W-USERS-UNLICENSED comes first", arguments: [("2027-01-18", false), ("2027-01-19", true)])
    func usersUnlicensed(day: String, unlicensed: Bool) throws {
        let subject = try Self.jacaranda()
        let g = guide.guidance(for: subject, on: date(day))
        #expect((g.mostUrgent?.code == .usersUnlicensed) == unlicensed)
        #expect(g.stage != .complete)
        if case .usersUnlicensed(let f)? = g.mostUrgent {
            #expect(f.users == 20)
            #expect(f.since == date("2027-01-19"))
            #expect(f.dataDeletedOn == date("2027-04-19"))
            #expect(f.cause == .notReassigned)
        }
    }

    @Test("expire refuses a date before the end and points to cancel (report finding 1)", arguments: [(-1, false), (0, true)])
    func expireNaturalEndOnly(offset: Int, accepted: Bool) throws {
        var subject = try Self.transportadora(program: .mosp)
        let day = Self.end.adding(days: offset)
        if accepted {
            #expect(try subject.expire("L1", on: day, today: day).ending == .expired(on: day))
        } else {
            #expect(throws: GuideError.endsLater(L1, expires: Self.end, on: day)) { try subject.expire("L1", on: day, today: day) }
        }
    }

    @Test("events out of order or in the future are refused (report finding 6)")
    func eventsInOrder() throws {
        var subject = customer(accepted: nil, program: .mosp, originals: [("Office 365 E3", 30, 30, "2027-06-17")])
        let day = date("2026-11-29")
        #expect(throws: GuideError.dateInFuture(.invited, on: date("2026-12-20"), today: day)) {
            try subject.invite(on: date("2026-12-20"), email: nil, today: day)
        }
        _ = try subject.invite(on: day, email: nil, today: day)
        #expect(throws: GuideError.outOfOrder(.accepted, on: date("2026-11-20"), after: .invited, of: day)) {
            try subject.accept(on: date("2026-11-20"), today: day)
        }
        _ = try subject.accept(on: day, today: day)
        #expect(throws: GuideError.outOfOrder(.provisioned, on: date("2026-11-01"), after: .accepted, of: day)) {
            try subject.provision(offer: "Office 365 E3", seats: 30, replacing: .matched, on: date("2026-11-01"), today: day, confirmed: true, guide: guide)
        }
    }

    @Test("auto-renew is refused for programs without recurring billing (report finding 4)", arguments: [(Program.open, false), (.ea, false), (.retail, false), (.mosp, true)])
    func autoRenewByProgram(program: Program, allowed: Bool) {
        var subject = customer(program: program)
        let result = Result { () throws(GuideError) in
            try subject.addOriginal(offer: "Office 365 E3", seats: 1, assigned: nil, expires: today, price: nil, autoRenew: true)
        }
        if allowed { #expect((try? result.get()) != nil) } else { #expect(throws: GuideError.noAutoRenew(program)) { try result.get() } }
    }

    @Test("near the end, each program is told what it can do", arguments: [Program.open, .ea, .mosp])
    func retireByProgram(program: Program) throws {
        var subject = customer(program: program, originals: [("Office 365 E3", 10, 10, today.adding(days: 10).description)])
        _ = try subject.provision(offer: "Office 365 E3", seats: 10, replaces: nil, on: today)
        #expect(guide.guidance(for: subject, on: today).nextAction == .retire(license: L1, expires: today.adding(days: 10), daysLeft: 10, program: program,
            refund: program == .mosp ? .accountUnknown(windowDays: 7, closesOn: nil) : CancellationRefund.none, onlineCancelLimit: nil))
    }

    @Test("offers match the way questions do: a distinctive word, or another offer sharing one (report finding 7)")
    func offerMatching() throws {
        var subject = customer(program: .mosp, originals: [("Visio Plan 2", 2, 2, "2026-12-09"), ("Office 365 E3", 10, 10, "2027-03-09")])
        let visio = try subject.provision(offer: "visio", seats: 2, replaces: nil, on: today)
        #expect(visio.offer == "Visio Plan 2")
        #expect(visio.replaces == [L1])
        let e3 = try subject.provision(offer: "Microsoft 365 E3", seats: 10, replaces: nil, on: today)
        #expect(e3.replaces == [L2])
        #expect(!guide.guidance(for: subject, on: today).findings(.offerChange).isEmpty)
        // Nothing is to be bought again: what is left is getting the licenses reassigned.
        #expect(guide.guidance(for: subject, on: today).nextAction == .getAdminRights(users: 10, deadline: date("2027-03-09"), gdap: nil))
    }

    @Test("one subscription can take over from two originals of one offer, and spare seats are W-SEAT-SURPLUS (report finding 8)")
    func pooled() throws {
        var subject = customer(program: .mosp, originals: [("Office 365 E3", 10, 10, "2026-12-20"), ("Office 365 E3", 20, 20, "2027-03-20")])
        var pooled = subject
        _ = try pooled.provision(offer: "Office 365 E3", seats: 30, replaces: "L1,L2", on: today)
        let g = guide.guidance(for: pooled, on: today)
        #expect(g.findings(.seatShortfall).isEmpty)
        #expect(g.findings(.seatSurplus).isEmpty)
        #expect(g.stage == .retire)
        _ = try subject.provision(offer: "Office 365 E3", seats: 300, replaces: "L1", on: today)
        guard case .seatSurplus(let surplus)? = guide.guidance(for: subject, on: today).findings(.seatSurplus).first else { Issue.record("no surplus"); return }
        #expect(surplus.surplus == 290)
        #expect(throws: GuideError.mixedOffers([OfferReference(id: L1, offer: "Office 365 E3"), OfferReference(id: L2, offer: "Visio Plan 2")])) {
            var mixed = customer(originals: [("Office 365 E3", 10, 10, "2026-12-20"), ("Visio Plan 2", 2, 2, "2026-12-20")])
            _ = try mixed.provision(offer: "Office 365 E3", seats: 12, replaces: "L1,L2", on: today)
        }
    }

    @Test("a CSP record can be corrected and removed")
    func corrections() throws {
        var subject = customer(program: .mosp, originals: [("Visio Plan 2", 2, 2, "2026-12-09")])
        _ = try subject.provision(offer: "Teams Essentials", seats: 2, replacing: .nothing, on: today, today: today, confirmed: false, guide: guide)
        let linked = try subject.editCSP("C1", seats: 3, offer: "Visio Plan 2", replaces: ["L1"])
        #expect(linked.replaces == [L1])
        #expect(linked.seats == 3)
        _ = try subject.removeCSP("C1")
        #expect(subject.cspSubscriptions.isEmpty)
        #expect(throws: GuideError.unknownLicense("C1", known: [])) { try subject.removeCSP("C1") }
    }

    @Test("a price without a currency takes the customer's, never the interface language's (report finding 13)")
    func currency() throws {
        var subject = customer(program: .mosp)
        subject.currency = "EUR"
        #expect(subject.billingCurrency == "EUR")
        subject.currency = nil
        _ = try subject.addOriginal(offer: "E3", seats: 1, assigned: nil, expires: today, price: Money(amount: 1, currency: "BRL"), autoRenew: false)
        #expect(subject.billingCurrency == "BRL")
    }
}
