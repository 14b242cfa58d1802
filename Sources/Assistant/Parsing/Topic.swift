import MigrationGuide

/// What `explain` can talk about: a step, a policy, or any message code.
public enum Topic: Hashable, Sendable {
    case invite, accept, provision, cancellation, expiry, reassignment, multiPartner, enterpriseAgreement, mosp, settings
    case gdap, cspTerm, sources
    /// The other programs a customer may buy through today.
    case openLicense, retail, otherProgram
    case code(MessageCode)

    /// The names staff type, in both languages.
    static let names: [(String, Topic)] = [
        ("invite", .invite), ("convite", .invite), ("accept", .accept), ("aceite", .accept),
        ("provision", .provision), ("provisionamento", .provision),
        ("cancellation", .cancellation), ("cancel", .cancellation), ("cancelamento", .cancellation),
        ("expiry", .expiry), ("expire", .expiry), ("lifecycle", .expiry), ("expiracao", .expiry), ("expiração", .expiry),
        ("reassignment", .reassignment), ("reassign", .reassignment), ("reatribuicao", .reassignment), ("reatribuição", .reassignment),
        ("multi-partner", .multiPartner), ("multipartner", .multiPartner), ("multi-channel", .multiPartner),
        ("ea", .enterpriseAgreement), ("mosp", .mosp), ("settings", .settings),
        ("gdap", .gdap), ("admin-rights", .gdap), ("csp-term", .cspTerm), ("term", .cspTerm), ("prazo", .cspTerm),
        ("sources", .sources), ("fontes", .sources), ("web-direct", .mosp), ("mosa", .mosp), ("mca", .mosp),
        ("open", .openLicense), ("open-license", .openLicense), ("retail", .retail), ("varejo", .retail), ("other", .otherProgram), ("outro", .otherProgram),
    ]

    public init?(_ text: String) {
        let key = text.lowercased()
        if let code = MessageCode(caseInsensitive: key) {
            self = .code(code)
        } else if let found = Topic.names.first(where: { $0.0 == key }) {
            self = found.1
        } else {
            return nil
        }
    }

    /// The name `explain` takes for it: `explain reassignment`, `explain W-EARLY-CANCEL`.
    public var name: String {
        switch self {
        case .code(let code): code.rawValue
        case .invite: "invite"
        case .accept: "accept"
        case .provision: "provision"
        case .cancellation: "cancellation"
        case .expiry: "expiry"
        case .reassignment: "reassignment"
        case .multiPartner: "multi-partner"
        case .enterpriseAgreement: "ea"
        case .mosp: "mosp"
        case .openLicense: "open"
        case .retail: "retail"
        case .otherProgram: "other"
        case .settings: "settings"
        case .gdap: "gdap"
        case .cspTerm: "csp-term"
        case .sources: "sources"
        }
    }

    /// The primary name of each topic, for help and completion.
    public static let primaryNames = [Topic.invite, .accept, .provision, .cancellation, .expiry, .reassignment, .multiPartner, .enterpriseAgreement, .mosp, .openLicense, .retail, .otherProgram, .gdap, .cspTerm, .settings, .sources].map(\.name)
}

extension ValueReader where Value == Topic {
    /// A topic's name in either language, or a message code.
    public static var topic: Self {
        Self(.topic) { text, field, _ throws(CommandError) in
            guard let topic = Topic(text) else {
                throw .badValue(field: field, text: text, choices: Topic.primaryNames + ["W-…", "E-…", "I-…"])
            }
            return topic
        }
    }
}
