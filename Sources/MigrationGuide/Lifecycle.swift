/// Where an original subscription is in Microsoft 365's lifecycle on a given day.
///
/// After its term ends a subscription is Expired for 30 days (users keep full access), then
/// Disabled for 90 days (admins only), then Deleted. One cancelled before its term end skips
/// Expired and is Disabled at once (DOMAIN: "What happens to my data and access...").
public enum Lifecycle: Hashable, Sendable, Codable {
    case active
    /// Users still have access until `usersLoseAccessOn`.
    case expired(usersLoseAccessOn: CalendarDate)
    /// Only admins can reach the data, until it is deleted on `dataDeletedOn`.
    case disabled(dataDeletedOn: CalendarDate)
    case deleted(on: CalendarDate)

    public init(of original: OriginalSubscription, on today: CalendarDate, settings: GuideSettings) {
        guard original.hasEnded(on: today), original.endDate <= today else {
            self = .active
            return
        }
        let dates = LifecycleDates(of: original, settings: settings)
        let disabledFrom = dates.disabledFrom, deletedFrom = dates.deletedFrom
        if today < disabledFrom {
            self = .expired(usersLoseAccessOn: disabledFrom)
        } else if today < deletedFrom {
            self = .disabled(dataDeletedOn: deletedFrom)
        } else {
            self = .deleted(on: deletedFrom)
        }
    }

    /// Users can still work (Active or Expired).
    public var usersHaveAccess: Bool {
        switch self {
        case .active, .expired: true
        case .disabled, .deleted: false
        }
    }
}
