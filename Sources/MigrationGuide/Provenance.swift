/// Where a policy figure's default comes from, so that staff can tell Microsoft's rules from what
/// partners report, what we inferred, and what we simply chose (DOMAIN labels [C], [3P], [I]).
public enum Provenance: Hashable, Sendable {
    /// Stated on a Microsoft page [C].
    case microsoft(MicrosoftPage)
    /// Reported by partners or distributors only [3P]: never to be presented as Microsoft policy.
    case partners
    /// Inferred from a Microsoft page that does not state it for this case [I].
    case inferred(from: MicrosoftPage)
    /// A house default: a figure we chose for the advice, which Microsoft does not set.
    case ourChoice

    /// The Microsoft page named, for a stated or an inferred figure.
    public var page: MicrosoftPage? {
        switch self {
        case .microsoft(let page), .inferred(let page): page
        case .partners, .ourChoice: nil
        }
    }
}

/// A Microsoft page the figures were read from, with the date of the version read (DOMAIN sources).
public enum MicrosoftPage: String, CaseIterable, Hashable, Sendable {
    case lifecycle, cancelBusiness, newCommerce, gdap, transition

    /// Where the page is published: `Microsoft 365 admin`, `Partner Center`.
    public var site: String {
        switch self {
        case .lifecycle, .cancelBusiness: "Microsoft 365 admin"
        case .newCommerce, .gdap, .transition: "Partner Center"
        }
    }

    /// The page's own titles, as Microsoft publishes them (in English); a few figures come from
    /// two pages read together. Renderers join them in the reader's language.
    public var titles: [String] {
        switch self {
        case .lifecycle: ["What happens to my data and access when my Microsoft 365 for business subscription ends?"]
        case .cancelBusiness: ["Cancel your Microsoft business subscription"]
        case .newCommerce: ["New commerce experience cancellation policy", "Subscription lifecycle"]
        case .gdap: ["GDAP frequently asked questions", "GDAP least-privileged roles by task"]
        case .transition: ["Move license-based customers from other channels, tenants, and partners to the CSP program"]
        }
    }

    public var address: String {
        switch self {
        case .lifecycle: "learn.microsoft.com/microsoft-365/commerce/subscriptions/what-if-i-do-not-renew"
        case .cancelBusiness: "learn.microsoft.com/microsoft-365/commerce/subscriptions/cancel-your-subscription"
        case .newCommerce: "learn.microsoft.com/partner-center/customers/new-commerce-cancellation-policy"
        case .gdap: "learn.microsoft.com/partner-center/customers/gdap-faq"
        case .transition: "learn.microsoft.com/partner-center/customers/transition-seat-based-services"
        }
    }

    /// The date of the version the figures were read from.
    public var date: String {
        switch self {
        case .lifecycle: "2025-02-06"
        case .cancelBusiness: "2024-09-10"
        case .newCommerce: "2023-08-04"
        case .gdap: "2023-10-09"
        case .transition: "2023-01"
        }
    }
}
