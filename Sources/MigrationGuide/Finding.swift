/// Something staff must know about a customer: a warning that the move could cost money or service,
/// or information worth a look. Each has a stable code that tests, transcripts and scripts rely on;
/// the words are rendered from these values, in each language, at the edge.
public enum Finding: Hashable, Sendable, Encodable {
    /// W-EARLY-CANCEL: cancelling this original now forfeits the rest of its term.
    case earlyCancel(EarlyCancellation)
    /// W-COVERAGE-GAP: an original ends (or has ended) with no CSP subscription taking over.
    case coverageGap(CoverageGap)
    /// W-OFFER-CHANGE: the CSP offer differs from the original's, so licenses must be reassigned.
    case offerChange(OfferChange)
    /// W-SEAT-SHORTFALL: fewer CSP seats than users assigned on the original.
    case seatShortfall(SeatShortfall)
    /// W-CSP-WINDOW: a new CSP subscription can still be corrected or cancelled, until a date.
    case cspWindow(CSPWindow)
    /// W-AUTO-RENEW: an original set to renew itself is near its end.
    case autoRenew(AutoRenew)
    /// W-INVITE-STALE: the reseller invitation has waited too long.
    case inviteStale(InviteStale)
    /// I-OVERLAP: days the customer pays for both an original and its replacement.
    case overlap(Overlap)

    public var code: MessageCode {
        switch self {
        case .earlyCancel: .earlyCancel
        case .coverageGap: .coverageGap
        case .offerChange: .offerChange
        case .seatShortfall: .seatShortfall
        case .cspWindow: .cspWindow
        case .autoRenew: .autoRenew
        case .inviteStale: .inviteStale
        case .overlap: .overlap
        }
    }

    public var severity: Severity { code.severity }

    /// `{"code": "W-…", "severity": "warning", …the figures…}`: flat, for scripts.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(severity, forKey: .severity)
        switch self {
        case .earlyCancel(let detail): try detail.encode(to: encoder)
        case .coverageGap(let detail): try detail.encode(to: encoder)
        case .offerChange(let detail): try detail.encode(to: encoder)
        case .seatShortfall(let detail): try detail.encode(to: encoder)
        case .cspWindow(let detail): try detail.encode(to: encoder)
        case .autoRenew(let detail): try detail.encode(to: encoder)
        case .inviteStale(let detail): try detail.encode(to: encoder)
        case .overlap(let detail): try detail.encode(to: encoder)
        }
    }

    private enum CodingKeys: String, CodingKey { case code, severity }

    /// Sorts findings most urgent first: by how bad the consequence is, then by how soon it comes.
    public var urgency: Urgency {
        switch self {
        case .coverageGap(let gap):
            // A gap that has already begun outranks one still to come.
            Urgency(rank: gap.lifecycle == .active ? 1 : 0, daysLeft: gap.daysUntilUsersLoseAccess ?? -1)
        case .earlyCancel(let early): Urgency(rank: 2, daysLeft: early.daysLeft)
        case .seatShortfall(let shortfall): Urgency(rank: 3, daysLeft: shortfall.daysLeft)
        case .offerChange(let change): Urgency(rank: 4, daysLeft: change.daysLeft)
        case .cspWindow(let window): Urgency(rank: 5, daysLeft: window.daysLeft)
        case .autoRenew(let renew): Urgency(rank: 6, daysLeft: renew.daysLeft)
        case .inviteStale(let stale): Urgency(rank: 7, daysLeft: -stale.daysPending)
        case .overlap(let overlap): Urgency(rank: 9, daysLeft: overlap.days)
        }
    }

    /// The original or CSP subscription the finding is about, if any.
    public var subject: LicenseID? {
        switch self {
        case .earlyCancel(let f): f.license
        case .coverageGap(let f): f.license
        case .offerChange(let f): f.original
        case .seatShortfall(let f): f.original
        case .cspWindow(let f): f.subscription
        case .autoRenew(let f): f.license
        case .inviteStale: nil
        case .overlap(let f): f.original
        }
    }
}

public enum Severity: String, Sendable, Codable, Comparable {
    case error, warning, info

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        let order: [Severity] = [.error, .warning, .info]
        return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }
}

/// Smaller is more urgent: first by `rank` (the kind of harm), then by days left before it strikes.
public struct Urgency: Hashable, Comparable, Sendable {
    public var rank: Int
    public var daysLeft: Int

    public static func < (lhs: Urgency, rhs: Urgency) -> Bool {
        (lhs.rank, lhs.daysLeft) < (rhs.rank, rhs.daysLeft)
    }
}

public struct EarlyCancellation: Hashable, Sendable, Codable {
    public var license: LicenseID
    public var offer: String
    public var expires: CalendarDate
    /// Days from the cancellation date to the natural end.
    public var daysLeft: Int
    /// What the rest of the term is worth (seats × price per month × months left), when priced.
    public var forfeited: Money?
    /// The first day on which cancelling is no longer early: the start of the near-end window.
    public var recommendedFrom: CalendarDate
    /// No CSP subscription covers it yet: cancelling skips the Expired stage, so users lose access
    /// at once.
    public var usersLoseAccessAtOnce: Bool
    /// MOSP customers may get a credit from Microsoft 365 billing support; EA customers can renew to CSP.
    public var program: Program
}

public struct CoverageGap: Hashable, Sendable, Codable {
    public var license: LicenseID
    public var offer: String
    public var assigned: Int
    public var endDate: CalendarDate
    /// Days until the end (negative once past).
    public var daysLeft: Int
    public var lifecycle: Lifecycle
    /// Days until users lose access (end of the Expired stage); nil once they have.
    public var daysUntilUsersLoseAccess: Int?
    /// Days until the data is deleted; nil once it is.
    public var daysUntilDataDeleted: Int?
    /// Whether the customer has accepted the reseller relationship (so provisioning can start now).
    public var accepted: Bool
    /// The gap a cancellation on `endDate` would open, rather than one that exists.
    public var ifCancelled: Bool = false
}

public struct OfferChange: Hashable, Sendable, Codable {
    public var original: LicenseID
    public var originalOffer: String
    public var replacement: LicenseID
    public var newOffer: String
    /// Users whose license assignment must move to the new offer.
    public var users: Int
    /// The original's end: reassignment must be done before it.
    public var deadline: CalendarDate
    public var daysLeft: Int
}

public struct SeatShortfall: Hashable, Sendable, Codable {
    public var original: LicenseID
    public var offer: String
    public var assigned: Int
    public var cspSeats: Int
    public var usersWithoutLicense: Int
    public var daysLeft: Int
}

public struct CSPWindow: Hashable, Sendable, Codable {
    public var subscription: LicenseID
    public var offer: String
    public var seats: Int
    public var provisionedOn: CalendarDate
    /// The first day on which changes are no longer possible.
    public var closesOn: CalendarDate
    public var daysLeft: Int
}

public struct AutoRenew: Hashable, Sendable, Codable {
    public var license: LicenseID
    public var offer: String
    public var expires: CalendarDate
    public var daysLeft: Int
}

public struct InviteStale: Hashable, Sendable, Codable {
    public var sentOn: CalendarDate
    public var daysPending: Int
    public var email: String?
}

public struct Overlap: Hashable, Sendable, Codable {
    public var original: LicenseID
    public var replacement: LicenseID
    public var from: CalendarDate
    public var until: CalendarDate
    public var days: Int
    public var cost: Money?
}
