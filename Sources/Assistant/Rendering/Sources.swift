import MigrationGuide

/// The Microsoft pages the policy figures come from, with the date of the version read, so staff
/// can check them when Microsoft changes a policy (DOMAIN facts).
enum MicrosoftSource: CaseIterable {
    case lifecycle, cancelBusiness, newCommerce, gdap, transition

    var title: String {
        switch self {
        case .lifecycle: "Microsoft 365 admin: \"What happens to my data and access when my Microsoft 365 for business subscription ends?\""
        case .cancelBusiness: "Microsoft 365 admin: \"Cancel your Microsoft business subscription\""
        case .newCommerce: "Partner Center: \"New commerce experience cancellation policy\" and \"Subscription lifecycle\""
        case .gdap: "Partner Center: \"GDAP frequently asked questions\" and \"GDAP least-privileged roles by task\""
        case .transition: "Partner Center: \"Move license-based customers from other channels, tenants, and partners to the CSP program\""
        }
    }

    var address: String {
        switch self {
        case .lifecycle: "learn.microsoft.com/microsoft-365/commerce/subscriptions/what-if-i-do-not-renew"
        case .cancelBusiness: "learn.microsoft.com/microsoft-365/commerce/subscriptions/cancel-your-subscription"
        case .newCommerce: "learn.microsoft.com/partner-center/customers/new-commerce-cancellation-policy"
        case .gdap: "learn.microsoft.com/partner-center/customers/gdap-faq"
        case .transition: "learn.microsoft.com/partner-center/customers/transition-seat-based-services"
        }
    }

    /// The date of the version the figures were read from.
    var date: String {
        switch self {
        case .lifecycle: "2025-02-06"
        case .cancelBusiness: "2024-09-10"
        case .newCommerce: "2023-08-04"
        case .gdap: "2023-10-09"
        case .transition: "2023-01"
        }
    }

    /// The page a topic's figures come from.
    static func of(_ topic: Topic) -> [MicrosoftSource] {
        switch topic {
        case .expiry: [.lifecycle]
        case .cancellation: [.lifecycle, .cancelBusiness]
        case .cspTerm, .provision: [.newCommerce]
        case .gdap: [.gdap]
        case .mosp: [.cancelBusiness]
        case .enterpriseAgreement: [.transition, .gdap]
        case .sources: MicrosoftSource.allCases
        default: []
        }
    }
}

extension Phrasebook {
    /// Each page as one line: title, address, version date.
    func sourceLines(_ topic: Topic, heading: String, version: String) -> [String] {
        let sources = MicrosoftSource.of(topic)
        guard !sources.isEmpty else { return [] }
        return [heading] + sources.map { "- \($0.title), \($0.address) (\(version) \($0.date))" }
    }
}

extension String {
    /// "the invitation" → "The invitation", to start a sentence.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
