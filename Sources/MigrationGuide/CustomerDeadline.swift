/// A date in a customer's move that staff must not miss: the first good day to cancel an original,
/// its end, the day users lose access and the day data is deleted, the close of a CSP subscription's
/// correction window, an invitation gone stale. Computed from the records and the guide's settings;
/// the timeline draws them and `export deadlines.ics` puts them in a calendar.
public struct CustomerDeadline: Hashable, Sendable, Encodable {
    public enum Kind: String, CaseIterable, Sendable, Encodable {
        /// The plan's first day to provision the original's replacement (step 2).
        case provisionFrom
        /// The plan's latest day to provision it without leaving users unlicensed.
        case provisionBy
        /// The near-end window opens: the time to retire the original (step 3), as its program
        /// allows (`Retirement`). After the plan's days on the same date: provisioning comes first.
        case nearEndOpens
        /// The original's term ends; after it, the Expired stage (users keep access).
        case originalEnds
        /// Disabled stage starts: users lose access, only admins reach the data.
        case usersLoseAccess
        /// End of the Disabled stage: the original's data is deleted.
        case dataDeleted
        /// A CSP subscription can no longer be reduced or cancelled with a prorated refund (the
        /// date W-CSP-WINDOW gives).
        case cspWindowCloses
        /// A pending invitation needs a follow-up.
        case invitationStale
        /// A GDAP request left unanswered lapses: admin rights must be asked for again.
        case adminRequestLapses
        /// The GDAP relationship ends: no more license assignments in the customer's tenant.
        case adminRightsExpire

        /// Missing it costs the customer money or service, so a calendar reminds ahead of it.
        public var costsMoneyOrService: Bool {
            switch self {
            case .provisionBy, .originalEnds, .usersLoseAccess, .dataDeleted, .cspWindowCloses, .adminRightsExpire: true
            case .nearEndOpens, .provisionFrom, .invitationStale, .adminRequestLapses: false
            }
        }
    }

    public var kind: Kind
    public var date: CalendarDate
    public var customer: Handle
    /// The subscription it belongs to; nil for the invitation and admin rights.
    public var subscription: LicenseID?
    public var offer: String?
    /// The original it belongs to is replaced: a CSP subscription has seats for its users and
    /// holds their licenses, so its dates are for the record and cost no service if missed.
    public var covered: Bool
    /// What staff can do with the original as its end nears (nil for the invitation, the admin
    /// rights and CSP subscriptions): the words and the command of its near-end day depend on it.
    public var retirement: Retirement?
    /// The original's auto-renew as recorded (nil: not recorded, or not an original). Recorded off,
    /// its near-end day has nothing to turn off, only an expiry to let happen.
    public var autoRenew: Bool?

    public init(kind: Kind, date: CalendarDate, customer: Handle, subscription: LicenseID? = nil, offer: String? = nil, covered: Bool = false, retirement: Retirement? = nil, autoRenew: Bool? = nil) {
        self.retirement = retirement
        self.autoRenew = autoRenew
        self.kind = kind
        self.date = date
        self.customer = customer
        self.subscription = subscription
        self.offer = offer
        self.covered = covered
    }

    /// Missing this one costs the customer money or service, so a calendar reminds ahead of it.
    public var costsMoneyOrService: Bool { kind.costsMoneyOrService && !covered }
}

/// How an original is retired near its end, by program (DOMAIN, "what each program lets staff do
/// with an original"): only web direct has recurring billing to turn off and a cancellation to
/// weigh; the others run to their end.
public enum Retirement: String, CaseIterable, Hashable, Sendable, Encodable {
    /// Web direct on a MOSA account (or an unknown one, or an unknown program): turn recurring
    /// billing off, and near the end cancelling forfeits little.
    case cancelNearEnd
    /// Web direct on an MCA account: no refund after the first days, so recurring billing is
    /// turned off and the original left to expire.
    case turnOffRenewal
    /// Enterprise Agreement: no mid-term cancellation; it runs to the anniversary, or renews to CSP.
    case anniversary
    /// Open License and retail: prepaid, nothing to turn off or refund; it runs to its end.
    case runsToEnd

    public init(program: Program, billingAccount: BillingAccount) {
        switch program {
        case .ea: self = .anniversary
        case .open, .retail: self = .runsToEnd
        case .mosp, .other: self = billingAccount == .mca ? .turnOffRenewal : .cancelNearEnd
        }
    }
}

extension Guide {
    /// Every deadline of a customer's move, in date order (then kind, then subscription), whether
    /// past or to come: callers choose the range they show. `today` is the day the provisioning
    /// plan is made on (it depends on the admin rights held then).
    public func deadlines(for customer: Customer, today: CalendarDate) -> [CustomerDeadline] {
        var deadlines: [CustomerDeadline] = []
        let handle = customer.handle
        if let invitation = customer.invitation, invitation.acceptedOn == nil {
            // The first day the guide warns W-INVITE-STALE (pending more than the setting's days).
            deadlines.append(CustomerDeadline(kind: .invitationStale, date: invitation.sentOn.adding(days: settings.inviteStaleDays + 1), customer: handle))
        }
        if let gdap = customer.gdap {
            // The relationship's own rule gives the dates: its state on the day it was accepted (or
            // requested) says until when it holds.
            switch gdap.state(on: gdap.acceptedOn ?? gdap.requestedOn, settings: settings) {
            case .active(let until): deadlines.append(CustomerDeadline(kind: .adminRightsExpire, date: until, customer: handle))
            case .pending(_, let lapses): deadlines.append(CustomerDeadline(kind: .adminRequestLapses, date: lapses, customer: handle))
            case .lapsed, .ended: break
            }
        }
        let lengths = settings.stages(for: customer)
        let retirement = Retirement(program: customer.program, billingAccount: customer.billingAccount)
        let pools = Pool.all(in: customer, statuses: customer.originals.map { status(of: $0, in: customer, on: today) })
        for original in customer.originals {
            let stages = LifecycleDates(of: original, stages: lengths, guide: self)
            let covered = isCovered(original, in: customer, pools: pools)
            func add(_ kind: CustomerDeadline.Kind, _ date: CalendarDate) {
                deadlines.append(CustomerDeadline(kind: kind, date: date, customer: handle, subscription: original.id, offer: original.offer, covered: covered, retirement: retirement, autoRenew: original.autoRenew))
            }
            if original.ending == nil {
                add(.nearEndOpens, stages.nearEndFrom)
                // Until a replacement is provisioned, the plan's dates say when to do it. Once the
                // original has ended they are history: only a latest day still to come is kept
                // (an overdue one is `overdue(for:today:)`'s).
                let plan = plan(for: original, in: customer, on: today)
                // Replaced means bought, whether or not its purchase date is recorded. One nobody
                // uses has no day to provision by.
                if plan.replacements.isEmpty, plan.replacementNeeded {
                    if plan.ended == nil { add(.provisionFrom, plan.provisionFrom) }
                    if plan.ended == nil || plan.provisionBy >= today { add(.provisionBy, plan.provisionBy) }
                }
                add(.originalEnds, original.expires)
            }
            // Nobody loses access with an original nobody uses.
            if !covered, Self.needsReplacing(original) { add(.usersLoseAccess, stages.disabledFrom) }
            add(.dataDeleted, stages.deletedFrom)
        }
        // A subscription imported without its purchase date has no known window.
        for subscription in customer.cspSubscriptions where subscription.cancelledOn == nil {
            guard let provisionedOn = subscription.provisionedOn else { continue }
            deadlines.append(CustomerDeadline(
                kind: .cspWindowCloses, date: provisionedOn.adding(days: settings.cspCorrectionDays),
                customer: handle, subscription: subscription.id, offer: subscription.offer))
        }
        return Self.inOrder(deadlines)
    }

    /// The actions whose day has passed with nothing done, oldest first: an invitation still
    /// unanswered past its follow-up day, a GDAP request left to lapse, an original with no
    /// replacement provisioned past the plan's latest day. They stay until done, so that a
    /// forgotten one never drops out of view.
    public func overdue(for customer: Customer, today: CalendarDate) -> [CustomerDeadline] {
        var overdue = deadlines(for: customer, today: today).filter {
            $0.date < today && ($0.kind == .invitationStale || $0.kind == .adminRequestLapses)
        }
        let retirement = Retirement(program: customer.program, billingAccount: customer.billingAccount)
        for original in customer.originals where original.ending == nil {
            let plan = plan(for: original, in: customer, on: today)
            guard plan.replacements.isEmpty, plan.replacementNeeded, plan.provisionBy < today else { continue }
            overdue.append(CustomerDeadline(
                kind: .provisionBy, date: plan.provisionBy, customer: customer.handle, subscription: original.id,
                offer: original.offer, covered: false, retirement: retirement, autoRenew: original.autoRenew))
        }
        return Self.inOrder(overdue)
    }

    /// By date, then kind, then subscription.
    private static func inOrder(_ deadlines: [CustomerDeadline]) -> [CustomerDeadline] {
        let order = Dictionary(uniqueKeysWithValues: CustomerDeadline.Kind.allCases.enumerated().map { ($1, $0) })
        return deadlines.sorted {
            ($0.date, order[$0.kind] ?? 0, $0.subscription?.description ?? "") < ($1.date, order[$1.kind] ?? 0, $1.subscription?.description ?? "")
        }
    }
}

extension Guide {
    /// Users no longer depend on `original`: CSP subscriptions replace it and hold their licenses
    /// (same offer, or reassigned), and its pool (`pools`: the originals sharing replacements, whose
    /// seats serve all their users, DOMAIN "seats of one offer pool") has a seat for every user,
    /// as the guidance judges W-SEAT-SHORTFALL. Retired with no replacement, its users still lose
    /// access when it is disabled.
    func isCovered(_ original: OriginalSubscription, in customer: Customer, pools: [Pool]) -> Bool {
        let replacements = customer.replacements(of: original.id)
        guard !replacements.isEmpty, replacements.allSatisfy({ $0.reassignedOn != nil || sameOffer($0.offer, original.offer) }) else { return false }
        return pools.first { pool in pool.statuses.contains { $0.original.id == original.id } }.map { $0.shortfall <= 0 } ?? false
    }
}

/// The days an original's lifecycle changes: the near-end window, its end, then Expired (skipped
/// when cancelled before its end), Disabled and Deleted, with the stage lengths of its program.
public struct LifecycleDates: Hashable, Sendable {
    /// First day of the near-end window.
    public var nearEndFrom: CalendarDate
    /// The day service under it ends (its term end, or when it was cancelled or recorded expired).
    public var end: CalendarDate
    /// First day of the Disabled stage: users have lost access.
    public var disabledFrom: CalendarDate
    /// The day its data is deleted.
    public var deletedFrom: CalendarDate

    public init(of original: OriginalSubscription, stages: StageLengths, guide: Guide) {
        nearEndFrom = guide.windowOpens(for: original)
        end = original.endDate
        (disabledFrom, deletedFrom) = Lifecycle.dates(of: original, stages: stages)
    }
}
