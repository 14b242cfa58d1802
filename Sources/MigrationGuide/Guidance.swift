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
    /// When to provision each original's replacement.
    public var plan: [ProvisioningPlan]

    public var mostUrgent: Finding? { findings.first }

    /// The originals a CSP subscription that replaces nothing may take over from
    /// (`OriginalStatus.awaitsReplacement(by:)`), in the order recorded.
    public func originalsAwaitingReplacement(like subscription: CSPSubscription) -> [OriginalStatus] {
        originals.filter { $0.awaitsReplacement(by: subscription.offer) }
    }
}

extension OriginalStatus {
    /// A CSP subscription of `offer` may take over from it: the same offer (linking another would
    /// hide this one's own gap), nothing takes over from it yet, and something is left to take
    /// over (not an unused original whose data is deleted: `Guide.mayBeReplaced`). An unused one
    /// still running needs no replacement, but one bought for its offer may keep its seats.
    public func awaitsReplacement(by offer: String) -> Bool {
        replacements.isEmpty && Guide.mayBeReplaced(original, lifecycle: lifecycle) && sameOffer(original.offer, offer)
    }
}

/// One original as of today.
public struct OriginalStatus: Hashable, Sendable, Codable {
    public var original: OriginalSubscription
    /// Days from today to the natural end (negative once past).
    public var daysLeft: Int
    public var lifecycle: Lifecycle
    /// Inside the near-end window: the time to let it expire or cancel it.
    public var nearEnd: Bool
    /// The program's stage lengths, and (once it ends) the day users lose access and the day the
    /// data is deleted.
    public var stages: StageLengths
    public var usersLoseAccessOn: CalendarDate
    public var dataDeletedOn: CalendarDate
    /// The CSP subscriptions that take over from it.
    public var replacements: [LicenseID]
    public var ended: Bool
    /// False when nobody holds a license of it, at any stage: nobody loses access when it ends,
    /// so nothing needs buying for it (`Guide.needsReplacing`).
    public var replacementNeeded: Bool
    /// Past its end with recurring billing on or not recorded, on web direct: most likely renewed
    /// for a new paid term, so users keep their licenses (`Guide.probablyRenewed`).
    public var probablyRenewed: Bool
}

/// When to provision an original's replacement: late enough not to pay twice for long, early
/// enough for what can go wrong (DOMAIN: "When to provision").
public struct ProvisioningPlan: Hashable, Sendable, Codable {
    public var original: LicenseID
    public var offer: String
    public var endDate: CalendarDate
    /// Days before the end: longer when licenses must be reassigned (the offer changes).
    public var leadDays: Int
    public var reassignmentLead: Bool
    /// The recommended day to provision, and the latest safe one: the end date for Volume
    /// Licensing (and any program without a real safety net), the last day of the Expired stage
    /// for web direct.
    public var provisionFrom: CalendarDate
    public var provisionBy: CalendarDate
    /// The CSP subscriptions that already take over from it, and when the first was provisioned.
    public var replacements: [LicenseID]
    public var provisionedOn: CalendarDate?
    /// False for an original nobody uses: nothing needs provisioning for it and there is no day
    /// to keep (`Guide.needsReplacing`).
    public var replacementNeeded: Bool
    /// Once its end date has passed: the plan's dates are history, and what counts is the stage it
    /// is in and when its users lose access.
    public var ended: EndedOriginal?
}

/// An original whose end date has passed, and where its users stand: the stage it is in (its
/// program's stage lengths), the day they lose access and the day its data is deleted.
public struct EndedOriginal: Hashable, Sendable, Codable {
    public var endedOn: CalendarDate
    public var lifecycle: Lifecycle
    public var program: Program
    public var stages: StageLengths
    public var usersLoseAccessOn: CalendarDate
    public var dataDeletedOn: CalendarDate
}

/// What staff should do next for a customer, with the figures needed to say it.
public enum NextAction: Hashable, Sendable, Codable {
    /// Step 1: request the reseller relationship.
    case invite
    /// Waiting for the global admin; `stale` once past the follow-up threshold.
    case awaitAcceptance(sentOn: CalendarDate, daysPending: Int, stale: Bool)
    /// Nothing recorded to move yet: record the originals (`license add`).
    case recordOriginals
    /// Step 2, not yet: nothing to buy before `from`; meanwhile, what can be prepared.
    case waitToProvision(original: LicenseID, offer: String, from: CalendarDate, latest: CalendarDate, meanwhile: [Preparation])
    /// Step 2 for the original that ends first among those without a replacement. `channelTransfer`:
    /// an Enterprise Agreement can renew to CSP instead.
    /// `ended`: the original has already ended, so there is no latest day left, only the day its
    /// users lose access.
    case provision(original: LicenseID, offer: String, seats: Int, endDate: CalendarDate, latest: CalendarDate, channelTransfer: Bool, ended: EndedOriginal? = nil)
    /// More CSP seats are needed for the users of `original` (and the originals pooled with it):
    /// added to the CSP subscription `subscription`, which then has `seats`.
    case addSeats(original: LicenseID, offer: String, missing: Int, subscription: LicenseID, seats: Int)
    /// Nobody on the partner side may assign licenses: get GDAP accepted (a pending request), or
    /// request a new relationship (none, lapsed, ended, or lacking the role), or agree that the
    /// customer's admin assigns them, before `deadline`.
    case getAdminRights(users: Int, deadline: CalendarDate, gdap: GDAPState?)
    /// Move license assignments to the new offers before the deadline.
    case reassign(users: Int, deadline: CalendarDate, kind: Deadline)
    /// Turn off recurring billing so the original expires instead of renewing (web direct).
    case turnOffAutoRenew(license: LicenseID, expires: CalendarDate)
    /// A web-direct original past its end with recurring billing on or not recorded has most
    /// likely renewed: check it in the admin center and record its new end date or billing off.
    case checkRenewal(license: LicenseID, renewedOn: CalendarDate)
    /// Every original is handled and none had users to move, so no CSP subscription was bought.
    case nothingToMove
    /// Step 3: inside the window. What can be done depends on the program: web direct may let it
    /// expire or cancel it now, by what cancelling returns (`refund`: an MCA account past its
    /// refund window gets nothing back, so recurring billing is turned off instead); the others let
    /// it run to its end. `onlineCancelLimit`: a MOSA subscription too large to cancel online.
    /// Web direct comes here only once recurring billing is recorded off for every running
    /// original (before that the next action is `turnOffAutoRenew`), so there is nothing to turn off.
    case retire(license: LicenseID, expires: CalendarDate, daysLeft: Int, program: Program, refund: CancellationRefund, onlineCancelLimit: Int?)
    /// Step 3, not yet: nothing to do until the near-end window opens (or, for programs without
    /// cancellation, until the end).
    case waitForWindow(license: LicenseID, opensOn: CalendarDate, expires: CalendarDate, program: Program)
    /// Step 4: the move is done.
    case complete
    /// Step 3 for an original nobody uses, with nothing replacing it: nothing needs buying for it,
    /// since nobody loses access when it ends. It runs to its end, by what its program allows
    /// (`turnOffRenewal`: web direct with recurring billing on or not recorded, to turn off first);
    /// seats for new users, if the customer wants them, are provisioned to replace it.
    case letUnusedEnd(license: LicenseID, offer: String, expires: CalendarDate, program: Program, turnOffRenewal: Bool)
    /// Step 3 for a web-direct original nobody uses, with nothing replacing it, when cancelling
    /// it now brings money back (`refund`: a MOSA account's prorated credit, an MCA account inside
    /// its refund window, or an account not recorded, which may be either): letting it run to its
    /// end would leave `refunded` (the paid time left, when a price is recorded) behind, and
    /// cancelling cuts nobody off. `onlineCancelLimit`: a MOSA subscription too large to cancel online.
    case cancelUnused(license: LicenseID, offer: String, expires: CalendarDate, refund: CancellationRefund, refunded: Money?, onlineCancelLimit: Int?)
}

/// What can be prepared while waiting to provision.
public enum Preparation: Hashable, Sendable, Codable {
    /// No admin rights recorded: only an offer change needs them (someone must assign the new
    /// licenses), and then the replacement is due earlier, from `ifOfferChangesFrom`.
    case requestGDAP(ifOfferChangesFrom: CalendarDate)
    /// Web direct: turn recurring billing off so the original does not renew.
    case turnOffRenewal(LicenseID)
    /// Enterprise Agreement: the renew-to-CSP channel transfer is the other path.
    case renewToCSP
}
