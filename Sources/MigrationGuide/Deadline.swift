/// A date in a customer's move that staff must not miss: the first good day to cancel an original,
/// its end, the day users lose access and the day data is deleted, the close of a CSP subscription's
/// correction window, an invitation gone stale. Computed from the records and the guide's settings;
/// the timeline draws them and `export deadlines.ics` puts them in a calendar.
public struct Deadline: Hashable, Sendable, Encodable {
    public enum Kind: String, CaseIterable, Sendable, Encodable {
        /// The near-end window opens: from this day, cancelling forfeits little (step 3).
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

        /// Missing it costs the customer money or service, so a calendar reminds ahead of it.
        public var costsMoneyOrService: Bool {
            switch self {
            case .originalEnds, .usersLoseAccess, .dataDeleted, .cspWindowCloses: true
            case .nearEndOpens, .invitationStale: false
            }
        }
    }

    public var kind: Kind
    public var date: CalendarDate
    public var customer: Handle
    /// The subscription it belongs to; nil for the invitation.
    public var subscription: LicenseID?
    public var offer: String?

    public init(kind: Kind, date: CalendarDate, customer: Handle, subscription: LicenseID? = nil, offer: String? = nil) {
        self.kind = kind
        self.date = date
        self.customer = customer
        self.subscription = subscription
        self.offer = offer
    }
}

extension Guide {
    /// Every deadline of a customer's move, in date order (then kind, then subscription), whether
    /// past or to come: callers choose the range they show.
    public func deadlines(for customer: Customer) -> [Deadline] {
        var deadlines: [Deadline] = []
        let handle = customer.handle
        if let invitation = customer.invitation, invitation.acceptedOn == nil {
            // The first day the guide warns W-INVITE-STALE (pending more than the setting's days).
            deadlines.append(Deadline(kind: .invitationStale, date: invitation.sentOn.adding(days: settings.inviteStaleDays + 1), customer: handle))
        }
        for original in customer.originals {
            let stages = LifecycleDates(of: original, settings: settings)
            func add(_ kind: Deadline.Kind, _ date: CalendarDate) {
                deadlines.append(Deadline(kind: kind, date: date, customer: handle, subscription: original.id, offer: original.offer))
            }
            if original.ending == nil {
                add(.nearEndOpens, stages.nearEndFrom)
                add(.originalEnds, original.expires)
            }
            add(.usersLoseAccess, stages.disabledFrom)
            add(.dataDeleted, stages.deletedFrom)
        }
        for subscription in customer.cspSubscriptions {
            deadlines.append(Deadline(
                kind: .cspWindowCloses, date: subscription.provisionedOn.adding(days: settings.cspCorrectionDays),
                customer: handle, subscription: subscription.id, offer: subscription.offer))
        }
        let order = Dictionary(uniqueKeysWithValues: Deadline.Kind.allCases.enumerated().map { ($1, $0) })
        return deadlines.sorted {
            ($0.date, order[$0.kind] ?? 0, $0.subscription?.description ?? "") < ($1.date, order[$1.kind] ?? 0, $1.subscription?.description ?? "")
        }
    }
}

/// The days an original's lifecycle changes, by the guide's settings: the near-end window, its
/// end, then Expired (skipped when cancelled before its end), Disabled and Deleted.
public struct LifecycleDates: Hashable, Sendable {
    /// First day of the near-end window.
    public var nearEndFrom: CalendarDate
    /// The day service under it ends (its term end, or when it was cancelled or recorded expired).
    public var end: CalendarDate
    /// First day of the Disabled stage: users have lost access.
    public var disabledFrom: CalendarDate
    /// The day its data is deleted.
    public var deletedFrom: CalendarDate

    public init(of original: OriginalSubscription, settings: GuideSettings) {
        nearEndFrom = Guide(settings: settings).windowOpens(for: original)
        end = original.endDate
        disabledFrom = original.wasCancelledBeforeEnd ? end : end.adding(days: settings.expiredStageDays)
        deletedFrom = disabledFrom.adding(days: settings.disabledStageDays)
    }
}
