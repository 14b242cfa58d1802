/// The policy figures behind the advice. Each default is the figure in force today (sources in
/// shared DOMAIN facts and `explain`); they are settings because Microsoft changes such policies.
public struct GuideSettings: Hashable, Sendable, Codable {
    /// An original whose end is this many days away or fewer is "near its end": cancelling it then
    /// forfeits little, and it is the time to retire it (seed, step 3).
    public var nearEndDays: Int = 30
    /// New-commerce CSP subscriptions can be reduced or cancelled with a prorated refund only within
    /// 7 calendar days of purchase.
    public var cspCorrectionDays: Int = 7
    /// A pending invitation older than this needs a follow-up.
    public var inviteStaleDays: Int = 14
    /// Microsoft 365 lifecycle after the end of a term: Expired (users keep access), then Disabled
    /// (admins only), then Deleted.
    public var expiredStageDays: Int = 30
    public var disabledStageDays: Int = 90

    public init() {}

    /// Every setting by its name as staff type it (`settings near-end-days 45`).
    public enum Name: String, CaseIterable, Sendable, Codable {
        case nearEndDays = "near-end-days"
        case cspCorrectionDays = "csp-correction-days"
        case inviteStaleDays = "invite-stale-days"
        case expiredStageDays = "expired-stage-days"
        case disabledStageDays = "disabled-stage-days"
    }

    public subscript(name: Name) -> Int {
        get {
            switch name {
            case .nearEndDays: nearEndDays
            case .cspCorrectionDays: cspCorrectionDays
            case .inviteStaleDays: inviteStaleDays
            case .expiredStageDays: expiredStageDays
            case .disabledStageDays: disabledStageDays
            }
        }
        set {
            switch name {
            case .nearEndDays: nearEndDays = newValue
            case .cspCorrectionDays: cspCorrectionDays = newValue
            case .inviteStaleDays: inviteStaleDays = newValue
            case .expiredStageDays: expiredStageDays = newValue
            case .disabledStageDays: disabledStageDays = newValue
            }
        }
    }

    /// The values a setting may take: whole days, up to three years.
    public static let allowedDays = 0...1096
}
