import Foundation

/// A subscription provisioned through CSP in step 2.
public struct CSPSubscription: Hashable, Sendable, Codable {
    public var id: LicenseID
    public var offer: String
    public var seats: Int
    /// The day it was bought; nil when imported from a file that does not say (Partner Center's
    /// subscriptions export): the correction window and the term's end are unknown until recorded.
    public var provisionedOn: CalendarDate?
    /// The originals it takes over from: usually one; several of the same offer pool their users
    /// (a license belongs to the offer, not to a subscription). Empty for a new service.
    public var replaces: [LicenseID]
    /// When staff confirmed that users' licenses were moved to this offer (`reassign --done`);
    /// only matters when the offer differs from the original's.
    public var reassignedOn: CalendarDate?
    public var term: CSPTerm
    public var billing: BillingFrequency
    /// Per seat per month, when known: what the term commits the partner to.
    public var pricePerSeatMonth: Money?
    /// Cancelled in Partner Center inside the correction window (`csp cancel`): it went straight to Deleted.
    public var cancelledOn: CalendarDate?
    /// Microsoft's id for it (Partner Center subscription id or Graph subscription id), when imported.
    public var externalID: String?

    public init(
        id: LicenseID, offer: String, seats: Int, provisionedOn: CalendarDate?, replaces: [LicenseID] = [],
        reassignedOn: CalendarDate? = nil, term: CSPTerm = .annual, billing: BillingFrequency = .monthly,
        pricePerSeatMonth: Money? = nil, cancelledOn: CalendarDate? = nil, externalID: String? = nil
    ) {
        self.externalID = externalID
        self.id = id
        self.offer = offer
        self.seats = seats
        self.provisionedOn = provisionedOn
        self.replaces = replaces
        self.reassignedOn = reassignedOn
        self.term = term
        self.billing = billing
        self.pricePerSeatMonth = pricePerSeatMonth
        self.cancelledOn = cancelledOn
    }

    /// The last day of the first term; renewal (when on) runs the day after.
    public var termEndsOn: CalendarDate? {
        provisionedOn.map { $0.adding(months: term.months).adding(days: -1) }
    }

    /// What the partner is billed for the whole term once the correction window closes.
    public var committed: Money? {
        pricePerSeatMonth.map { Money(amount: (Decimal(seats) * $0.amount * Decimal(term.months)).rounded(scale: 2), currency: $0.currency) }
    }
}

/// New-commerce terms: monthly (P1M), annual (P1Y), three-year (P3Y).
public enum CSPTerm: String, CaseIterable, Sendable, Codable {
    case monthly
    case annual
    case threeYear = "three-year"

    public var months: Int {
        switch self {
        case .monthly: 1
        case .annual: 12
        case .threeYear: 36
        }
    }
}

public enum BillingFrequency: String, CaseIterable, Sendable, Codable {
    case monthly
    case annual
    case upfront
}

/// Offer names compared as staff mean them: case, spacing and accents ignored
/// ("office 365  e3" is "Office 365 E3").
public func sameOffer(_ lhs: String, _ rhs: String) -> Bool {
    if lhs == rhs { return true }
    return asciiSameKey(lhs, rhs) ?? (comparisonKey(lhs) == comparisonKey(rhs))
}

/// Whether two ASCII texts have the same `comparisonKey`, compared byte by byte without building
/// either key (the rules compare offers many times per command); nil when either is not ASCII.
func asciiSameKey(_ lhs: String, _ rhs: String) -> Bool? {
    var left = ASCIIKeyBytes(lhs.utf8), right = ASCIIKeyBytes(rhs.utf8)
    while true {
        let (a, b) = (left.next(), right.next())
        if left.sawOtherThanASCII || right.sawOtherThanASCII { return nil }
        guard a == b else {
            // A difference is only an answer once both texts are known to be ASCII.
            return left.restIsASCII() && right.restIsASCII() ? false : nil
        }
        if a == nil { return true }
    }
}

/// The bytes of an ASCII text's `comparisonKey`: lower case, runs of blanks as one space, none at
/// either end.
private struct ASCIIKeyBytes {
    var bytes: String.UTF8View.Iterator
    var pendingSpace = false
    var started = false
    var sawOtherThanASCII = false

    init(_ view: String.UTF8View) { bytes = view.makeIterator() }

    /// A blank's space waits for the next byte, so that blanks at the end leave nothing.
    private var held: UInt8?

    mutating func next() -> UInt8? {
        if let byte = held {
            held = nil
            return lowercased(byte)
        }
        while let byte = bytes.next() {
            if byte >= 0x80 {
                sawOtherThanASCII = true
                return nil
            }
            if isASCIIBlank(byte) {
                if started { pendingSpace = true }
                continue
            }
            started = true
            if pendingSpace {
                pendingSpace = false
                held = byte
                return 0x20
            }
            return lowercased(byte)
        }
        return nil
    }

    private func lowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }

    mutating func restIsASCII() -> Bool {
        while let byte = bytes.next() { if byte >= 0x80 { return false } }
        return !sawOtherThanASCII
    }
}

/// The form in which staff-typed names are compared (offers, customer names, roles, column
/// headings): case, accents and runs of blanks do not tell two names apart.
public func comparisonKey(_ text: String) -> String {
    caseAndAccentFolded(text).split(whereSeparator: isBlank).joined(separator: " ")
}
