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
        let pools = Pool.all(in: customer, statuses: statuses)
        let stage = stage(of: customer, statuses: statuses, pools: pools)
        let findings = self.findings(for: customer, statuses: statuses, pools: pools, stage: stage, on: today)
        let plan = statuses.map { self.plan(for: $0.original, in: customer, on: today) }
        return Guidance(
            handle: customer.handle, name: customer.name, program: customer.program, today: today,
            stage: stage,
            invitation: customer.invitation, originals: statuses,
            cspSubscriptions: customer.cspSubscriptions,
            findings: findings,
            nextAction: nextAction(for: customer, statuses: statuses, pools: pools, findings: findings, plan: plan, on: today),
            plan: plan
        )
    }

    func status(of original: OriginalSubscription, in customer: Customer, on today: CalendarDate) -> OriginalStatus {
        let daysLeft = today.days(until: original.expires)
        let ended = original.hasEnded(on: today) && original.endDate <= today
        let stages = settings.stages(for: customer)
        let dates = Lifecycle.dates(of: original, stages: stages)
        return OriginalStatus(
            original: original, daysLeft: daysLeft,
            lifecycle: Lifecycle(of: original, on: today, stages: stages),
            nearEnd: !ended && daysLeft <= settings.nearEndDays,
            stages: stages, usersLoseAccessOn: dates.usersLoseAccess, dataDeletedOn: dates.dataDeleted,
            replacements: customer.replacements(of: original.id).map(\.id),
            ended: ended,
            replacementNeeded: Self.needsReplacing(original),
            probablyRenewed: probablyRenewed(original, in: customer, on: today)
        )
    }

    /// The originals of `customer` that a new CSP subscription of `offer` may take over from on
    /// `today`: the rule `Guidance.originalsAwaitingReplacement(like:)` applies, for a record
    /// being built (an import) before any guidance is drawn from it.
    public func originalsAwaitingReplacement(by offer: String, in customer: Customer, on today: CalendarDate) -> [LicenseID] {
        customer.originals.map { status(of: $0, in: customer, on: today) }.filter { $0.awaitsReplacement(by: offer) }.map(\.original.id)
    }

    /// An original with users needs a replacement, even once its data is deleted: its users are
    /// still without service. One nobody uses needs none at any stage: nobody loses access when it
    /// ends, so buying seats for it is the customer's choice (for new users), not a step of the
    /// move. A count of users not recorded is taken as every seat (`license add`), never as none.
    static func needsReplacing(_ original: OriginalSubscription) -> Bool {
        original.assigned > 0
    }

    /// Whether a new CSP subscription may take over from `original` in `lifecycle`: any original
    /// except an unused one whose data is deleted, since nothing is left of it to take over. One
    /// nobody uses needs no replacement (`needsReplacing`), but the customer may still want its
    /// seats kept for new users.
    public static func mayBeReplaced(_ original: OriginalSubscription, lifecycle: Lifecycle) -> Bool {
        if case .deleted = lifecycle { return original.assigned > 0 }
        return true
    }

    /// Whether a CSP subscription provisioned on `date` may take over from `original` (`mayBeReplaced`).
    func mayBeReplaced(_ original: OriginalSubscription, in customer: Customer, on date: CalendarDate) -> Bool {
        Self.mayBeReplaced(original, lifecycle: Lifecycle(of: original, on: date, stages: settings.stages(for: customer)))
    }

    private func needsReplacement(_ status: OriginalStatus) -> Bool {
        status.replacements.isEmpty && status.replacementNeeded
    }

    /// Finished means every user is licensed: nothing is missing a replacement or seats, and no
    /// reassignment is owed. With no CSP subscription yet, only originals that need none (nobody
    /// uses them, `needsReplacing`) leave nothing to provision, as the next action says.
    func stage(of customer: Customer, statuses: [OriginalStatus], pools: [Pool]) -> MigrationStage {
        guard customer.isAccepted else { return .invite }
        let nothingBought = customer.cspSubscriptions.isEmpty && (statuses.isEmpty || statuses.contains(where: \.replacementNeeded))
        if statuses.contains(where: needsReplacement) || pools.contains(where: { $0.shortfall > 0 }) || nothingBought {
            return .provision
        }
        if statuses.contains(where: { !$0.ended || owesReassignment($0, in: customer) }) { return .retire }
        return .complete
    }

    /// Users never moved to the new offer are owed it for as long as they exist, data deleted or not.
    private func owesReassignment(_ status: OriginalStatus, in customer: Customer) -> Bool {
        status.original.assigned > 0 && !unreassigned(status.original, in: customer).isEmpty
    }

    /// Replacements with another offer whose users were not moved to it yet.
    private func unreassigned(_ original: OriginalSubscription, in customer: Customer) -> [CSPSubscription] {
        customer.replacements(of: original.id).filter { $0.reassignedOn == nil && !sameOffer($0.offer, original.offer) }
    }

    // MARK: - Findings

    func findings(for customer: Customer, statuses: [OriginalStatus], pools: [Pool], stage: MigrationStage, on today: CalendarDate) -> [Finding] {
        var findings: [Finding] = []
        if let invitation = customer.invitation, invitation.acceptedOn == nil {
            let pending = invitation.sentOn.days(until: today)
            if pending > settings.inviteStaleDays {
                findings.append(.inviteStale(InviteStale(sentOn: invitation.sentOn, daysPending: pending, email: invitation.email)))
            }
        }
        if stage != .complete, let gdap = customer.gdap {
            findings += gdapFindings(gdap, on: today)
        }
        for status in statuses {
            findings += self.findings(for: status, in: customer, on: today)
        }
        for pool in pools {
            findings += self.findings(for: pool, in: customer, on: today)
        }
        findings += adminRightsFindings(findings, in: customer, on: today)
        for subscription in customer.cspSubscriptions where subscription.cancelledOn == nil {
            // No purchase date, no window to promise: say it is unknown until someone records it.
            guard let provisionedOn = subscription.provisionedOn, let termEndsOn = subscription.termEndsOn else {
                findings.append(.purchaseDateUnknown(PurchaseDateUnknown(subscription: subscription.id, offer: subscription.offer)))
                continue
            }
            let closesOn = provisionedOn.adding(days: settings.cspCorrectionDays)
            if provisionedOn <= today, today < closesOn {
                findings.append(.cspWindow(CSPWindow(
                    subscription: subscription.id, offer: subscription.offer, seats: subscription.seats,
                    provisionedOn: provisionedOn, closesOn: closesOn, daysLeft: today.days(until: closesOn),
                    term: subscription.term, billing: subscription.billing, termEndsOn: termEndsOn,
                    committed: subscription.committed)))
            }
        }
        let running = statuses.reduce(0) { $0 + ($1.ended ? 0 : 1) }
        if running > settings.tenantSubscriptionLimit {
            findings.append(.tenantLimit(TenantLimit(
                running: running, limit: settings.tenantSubscriptionLimit,
                expiredStageDays: settings.stages(for: customer).expiredDays)))
        }
        // Stable order: by urgency, then by the subject's id, then by code.
        return findings.sorted {
            ($0.urgency, $0.subject?.description ?? "", $0.code.rawValue) < ($1.urgency, $1.subject?.description ?? "", $1.code.rawValue)
        }
    }

    private func gdapFindings(_ gdap: GDAPRelationship, on today: CalendarDate) -> [Finding] {
        switch gdap.state(on: today, settings: settings) {
        case .pending(let since, let lapsesOn):
            let pending = since.days(until: today)
            guard pending > settings.gdapStaleDays else { return [] }
            return [.gdapStale(GDAPStale(requestedOn: since, daysPending: pending, lapsesOn: lapsesOn, lapsed: false))]
        case .lapsed(let on):
            return [.gdapStale(GDAPStale(requestedOn: gdap.requestedOn, daysPending: gdap.requestedOn.days(until: today), lapsesOn: on, lapsed: true))]
        case .active(let until):
            let left = today.days(until: until)
            guard left <= settings.gdapExpiringDays else { return [] }
            return [.gdapExpiring(GDAPExpiring(expiresOn: until, daysLeft: left))]
        case .ended:
            return []
        }
    }

    private func findings(for status: OriginalStatus, in customer: Customer, on today: CalendarDate) -> [Finding] {
        let original = status.original
        var findings: [Finding] = []
        let replacements = customer.replacements(of: original.id)
        // Not expired: renewed. Its users keep their licenses, and what matters is the new term.
        if probablyRenewed(original, in: customer, on: today) {
            return [.autoRenew(AutoRenew(
                license: original.id, offer: original.offer, expires: original.expires, daysLeft: status.daysLeft,
                recorded: original.autoRenew != nil, renewedOn: original.expires, account: customer.billingAccount,
                refundClosesOn: original.expires.adding(days: settings.mcaRefundDays),
                refundDaysLeft: today.days(until: original.expires.adding(days: settings.mcaRefundDays))))]
        }

        // One nobody uses leaves no gap: nobody loses access, and its plan and next step say so.
        if replacements.isEmpty, status.replacementNeeded, status.ended || status.nearEnd {
            if status.lifecycle.usersHaveAccess {
                let plan = plan(for: original, in: customer, on: today)
                var gap = coverageGap(for: status, accepted: customer.isAccepted, latest: plan.provisionBy, program: customer.program, on: today)
                // Before the plan's first day the gap is a date to keep, not a purchase to make now.
                if today < plan.provisionFrom { gap.provisionFrom = plan.provisionFrom }
                findings.append(.coverageGap(gap))
            } else if let unlicensed = unlicensed(status, users: original.assigned, cause: .noReplacement, on: today) {
                findings.append(.usersUnlicensed(unlicensed))
            }
        }
        // A price typed in the wrong currency would make every amount about it wrong; one really
        // billed in another currency is stated in its own, never added to the others.
        if let price = original.pricePerSeatMonth, let currency = customer.billingCurrency, price.currency != currency, !isDeleted(status) {
            findings.append(.currencyMismatch(CurrencyMismatch(original: original.id, offer: original.offer, price: price, customerCurrency: currency)))
        }
        if !status.ended {
            if original.mayRenew, status.nearEnd, customer.program.hasRecurringBilling {
                findings.append(.autoRenew(AutoRenew(
                    license: original.id, offer: original.offer, expires: original.expires, daysLeft: status.daysLeft,
                    recorded: original.autoRenew != nil)))
            }
            if let overlap = overlap(of: original, with: replacements, in: customer, on: today) {
                findings.append(.overlap(overlap))
            }
            if let window = refundWindow(of: original, in: customer, covered: !replacements.isEmpty || !status.replacementNeeded, on: today) {
                findings.append(.refundWindow(window))
            }
        }
        // Until reassigned, users hold a license that is ending or gone: the deadline moves with
        // the lifecycle, and once users have lost access the warning becomes the most urgent (also
        // once the data is deleted: the users are still without service).
        for replacement in unreassigned(original, in: customer) {
            let deadline: (CalendarDate, Deadline)
            switch status.lifecycle {
            case .active: deadline = (original.endDate, .originalEnds)
            case .expired(let until): deadline = (until, .usersLoseAccess)
            case .disabled, .deleted:
                if let unlicensed = unlicensed(status, users: original.assigned, cause: .notReassigned, on: today) {
                    findings.append(.usersUnlicensed(unlicensed))
                }
                continue
            }
            findings.append(.offerChange(OfferChange(
                original: original.id, originalOffer: original.offer, replacement: replacement.id,
                newOffer: replacement.offer, users: original.assigned, deadline: deadline.0, deadlineKind: deadline.1,
                daysLeft: today.days(until: deadline.0))))
        }
        return findings
    }

    /// Shortfall and surplus are judged over a pool: the originals that share CSP subscriptions,
    /// since a user holds a license of the offer, not of one subscription.
    private func findings(for pool: Pool, in customer: Customer, on today: CalendarDate) -> [Finding] {
        var findings: [Finding] = []
        guard let first = pool.statuses.first else { return [] }
        if pool.shortfall > 0 {
            if let lost = pool.statuses.first(where: { !$0.lifecycle.usersHaveAccess }),
               let unlicensed = unlicensed(lost, users: pool.shortfall, cause: .seatShortfall, on: today) {
                findings.append(.usersUnlicensed(unlicensed))
            } else {
                // Seats of one offer pool in the tenant: the missing ones go onto the subscription
                // already there (its own offer first), not into a new one.
                if let addTo = pool.seatsTarget(for: first.original) {
                    findings.append(.seatShortfall(SeatShortfall(
                        original: first.original.id, originals: pool.statuses.map(\.original.id), offer: first.original.offer,
                        assigned: pool.users, cspSeats: pool.seats, usersWithoutLicense: pool.shortfall, daysLeft: first.daysLeft,
                        addTo: addTo, correctionDays: settings.cspCorrectionDays)))
                }
            }
        }
        // Without a purchase date the window and the term's end are unknown (I-PURCHASE-DATE-UNKNOWN says so).
        if pool.shortfall < 0, let subscription = pool.subscriptions.max(by: { $0.seats < $1.seats }),
           let provisionedOn = subscription.provisionedOn, let termEndsOn = subscription.termEndsOn, today <= termEndsOn {
            let surplus = -pool.shortfall
            let closes = provisionedOn.adding(days: settings.cspCorrectionDays)
            // What the surplus still costs: the days left to pay, today through the term's last day.
            let daysStillPaid = max(today, provisionedOn).days(until: termEndsOn) + 1
            findings.append(.seatSurplus(SeatSurplus(
                subscription: subscription.id, offer: subscription.offer, seats: pool.seats, users: pool.users, surplus: surplus,
                windowClosesOn: closes, daysLeftInWindow: today.days(until: closes), termEndsOn: termEndsOn,
                cost: subscription.pricePerSeatMonth.map { value(of: surplus, seatsAt: $0, for: daysStillPaid) })))
        }
        return findings
    }

    /// W-NO-ADMIN-RIGHTS: reassignments are owed and nobody on the partner side may make them.
    private func adminRightsFindings(_ findings: [Finding], in customer: Customer, on today: CalendarDate) -> [Finding] {
        let changes = findings.compactMap { finding -> OfferChange? in
            if case .offerChange(let change) = finding { return change }
            return nil
        }
        guard !changes.isEmpty, !customer.hasAdminRights(on: today, settings: settings) else { return [] }
        // One line per original: several replacements of one original share its users and deadline.
        var owed: [OwedReassignment] = []
        for change in changes where !owed.contains(where: { $0.original == change.original }) {
            owed.append(OwedReassignment(
                original: change.original, offer: change.originalOffer, users: change.users,
                deadline: change.deadline, deadlineKind: change.deadlineKind, daysLeft: change.daysLeft))
        }
        owed.sort { ($0.deadline, $0.original) < ($1.deadline, $1.original) }
        guard let earliest = owed.first else { return [] }
        return [.noAdminRights(NoAdminRights(
            original: earliest.original, users: owed.reduce(0) { $0 + $1.users }, deadline: earliest.deadline,
            daysLeft: earliest.daysLeft, owed: owed, gdap: customer.gdap?.state(on: today, settings: settings),
            roles: customer.gdap?.roles ?? []))]
    }

    private func isDeleted(_ status: OriginalStatus) -> Bool {
        if case .deleted = status.lifecycle { return true }
        return false
    }

    private func coverageGap(for status: OriginalStatus, accepted: Bool, latest: CalendarDate, program: Program, on today: CalendarDate) -> CoverageGap {
        var loseAccess: Int?
        var deleted: Int?
        switch status.lifecycle {
        case .active:
            loseAccess = today.days(until: status.usersLoseAccessOn)
        case .expired(let on):
            loseAccess = today.days(until: on)
            deleted = today.days(until: status.dataDeletedOn)
        case .disabled(let on):
            deleted = today.days(until: on)
        case .deleted:
            break
        }
        return CoverageGap(
            license: status.original.id, offer: status.original.offer, assigned: status.original.assigned,
            endDate: status.original.endDate, daysLeft: today.days(until: status.original.endDate),
            lifecycle: status.lifecycle, stages: status.stages,
            usersLoseAccessOn: status.usersLoseAccessOn, dataDeletedOn: status.dataDeletedOn,
            daysUntilUsersLoseAccess: loseAccess, daysUntilDataDeleted: deleted,
            accepted: accepted, latest: latest, daysUntilLatest: today.days(until: latest),
            graceUncertain: program.isVolumeLicensing && !status.original.wasCancelledBeforeEnd)
    }

    /// Users without service, from the day they lost access; once the data is deleted they are
    /// still without service, and that is the worst state of all (`daysUntilDataDeleted` ≤ 0).
    private func unlicensed(_ status: OriginalStatus, users: Int, cause: UsersUnlicensed.Cause, on today: CalendarDate) -> UsersUnlicensed? {
        guard !status.lifecycle.usersHaveAccess, users > 0 else { return nil }
        return UsersUnlicensed(
            original: status.original.id, offer: status.original.offer, users: users,
            since: status.usersLoseAccessOn, dataDeletedOn: status.dataDeletedOn,
            daysUntilDataDeleted: today.days(until: status.dataDeletedOn), cause: cause)
    }

    /// I-REFUND-WINDOW: a web-direct original that cancelling on `today` would still refund on an
    /// MCA account (recorded, or possible when the account is unknown): the days left to move at no loss.
    func refundWindow(of original: OriginalSubscription, in customer: Customer, covered: Bool, on today: CalendarDate) -> RefundWindow? {
        let closes: CalendarDate
        switch refund(for: original, in: customer, on: today) {
        case .mcaInsideWindow(let on): closes = on
        case .accountUnknown(_, let on?) where today < on: closes = on
        default: return nil
        }
        return RefundWindow(
            license: original.id, offer: original.offer, startedOn: original.startedOn, closesOn: closes,
            daysLeft: today.days(until: closes), expires: original.expires,
            accountKnown: customer.billingAccount == .mca, covered: covered)
    }

    /// The refund cancelling `original` on `date` would bring, when it brings one: then the days
    /// paid twice are not lost, provided the original is cancelled in time.
    private func recovery(of original: OriginalSubscription, in customer: Customer, on date: CalendarDate) -> CancellationRefund? {
        let refund = refund(for: original, in: customer, on: date)
        return refund.paidTime == .refunded ? refund : nil
    }

    /// The days both are paid for, once per original however many subscriptions replace it: from
    /// the first replacement's provisioning until the original ends. A replacement that also takes
    /// over from other originals is valued here only for this one's share of its seats.
    func overlap(of original: OriginalSubscription, with replacements: [CSPSubscription], in customer: Customer, on today: CalendarDate) -> Overlap? {
        guard let from = replacements.compactMap(\.provisionedOn).min() else { return nil }
        let days = from.days(until: original.endDate)
        guard days > 0 else { return nil }
        let paid = replacements.compactMap { subscription in
            subscription.provisionedOn.map {
                (subscription, seats: seatShares(of: subscription, in: customer)[original.id] ?? 0, days: max(0, $0.days(until: original.endDate)))
            }
        }
        let shared = sharedSeats(of: replacements, in: customer, beside: original.id)
        let seats = paid.reduce(0) { $0 + $1.seats }
        // Replacements whose seats all serve other originals' users: nothing of this one is paid twice.
        guard seats > 0 else { return nil }
        let costs = paid.map { secondPayment(of: $0.0, seats: $0.seats, for: $0.days, replacing: original) }
        let cost = costs.compactMap(\.value).reduce(Money?.none) { total, next in
            guard let total else { return next }
            return total.currency == next.currency ? Money(amount: total.amount + next.amount, currency: next.currency) : total
        }
        return Overlap(
            original: original.id, replacements: replacements.map(\.id), from: from,
            until: original.endDate, days: days,
            // Unpriced or in two currencies, the sum would mislead: no amount then.
            cost: costs.allSatisfy { $0.value?.currency == cost?.currency } ? cost : nil,
            recoverable: recovery(of: original, in: customer, on: today),
            cspSeats: seats, atOriginalPrice: costs.contains { $0.atOriginalPrice }, shared: shared)
    }

    /// How the seats of `subscription` divide between the originals it replaces, so that each seat
    /// is valued once when days paid twice are counted per original: a seat is paid twice while the
    /// original its user leaves still runs, and the users of the original that ends first need
    /// theirs first, so each original's users take their seats in the order the originals end.
    /// Subscriptions that share originals divide their seats together, each original's users
    /// served once: two subscriptions replacing the same two originals serve one each, not both
    /// the first. An original's users take seats from its earliest provisioned replacement first.
    /// A subscription's seats beyond those users go with the last-ending original it replaces, as
    /// with a single original, since they are paid while any of them runs.
    public func seatShares(of subscription: CSPSubscription, in customer: Customer) -> [LicenseID: Int] {
        let group = subscriptionsSharingOriginals(with: subscription, in: customer)
        let replaced = customer.originals.filter { original in group.contains { $0.replaces.contains(original.id) } }
            .sorted { ($0.endDate, $0.id) < ($1.endDate, $1.id) }
        var left = Dictionary(group.map { ($0.id, $0.seats) }, uniquingKeysWith: { first, _ in first })
        var shares: [LicenseID: Int] = [:]
        for original in replaced {
            var users = original.assigned
            for replacement in group where replacement.replaces.contains(original.id) {
                let share = min(users, left[replacement.id] ?? 0)
                left[replacement.id, default: 0] -= share
                users -= share
                if replacement.id == subscription.id { shares[original.id] = share }
            }
        }
        guard let last = replaced.last(where: { subscription.replaces.contains($0.id) }) else { return [:] }
        shares[last.id, default: 0] += left[subscription.id] ?? 0
        return shares
    }

    /// `subscription` with every active one linked to it through originals they replace (a pool,
    /// `Pool.all`), earliest provisioned first: the order their seats serve an original's users.
    private func subscriptionsSharingOriginals(with subscription: CSPSubscription, in customer: Customer) -> [CSPSubscription] {
        let others = customer.cspSubscriptions.filter { $0.cancelledOn == nil && $0.id != subscription.id }
        var group = [subscription]
        var originals = Set(subscription.replaces)
        var added = true
        while added {
            added = false
            for other in others where !group.contains(where: { $0.id == other.id }) && other.replaces.contains(where: originals.contains) {
                group.append(other)
                originals.formUnion(other.replaces)
                added = true
            }
        }
        // Not provisioned yet (a plan being checked): after those that are.
        return group.sorted { first, second in
            switch (first.provisionedOn, second.provisionedOn) {
            case let (one?, two?): (one, first.id) < (two, second.id)
            case (_?, nil): true
            case (nil, _?): false
            case (nil, nil): first.id < second.id
            }
        }
    }

    /// The seats of `replacements`, when some of them serve the users of originals other than
    /// `original` (those are named); nil when every seat is `original`'s.
    private func sharedSeats(of replacements: [CSPSubscription], in customer: Customer, beside original: LicenseID) -> SharedSeats? {
        var others: Set<LicenseID> = []
        for subscription in replacements where subscription.replaces.contains(where: { $0 != original }) {
            for (id, share) in seatShares(of: subscription, in: customer) where id != original && share > 0 { others.insert(id) }
        }
        guard !others.isEmpty else { return nil }
        return SharedSeats(seats: replacements.reduce(0) { $0 + $1.seats }, with: others.sorted())
    }

    /// What `seats` of `subscription` cost over `days`: the payment made twice while the prepaid
    /// original still runs. At its own price; without one, at the original's price per seat, an
    /// estimate the wording says.
    func secondPayment(of subscription: CSPSubscription, seats: Int, for days: Int, replacing original: OriginalSubscription) -> (value: Money?, atOriginalPrice: Bool) {
        if let price = subscription.pricePerSeatMonth { return (value(of: seats, seatsAt: price, for: days), false) }
        return (original.pricePerSeatMonth.map { value(of: seats, seatsAt: $0, for: days) }, original.pricePerSeatMonth != nil)
    }

    /// seats × price per seat per month × months, with a month taken as 365/12 days.
    public func value(of seats: Int, seatsAt price: Money, for days: Int) -> Money {
        if let cents = Self.centsOfValue(seats: seats, price: price.amount, days: days) {
            return Money(amount: Decimal(cents: cents), currency: price.currency)
        }
        let amount = Decimal(seats) * price.amount * Decimal(days) * 12 / 365
        return Money(amount: amount.rounded(scale: 2), currency: price.currency)
    }

    /// `value(of:seatsAt:for:)` in whole cents as one exact fraction, rounded half away from zero
    /// like `rounded(scale:)`, a negative price giving negative cents; nil when the seats or the
    /// days are negative, or a figure does not fit 64 bits. Decimal arithmetic and rounding were
    /// most of the rules' cost for a customer with prices.
    static func centsOfValue(seats: Int, price: Decimal, days: Int) -> Int64? {
        guard seats >= 0, days >= 0, let digits = price.exactSignificand else { return nil }
        // seats × digits × 10^exponent × days × 12 / 365, in cents: × 100.
        var numerator = UInt64(seats)
        for factor in [digits, UInt64(days), 12] {
            let (product, overflow) = numerator.multipliedReportingOverflow(by: factor)
            guard !overflow else { return nil }
            numerator = product
        }
        var denominator: UInt64 = 365
        let shift = price.exponent + 2
        guard (-17...17).contains(shift) else { return nil }
        for _ in 0..<abs(shift) {
            if shift > 0 {
                let (product, overflow) = numerator.multipliedReportingOverflow(by: 10)
                guard !overflow else { return nil }
                numerator = product
            } else {
                denominator *= 10
            }
        }
        var cents = numerator / denominator
        let remainder = numerator % denominator
        if remainder >= denominator - remainder { cents += 1 }
        guard cents <= UInt64(Int64.max) else { return nil }
        return price.sign == .minus ? -Int64(cents) : Int64(cents)
    }

    // MARK: - Plan

    /// When to provision `original`'s replacement.
    public func plan(for original: OriginalSubscription, in customer: Customer, on today: CalendarDate) -> ProvisioningPlan {
        let replacements = customer.replacements(of: original.id)
        let offerChanges = replacements.contains { !sameOffer($0.offer, original.offer) }
        return plan(for: original, in: customer, offerChanges: offerChanges, on: today, replacements: replacements)
    }

    private func plan(
        for original: OriginalSubscription, in customer: Customer, offerChanges: Bool, on today: CalendarDate,
        replacements: [CSPSubscription]
    ) -> ProvisioningPlan {
        // Only an offer change makes someone assign licenses (DOMAIN: same offer, no reassignment),
        // so only then do missing admin rights matter and the longer lead apply.
        let longer = offerChanges
        let lead = longer ? settings.reassignmentLeadDays : settings.leadDays
        let end = original.endDate
        // Web direct keeps users working through the Expired stage; Volume Licensing changed its
        // grace figures in 2025, and retail or unknown programs give no grounds to rely on it.
        // Once an original has ended, its Expired stage is what is left: its last day, whatever
        // the program, since users keep access through it.
        let endedOriginal = ended(original, in: customer, on: today)
        var latest = customer.program == .mosp && !original.wasCancelledBeforeEnd
            ? end.adding(days: max(settings.stages(for: customer).expiredDays - 1, 0)) : end
        if case .expired(let loseAccessOn)? = endedOriginal?.lifecycle { latest = max(latest, loseAccessOn.adding(days: -1)) }
        return ProvisioningPlan(
            original: original.id, offer: original.offer, endDate: end, leadDays: lead, reassignmentLead: longer,
            provisionFrom: end.adding(days: -lead), provisionBy: latest,
            replacements: replacements.map(\.id), provisionedOn: replacements.compactMap(\.provisionedOn).min(),
            replacementNeeded: Self.needsReplacing(original),
            ended: endedOriginal)
    }

    /// Where an original whose end date has passed stands on `today`; nil while it runs.
    func ended(_ original: OriginalSubscription, in customer: Customer, on today: CalendarDate) -> EndedOriginal? {
        guard original.endDate <= today else { return nil }
        let stages = settings.stages(for: customer)
        let dates = Lifecycle.dates(of: original, stages: stages)
        return EndedOriginal(
            endedOn: original.endDate, lifecycle: Lifecycle(of: original, on: today, stages: stages), program: customer.program,
            stages: stages, usersLoseAccessOn: dates.usersLoseAccess, dataDeletedOn: dates.dataDeleted)
    }

    /// W-EARLY-PROVISION: `subscription` would take over from `original` before the plan's date.
    /// Its amounts count `original`'s share of the seats (`seatShares`): one subscription for
    /// several originals warns for each, and each seat is counted in one warning only.
    public func earlyProvision(of original: OriginalSubscription, by subscription: CSPSubscription, in customer: Customer) -> EarlyProvision? {
        guard let on = subscription.provisionedOn else { return nil }
        let plan = plan(for: original, in: customer, offerChanges: !sameOffer(subscription.offer, original.offer), on: on, replacements: [])
        guard on < plan.provisionFrom, original.ending == nil else { return nil }
        let seats = seatShares(of: subscription, in: customer)[original.id] ?? subscription.seats
        // Seats that all serve the other originals' users: nothing of this one is paid twice.
        guard seats > 0 else { return nil }
        let paidTwice = on.days(until: original.endDate)
        let avoidable = on.days(until: plan.provisionFrom)
        let payment = { (days: Int) in self.secondPayment(of: subscription, seats: seats, for: days, replacing: original) }
        return EarlyProvision(
            original: original.id, offer: original.offer, endDate: original.endDate, provisionOn: on,
            recommendedFrom: plan.provisionFrom, latest: plan.provisionBy,
            daysPaidTwice: paidTwice, paidTwice: payment(paidTwice).value,
            avoidableDays: avoidable, avoidable: payment(avoidable).value,
            recoverable: recovery(of: original, in: customer, on: on),
            cspSeats: seats, atOriginalPrice: payment(0).atOriginalPrice,
            shared: sharedSeats(of: [subscription], in: customer, beside: original.id))
    }

    // MARK: - Next action

    func nextAction(for customer: Customer, statuses: [OriginalStatus], pools: [Pool], findings: [Finding], plan: [ProvisioningPlan], on today: CalendarDate) -> NextAction {
        // A renewal's refund window is counted in days: before anything else.
        if let renewed = statuses.first(where: { probablyRenewed($0.original, in: customer, on: today) }) {
            return .checkRenewal(license: renewed.original.id, renewedOn: renewed.original.expires)
        }
        guard let invitation = customer.invitation else { return .invite }
        guard invitation.acceptedOn != nil else {
            let pending = invitation.sentOn.days(until: today)
            return .awaitAcceptance(sentOn: invitation.sentOn, daysPending: pending, stale: pending > settings.inviteStaleDays)
        }
        if statuses.isEmpty, customer.cspSubscriptions.isEmpty { return .recordOriginals }

        let uncovered = statuses.filter(needsReplacement).sorted { ($0.original.endDate, $0.original.id) < ($1.original.endDate, $1.original.id) }
        let firstPlan = uncovered.first.flatMap { status in plan.first { $0.original == status.original.id } }
        if let first = uncovered.first, let firstPlan, firstPlan.provisionFrom <= today {
            let original = first.original
            return .provision(
                original: original.id, offer: original.offer, seats: max(original.assigned, 1), endDate: original.endDate,
                latest: firstPlan.provisionBy, channelTransfer: customer.program == .ea && firstPlan.ended == nil, ended: firstPlan.ended)
        }
        // From the pools, not the findings: once users have lost access a shortfall is told as
        // W-USERS-UNLICENSED, and the seats are still missing.
        if let pool = pools.first(where: { $0.shortfall > 0 }), let first = pool.statuses.first, let addTo = pool.seatsTarget(for: first.original) {
            return .addSeats(
                original: first.original.id, offer: addTo.offer, missing: pool.shortfall,
                subscription: addTo.id, seats: addTo.seats + pool.shortfall)
        }
        for finding in findings {
            if case .noAdminRights(let rights) = finding {
                return .getAdminRights(users: rights.users, deadline: rights.deadline, gdap: rights.gdap)
            }
        }
        let changes = findings.compactMap { finding -> OfferChange? in
            if case .offerChange(let change) = finding { return change }
            return nil
        }
        if let earliest = changes.min(by: { $0.deadline < $1.deadline }) {
            // Users are counted once per original, however many replacements share them.
            var counted: Set<LicenseID> = []
            let users = changes.reduce(0) { sum, change in counted.insert(change.original).inserted ? sum + change.users : sum }
            return .reassign(users: users, deadline: earliest.deadline, kind: earliest.deadlineKind)
        }
        let running = statuses.filter { !$0.ended }.sorted { ($0.original.expires, $0.original.id) < ($1.original.expires, $1.original.id) }
        let renewing = customer.program.hasRecurringBilling ? running.first(where: { $0.original.mayRenew }) : nil
        if let first = uncovered.first, let firstPlan {
            var meanwhile: [Preparation] = []
            if !customer.hasAdminRights(on: today, settings: settings), !gdapPending(customer, on: today) { 
                // Once the reassignment lead time has begun, another offer is due now, not on a day gone.
                meanwhile.append(.requestGDAP(ifOfferChangesFrom: max(first.original.endDate.adding(days: -settings.reassignmentLeadDays), today)))
            }
            if let renewing { meanwhile.append(.turnOffRenewal(renewing.original.id)) }
            if customer.program == .ea { meanwhile.append(.renewToCSP) }
            return .waitToProvision(
                original: first.original.id, offer: first.original.offer, from: firstPlan.provisionFrom,
                latest: firstPlan.provisionBy, meanwhile: meanwhile)
        }
        // Nobody uses it and nothing replaces it: nothing to buy, only an end to let come, unless
        // cancelling now brings money back (then that, since nobody is cut off).
        let unused = { (status: OriginalStatus) in status.replacements.isEmpty && !status.replacementNeeded }
        for status in running where unused(status) {
            if let cancel = cancelUnused(status.original, in: customer, on: today) { return cancel }
        }
        if let renewing {
            if unused(renewing) {
                return .letUnusedEnd(
                    license: renewing.original.id, offer: renewing.original.offer, expires: renewing.original.expires,
                    program: customer.program, turnOffRenewal: true)
            }
            return .turnOffAutoRenew(license: renewing.original.id, expires: renewing.original.expires)
        }
        if let first = running.first {
            if unused(first) {
                return .letUnusedEnd(
                    license: first.original.id, offer: first.original.offer, expires: first.original.expires,
                    program: customer.program, turnOffRenewal: false)
            }
            if first.nearEnd {
                return .retire(
                    license: first.original.id, expires: first.original.expires, daysLeft: first.daysLeft, program: customer.program,
                    refund: refund(for: first.original, in: customer, on: today), onlineCancelLimit: onlineCancelLimit(for: first.original, in: customer))
            }
            return .waitForWindow(license: first.original.id, opensOn: windowOpens(for: first.original), expires: first.original.expires, program: customer.program)
        }
        // Done without a CSP subscription: no original had users to move.
        return customer.cspSubscriptions.contains { $0.cancelledOn == nil } ? .complete : .nothingToMove
    }

    /// Cancelling `original`, which nobody uses, on `today`, when that brings money back (or may,
    /// the billing account not recorded); nil when the paid time is lost either way.
    private func cancelUnused(_ original: OriginalSubscription, in customer: Customer, on today: CalendarDate) -> NextAction? {
        let refund = refund(for: original, in: customer, on: today)
        switch refund {
        case .proratedCredit, .mcaInsideWindow: break
        // Turning recurring billing off is right on either account: that first, then the choice.
        case .accountUnknown: if original.mayRenew { return nil }
        case .none, .mcaAfterWindow, .mcaStartUnknown: return nil
        }
        let left = paidTimeLeft(of: original, in: customer, on: today)
        guard left.days > 0 else { return nil }
        return .cancelUnused(
            license: original.id, offer: original.offer, expires: original.expires, refund: refund,
            refunded: left.value, onlineCancelLimit: onlineCancelLimit(for: original, in: customer))
    }

    /// A web-direct original past its end date with recurring billing on, or not recorded
    /// (Microsoft's default is on): it has most likely renewed for a new paid term, not expired.
    /// Web direct only: an unknown program gives no grounds to claim a renewal.
    public func probablyRenewed(_ original: OriginalSubscription, in customer: Customer, on today: CalendarDate) -> Bool {
        customer.program == .mosp && original.ending == nil && original.mayRenew && original.expires <= today
    }

    private func gdapPending(_ customer: Customer, on today: CalendarDate) -> Bool {
        if case .pending = customer.gdap?.state(on: today, settings: settings) { return true }
        return false
    }

    /// The first day an original counts as near its end.
    public func windowOpens(for original: OriginalSubscription) -> CalendarDate {
        original.expires.adding(days: -settings.nearEndDays)
    }

    // MARK: - Cancellation

    /// What cancelling `original` on `date` would cost, or nil when nothing worth warning about is
    /// lost: it is near enough to its end, or (web direct) a refund is due and a replacement covers
    /// the users. No refund otherwise: seed, step 3, and the web-direct rules by billing account.
    public func earlyCancellation(of original: OriginalSubscription, in customer: Customer, on date: CalendarDate) -> EarlyCancellation? {
        let daysLeft = date.days(until: original.expires)
        // The near-end window is web-direct advice (turn billing off, cancel near the end); a
        // prepaid Open or retail original gives nothing back, so any day before its end is early.
        let earlyFrom = customer.program.hasRecurringBilling ? settings.nearEndDays : 0
        guard daysLeft > earlyFrom else { return nil }
        // Nobody is cut off when replacements hold the users, or when it has none.
        let covered = !customer.replacements(of: original.id).isEmpty || !Self.needsReplacing(original)
        let refund = refund(for: original, in: customer, on: date)
        switch refund {
        case .proratedCredit, .mcaInsideWindow: if covered { return nil }
        default: break
        }
        let stages = settings.stages(for: customer)
        let remaining = paidTimeLeft(of: original, in: customer, on: date).value
        return EarlyCancellation(
            license: original.id, offer: original.offer, on: date, expires: original.expires, daysLeft: daysLeft,
            remainingValue: remaining, paidTime: refund.paidTime, forfeited: refund.paidTime == .lost ? remaining : nil,
            recommendedFrom: windowOpens(for: original),
            usersLoseAccessAtOnce: !covered, skippedExpiredDays: stages.expiredDays,
            usersLoseAccessOn: covered ? nil : date, dataDeletedOn: covered ? nil : date.adding(days: stages.disabledDays),
            program: customer.program, refund: refund, onlineCancelLimit: onlineCancelLimit(for: original, in: customer),
            autoRenew: original.autoRenew)
    }

    /// Microsoft lets a MOSA subscription be cancelled online only up to a number of licenses
    /// (above it: reduce first, or contact support). The limit when `original` is over it on a
    /// MOSA account, or on a web-direct account not recorded (it may be MOSA); nil otherwise.
    public func onlineCancelLimit(for original: OriginalSubscription, in customer: Customer) -> Int? {
        guard customer.program == .mosp, customer.billingAccount != .mca, original.seats > settings.mosaOnlineCancelSeats else { return nil }
        return settings.mosaOnlineCancelSeats
    }

    /// The paid days `original` still has if cancelled on `date`, what they are worth and whether
    /// they come back: inside the near-end window this is the "little" a cancellation costs.
    public func paidTimeLeft(of original: OriginalSubscription, in customer: Customer, on date: CalendarDate) -> PaidTimeLeft {
        let days = max(0, date.days(until: original.expires))
        return PaidTimeLeft(
            days: days, value: original.pricePerSeatMonth.map { value(of: original.seats, seatsAt: $0, for: days) },
            outcome: refund(for: original, in: customer, on: date).paidTime)
    }

    /// What the customer gets back for cancelling on `date`.
    public func refund(for original: OriginalSubscription, in customer: Customer, on date: CalendarDate) -> CancellationRefund {
        guard customer.program == .mosp else { return .none }
        let closes = original.startedOn.map { $0.adding(days: settings.mcaRefundDays) }
        switch customer.billingAccount {
        case .mosa: return .proratedCredit
        case .mca:
            guard let closes else { return .mcaStartUnknown(windowDays: settings.mcaRefundDays) }
            return date < closes ? .mcaInsideWindow(closesOn: closes) : .mcaAfterWindow(closedOn: closes)
        case .unknown: return .accountUnknown(windowDays: settings.mcaRefundDays, closesOn: closes)
        }
    }

    /// What cancelling `original` on `date` would cost: W-EARLY-CANCEL when paid time is lost or
    /// users are cut off before its end; W-USERS-UNLICENSED when its replacements lack seats for
    /// its users; otherwise W-COVERAGE-GAP when nothing replaces it (a cancelled subscription
    /// skips the Expired stage, so its users lose access that day).
    public func cancellationRisks(of original: OriginalSubscription, in customer: Customer, on date: CalendarDate) -> [Finding] {
        var risks: [Finding] = []
        if let early = earlyCancellation(of: original, in: customer, on: date) {
            risks.append(.earlyCancel(early))
        }
        if !customer.replacements(of: original.id).isEmpty {
            if let unlicensed = unlicensedIfCancelled(original, in: customer, on: date) {
                risks.append(.usersUnlicensed(unlicensed))
            }
            return risks
        }
        // The early-cancellation warning already says when users would lose access; with no
        // users, nobody does.
        guard risks.isEmpty, Self.needsReplacing(original) else { return risks }
        let stages = settings.stages(for: customer)
        let deletedOn = date.adding(days: stages.disabledDays)
        return [.coverageGap(CoverageGap(
            license: original.id, offer: original.offer, assigned: original.assigned,
            endDate: date, daysLeft: 0, lifecycle: .disabled(dataDeletedOn: deletedOn), stages: stages,
            usersLoseAccessOn: date, dataDeletedOn: deletedOn,
            daysUntilUsersLoseAccess: 0, daysUntilDataDeleted: date.days(until: deletedOn),
            accepted: customer.isAccepted, latest: date, daysUntilLatest: 0, graceUncertain: false, ifCancelled: true))]
    }

    /// The users a replacement with too few seats would leave without a license once `original`
    /// is cancelled on `date`: judged as `advise` would judge the customer that day, over the pool.
    private func unlicensedIfCancelled(_ original: OriginalSubscription, in customer: Customer, on date: CalendarDate) -> UsersUnlicensed? {
        var after = customer
        guard let index = after.originals.firstIndex(where: { $0.id == original.id }) else { return nil }
        after.originals[index].ending = .cancelled(on: date, early: date < original.expires)
        let statuses = after.originals.map { status(of: $0, in: after, on: date) }
        guard let pool = Pool.all(in: after, statuses: statuses).first(where: { $0.statuses.contains { $0.original.id == original.id } }),
              pool.shortfall > 0,
              let cancelled = pool.statuses.first(where: { $0.original.id == original.id })
        else { return nil }
        var unlicensed = unlicensed(cancelled, users: min(pool.shortfall, original.assigned), cause: .seatShortfall, on: date)
        unlicensed?.ifCancelled = true
        return unlicensed
    }
}

/// Originals that share CSP subscriptions, with the seats those subscriptions bring and the users
/// that need them.
struct Pool {
    var statuses: [OriginalStatus]
    var subscriptions: [CSPSubscription]

    /// Users of the originals, whose data still exists or not: they need a seat either way.
    var users: Int {
        statuses.reduce(0) { $0 + $1.original.assigned }
    }
    var seats: Int { subscriptions.reduce(0) { $0 + $1.seats } }

    /// Where missing seats go: the largest subscription of the original's own offer, else the
    /// largest of the pool.
    func seatsTarget(for original: OriginalSubscription) -> SeatsTarget? {
        let target = subscriptions.filter { sameOffer($0.offer, original.offer) }.max(by: { $0.seats < $1.seats })
            ?? subscriptions.max(by: { $0.seats < $1.seats })
        return target.map { SeatsTarget(id: $0.id, offer: $0.offer, seats: $0.seats) }
    }
    /// Users without a seat; negative when seats are left over.
    var shortfall: Int { users - seats }

    /// Every pool of the customer: originals joined by the subscriptions that replace them.
    static func all(in customer: Customer, statuses: [OriginalStatus]) -> [Pool] {
        var pools: [Pool] = []
        for subscription in customer.cspSubscriptions where subscription.cancelledOn == nil && !subscription.replaces.isEmpty {
            let joined = pools.indices.filter { index in
                pools[index].statuses.contains { subscription.replaces.contains($0.original.id) }
            }
            var pool = Pool(statuses: statuses.filter { subscription.replaces.contains($0.original.id) }, subscriptions: [subscription])
            for index in joined.reversed() {
                let other = pools.remove(at: index)
                pool.subscriptions = other.subscriptions + pool.subscriptions
                pool.statuses += other.statuses.filter { status in !pool.statuses.contains { $0.original.id == status.original.id } }
            }
            pool.statuses.sort { $0.original.id < $1.original.id }
            pools.append(pool)
        }
        return pools
    }
}
