/// One way to write a value with cases for scripts, in every `--json` reply and in the JSON
/// export alike: `{"kind": "provision", "original": "L2", …}`, the case as a documented
/// kebab-case name and its figures beside it by name. Never Swift's own `{"provision": {…}}`
/// shape, which changes whenever a case is renamed and reads as an empty object for a case
/// without figures (`{"invite": {}}`).
public protocol FlatCases: Encodable {
    /// The case's documented name: `provision`, `expired`, `cancelled-early`.
    var kind: String { get }
    /// The case's figures, by the names scripts read; nil values are left out.
    var fields: [(String, (any Encodable)?)] { get }
}

extension FlatCases {
    /// Writes `{"kind": …, …fields}`; each type's `encode(to:)` calls this.
    public func encodeFlat(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: FlatKey.self)
        try container.encode(kind, forKey: FlatKey("kind"))
        for (name, value) in fields {
            guard let value else { continue }
            try value.encode(to: container.superEncoder(forKey: FlatKey(name)))
        }
    }
}

struct FlatKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension NextAction: FlatCases {
    public var kind: String {
        switch self {
        case .invite: "invite"
        case .awaitAcceptance(_, _, let stale): stale ? "follow-up-invitation" : "await-acceptance"
        case .recordOriginals: "record-originals"
        case .waitToProvision: "wait-to-provision"
        case .provision: "provision"
        case .addSeats: "add-seats"
        case .getAdminRights: "get-admin-rights"
        case .reassign: "reassign"
        case .turnOffAutoRenew: "turn-off-auto-renew"
        case .checkRenewal: "check-renewal"
        case .retire: "retire"
        case .waitForWindow: "wait-for-window"
        case .complete: "complete"
        case .nothingToMove: "nothing-to-move"
        case .letUnusedEnd: "let-unused-end"
        }
    }

    public var fields: [(String, (any Encodable)?)] {
        switch self {
        case .invite, .recordOriginals, .complete, .nothingToMove: []
        case .awaitAcceptance(let sentOn, let daysPending, _): [("sentOn", sentOn), ("daysPending", daysPending)]
        case .waitToProvision(let original, let offer, let from, let latest, let meanwhile):
            [("original", original), ("offer", offer), ("from", from), ("latest", latest), ("meanwhile", meanwhile)]
        case .provision(let original, let offer, let seats, let endDate, let latest, let channelTransfer, let ended):
            [("original", original), ("offer", offer), ("seats", seats), ("endDate", endDate), ("latest", latest), ("channelTransfer", channelTransfer), ("ended", ended)]
        case .addSeats(let original, let offer, let missing, let subscription, let seats):
            [("original", original), ("offer", offer), ("missing", missing), ("subscription", subscription), ("seats", seats)]
        case .getAdminRights(let users, let deadline, let gdap): [("users", users), ("deadline", deadline), ("gdap", gdap)]
        case .reassign(let users, let deadline, let kind): [("users", users), ("deadline", deadline), ("deadlineKind", kind)]
        case .turnOffAutoRenew(let license, let expires): [("license", license), ("expires", expires)]
        case .checkRenewal(let license, let renewedOn): [("license", license), ("renewedOn", renewedOn)]
        case .retire(let license, let expires, let daysLeft, let program, let refund, let onlineCancelLimit):
            [("license", license), ("expires", expires), ("daysLeft", daysLeft), ("program", program), ("refund", refund), ("onlineCancelLimit", onlineCancelLimit)]
        case .waitForWindow(let license, let opensOn, let expires, let program): [("license", license), ("opensOn", opensOn), ("expires", expires), ("program", program)]
        case .letUnusedEnd(let license, let offer, let expires, let program, let turnOffRenewal):
            [("license", license), ("offer", offer), ("expires", expires), ("program", program), ("turnOffRenewal", turnOffRenewal)]
        }
    }

    public func encode(to encoder: any Encoder) throws { try encodeFlat(to: encoder) }
}

extension Preparation: FlatCases {
    public var kind: String {
        switch self {
        case .requestGDAP: "request-gdap"
        case .turnOffRenewal: "turn-off-renewal"
        case .renewToCSP: "renew-to-csp"
        }
    }

    public var fields: [(String, (any Encodable)?)] {
        switch self {
        case .turnOffRenewal(let license): [("license", license)]
        case .requestGDAP(let from): [("ifOfferChangesFrom", from)]
        case .renewToCSP: []
        }
    }

    public func encode(to encoder: any Encoder) throws { try encodeFlat(to: encoder) }
}

extension Lifecycle: FlatCases {
    public var kind: String {
        switch self {
        case .active: "active"
        case .expired: "expired"
        case .disabled: "disabled"
        case .deleted: "deleted"
        }
    }

    public var fields: [(String, (any Encodable)?)] {
        switch self {
        case .active: []
        case .expired(let usersLoseAccessOn): [("usersLoseAccessOn", usersLoseAccessOn)]
        case .disabled(let dataDeletedOn): [("dataDeletedOn", dataDeletedOn)]
        case .deleted(let on): [("on", on)]
        }
    }

    public func encode(to encoder: any Encoder) throws { try encodeFlat(to: encoder) }
}

extension OriginalSubscription.Ending: FlatCases {
    /// `cancelled`, `cancelled-early` or `expired`: also the export's and the import's column value.
    public var kind: String {
        switch self {
        case .cancelled(_, let early): early ? "cancelled-early" : "cancelled"
        case .expired: "expired"
        }
    }

    public var on: CalendarDate {
        switch self {
        case .cancelled(let on, _), .expired(let on): on
        }
    }

    public var fields: [(String, (any Encodable)?)] { [("on", on)] }

    public func encode(to encoder: any Encoder) throws { try encodeFlat(to: encoder) }
}

extension GDAPState: FlatCases {
    public var kind: String {
        switch self {
        case .pending: "pending"
        case .lapsed: "lapsed"
        case .active: "active"
        case .ended: "ended"
        }
    }

    public var fields: [(String, (any Encodable)?)] {
        switch self {
        case .pending(let since, let lapsesOn): [("since", since), ("lapsesOn", lapsesOn)]
        case .lapsed(let on), .ended(let on): [("on", on)]
        case .active(let until): [("until", until)]
        }
    }

    public func encode(to encoder: any Encoder) throws { try encodeFlat(to: encoder) }
}

extension CancellationRefund: FlatCases {
    public var kind: String {
        switch self {
        case .none: "none"
        case .proratedCredit: "prorated-credit"
        case .mcaInsideWindow: "mca-inside-window"
        case .mcaAfterWindow: "mca-after-window"
        case .mcaStartUnknown: "mca-start-unknown"
        case .accountUnknown: "account-unknown"
        }
    }

    public var fields: [(String, (any Encodable)?)] {
        switch self {
        case .none, .proratedCredit: []
        case .mcaInsideWindow(let closesOn): [("closesOn", closesOn)]
        case .mcaAfterWindow(let closedOn): [("closedOn", closedOn)]
        case .mcaStartUnknown(let windowDays): [("windowDays", windowDays)]
        case .accountUnknown(let windowDays, let closesOn): [("windowDays", windowDays), ("closesOn", closesOn)]
        }
    }

    public func encode(to encoder: any Encoder) throws { try encodeFlat(to: encoder) }
}
