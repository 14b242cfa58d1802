import Foundation

/// A license-based subscription the customer bought outside CSP (Open, MOSP, EA, retail) and will
/// retire in step 3.
public struct OriginalSubscription: Hashable, Sendable, Codable {
    public var id: LicenseID
    /// Free text, as staff know it: "Office 365 E3".
    public var offer: String
    public var seats: Int
    /// Users who hold a license today; they are the ones who lose service in a gap.
    public var assigned: Int
    /// The natural end of the current term.
    public var expires: CalendarDate
    /// Per seat per month, when known.
    public var pricePerSeatMonth: Money?
    /// Whether it renews by itself, where the program has recurring billing; nil when nobody
    /// recorded it. Microsoft turns recurring billing on by default (web direct), so a value not
    /// recorded counts as renewing until someone checks (`mayRenew`).
    public var autoRenew: Bool?
    /// How it ended, once it has been retired by hand.
    public var ending: Ending?
    /// When the current term started (or last renewed), when known: a web-direct MCA account is
    /// refunded only within days of it.
    public var startedOn: CalendarDate?
    /// Microsoft's id for it (a Graph subscription id), when imported: a newer answer updates it.
    public var externalID: String?

    public init(
        id: LicenseID, offer: String, seats: Int, assigned: Int, expires: CalendarDate,
        pricePerSeatMonth: Money? = nil, autoRenew: Bool? = false, ending: Ending? = nil,
        startedOn: CalendarDate? = nil, externalID: String? = nil
    ) {
        self.startedOn = startedOn
        self.externalID = externalID
        self.id = id
        self.offer = offer
        self.seats = seats
        self.assigned = assigned
        self.expires = expires
        self.pricePerSeatMonth = pricePerSeatMonth
        self.autoRenew = autoRenew
        self.ending = ending
        self.externalID = externalID
    }

    /// It renews by itself, or nobody recorded that it does not.
    public var mayRenew: Bool { autoRenew != false }

    /// How an original was retired.
    public enum Ending: Hashable, Sendable, Codable {
        /// Cancelled on a date; `early` when it was outside the near-end window, so staff overrode
        /// W-EARLY-CANCEL with `--confirm` (kept so the record shows it).
        case cancelled(on: CalendarDate, early: Bool)
        /// Recorded as having run to its end (`expire`).
        case expired(on: CalendarDate)
    }

    /// The day service under this subscription ended or ends: the cancellation or recorded expiry
    /// date, else the term's end.
    public var endDate: CalendarDate {
        switch ending {
        case .cancelled(let on, _): on
        case .expired(let on): on
        case nil: expires
        }
    }

    /// Ended by hand, or its end date has passed (an original past its end counts as ended anyway).
    public func hasEnded(on today: CalendarDate) -> Bool {
        ending != nil || expires <= today
    }

    /// Cancelled before its natural end: per Microsoft's lifecycle it skipped the Expired stage.
    public var wasCancelledBeforeEnd: Bool {
        if case .cancelled(let on, _) = ending { return on < expires }
        return false
    }
}
