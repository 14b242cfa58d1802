/// Where an original subscription is in Microsoft 365's lifecycle on a given day.
///
/// After its term ends a subscription is Expired (users keep full access), then Disabled (admins
/// only), then Deleted; how long each stage lasts depends on the program (`StageLengths`). One
/// cancelled before its term end skips Expired and is Disabled at once (DOMAIN: "What happens to
/// my data and access...").
public enum Lifecycle: Hashable, Sendable, Codable {
    case active
    /// Users still have access until `usersLoseAccessOn`.
    case expired(usersLoseAccessOn: CalendarDate)
    /// Only admins can reach the data, until it is deleted on `dataDeletedOn`.
    case disabled(dataDeletedOn: CalendarDate)
    case deleted(on: CalendarDate)

    public init(of original: OriginalSubscription, on today: CalendarDate, stages: StageLengths) {
        guard original.hasEnded(on: today), original.endDate <= today else {
            self = .active
            return
        }
        let (disabledFrom, deletedFrom) = Lifecycle.dates(of: original, stages: stages)
        if today < disabledFrom {
            self = .expired(usersLoseAccessOn: disabledFrom)
        } else if today < deletedFrom {
            self = .disabled(dataDeletedOn: deletedFrom)
        } else {
            self = .deleted(on: deletedFrom)
        }
    }

    /// The day users lose access and the day the data is deleted, once the original ends.
    public static func dates(of original: OriginalSubscription, stages: StageLengths) -> (usersLoseAccess: CalendarDate, dataDeleted: CalendarDate) {
        let end = original.endDate
        let disabledFrom = original.wasCancelledBeforeEnd ? end : end.adding(days: stages.expiredDays)
        return (disabledFrom, disabledFrom.adding(days: stages.disabledDays))
    }

    /// Users can still work (Active or Expired).
    public var usersHaveAccess: Bool {
        switch self {
        case .active, .expired: true
        case .disabled, .deleted: false
        }
    }
}
