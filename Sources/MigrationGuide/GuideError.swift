/// Why a step of the move was refused. Each refusal leaves the customer's record as it was.
public enum GuideError: Error, Hashable, Sendable {
    /// Provisioning needs the reseller relationship first (seed, step 2).
    case notAccepted(Handle, invitedOn: CalendarDate?)
    /// No original or CSP subscription answers to this id or offer.
    case unknownLicense(String, known: [LicenseID])
    /// The offer text names more than one original.
    case ambiguousOffer(String, candidates: [LicenseID])
    /// The original (or CSP subscription) is already cancelled or expired.
    case alreadyEnded(LicenseID, on: CalendarDate)
    /// Assigned users exceed the seats bought.
    case assignedExceedsSeats(assigned: Int, seats: Int)
    /// The step would cost money or service: these findings explain how; `--confirm` overrides.
    case confirmationRequired(Handle, [Finding])
    /// Events are recorded once they have happened: `on` is after the session's today.
    case dateInFuture(Event, on: CalendarDate, today: CalendarDate)
    /// An invitation for a customer that already accepted the reseller relationship.
    case alreadyAccepted(Handle, on: CalendarDate)
    /// `event` dated before the event it depends on.
    case outOfOrder(Event, on: CalendarDate, after: Event, of: CalendarDate)
    /// `expire` before the natural end: ending early is a cancellation, with its own checks.
    case endsLater(LicenseID, expires: CalendarDate, on: CalendarDate)
    /// The CSP correction window closed on `closedOn`: Partner Center no longer allows it.
    case correctionWindowClosed(LicenseID, closedOn: CalendarDate)
    /// The CSP subscription's purchase date was never recorded, so its correction window is unknown.
    case purchaseDateUnknown(Handle, LicenseID)
    /// The program has no mid-term cancellation (an Enterprise Agreement): `--confirm` cannot
    /// make one possible, so the original runs to its end.
    case noMidTermCancellation(Handle, LicenseID, offer: String, program: Program, expires: CalendarDate)
    /// The program has no recurring billing, so its originals cannot renew by themselves.
    case noAutoRenew(Program)
    /// A price with no currency given, none known for the customer and no partner default.
    case noCurrency(Handle)
    /// The offer matches no original while these are still without a replacement.
    case unmatchedOffer(String, uncovered: [OfferReference])
    /// One subscription can take over only from originals of one offer.
    case mixedOffers([OfferReference])
    /// The offer is an original's offer with a typo (`Ofice 365 E3`): asked about, not recorded.
    case misspelledOffer(String, meant: OfferReference)
    /// A new subscription's offer fits several originals of that one offer, none chosen yet.
    case ambiguousReplacement(String, candidates: [LicenseID])
    /// A new GDAP request would replace a relationship the customer accepted and that still runs.
    case gdapActive(Handle, acceptedOn: CalendarDate, until: CalendarDate?)
}

/// What happened, for errors about the order of events.
public enum Event: String, Hashable, Sendable, Codable {
    case invited, accepted, provisioned, cancelled, expired, gdapRequested, gdapAccepted, reassigned
}

/// An original or CSP subscription named in a message: its id and offer.
public struct OfferReference: Hashable, Sendable, Codable {
    public var id: LicenseID
    public var offer: String

    public init(id: LicenseID, offer: String) {
        self.id = id
        self.offer = offer
    }
}
