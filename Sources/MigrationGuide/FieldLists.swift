import Foundation

/// A struct's stored fields in the order of its memberwise initializer, with that initializer:
/// enough to take a value apart and build it again field by field, for a binary form faster than
/// `Codable` (the store keeps each customer's `CustomerSummary` packed this way). The compiler
/// checks each list against the initializer, so a field added to a struct must be added here;
/// it cannot tell two fields of one type apart, which the store's round-trip tests do.
/// A class, so that reading a type's list does not copy (and count references to) every key path.
public final class FieldList<Root, each Field>: Sendable {
    public let make: @Sendable (repeat each Field) -> Root
    public let paths: (repeat KeyPath<Root, each Field> & Sendable)

    public init(_ make: @escaping @Sendable (repeat each Field) -> Root, _ paths: repeat KeyPath<Root, each Field> & Sendable) {
        self.make = make
        self.paths = (repeat each paths)
    }
}

extension CustomerSummary {
    public static let fields = FieldList(CustomerSummary.init, \.stage, \.originals, \.cspSubscriptions, \.mostUrgent, \.warnings, \.nextAction)
}

extension Money {
    public static let fields = FieldList(Money.init, \.amount, \.currency)
}

extension UsersUnlicensed {
    public static let fields = FieldList(
        UsersUnlicensed.init, \.original, \.offer, \.users, \.since, \.dataDeletedOn, \.daysUntilDataDeleted, \.cause, \.ifCancelled)
}

extension EarlyCancellation {
    public static let fields = FieldList(
        EarlyCancellation.init, \.license, \.offer, \.on, \.expires, \.daysLeft, \.remainingValue, \.paidTime, \.forfeited,
        \.recommendedFrom, \.usersLoseAccessAtOnce, \.skippedExpiredDays, \.usersLoseAccessOn, \.dataDeletedOn, \.program, \.refund,
        \.onlineCancelLimit, \.autoRenew)
}

extension EarlyProvision {
    public static let fields = FieldList(
        EarlyProvision.init, \.original, \.offer, \.endDate, \.provisionOn, \.recommendedFrom, \.latest, \.daysPaidTwice, \.paidTwice,
        \.avoidableDays, \.avoidable, \.recoverable, \.cspSeats, \.atOriginalPrice, \.shared)
}

extension CSPCancellation {
    public static let fields = FieldList(CSPCancellation.init, \.subscription, \.offer, \.seats, \.on, \.backupDays, \.dataDeletedOn)
}

extension CoverageGap {
    public static let fields = FieldList(
        CoverageGap.init, \.license, \.offer, \.assigned, \.endDate, \.daysLeft, \.lifecycle, \.stages, \.usersLoseAccessOn,
        \.dataDeletedOn, \.daysUntilUsersLoseAccess, \.daysUntilDataDeleted, \.accepted, \.latest, \.daysUntilLatest, \.graceUncertain,
        \.ifCancelled, \.provisionFrom)
}

extension OfferChange {
    public static let fields = FieldList(
        OfferChange.init, \.original, \.originalOffer, \.replacement, \.newOffer, \.users, \.deadline, \.deadlineKind, \.daysLeft)
}

extension OwedReassignment {
    public static let fields = FieldList(OwedReassignment.init, \.original, \.offer, \.users, \.deadline, \.deadlineKind, \.daysLeft)
}

extension NoAdminRights {
    public static let fields = FieldList(NoAdminRights.init, \.original, \.users, \.deadline, \.daysLeft, \.owed, \.gdap, \.roles)
}

extension SeatShortfall {
    public static let fields = FieldList(
        SeatShortfall.init, \.original, \.originals, \.offer, \.assigned, \.cspSeats, \.usersWithoutLicense, \.daysLeft, \.addTo,
        \.correctionDays)
}

extension SharedSeats {
    public static let fields = FieldList(SharedSeats.init, \.seats, \.with)
}

extension SeatsTarget {
    public static let fields = FieldList(SeatsTarget.init, \.id, \.offer, \.seats)
}

extension SeatSurplus {
    public static let fields = FieldList(
        SeatSurplus.init, \.subscription, \.offer, \.seats, \.users, \.surplus, \.windowClosesOn, \.daysLeftInWindow, \.termEndsOn, \.cost)
}

extension CSPWindow {
    public static let fields = FieldList(
        CSPWindow.init, \.subscription, \.offer, \.seats, \.provisionedOn, \.closesOn, \.daysLeft, \.term, \.billing, \.termEndsOn,
        \.committed)
}

extension AutoRenew {
    public static let fields = FieldList(
        AutoRenew.init, \.license, \.offer, \.expires, \.daysLeft, \.recorded, \.renewedOn, \.account, \.refundClosesOn, \.refundDaysLeft)
}

extension InviteStale {
    public static let fields = FieldList(InviteStale.init, \.sentOn, \.daysPending, \.email)
}

extension GDAPStale {
    public static let fields = FieldList(GDAPStale.init, \.requestedOn, \.daysPending, \.lapsesOn, \.lapsed)
}

extension GDAPExpiring {
    public static let fields = FieldList(GDAPExpiring.init, \.expiresOn, \.daysLeft)
}

extension TenantLimit {
    public static let fields = FieldList(TenantLimit.init, \.running, \.limit, \.expiredStageDays)
}

extension Overlap {
    public static let fields = FieldList(
        Overlap.init, \.original, \.replacements, \.from, \.until, \.days, \.cost, \.recoverable, \.cspSeats, \.atOriginalPrice, \.shared)
}

extension RefundWindow {
    public static let fields = FieldList(
        RefundWindow.init, \.license, \.offer, \.startedOn, \.closesOn, \.daysLeft, \.expires, \.accountKnown, \.covered)
}

extension CurrencyMismatch {
    public static let fields = FieldList(CurrencyMismatch.init, \.original, \.offer, \.price, \.customerCurrency)
}

extension PurchaseDateUnknown {
    public static let fields = FieldList(PurchaseDateUnknown.init, \.subscription, \.offer)
}

extension StageLengths {
    public static let fields = FieldList(StageLengths.init, \.expiredDays, \.disabledDays)
}

extension EndedOriginal {
    public static let fields = FieldList(
        EndedOriginal.init, \.endedOn, \.lifecycle, \.program, \.stages, \.usersLoseAccessOn, \.dataDeletedOn)
}
