/// Admin rights in the customer's tenant. Since 2023-10-09 a reseller relationship carries none: a
/// separate GDAP (granular delegated admin privileges) relationship, accepted by the customer's
/// Global Administrator, gives the partner the roles it names, for at most two years.
public struct GDAPRelationship: Hashable, Sendable, Codable {
    public var requestedOn: CalendarDate
    public var roles: [GDAPRole]
    public var acceptedOn: CalendarDate?
    /// When the accepted relationship ends.
    public var expiresOn: CalendarDate?

    public init(requestedOn: CalendarDate, roles: [GDAPRole], acceptedOn: CalendarDate? = nil, expiresOn: CalendarDate? = nil) {
        self.requestedOn = requestedOn
        self.roles = roles
        self.acceptedOn = acceptedOn
        self.expiresOn = expiresOn
    }

    /// Where the relationship stands on `day`.
    public func state(on day: CalendarDate, settings: GuideSettings) -> GDAPState {
        if let acceptedOn {
            let ends = expiresOn ?? acceptedOn.adding(days: settings.gdapDurationDays)
            return day < ends ? .active(until: ends) : .ended(on: ends)
        }
        let lapses = requestedOn.adding(days: settings.gdapRequestExpiryDays)
        return day < lapses ? .pending(since: requestedOn, lapsesOn: lapses) : .lapsed(on: lapses)
    }
}

public enum GDAPState: Hashable, Sendable, Codable {
    /// Requested, waiting for the Global Administrator; the request lapses on `lapsesOn`.
    case pending(since: CalendarDate, lapsesOn: CalendarDate)
    /// The request went unanswered until it lapsed.
    case lapsed(on: CalendarDate)
    case active(until: CalendarDate)
    case ended(on: CalendarDate)
}

/// The least-privileged roles a move needs (Partner Center, "GDAP least-privileged roles by task").
public enum GDAPRole: String, CaseIterable, Sendable, Codable {
    /// Assign and remove licenses: what an offer change needs.
    case licenseAdministrator = "License Administrator"
    /// Create users.
    case userAdministrator = "User Administrator"
    /// Read company details.
    case directoryReaders = "Directory Readers"
    case globalReader = "Global Reader"

    /// The role named by `text`, case and accents ignored.
    public init?(named text: String) {
        let key = comparisonKey(text)
        guard let role = Self.allCases.first(where: { comparisonKey($0.rawValue) == key }) else { return nil }
        self = role
    }

    /// Among the roles of the default relationship of a customer created in Partner Center: the
    /// ones a move needs.
    public static let partnerCenterDefault: [GDAPRole] = [.licenseAdministrator, .userAdministrator, .directoryReaders]

    /// What a move asks for by default.
    public static let forAMove: [GDAPRole] = [.licenseAdministrator, .userAdministrator]
}
