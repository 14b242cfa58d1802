/// Every message's stable code. Warnings (W-) and information (I-) come from the guidance rules;
/// errors (E-) from commands that were refused and changed nothing.
public enum MessageCode: String, CaseIterable, Sendable, Codable {
    case earlyCancel = "W-EARLY-CANCEL"
    case coverageGap = "W-COVERAGE-GAP"
    case offerChange = "W-OFFER-CHANGE"
    case seatShortfall = "W-SEAT-SHORTFALL"
    case cspWindow = "W-CSP-WINDOW"
    case autoRenew = "W-AUTO-RENEW"
    case inviteStale = "W-INVITE-STALE"
    case overlap = "I-OVERLAP"

    case notAccepted = "E-NOT-ACCEPTED"
    case unknownCustomer = "E-UNKNOWN-CUSTOMER"
    case unknownLicense = "E-UNKNOWN-LICENSE"
    case ambiguousOffer = "E-AMBIGUOUS-OFFER"
    case badDate = "E-BAD-DATE"
    case badNumber = "E-BAD-NUMBER"
    case duplicate = "E-DUPLICATE"
    case badHandle = "E-BAD-HANDLE"
    case badValue = "E-BAD-VALUE"
    case noCustomer = "E-NO-CUSTOMER"
    case hasSubscriptions = "E-HAS-SUBSCRIPTIONS"
    case confirmRequired = "E-CONFIRM-REQUIRED"
    case alreadyEnded = "E-ALREADY-ENDED"
    case unknownCommand = "E-UNKNOWN-COMMAND"
    case usage = "E-USAGE"
    case syntax = "E-SYNTAX"
    case storage = "E-STORAGE"
    case file = "E-FILE"
    case badImport = "E-BAD-IMPORT"

    public var severity: Severity {
        switch rawValue.first {
        case "W": .warning
        case "I": .info
        default: .error
        }
    }

    public init?(caseInsensitive text: String) {
        self.init(rawValue: text.uppercased())
    }
}
