/// A date in a customer's move that staff must not miss: the first good day to cancel an original,
/// its end, the day users lose access and the day data is deleted, the close of a CSP subscription's
/// correction window, an invitation gone stale. Computed from the records and the guide's settings;
/// the timeline draws them and `export deadlines.ics` puts them in a calendar.
public struct CustomerDeadline: Hashable, Sendable, Encodable {
    public enum Kind: String, CaseIterable, Sendable, Encodable {
        /// The near-end window opens: from this day, cancelling forfeits little (step 3).
        case nearEndOpens
        /// The plan's first day to provision the original's replacement (step 2).
        case provisionFrom
        /// The plan's latest day to provision it without leaving users unlicensed.
        case provisionBy
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

    public init(kind: Kind, date: CalendarDate, customer: Handle, subscription: LicenseID? = nil, offer: String? = nil, covered: Bool = false) {
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
        for original in customer.originals {
            let stages = LifecycleDates(of: original, stages: lengths, guide: self)
            let covered = isCovered(original, in: customer)
            func add(_ kind: CustomerDeadline.Kind, _ date: CalendarDate) {
                deadlines.append(CustomerDeadline(kind: kind, date: date, customer: handle, subscription: original.id, offer: original.offer, covered: covered))
            }
            if original.ending == nil {
                add(.nearEndOpens, stages.nearEndFrom)
                // Until a replacement is provisioned, the plan's dates say when to do it.
                let plan = plan(for: original, in: customer, on: today)
                if plan.provisionedOn == nil {
                    add(.provisionFrom, plan.provisionFrom)
                    add(.provisionBy, plan.provisionBy)
                }
                add(.originalEnds, original.expires)
            }
            if !covered { add(.usersLoseAccess, stages.disabledFrom) }
            add(.dataDeleted, stages.deletedFrom)
        }
        // A subscription imported without its purchase date has no known window.
        for subscription in customer.cspSubscriptions where subscription.cancelledOn == nil {
            guard let provisionedOn = subscription.provisionedOn else { continue }
            deadlines.append(CustomerDeadline(
                kind: .cspWindowCloses, date: provisionedOn.adding(days: settings.cspCorrectionDays),
                customer: handle, subscription: subscription.id, offer: subscription.offer))
        }
        let order = Dictionary(uniqueKeysWithValues: CustomerDeadline.Kind.allCases.enumerated().map { ($1, $0) })
        return deadlines.sorted {
            ($0.date, order[$0.kind] ?? 0, $0.subscription?.description ?? "") < ($1.date, order[$1.kind] ?? 0, $1.subscription?.description ?? "")
        }
    }
}

extension Guide {
    /// Users no longer depend on `original`: CSP subscriptions replace it with seats for all the
    /// users they take over, and hold their licenses (same offer, or reassigned). Retired with no
    /// replacement, its users still lose access when it is disabled.
    func isCovered(_ original: OriginalSubscription, in customer: Customer) -> Bool {
        let replacements = customer.replacements(of: original.id)
        let pooled = Set(replacements.flatMap(\.replaces)).compactMap(customer.original)
        return !replacements.isEmpty
            && replacements.allSatisfy { $0.reassignedOn != nil || sameOffer($0.offer, original.offer) }
            && replacements.reduce(0) { $0 + $1.seats } >= pooled.reduce(0) { $0 + $1.assigned }
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
