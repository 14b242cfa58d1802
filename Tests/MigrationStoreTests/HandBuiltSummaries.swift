import Foundation
@testable import MigrationGuide

/// One summary for every finding and every next action, with every nested case and optionals both
/// present and absent: what a random portfolio rarely or never reaches.
enum HandBuiltSummaries {
    static let L1 = LicenseID(kind: .original, number: 1), L2 = LicenseID(kind: .original, number: 27), C1 = LicenseID(kind: .csp, number: 3)
    static func day(_ offset: Int) -> CalendarDate { CalendarDate(daysSinceEpoch: 20_786 + offset) }
    static let price = Money(amount: Decimal(sign: .plus, exponent: -2, significand: 123_450), currency: "BRL")
    static let stages = StageLengths(expiredDays: 30, disabledDays: 90)

    static let base = CustomerSummary(stage: .provision, originals: 3, cspSubscriptions: 1, mostUrgent: nil, warnings: 0, nextAction: .complete)

    static let lifecycles: [Lifecycle] = [.active, .expired(usersLoseAccessOn: day(30)), .disabled(dataDeletedOn: day(90)), .deleted(on: day(-2))]
    static let refunds: [CancellationRefund] = [
        .none, .proratedCredit, .mcaInsideWindow(closesOn: day(5)), .mcaAfterWindow(closedOn: day(-5)), .mcaStartUnknown(windowDays: 7),
        .accountUnknown(windowDays: 7, closesOn: day(3)), .accountUnknown(windowDays: 7, closesOn: nil),
    ]
    static let gdapStates: [GDAPState] = [.pending(since: day(-3), lapsesOn: day(87)), .lapsed(on: day(-1)), .active(until: day(700)), .ended(on: day(-40))]

    static let findings: [Finding] = {
        var findings: [Finding] = []
        for cause in [UsersUnlicensed.Cause.noReplacement, .seatShortfall, .notReassigned] {
            findings.append(.usersUnlicensed(UsersUnlicensed(original: L1, offer: "Office 365 E3", users: 12, since: day(-3), dataDeletedOn: day(87),
                                                             daysUntilDataDeleted: 87, cause: cause, ifCancelled: cause == .seatShortfall)))
        }
        for (index, refund) in refunds.enumerated() {
            let outcome = refund.paidTime
            findings.append(.earlyCancel(EarlyCancellation(
                license: L2, offer: "Microsoft 365 Business Standard", on: day(0), expires: day(200), daysLeft: 200,
                remainingValue: index % 2 == 0 ? price : nil, paidTime: outcome, forfeited: index % 3 == 0 ? price : nil, recommendedFrom: day(170),
                usersLoseAccessAtOnce: index % 2 == 1, skippedExpiredDays: 30, usersLoseAccessOn: index % 2 == 1 ? day(0) : nil,
                dataDeletedOn: index % 2 == 1 ? day(90) : nil, program: Program.allCases[index % Program.allCases.count], refund: refund,
                onlineCancelLimit: index == 1 ? 25 : nil, autoRenew: [nil, true, false][index % 3])))
        }
        for refund in [nil, CancellationRefund.proratedCredit] {
            findings.append(.earlyProvision(EarlyProvision(
                original: L1, offer: "Visio Plan 2", endDate: day(120), provisionOn: day(0), recommendedFrom: day(90), latest: day(110),
                daysPaidTwice: 120, paidTwice: refund == nil ? price : nil, avoidableDays: 90, avoidable: refund == nil ? nil : price,
                recoverable: refund, cspSeats: 14, atOriginalPrice: refund == nil,
                shared: refund == nil ? SharedSeats(seats: 30, with: [L2, LicenseID(kind: .original, number: 3)]) : nil)))
        }
        findings.append(.cspCancel(CSPCancellation(subscription: C1, offer: "Office 365 E1", seats: 5, on: day(0), backupDays: 0, dataDeletedOn: day(0))))
        for (index, lifecycle) in lifecycles.enumerated() {
            findings.append(.coverageGap(CoverageGap(
                license: L1, offer: "Office 365 E3", assigned: 40, endDate: day(10 - 30 * index), daysLeft: 10 - 30 * index, lifecycle: lifecycle,
                stages: stages, usersLoseAccessOn: day(40), dataDeletedOn: day(130), daysUntilUsersLoseAccess: index < 2 ? 40 : nil,
                daysUntilDataDeleted: index < 3 ? 130 : nil, accepted: index % 2 == 0, latest: day(5), daysUntilLatest: 5,
                graceUncertain: index == 1, ifCancelled: index == 2, provisionFrom: index == 0 ? day(-20) : nil)))
        }
        for kind in [Deadline.originalEnds, .usersLoseAccess] {
            findings.append(.offerChange(OfferChange(original: L1, originalOffer: "Office 365 E3", replacement: C1, newOffer: "Microsoft 365 E3",
                                                     users: 30, deadline: day(12), deadlineKind: kind, daysLeft: 12)))
        }
        let owed = [OwedReassignment(original: L1, offer: "Office 365 E3", users: 30, deadline: day(12), deadlineKind: .originalEnds, daysLeft: 12),
                    OwedReassignment(original: L2, offer: "Office 365 E1", users: 2, deadline: day(40), deadlineKind: .usersLoseAccess, daysLeft: 40)]
        for gdap in [nil] + gdapStates.map(Optional.some) {
            findings.append(.noAdminRights(NoAdminRights(original: L1, users: 32, deadline: day(12), daysLeft: 12, owed: gdap == nil ? [] : owed,
                                                         gdap: gdap, roles: gdap == nil ? [] : GDAPRole.allCases)))
        }
        findings.append(.seatShortfall(SeatShortfall(original: L1, originals: [L1, L2], offer: "Office 365 E3", assigned: 50, cspSeats: 45, usersWithoutLicense: 5,
                                                     daysLeft: 9, addTo: SeatsTarget(id: C1, offer: "Office 365 E3", seats: 45), correctionDays: 7)))
        for cost in [price, nil] {
            findings.append(.seatSurplus(SeatSurplus(subscription: C1, offer: "Office 365 E3", seats: 60, users: 50, surplus: 10, windowClosesOn: day(4),
                                                     daysLeftInWindow: 4, termEndsOn: day(364), cost: cost)))
        }
        for (term, billing) in zip(CSPTerm.allCases, BillingFrequency.allCases) {
            findings.append(.cspWindow(CSPWindow(subscription: C1, offer: "Exchange Online (Plan 1)", seats: 8, provisionedOn: day(-2), closesOn: day(5), daysLeft: 5,
                                                 term: term, billing: billing, termEndsOn: day(363), committed: term == .monthly ? nil : price)))
        }
        findings.append(.autoRenew(AutoRenew(license: L2, offer: "Office 365 E1", expires: day(20), daysLeft: 20, recorded: false)))
        for account in BillingAccount.allCases {
            findings.append(.autoRenew(AutoRenew(license: L2, offer: "Office 365 E1", expires: day(-3), daysLeft: -3, recorded: true, renewedOn: day(-3),
                                                 account: account, refundClosesOn: account == .mca ? day(4) : nil, refundDaysLeft: account == .mca ? 4 : nil)))
        }
        findings.append(.gdapExpiring(GDAPExpiring(expiresOn: day(15), daysLeft: 15)))
        findings.append(.inviteStale(InviteStale(sentOn: day(-40), daysPending: 40, email: "admin@contoso.com.br")))
        findings.append(.inviteStale(InviteStale(sentOn: day(-40), daysPending: 40, email: nil)))
        findings.append(.gdapStale(GDAPStale(requestedOn: day(-100), daysPending: 100, lapsesOn: day(-10), lapsed: true)))
        findings.append(.currencyMismatch(CurrencyMismatch(original: L1, offer: "Office 365 E3", price: Money(amount: 12, currency: "EUR"), customerCurrency: "BRL")))
        findings.append(.tenantLimit(TenantLimit(running: 30, limit: 25, expiredStageDays: 30)))
        findings.append(.purchaseDateUnknown(PurchaseDateUnknown(subscription: C1, offer: "Office 365 E3")))
        for refund in [nil, CancellationRefund.mcaInsideWindow(closesOn: day(3))] {
            findings.append(.overlap(Overlap(original: L1, replacements: [C1, LicenseID(kind: .csp, number: 4)], from: day(-10), until: day(20), days: 30,
                                             cost: refund == nil ? nil : price, recoverable: refund, cspSeats: 20, atOriginalPrice: refund != nil,
                                             shared: refund == nil ? nil : SharedSeats(seats: 26, with: [L2]))))
        }
        for startedOn in [day(-2), nil] {
            findings.append(.refundWindow(RefundWindow(license: L2, offer: "Office 365 E1", startedOn: startedOn, closesOn: day(5), daysLeft: 5, expires: day(363),
                                                       accountKnown: startedOn != nil, covered: startedOn == nil)))
        }
        return findings
    }()

    static let nextActions: [NextAction] = {
        var actions: [NextAction] = [
            .invite, .awaitAcceptance(sentOn: day(-3), daysPending: 3, stale: false), .awaitAcceptance(sentOn: day(-30), daysPending: 30, stale: true),
            .recordOriginals,
            .waitToProvision(original: L1, offer: "Office 365 E3", from: day(60), latest: day(80), meanwhile: []),
            .waitToProvision(original: L1, offer: "Office 365 E3", from: day(60), latest: day(80),
                             meanwhile: [.requestGDAP(ifOfferChangesFrom: day(30)), .turnOffRenewal(L2), .renewToCSP]),
            .provision(original: L1, offer: "Office 365 E3", seats: 40, endDate: day(20), latest: day(15), channelTransfer: true, ended: nil),
            .addSeats(original: L1, offer: "Office 365 E3", missing: 5, subscription: C1, seats: 45),
            .getAdminRights(users: 30, deadline: day(12), gdap: nil),
            .reassign(users: 30, deadline: day(12), kind: .originalEnds), .reassign(users: 1, deadline: day(-1), kind: .usersLoseAccess),
            .turnOffAutoRenew(license: L2, expires: day(40)), .checkRenewal(license: L2, renewedOn: day(-3)),
            .retire(license: L1, expires: day(10), daysLeft: 10, program: .open, refund: .none, onlineCancelLimit: nil),
            .retire(license: L1, expires: day(10), daysLeft: 10, program: .mosp, refund: .proratedCredit, onlineCancelLimit: 25),
            .complete, .nothingToMove,
        ]
        for (index, lifecycle) in lifecycles.enumerated() {
            actions.append(.provision(original: L2, offer: "Visio Plan 2", seats: 3, endDate: day(-5), latest: day(-5), channelTransfer: false,
                                      ended: EndedOriginal(endedOn: day(-5), lifecycle: lifecycle, program: Program.allCases[index], stages: stages,
                                                           usersLoseAccessOn: day(25), dataDeletedOn: day(115))))
        }
        actions += gdapStates.map { .getAdminRights(users: 30, deadline: day(12), gdap: $0) }
        actions += refunds.map { .retire(license: L2, expires: day(8), daysLeft: 8, program: .mosp, refund: $0, onlineCancelLimit: nil) }
        actions += Program.allCases.map { .waitForWindow(license: L1, opensOn: day(50), expires: day(80), program: $0) }
        actions += [true, false].map { .letUnusedEnd(license: L2, offer: "Visio Plan 2", expires: day(30), program: .mosp, turnOffRenewal: $0) }
        actions += [.proratedCredit, .mcaInsideWindow(closesOn: day(3)), .accountUnknown(windowDays: 7, closesOn: nil)].map {
            .cancelUnused(license: L2, offer: "Visio Plan 2", expires: day(30), refund: $0, refunded: Money(amount: 41.10, currency: "USD"), onlineCancelLimit: nil)
        }
        actions.append(.cancelUnused(license: L1, offer: "Office 365 E3", expires: day(200), refund: .proratedCredit, refunded: nil, onlineCancelLimit: 25))
        return actions
    }()

    /// Every finding, then every next action, each in a summary of its own; stages and counts vary.
    static let all: [CustomerSummary] = {
        var summaries: [CustomerSummary] = []
        for (index, finding) in findings.enumerated() {
            var summary = base
            summary.mostUrgent = finding
            summary.warnings = index % 4 + 1
            summary.stage = MigrationStage.allCases[index % 4]
            summary.originals = index * 37
            summaries.append(summary)
        }
        for (index, action) in nextActions.enumerated() {
            var summary = base
            summary.nextAction = action
            summary.cspSubscriptions = index
            summary.mostUrgent = index % 3 == 0 ? findings[index % findings.count] : nil
            summaries.append(summary)
        }
        return summaries
    }()

    /// The leaves whose JSON is text of their own, to read back through JSON.
    struct Leaves: Codable, Equatable {
        var date: CalendarDate
        var license: LicenseID
        var handle: Handle?
        var money: Money
    }
}
