/// Every message's stable code. Warnings (W-) and information (I-) come from the guidance rules;
/// errors (E-) from commands that were refused and changed nothing.
public enum MessageCode: String, CaseIterable, Sendable, Codable {
    case usersUnlicensed = "W-USERS-UNLICENSED"
    case earlyCancel = "W-EARLY-CANCEL"
    case earlyProvision = "W-EARLY-PROVISION"
    case cspCancel = "W-CSP-CANCEL"
    case coverageGap = "W-COVERAGE-GAP"
    case offerChange = "W-OFFER-CHANGE"
    case noAdminRights = "W-NO-ADMIN-RIGHTS"
    case seatShortfall = "W-SEAT-SHORTFALL"
    case seatSurplus = "W-SEAT-SURPLUS"
    case cspWindow = "W-CSP-WINDOW"
    case autoRenew = "W-AUTO-RENEW"
    case gdapExpiring = "W-GDAP-EXPIRING"
    case inviteStale = "W-INVITE-STALE"
    case gdapStale = "W-GDAP-STALE"
    case currencyMismatch = "W-CURRENCY-MISMATCH"
    case tenantLimit = "I-TENANT-LIMIT"
    case overlap = "I-OVERLAP"
    case purchaseDateUnknown = "I-PURCHASE-DATE-UNKNOWN"
    case refundWindow = "I-REFUND-WINDOW"

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
    case outOfOrder = "E-OUT-OF-ORDER"
    case notEnded = "E-NOT-ENDED"
    case windowClosed = "E-WINDOW-CLOSED"
    case noPurchaseDate = "E-NO-PURCHASE-DATE"
    case noAutoRenew = "E-NO-AUTO-RENEW"
    case notCancellable = "E-NOT-CANCELLABLE"
    case noCurrency = "E-NO-CURRENCY"
    case noMatch = "E-NO-MATCH"
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
