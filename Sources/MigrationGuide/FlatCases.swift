/// One way to write a value with cases for scripts, in every `--json` reply and in the JSON
/// export alike: `{"kind": "provision", "original": "L2", …}`, the case as a documented
/// kebab-case name and its figures beside it by name. Never Swift's own `{"provision": {…}}`
/// shape, which changes whenever a case is renamed and reads as an empty object for a case
/// without figures (`{"invite": {}}`). Each type's `init(from:)` reads the same shape back
/// (`FlatFields`), so that its `Codable` holds for any decoder.
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

/// Reads what `encodeFlat` wrote: the case's name, then its figures by the names `fields` gives them.
struct FlatFields {
    private let container: KeyedDecodingContainer<FlatKey>
    let kind: String

    init(from decoder: any Decoder) throws {
        container = try decoder.container(keyedBy: FlatKey.self)
        kind = try container.decode(String.self, forKey: FlatKey("kind"))
    }

    /// A figure every value of the case has.
    func callAsFunction<T: Decodable>(_ name: String) throws -> T {
        try container.decode(T.self, forKey: FlatKey(name))
    }

    /// A figure left out when nil.
    func optional<T: Decodable>(_ name: String) throws -> T? {
        try container.decodeIfPresent(T.self, forKey: FlatKey(name))
    }

    func unknownKind(of type: Any.Type) -> DecodingError {
        .dataCorrupted(.init(codingPath: container.codingPath, debugDescription: "\(kind) is not a kind of \(type)"))
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
        case .cancelUnused: "cancel-unused"
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
        case .cancelUnused(let license, let offer, let expires, let refund, let refunded, let onlineCancelLimit):
            [("license", license), ("offer", offer), ("expires", expires), ("refund", refund), ("refunded", refunded), ("onlineCancelLimit", onlineCancelLimit)]
        }
    }

    public func encode(to encoder: any Encoder) throws { try encodeFlat(to: encoder) }

    public init(from decoder: any Decoder) throws {
        let flat = try FlatFields(from: decoder)
        switch flat.kind {
        case "invite": self = .invite
        case "await-acceptance", "follow-up-invitation":
            self = .awaitAcceptance(sentOn: try flat("sentOn"), daysPending: try flat("daysPending"), stale: flat.kind == "follow-up-invitation")
        case "record-originals": self = .recordOriginals
        case "wait-to-provision":
            self = .waitToProvision(original: try flat("original"), offer: try flat("offer"), from: try flat("from"), latest: try flat("latest"), meanwhile: try flat("meanwhile"))
        case "provision":
            self = .provision(original: try flat("original"), offer: try flat("offer"), seats: try flat("seats"), endDate: try flat("endDate"),
                              latest: try flat("latest"), channelTransfer: try flat("channelTransfer"), ended: try flat.optional("ended"))
        case "add-seats":
            self = .addSeats(original: try flat("original"), offer: try flat("offer"), missing: try flat("missing"), subscription: try flat("subscription"), seats: try flat("seats"))
        case "get-admin-rights": self = .getAdminRights(users: try flat("users"), deadline: try flat("deadline"), gdap: try flat.optional("gdap"))
        case "reassign": self = .reassign(users: try flat("users"), deadline: try flat("deadline"), kind: try flat("deadlineKind"))
        case "turn-off-auto-renew": self = .turnOffAutoRenew(license: try flat("license"), expires: try flat("expires"))
        case "check-renewal": self = .checkRenewal(license: try flat("license"), renewedOn: try flat("renewedOn"))
        case "retire":
            self = .retire(license: try flat("license"), expires: try flat("expires"), daysLeft: try flat("daysLeft"), program: try flat("program"),
                           refund: try flat("refund"), onlineCancelLimit: try flat.optional("onlineCancelLimit"))
        case "wait-for-window":
            self = .waitForWindow(license: try flat("license"), opensOn: try flat("opensOn"), expires: try flat("expires"), program: try flat("program"))
        case "complete": self = .complete
        case "nothing-to-move": self = .nothingToMove
        case "let-unused-end":
            self = .letUnusedEnd(license: try flat("license"), offer: try flat("offer"), expires: try flat("expires"), program: try flat("program"), turnOffRenewal: try flat("turnOffRenewal"))
        case "cancel-unused":
            self = .cancelUnused(license: try flat("license"), offer: try flat("offer"), expires: try flat("expires"), refund: try flat("refund"),
                                 refunded: try flat.optional("refunded"), onlineCancelLimit: try flat.optional("onlineCancelLimit"))
        default: throw flat.unknownKind(of: Self.self)
        }
    }
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

    public init(from decoder: any Decoder) throws {
        let flat = try FlatFields(from: decoder)
        switch flat.kind {
        case "request-gdap": self = .requestGDAP(ifOfferChangesFrom: try flat("ifOfferChangesFrom"))
        case "turn-off-renewal": self = .turnOffRenewal(try flat("license"))
        case "renew-to-csp": self = .renewToCSP
        default: throw flat.unknownKind(of: Self.self)
        }
    }
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

    public init(from decoder: any Decoder) throws {
        let flat = try FlatFields(from: decoder)
        switch flat.kind {
        case "active": self = .active
        case "expired": self = .expired(usersLoseAccessOn: try flat("usersLoseAccessOn"))
        case "disabled": self = .disabled(dataDeletedOn: try flat("dataDeletedOn"))
        case "deleted": self = .deleted(on: try flat("on"))
        default: throw flat.unknownKind(of: Self.self)
        }
    }
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

    public init(from decoder: any Decoder) throws {
        let flat = try FlatFields(from: decoder)
        switch flat.kind {
        case "cancelled", "cancelled-early": self = .cancelled(on: try flat("on"), early: flat.kind == "cancelled-early")
        case "expired": self = .expired(on: try flat("on"))
        default: throw flat.unknownKind(of: Self.self)
        }
    }
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

    public init(from decoder: any Decoder) throws {
        let flat = try FlatFields(from: decoder)
        switch flat.kind {
        case "pending": self = .pending(since: try flat("since"), lapsesOn: try flat("lapsesOn"))
        case "lapsed": self = .lapsed(on: try flat("on"))
        case "active": self = .active(until: try flat("until"))
        case "ended": self = .ended(on: try flat("on"))
        default: throw flat.unknownKind(of: Self.self)
        }
    }
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

    public init(from decoder: any Decoder) throws {
        let flat = try FlatFields(from: decoder)
        switch flat.kind {
        case "none": self = .none
        case "prorated-credit": self = .proratedCredit
        case "mca-inside-window": self = .mcaInsideWindow(closesOn: try flat("closesOn"))
        case "mca-after-window": self = .mcaAfterWindow(closedOn: try flat("closedOn"))
        case "mca-start-unknown": self = .mcaStartUnknown(windowDays: try flat("windowDays"))
        case "account-unknown": self = .accountUnknown(windowDays: try flat("windowDays"), closesOn: try flat.optional("closesOn"))
        default: throw flat.unknownKind(of: Self.self)
        }
    }
}
