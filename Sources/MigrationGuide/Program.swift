/// The licensing program a customer buys through today, before the move to CSP. It changes the
/// advice: how long users keep access after an original ends, what staff can do with an original
/// before its end (only web direct has recurring billing to turn off and refunds), and Enterprise
/// Agreement customers can renew to CSP instead of the manual steps.
public enum Program: String, CaseIterable, Sendable, Codable {
    /// Open License (volume licensing through a reseller).
    case open
    /// Microsoft Online Subscription Program: web direct, bought in the Microsoft 365 admin center.
    case mosp
    /// Enterprise Agreement.
    case ea
    /// Retail (boxed or shop-bought subscriptions).
    case retail
    case other

    /// Volume Licensing: its grace figures changed in 2025, so the plan has the CSP subscription in
    /// place by the end date instead of relying on the Expired stage.
    public var isVolumeLicensing: Bool { self == .open || self == .ea }

    /// Recurring billing can be turned off and the subscription cancelled in the Microsoft 365
    /// admin center: web direct only. Open License and retail keys are prepaid and run to their
    /// end; an EA is committed per enrollment year. An unknown program is given the benefit of the
    /// doubt, since staff may know better.
    public var hasRecurringBilling: Bool { self == .mosp || self == .other }

    /// An original can be ended before its term's end. Not under an Enterprise Agreement: its
    /// online services are committed per enrollment year, reduced only at the anniversary (DOMAIN,
    /// "what each program lets staff do", partner practice). Open License and retail are prepaid
    /// and not refunded, but nothing stops a customer from giving one up.
    public var allowsMidTermCancellation: Bool { self != .ea }
}

/// A web-direct customer's billing account, which decides what cancelling returns: a MOSA account
/// gets a prorated credit or refund; an MCA account (it has a billing profile) only within the
/// first days after start or renewal.
public enum BillingAccount: String, CaseIterable, Sendable, Codable {
    case mosa
    case mca
    case unknown
}

/// An Enterprise Agreement's term: multi-year terms keep the Disabled stage longer.
public enum EATerm: String, CaseIterable, Sendable, Codable {
    case standard
    case multiYear = "multi-year"
}
