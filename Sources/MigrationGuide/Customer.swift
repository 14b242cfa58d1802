/// A customer being moved to CSP, with everything recorded about its move so far.
public struct Customer: Hashable, Sendable, Codable {
    public var handle: Handle
    public var name: String
    public var domain: String?
    public var program: Program
    /// The global admin who accepts the reseller invitation.
    public var adminEmail: String?
    /// Step 1: nil until an invitation is sent.
    public var invitation: Invitation?
    /// The license-based subscriptions the customer is moving away from, in the order recorded.
    public var originals: [OriginalSubscription]
    /// Step 2: the CSP subscriptions provisioned for the customer, in the order recorded.
    public var cspSubscriptions: [CSPSubscription]
    /// Web direct only: what cancelling an original returns depends on it.
    public var billingAccount: BillingAccount
    /// Enterprise Agreement only: a multi-year term has a longer Disabled stage.
    public var eaTerm: EATerm
    /// A customer created in Partner Center comes with a default GDAP relationship (admin rights).
    public var createdInPartnerCenter: Bool
    /// Admin rights: the separate GDAP relationship, once requested.
    public var gdap: GDAPRelationship?
    /// The currency the customer is billed in (ISO 4217); prices without one take it.
    public var currency: String?
    /// The customer's Microsoft ID (its tenant id), once known from Partner Center.
    public var tenantID: String?

    public init(
        handle: Handle, name: String, domain: String? = nil, program: Program = .other,
        adminEmail: String? = nil, invitation: Invitation? = nil,
        originals: [OriginalSubscription] = [], cspSubscriptions: [CSPSubscription] = [],
        billingAccount: BillingAccount = .unknown, eaTerm: EATerm = .standard,
        createdInPartnerCenter: Bool = false, gdap: GDAPRelationship? = nil, currency: String? = nil, tenantID: String? = nil
    ) {
        self.billingAccount = billingAccount
        self.eaTerm = eaTerm
        self.createdInPartnerCenter = createdInPartnerCenter
        self.gdap = gdap
        self.currency = currency
        self.handle = handle
        self.name = name
        self.domain = domain
        self.program = program
        self.adminEmail = adminEmail
        self.invitation = invitation
        self.originals = originals
        self.cspSubscriptions = cspSubscriptions
        self.tenantID = tenantID
    }

    public var isAccepted: Bool { invitation?.acceptedOn != nil }

    public func original(_ id: LicenseID) -> OriginalSubscription? {
        originals.first { $0.id == id }
    }

    /// The CSP subscriptions that take over from `original` (alone or pooled with others of the
    /// same offer); a cancelled one takes over from nothing.
    public func replacements(of original: LicenseID) -> [CSPSubscription] {
        cspSubscriptions.filter { $0.cancelledOn == nil && $0.replaces.contains(original) }
    }

    public func cspSubscription(_ id: LicenseID) -> CSPSubscription? {
        cspSubscriptions.first { $0.id == id }
    }

    /// Someone on the partner side can assign licenses on `day`: a GDAP relationship with the
    /// License Administrator role is accepted and not over. A customer created in Partner Center
    /// holds its default relationship (`createdInPartnerCenter(on:settings:)`), which ends like any
    /// other; one recorded before that relationship was modelled has no date to end it by.
    public func hasAdminRights(on day: CalendarDate, settings: GuideSettings) -> Bool {
        if createdInPartnerCenter, gdap == nil { return true }
        guard let gdap, gdap.roles.contains(.licenseAdministrator) else { return false }
        if case .active = gdap.state(on: day, settings: settings) { return true }
        return false
    }

    /// Created in Partner Center on `date`: Partner Center gives such a customer a default GDAP
    /// relationship, accepted at creation, for the usual duration (DOMAIN.md, GDAP) [C]; kept when
    /// a relationship is already recorded.
    public mutating func createdInPartnerCenter(on date: CalendarDate, settings: GuideSettings) {
        createdInPartnerCenter = true
        if gdap == nil {
            gdap = GDAPRelationship(requestedOn: date, roles: GDAPRole.partnerCenterDefault, acceptedOn: date,
                                    expiresOn: date.adding(days: settings.gdapDurationDays))
        }
    }

    /// The next free id for an original: one more than the highest used, so that ids are never reused.
    public var nextLicenseID: LicenseID {
        LicenseID(kind: .original, number: (originals.map(\.id.number).max() ?? 0) + 1)
    }

    public var nextCSPID: LicenseID {
        LicenseID(kind: .csp, number: (cspSubscriptions.map(\.id.number).max() ?? 0) + 1)
    }
}

/// When the reseller relationship was requested and, once the customer's global admin accepted it, when.
public struct Invitation: Hashable, Sendable, Codable {
    public var sentOn: CalendarDate
    public var email: String?
    public var acceptedOn: CalendarDate?

    public init(sentOn: CalendarDate, email: String? = nil, acceptedOn: CalendarDate? = nil) {
        self.sentOn = sentOn
        self.email = email
        self.acceptedOn = acceptedOn
    }
}

/// The short id shown in every listing: `L1`, `L2` for originals, `C1`, `C2` for CSP subscriptions,
/// numbered per customer.
public struct LicenseID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public enum Kind: String, Sendable, Codable { case original = "L", csp = "C" }
    public var kind: Kind
    public var number: Int

    public init(kind: Kind, number: Int) {
        self.kind = kind
        self.number = number
    }

    /// `L3` or `c2` (case-insensitive).
    public init?(_ text: String) {
        guard let first = text.first, text.count >= 2, text.count <= 8,
              let kind = Kind(rawValue: first.uppercased()),
              let number = Int(text.dropFirst()), number > 0, text.dropFirst().allSatisfy(\.isASCII)
        else { return nil }
        self.init(kind: kind, number: number)
    }

    public var description: String { "\(kind.rawValue)\(number)" }

    public static func < (lhs: LicenseID, rhs: LicenseID) -> Bool {
        (lhs.kind.rawValue, lhs.number) < (rhs.kind.rawValue, rhs.number)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = LicenseID(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a license id: \(text)"))
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
