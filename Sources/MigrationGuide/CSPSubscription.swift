import Foundation

/// A subscription provisioned through CSP in step 2.
public struct CSPSubscription: Hashable, Sendable, Codable {
    public var id: LicenseID
    public var offer: String
    public var seats: Int
    public var provisionedOn: CalendarDate
    /// The original it takes over from; nil for a new service with no original behind it.
    public var replaces: LicenseID?
    /// When staff confirmed that users' licenses were moved to this offer (`reassign --done`);
    /// only matters when the offer differs from the original's.
    public var reassignedOn: CalendarDate?
    /// Microsoft's id for it (Partner Center subscription id or Graph subscription id), when imported.
    public var externalID: String?

    public init(id: LicenseID, offer: String, seats: Int, provisionedOn: CalendarDate, replaces: LicenseID? = nil, reassignedOn: CalendarDate? = nil, externalID: String? = nil) {
        self.externalID = externalID
        self.reassignedOn = reassignedOn
        self.id = id
        self.offer = offer
        self.seats = seats
        self.provisionedOn = provisionedOn
        self.replaces = replaces
    }
}

/// Offer names compared as staff mean them: case, spacing and accents ignored
/// ("office 365  e3" is "Office 365 E3").
public func sameOffer(_ lhs: String, _ rhs: String) -> Bool {
    offerKey(lhs) == offerKey(rhs)
}

public func offerKey(_ offer: String) -> String {
    let folded = caseAndAccentFolded(offer)
    // Already one space between words (the usual case, checked on the bytes): nothing to rejoin.
    let utf8 = folded.utf8
    if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x80 }), utf8.first != 0x20, utf8.last != 0x20, !folded.contains("  ") { return folded }
    return folded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
}
