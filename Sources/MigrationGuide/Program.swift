/// The licensing program a customer buys through today, before the move to CSP. It changes the
/// advice: MOSP customers may get a credit from Microsoft on cancellation, and Enterprise Agreement
/// customers can schedule CSP subscriptions at their EA renewal instead of the manual steps.
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
}
