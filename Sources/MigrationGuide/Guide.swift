import Foundation

/// The rules of the move, as pure functions of a customer's record and a day: no clock, no I/O.
public struct Guide: Sendable {
    public var settings: GuideSettings

    public init(settings: GuideSettings = GuideSettings()) {
        self.settings = settings
    }

    // MARK: - Guidance

    public func guidance(for customer: Customer, on today: CalendarDate) -> Guidance {
        let statuses = customer.originals.map { status(of: $0, in: customer, on: today) }
        let findings = self.findings(for: customer, statuses: statuses, on: today)
        return Guidance(
            handle: customer.handle, name: customer.name, program: customer.program, today: today,
            stage: stage(of: customer, statuses: statuses),
            invitation: customer.invitation, originals: statuses,
            cspSubscriptions: customer.cspSubscriptions,
            findings: findings,
            nextAction: nextAction(for: customer, statuses: statuses, findings: findings, on: today)
        )
    }

    func status(of original: OriginalSubscription, in customer: Customer, on today: CalendarDate) -> OriginalStatus {
        let daysLeft = today.days(until: original.expires)
        let ended = original.hasEnded(on: today) && original.endDate <= today
        return OriginalStatus(
            original: original, daysLeft: daysLeft,
            lifecycle: Lifecycle(of: original, on: today, settings: settings),
            nearEnd: !ended && daysLeft <= settings.nearEndDays,
            replacements: customer.replacements(of: original.id).map(\.id),
            ended: ended
        )
    }

    /// An original still matters for the move until its data is deleted.
    private func needsReplacement(_ status: OriginalStatus) -> Bool {
        !isDeleted(status) && status.replacements.isEmpty
    }

    /// Its replacements have fewer seats than it has users.
    private func lacksSeats(_ status: OriginalStatus, in customer: Customer) -> Bool {
        let replacements = customer.replacements(of: status.original.id)
        return !replacements.isEmpty && !isDeleted(status) && replacements.reduce(0) { $0 + $1.seats } < status.original.assigned
    }

    func stage(of customer: Customer, statuses: [OriginalStatus]) -> MigrationStage {
        guard customer.isAccepted else { return .invite }
        if statuses.contains(where: { needsReplacement($0) || lacksSeats($0, in: customer) }) || customer.cspSubscriptions.isEmpty {
            return .provision
        }
        if statuses.contains(where: { !$0.ended }) { return .retire }
        return .complete
    }

    // MARK: - Findings

    func findings(for customer: Customer, statuses: [OriginalStatus], on today: CalendarDate) -> [Finding] {
        var findings: [Finding] = []
        if let invitation = customer.invitation, invitation.acceptedOn == nil {
            let pending = invitation.sentOn.days(until: today)
            if pending > settings.inviteStaleDays {
                findings.append(.inviteStale(InviteStale(sentOn: invitation.sentOn, daysPending: pending, email: invitation.email)))
            }
        }
        for status in statuses {
            findings += self.findings(for: status, in: customer, on: today)
        }
        for subscription in customer.cspSubscriptions {
            let closesOn = subscription.provisionedOn.adding(days: settings.cspCorrectionDays)
            if subscription.provisionedOn <= today, today < closesOn {
                findings.append(.cspWindow(CSPWindow(
                    subscription: subscription.id, offer: subscription.offer, seats: subscription.seats,
                    provisionedOn: subscription.provisionedOn, closesOn: closesOn, daysLeft: today.days(until: closesOn))))
            }
        }
        // Stable order: by urgency, then by the subject's id, then by code.
        return findings.sorted {
            ($0.urgency, $0.subject?.description ?? "", $0.code.rawValue) < ($1.urgency, $1.subject?.description ?? "", $1.code.rawValue)
        }
    }

    private func findings(for status: OriginalStatus, in customer: Customer, on today: CalendarDate) -> [Finding] {
        let original = status.original
        var findings: [Finding] = []
        let replacements = customer.replacements(of: original.id)

        if replacements.isEmpty, status.ended || status.nearEnd {
            if let gap = coverageGap(for: status, accepted: customer.isAccepted, on: today) {
                findings.append(.coverageGap(gap))
            }
        }
        // Users short of a CSP seat stay short after the original ends, until its data is gone.
        if lacksSeats(status, in: customer) {
            let seats = replacements.reduce(0) { $0 + $1.seats }
            findings.append(.seatShortfall(SeatShortfall(
                original: original.id, offer: original.offer, assigned: original.assigned,
                cspSeats: seats, usersWithoutLicense: original.assigned - seats, daysLeft: status.daysLeft)))
        }
        if !status.ended {
            if original.autoRenew, status.nearEnd {
                findings.append(.autoRenew(AutoRenew(license: original.id, offer: original.offer, expires: original.expires, daysLeft: status.daysLeft)))
            }
            for replacement in replacements {
                if let overlap = overlap(of: original, with: replacement) {
                    findings.append(.overlap(overlap))
                }
            }
        }
        // Until reassigned, users hold a license that is ending or gone: the warning stays.
        if !isDeleted(status) {
            for replacement in replacements where replacement.reassignedOn == nil && !sameOffer(replacement.offer, original.offer) {
                findings.append(.offerChange(OfferChange(
                    original: original.id, originalOffer: original.offer, replacement: replacement.id,
                    newOffer: replacement.offer, users: original.assigned, deadline: original.expires,
                    daysLeft: status.daysLeft)))
            }
        }
        return findings
    }

    private func isDeleted(_ status: OriginalStatus) -> Bool {
        if case .deleted = status.lifecycle { return true }
        return false
    }

    private func coverageGap(for status: OriginalStatus, accepted: Bool, on today: CalendarDate) -> CoverageGap? {
        let lifecycle = status.lifecycle
        var loseAccess: Int?
        var deleted: Int?
        switch lifecycle {
        case .active:
            loseAccess = today.days(until: status.original.endDate.adding(days: status.original.wasCancelledBeforeEnd ? 0 : settings.expiredStageDays))
            deleted = nil
        case .expired(let on):
            loseAccess = today.days(until: on)
            deleted = today.days(until: on.adding(days: settings.disabledStageDays))
        case .disabled(let on):
            deleted = today.days(until: on)
        case .deleted:
            // The data is gone: nothing left to protect, so no warning.
            return nil
        }
        return CoverageGap(
            license: status.original.id, offer: status.original.offer, assigned: status.original.assigned,
            endDate: status.original.endDate, daysLeft: today.days(until: status.original.endDate),
            lifecycle: lifecycle, daysUntilUsersLoseAccess: loseAccess, daysUntilDataDeleted: deleted,
            accepted: accepted)
    }

    /// The days both are paid for: from provisioning until the original ends.
    func overlap(of original: OriginalSubscription, with replacement: CSPSubscription) -> Overlap? {
        let days = replacement.provisionedOn.days(until: original.endDate)
        guard days > 0 else { return nil }
        return Overlap(
            original: original.id, replacement: replacement.id, from: replacement.provisionedOn,
            until: original.endDate, days: days,
            cost: original.pricePerSeatMonth.map { value(of: original.seats, seatsAt: $0, for: days) })
    }

    /// seats × price per seat per month × months, with a month taken as 365/12 days.
    public func value(of seats: Int, seatsAt price: Money, for days: Int) -> Money {
        let amount = Decimal(seats) * price.amount * Decimal(days) * 12 / 365
        return Money(amount: amount.rounded(scale: 2), currency: price.currency)
    }

    // MARK: - Next action

    func nextAction(for customer: Customer, statuses: [OriginalStatus], findings: [Finding], on today: CalendarDate) -> NextAction {
        guard let invitation = customer.invitation else { return .invite }
        guard invitation.acceptedOn != nil else {
            let pending = invitation.sentOn.days(until: today)
            return .awaitAcceptance(sentOn: invitation.sentOn, daysPending: pending, stale: pending > settings.inviteStaleDays)
        }
        if statuses.isEmpty, customer.cspSubscriptions.isEmpty { return .recordOriginals }

        let uncovered = statuses.filter(needsReplacement).sorted { ($0.original.endDate, $0.original.id) < ($1.original.endDate, $1.original.id) }
        if let first = uncovered.first {
            let original = first.original
            return .provision(original: original.id, offer: original.offer, seats: max(original.assigned, 1), endDate: original.endDate)
        }
        let shortfalls = findings.compactMap { finding -> SeatShortfall? in
            if case .seatShortfall(let shortfall) = finding { return shortfall }
            return nil
        }
        if let shortfall = shortfalls.first {
            return .addSeats(original: shortfall.original, offer: shortfall.offer, missing: shortfall.usersWithoutLicense)
        }
        let changes = findings.compactMap { finding -> OfferChange? in
            if case .offerChange(let change) = finding { return change }
            return nil
        }
        if let earliest = changes.map(\.deadline).min() {
            return .reassign(users: changes.reduce(0) { $0 + $1.users }, deadline: earliest)
        }
        let running = statuses.filter { !$0.ended }.sorted { ($0.original.expires, $0.original.id) < ($1.original.expires, $1.original.id) }
        if let renewing = running.first(where: { $0.original.autoRenew }) {
            return .turnOffAutoRenew(license: renewing.original.id, expires: renewing.original.expires)
        }
        if let first = running.first {
            if first.nearEnd {
                return .retire(license: first.original.id, expires: first.original.expires, daysLeft: first.daysLeft)
            }
            return .waitForWindow(license: first.original.id, opensOn: windowOpens(for: first.original), expires: first.original.expires)
        }
        return .complete
    }

    /// The first day an original counts as near its end.
    public func windowOpens(for original: OriginalSubscription) -> CalendarDate {
        original.expires.adding(days: -settings.nearEndDays)
    }

    // MARK: - Cancellation

    /// What cancelling `original` on `date` would cost, or nil when it is near enough to its end
    /// that nothing worth warning about is lost. No refund on a cancelled original: seed, step 3.
    public func earlyCancellation(of original: OriginalSubscription, in customer: Customer, on date: CalendarDate) -> EarlyCancellation? {
        let daysLeft = date.days(until: original.expires)
        guard daysLeft > settings.nearEndDays else { return nil }
        return EarlyCancellation(
            license: original.id, offer: original.offer, expires: original.expires, daysLeft: daysLeft,
            forfeited: original.pricePerSeatMonth.map { value(of: original.seats, seatsAt: $0, for: daysLeft) },
            recommendedFrom: windowOpens(for: original),
            usersLoseAccessAtOnce: customer.replacements(of: original.id).isEmpty,
            program: customer.program)
    }
}
