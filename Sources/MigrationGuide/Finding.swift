/// Something staff must know about a customer: a warning that the move could cost money or service,
/// or information worth a look. Each has a stable code that tests, transcripts and scripts rely on;
/// the words are rendered from these values, in each language, at the edge.
public enum Finding: Hashable, Sendable, Codable {
    /// W-USERS-UNLICENSED: users of an ended original have lost access and hold no license.
    case usersUnlicensed(UsersUnlicensed)
    /// W-EARLY-CANCEL: cancelling this original now forfeits the rest of its term, or service.
    case earlyCancel(EarlyCancellation)
    /// W-EARLY-PROVISION: provisioning now, long before the original ends, pays twice.
    case earlyProvision(EarlyProvision)
    /// W-CSP-CANCEL: a cancelled CSP subscription goes straight to Deleted.
    case cspCancel(CSPCancellation)
    /// W-COVERAGE-GAP: an original ends (or has ended) with no CSP subscription taking over.
    case coverageGap(CoverageGap)
    /// W-OFFER-CHANGE: the CSP offer differs from the original's, so licenses must be reassigned.
    case offerChange(OfferChange)
    /// W-NO-ADMIN-RIGHTS: licenses must be reassigned and nobody on the partner side may assign them.
    case noAdminRights(NoAdminRights)
    /// W-SEAT-SHORTFALL: fewer CSP seats than users assigned on the originals they replace.
    case seatShortfall(SeatShortfall)
    /// W-SEAT-SURPLUS: more CSP seats than users, paid for the whole term once the window closes.
    case seatSurplus(SeatSurplus)
    /// W-CSP-WINDOW: a new CSP subscription can still be corrected or cancelled, until a date.
    case cspWindow(CSPWindow)
    /// W-AUTO-RENEW: an original set to renew itself is near its end.
    case autoRenew(AutoRenew)
    /// W-GDAP-EXPIRING: admin rights end soon while the move is not complete.
    case gdapExpiring(GDAPExpiring)
    /// W-INVITE-STALE: the reseller invitation has waited too long.
    case inviteStale(InviteStale)
    /// W-GDAP-STALE: the GDAP request has waited too long, or lapsed.
    case gdapStale(GDAPStale)
    /// W-CURRENCY-MISMATCH: an original priced in another currency than the customer's.
    case currencyMismatch(CurrencyMismatch)
    /// I-TENANT-LIMIT: too many originals to duplicate them all in the tenant.
    case tenantLimit(TenantLimit)
    /// I-PURCHASE-DATE-UNKNOWN: a CSP subscription imported without its purchase date: no
    /// correction window or term end is promised until the date is recorded.
    case purchaseDateUnknown(PurchaseDateUnknown)
    /// I-OVERLAP: days the customer pays for both an original and its replacements.
    case overlap(Overlap)
    /// I-REFUND-WINDOW: a web-direct original (MCA account, or one not recorded) can still be
    /// cancelled with a refund: the days left to move at no loss.
    case refundWindow(RefundWindow)

    public var code: MessageCode {
        switch self {
        case .usersUnlicensed: .usersUnlicensed
        case .earlyCancel: .earlyCancel
        case .earlyProvision: .earlyProvision
        case .cspCancel: .cspCancel
        case .coverageGap: .coverageGap
        case .offerChange: .offerChange
        case .noAdminRights: .noAdminRights
        case .seatShortfall: .seatShortfall
        case .seatSurplus: .seatSurplus
        case .cspWindow: .cspWindow
        case .autoRenew: .autoRenew
        case .gdapExpiring: .gdapExpiring
        case .inviteStale: .inviteStale
        case .gdapStale: .gdapStale
        case .tenantLimit: .tenantLimit
        case .currencyMismatch: .currencyMismatch
        case .overlap: .overlap
        case .purchaseDateUnknown: .purchaseDateUnknown
        case .refundWindow: .refundWindow
        }
    }

    public var severity: Severity { code.severity }

    /// `{"code": "W-…", "severity": "warning", …the figures…}`: flat, for scripts.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(severity, forKey: .severity)
        try detail.encode(to: encoder)
    }

    /// Reads what `encode(to:)` writes: the code says which figures follow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let code = try container.decode(MessageCode.self, forKey: .code)
        guard try container.decode(Severity.self, forKey: .severity) == code.severity else {
            throw DecodingError.dataCorruptedError(forKey: .severity, in: container, debugDescription: "not the severity of \(code.rawValue)")
        }
        switch code {
        case .usersUnlicensed: self = .usersUnlicensed(try UsersUnlicensed(from: decoder))
        case .earlyCancel: self = .earlyCancel(try EarlyCancellation(from: decoder))
        case .earlyProvision: self = .earlyProvision(try EarlyProvision(from: decoder))
        case .cspCancel: self = .cspCancel(try CSPCancellation(from: decoder))
        case .coverageGap: self = .coverageGap(try CoverageGap(from: decoder))
        case .offerChange: self = .offerChange(try OfferChange(from: decoder))
        case .noAdminRights: self = .noAdminRights(try NoAdminRights(from: decoder))
        case .seatShortfall: self = .seatShortfall(try SeatShortfall(from: decoder))
        case .seatSurplus: self = .seatSurplus(try SeatSurplus(from: decoder))
        case .cspWindow: self = .cspWindow(try CSPWindow(from: decoder))
        case .autoRenew: self = .autoRenew(try AutoRenew(from: decoder))
        case .gdapExpiring: self = .gdapExpiring(try GDAPExpiring(from: decoder))
        case .inviteStale: self = .inviteStale(try InviteStale(from: decoder))
        case .gdapStale: self = .gdapStale(try GDAPStale(from: decoder))
        case .tenantLimit: self = .tenantLimit(try TenantLimit(from: decoder))
        case .currencyMismatch: self = .currencyMismatch(try CurrencyMismatch(from: decoder))
        case .overlap: self = .overlap(try Overlap(from: decoder))
        case .purchaseDateUnknown: self = .purchaseDateUnknown(try PurchaseDateUnknown(from: decoder))
        case .refundWindow: self = .refundWindow(try RefundWindow(from: decoder))
        default: throw DecodingError.dataCorruptedError(forKey: .code, in: container, debugDescription: "\(code.rawValue) is not a finding")
        }
    }

    /// The figures of the finding.
    public var detail: any Encodable {
        switch self {
        case .usersUnlicensed(let f): f
        case .earlyCancel(let f): f
        case .earlyProvision(let f): f
        case .cspCancel(let f): f
        case .coverageGap(let f): f
        case .offerChange(let f): f
        case .noAdminRights(let f): f
        case .seatShortfall(let f): f
        case .seatSurplus(let f): f
        case .cspWindow(let f): f
        case .autoRenew(let f): f
        case .gdapExpiring(let f): f
        case .inviteStale(let f): f
        case .gdapStale(let f): f
        case .tenantLimit(let f): f
        case .currencyMismatch(let f): f
        case .overlap(let f): f
        case .purchaseDateUnknown(let f): f
        case .refundWindow(let f): f
        }
    }

    private enum CodingKeys: String, CodingKey { case code, severity }

    /// Sorts findings most urgent first: by how bad the consequence is, then by how soon it comes.
    public var urgency: Urgency {
        switch self {
        // Users already without service come before everything.
        case .usersUnlicensed(let f): Urgency(rank: -1, daysLeft: f.daysUntilDataDeleted)
        case .coverageGap(let gap):
            // A gap that has begun outranks one still to come; one to come is as urgent as the
            // plan's latest day (the end date for Volume Licensing), not the grace after it.
            gap.lifecycle == .active ? Urgency(rank: 1, daysLeft: gap.daysUntilLatest) : Urgency(rank: 0, daysLeft: gap.daysUntilUsersLoseAccess ?? -1)
        case .earlyCancel(let early): Urgency(rank: 2, daysLeft: early.daysLeft)
        case .earlyProvision(let early): Urgency(rank: 2, daysLeft: early.daysPaidTwice)
        case .cspCancel(let cancel): Urgency(rank: 2, daysLeft: cancel.backupDays)
        case .seatShortfall(let shortfall): Urgency(rank: 3, daysLeft: shortfall.daysLeft)
        case .noAdminRights(let rights): Urgency(rank: 4, daysLeft: rights.daysLeft)
        case .offerChange(let change): Urgency(rank: 4, daysLeft: change.daysLeft)
        case .cspWindow(let window): Urgency(rank: 5, daysLeft: window.daysLeft)
        case .seatSurplus(let surplus): Urgency(rank: 5, daysLeft: surplus.daysLeftInWindow)
        // Once renewed, the refund window is what runs out.
        case .autoRenew(let renew) where renew.renewedOn != nil: Urgency(rank: 2, daysLeft: renew.refundDaysLeft ?? 0)
        case .autoRenew(let renew): Urgency(rank: 6, daysLeft: renew.daysLeft)
        case .gdapExpiring(let expiring): Urgency(rank: 6, daysLeft: expiring.daysLeft)
        case .inviteStale(let stale): Urgency(rank: 7, daysLeft: -stale.daysPending)
        case .gdapStale(let stale): Urgency(rank: 7, daysLeft: -stale.daysPending)
        case .tenantLimit: Urgency(rank: 8, daysLeft: 0)
        case .currencyMismatch: Urgency(rank: 6, daysLeft: 0)
        case .overlap(let overlap): Urgency(rank: 9, daysLeft: overlap.days)
        case .purchaseDateUnknown: Urgency(rank: 5, daysLeft: 0)
        case .refundWindow(let window): Urgency(rank: 5, daysLeft: window.daysLeft)
        }
    }

    /// The original or CSP subscription the finding is about, if any.
    public var subject: LicenseID? {
        switch self {
        case .usersUnlicensed(let f): f.original
        case .earlyCancel(let f): f.license
        case .earlyProvision(let f): f.original
        case .cspCancel(let f): f.subscription
        case .coverageGap(let f): f.license
        case .offerChange(let f): f.original
        case .noAdminRights(let f): f.original
        case .seatShortfall(let f): f.original
        case .seatSurplus(let f): f.subscription
        case .cspWindow(let f): f.subscription
        case .purchaseDateUnknown(let f): f.subscription
        case .autoRenew(let f): f.license
        case .currencyMismatch(let f): f.original
        case .gdapExpiring, .inviteStale, .gdapStale, .tenantLimit: nil
        case .overlap(let f): f.original
        case .refundWindow(let f): f.license
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
    /// The day the cancellation is weighed for: today, or a later day (`cancel --on`).
    public var on: CalendarDate
    public var expires: CalendarDate
    /// Days from the cancellation date to the natural end.
    public var daysLeft: Int
    /// What the rest of the term is worth (seats × price per month × months left), when priced,
    /// whether or not it is refunded.
    public var remainingValue: Money?
    /// Whether cancelling loses that paid time, from the refund.
    public var paidTime: PaidTimeOutcome
    /// What the customer loses for certain: the remaining value when no refund is due; nil when
    /// it is refunded, when that cannot be told yet, or when no price is recorded.
    public var forfeited: Money?
    /// The first day on which cancelling is no longer early: the start of the near-end window.
    public var recommendedFrom: CalendarDate
    /// No CSP subscription covers it yet: cancelling skips the Expired stage, so users lose access
    /// at once.
    public var usersLoseAccessAtOnce: Bool
    /// The program's Expired stage, which a cancellation skips.
    public var skippedExpiredDays: Int
    /// When nothing covers it: the day users would lose access (the cancellation day) and the day
    /// its data would be deleted.
    public var usersLoseAccessOn: CalendarDate?
    public var dataDeletedOn: CalendarDate?
    /// What staff can do with an original of this program instead, and what the customer gets back.
    public var program: Program
    public var refund: CancellationRefund
    /// A MOSA subscription over the online cancellation limit: the limit (reduce to it first, or
    /// contact support).
    public var onlineCancelLimit: Int?
    /// The original's recorded auto-renew (nil: not recorded): once it is recorded off, the
    /// better way is only to let it run out, with nothing left to turn off.
    public var autoRenew: Bool?
}

/// What happens to the paid rest of the term when an original is cancelled.
/// The rest of a paid term given up by cancelling before the natural end.
public struct PaidTimeLeft: Hashable, Sendable, Codable {
    /// Days from the cancellation date to the natural end.
    public var days: Int
    /// What those days are worth (seats × price per month); nil when no price is recorded.
    public var value: Money?
    /// Whether the customer gets them back.
    public var outcome: PaidTimeOutcome

    public init(days: Int, value: Money?, outcome: PaidTimeOutcome) {
        self.days = days
        self.value = value
        self.outcome = outcome
    }
}

public enum PaidTimeOutcome: String, Hashable, Sendable, Codable {
    /// Refunded (web direct: MOSA's prorated credit, MCA inside its window): no money is lost, and
    /// the risk is the users' access.
    case refunded
    /// Not refunded: the rest of the term is lost.
    case lost
    /// It depends on a fact not recorded yet (the billing account, the term's start).
    case unknown
}

extension CancellationRefund {
    public var paidTime: PaidTimeOutcome {
        switch self {
        case .proratedCredit, .mcaInsideWindow: .refunded
        case .none, .mcaAfterWindow: .lost
        case .mcaStartUnknown, .accountUnknown: .unknown
        }
    }
}

/// What cancelling an original returns to the customer, by program and (web direct) billing account.
public enum CancellationRefund: Hashable, Sendable, Codable {
    /// Open License, retail, Enterprise Agreement and other programs: nothing; the rest of the term is lost.
    case none
    /// Web direct, MOSA account: a prorated credit or refund is expected.
    case proratedCredit
    /// Web direct, MCA account, within the refund window after start or renewal.
    case mcaInsideWindow(closesOn: CalendarDate)
    /// Web direct, MCA account, after the window: the paid time is lost; turning recurring billing
    /// off is the way out.
    case mcaAfterWindow(closedOn: CalendarDate)
    /// Web direct, MCA account, start of term not recorded: the window cannot be judged.
    case mcaStartUnknown(windowDays: Int)
    /// Web direct, account type not recorded: either of the above.
    case accountUnknown(windowDays: Int, closesOn: CalendarDate?)
}

public struct EarlyProvision: Hashable, Sendable, Codable {
    public var original: LicenseID
    public var offer: String
    public var endDate: CalendarDate
    public var provisionOn: CalendarDate
    /// The plan's dates: from when to provision, and the latest safe day.
    public var recommendedFrom: CalendarDate
    public var latest: CalendarDate
    /// Days from provisioning to the original's end, each paid twice, and what that costs.
    public var daysPaidTwice: Int
    public var paidTwice: Money?
    /// The part of it that provisioning on the recommended date avoids.
    public var avoidableDays: Int
    public var avoidable: Money?
    /// What cancelling the original would refund (MOSA's prorated credit, MCA inside its window):
    /// then the days paid twice come back once the replacement covers the users; nil when they are lost.
    public var recoverable: CancellationRefund?
    /// The seats those amounts count: the CSP subscription's, since the original is prepaid anyway;
    /// when it replaces several originals, this one's share (`Guide.seatShares`).
    public var cspSeats: Int = 0
    /// No CSP price was recorded, so the amounts take the original's price per seat (an estimate).
    public var atOriginalPrice: Bool = false
    /// The CSP subscription also takes over from other originals, whose own warnings count the
    /// rest of its seats; nil when all of them are counted here.
    public var shared: SharedSeats? = nil
}

/// A CSP subscription (or several) whose seats serve the users of several originals: all the
/// seats, and the other originals whose users hold the ones not counted for this one.
public struct SharedSeats: Hashable, Sendable, Codable {
    public var seats: Int
    public var with: [LicenseID]

    public init(seats: Int, with: [LicenseID]) {
        self.seats = seats
        self.with = with
    }
}

public struct CSPCancellation: Hashable, Sendable, Codable {
    public var subscription: LicenseID
    public var offer: String
    public var seats: Int
    public var on: CalendarDate
    /// Days the admin has to back up data before it is deleted.
    public var backupDays: Int
    public var dataDeletedOn: CalendarDate
}

public struct UsersUnlicensed: Hashable, Sendable, Codable {
    public enum Cause: String, Hashable, Sendable, Codable {
        /// Nothing replaces the original.
        case noReplacement
        /// Its replacements have too few seats.
        case seatShortfall
        /// The offer changed and licenses were never reassigned.
        case notReassigned
    }
    public var original: LicenseID
    public var offer: String
    public var users: Int
    /// The day they lost access (the end of the Expired stage, or of the term when cancelled early).
    public var since: CalendarDate
    public var dataDeletedOn: CalendarDate
    public var daysUntilDataDeleted: Int
    public var cause: Cause
    /// Weighed before a cancellation (`cancel`, `--dry-run`): what would happen, not what has.
    public var ifCancelled: Bool = false
}

public struct CoverageGap: Hashable, Sendable, Codable {
    public var license: LicenseID
    public var offer: String
    public var assigned: Int
    public var endDate: CalendarDate
    /// Days until the end (negative once past).
    public var daysLeft: Int
    public var lifecycle: Lifecycle
    /// The program's stage lengths, and the dates they give.
    public var stages: StageLengths
    public var usersLoseAccessOn: CalendarDate
    public var dataDeletedOn: CalendarDate
    /// Days until users lose access (end of the Expired stage); nil once they have.
    public var daysUntilUsersLoseAccess: Int?
    /// Days until the data is deleted; nil once it is.
    public var daysUntilDataDeleted: Int?
    /// Whether the customer has accepted the reseller relationship (so provisioning can start now).
    public var accepted: Bool
    /// The plan's latest day to provision, and the days until it: what sets the urgency.
    public var latest: CalendarDate
    public var daysUntilLatest: Int
    /// Volume Licensing: Microsoft's grace figures changed in 2025 and not every subscription has
    /// the full Expired stage, so the access it promises is a safety net, not the plan.
    public var graceUncertain: Bool
    /// The gap a cancellation on `endDate` would open, rather than one that exists.
    public var ifCancelled: Bool = false
    /// The plan's first day to provision, while it is still ahead; nil once provisioning is due.
    public var provisionFrom: CalendarDate? = nil
}

public struct OfferChange: Hashable, Sendable, Codable {
    public var original: LicenseID
    public var originalOffer: String
    public var replacement: LicenseID
    public var newOffer: String
    /// Users whose license assignment must move to the new offer.
    public var users: Int
    /// Before the original ends, the end; once it has, the day its users lose access.
    public var deadline: CalendarDate
    public var deadlineKind: Deadline
    /// Days to the deadline.
    public var daysLeft: Int
}

/// The users of one original whose licenses must move to a new offer, and by when.
public struct OwedReassignment: Hashable, Sendable, Codable {
    public var original: LicenseID
    public var offer: String
    public var users: Int
    public var deadline: CalendarDate
    public var deadlineKind: Deadline
    public var daysLeft: Int
}

/// What a deadline is: the original's end, or (once it has passed) the day users lose access.
public enum Deadline: String, Hashable, Sendable, Codable {
    case originalEnds
    case usersLoseAccess
}

public struct NoAdminRights: Hashable, Sendable, Codable {
    /// The first original whose users must be reassigned.
    public var original: LicenseID
    /// Users of every changed offer, in all.
    public var users: Int
    /// The earliest deadline, which sets the urgency.
    public var deadline: CalendarDate
    public var daysLeft: Int
    /// Each original whose users must be reassigned, with its own deadline, earliest first.
    public var owed: [OwedReassignment]
    /// The GDAP relationship as it stands, when one was requested.
    public var gdap: GDAPState?
    public var roles: [GDAPRole]
}

public struct SeatShortfall: Hashable, Sendable, Codable {
    public var original: LicenseID
    /// Every original whose users the same CSP seats serve (one, or a pool).
    public var originals: [LicenseID]
    public var offer: String
    public var assigned: Int
    public var cspSeats: Int
    public var usersWithoutLicense: Int
    public var daysLeft: Int
    /// The CSP subscription to add the missing seats to, as it stands; added seats get their own
    /// correction window of `correctionDays`.
    public var addTo: SeatsTarget
    public var correctionDays: Int
}

/// A CSP subscription that missing seats go onto.
public struct SeatsTarget: Hashable, Sendable, Codable {
    public var id: LicenseID
    public var offer: String
    public var seats: Int
}

public struct SeatSurplus: Hashable, Sendable, Codable {
    public var subscription: LicenseID
    public var offer: String
    public var seats: Int
    public var users: Int
    public var surplus: Int
    /// The correction window: seats can be reduced until it closes.
    public var windowClosesOn: CalendarDate
    public var daysLeftInWindow: Int
    public var termEndsOn: CalendarDate
    /// What the spare seats cost for the term, when priced.
    public var cost: Money?
}

public struct CSPWindow: Hashable, Sendable, Codable {
    public var subscription: LicenseID
    public var offer: String
    public var seats: Int
    public var provisionedOn: CalendarDate
    /// The first day on which changes are no longer possible.
    public var closesOn: CalendarDate
    public var daysLeft: Int
    /// What closing the window commits the partner to: the term to its end, and its price.
    public var term: CSPTerm
    public var billing: BillingFrequency
    public var termEndsOn: CalendarDate
    public var committed: Money?
}

public struct AutoRenew: Hashable, Sendable, Codable {
    public var license: LicenseID
    public var offer: String
    public var expires: CalendarDate
    public var daysLeft: Int
    /// Recorded as on; false when nobody recorded it (Microsoft's default is on).
    public var recorded: Bool
    /// The end date has passed: it has most likely renewed that day for a new paid term, so it has
    /// not expired. Nil while the term runs.
    public var renewedOn: CalendarDate? = nil
    /// What cancelling the new term brings back: the billing account, and the first day an MCA
    /// account is no longer refunded (its window counts from the renewal).
    public var account: BillingAccount? = nil
    public var refundClosesOn: CalendarDate? = nil
    /// Days until it closes (0 or less once closed).
    public var refundDaysLeft: Int? = nil
}

public struct InviteStale: Hashable, Sendable, Codable {
    public var sentOn: CalendarDate
    public var daysPending: Int
    public var email: String?
}

public struct GDAPStale: Hashable, Sendable, Codable {
    public var requestedOn: CalendarDate
    public var daysPending: Int
    /// The day the request lapses unanswered (or lapsed).
    public var lapsesOn: CalendarDate
    public var lapsed: Bool
}

public struct GDAPExpiring: Hashable, Sendable, Codable {
    public var expiresOn: CalendarDate
    public var daysLeft: Int
}

public struct TenantLimit: Hashable, Sendable, Codable {
    public var running: Int
    public var limit: Int
    /// The Expired stage in which the repurchase must happen.
    public var expiredStageDays: Int
}

public struct Overlap: Hashable, Sendable, Codable {
    public var original: LicenseID
    public var replacements: [LicenseID]
    public var from: CalendarDate
    public var until: CalendarDate
    public var days: Int
    /// What the replacements' seats cost over those days: the second payment, since the original
    /// is paid anyway. At the CSP price when recorded, else at the original's (`atOriginalPrice`).
    public var cost: Money?
    /// What cancelling the original today would refund: then the cost comes back; nil when it is lost.
    public var recoverable: CancellationRefund?
    /// The seats the cost counts, and whether their price is the original's (no CSP price recorded).
    /// A replacement that also takes over from other originals counts here only this one's share
    /// of its seats (`Guide.seatShares`): each seat is paid twice once, not once per original.
    public var cspSeats: Int = 0
    public var atOriginalPrice: Bool = false
    /// The replacements also take over from other originals, whose own notes count the rest of
    /// their seats; nil when all of them are counted here.
    public var shared: SharedSeats? = nil
}

public struct RefundWindow: Hashable, Sendable, Codable {
    public var license: LicenseID
    public var offer: String
    public var startedOn: CalendarDate?
    /// The first day cancelling is no longer refunded.
    public var closesOn: CalendarDate
    public var daysLeft: Int
    public var expires: CalendarDate
    /// The account is recorded as MCA; false when it is not recorded (a MOSA account is refunded anyway).
    public var accountKnown: Bool
    /// A CSP subscription already takes over from it, or nobody uses it: cancelling it now is all
    /// that is left.
    public var covered: Bool
}

/// An original whose price is in another currency than the customer's: its amounts are stated in
/// its own currency and never added to the customer's other amounts.
public struct CurrencyMismatch: Hashable, Sendable, Codable {
    public var original: LicenseID
    public var offer: String
    public var price: Money
    public var customerCurrency: String
}

public struct PurchaseDateUnknown: Hashable, Sendable, Codable {
    public var subscription: LicenseID
    public var offer: String
}
