/// Everything the assistant can say about one customer on one day: the stage, each original's
/// position, the warnings most urgent first, and the next action.
public struct Guidance: Hashable, Sendable, Encodable {
    public var handle: Handle
    public var name: String
    public var program: Program
    public var today: CalendarDate
    public var stage: MigrationStage
    public var invitation: Invitation?
    public var originals: [OriginalStatus]
    public var cspSubscriptions: [CSPSubscription]
    /// Most urgent first.
    public var findings: [Finding]
    public var nextAction: NextAction

    public var mostUrgent: Finding? { findings.first }
}

/// One original as of today.
public struct OriginalStatus: Hashable, Sendable, Codable {
    public var original: OriginalSubscription
    /// Days from today to the natural end (negative once past).
    public var daysLeft: Int
    public var lifecycle: Lifecycle
    /// Inside the near-end window: the time to let it expire or cancel it.
    public var nearEnd: Bool
    /// The CSP subscriptions that take over from it.
    public var replacements: [LicenseID]
    public var ended: Bool
}

/// What staff should do next for a customer, with the figures needed to say it.
public enum NextAction: Hashable, Sendable, Codable {
    /// Step 1: request the reseller relationship.
    case invite
    /// Waiting for the global admin; `stale` once past the follow-up threshold.
    case awaitAcceptance(sentOn: CalendarDate, daysPending: Int, stale: Bool)
    /// Nothing recorded to move yet: record the originals (`license add`).
    case recordOriginals
    /// Step 2 for the original that ends first among those without a replacement.
    case provision(original: LicenseID, offer: String, seats: Int, endDate: CalendarDate)
    /// More CSP seats are needed for the users of `original`.
    case addSeats(original: LicenseID, offer: String, missing: Int)
    /// Move license assignments to the new offers before the originals end.
    case reassign(users: Int, deadline: CalendarDate)
    /// Turn off recurring billing so the original expires instead of renewing.
    case turnOffAutoRenew(license: LicenseID, expires: CalendarDate)
    /// Step 3: inside the window: let it expire on its date, or cancel it now at little cost.
    case retire(license: LicenseID, expires: CalendarDate, daysLeft: Int)
    /// Step 3, not yet: nothing to do until the near-end window opens.
    case waitForWindow(license: LicenseID, opensOn: CalendarDate, expires: CalendarDate)
    /// Step 4: the move is done.
    case complete
}
