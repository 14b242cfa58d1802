import MigrationGuide
import MigrationStore

/// Every sentence the assistant says, in one language. One conforming type per language; since each
/// method switches over every case, a message without a translation does not compile.
protocol Phrasebook: Sendable {
    var language: Language { get }
    func label(_ label: Label) -> String
    func stage(_ stage: MigrationStage) -> String
    func program(_ program: Program) -> String
    /// `17 days`, `1 day`.
    func days(_ count: Int) -> String
    func users(_ count: Int) -> String
    func seats(_ count: Int) -> String
    /// An original's position today: `near its end`, `expired: users keep access until ...`.
    func position(_ status: OriginalStatus) -> String
    /// The full warning, with figures and what to do.
    func finding(_ finding: Finding, handle: Handle) -> String
    /// A few words for portfolio listings.
    func summary(_ finding: Finding) -> String
    func error(_ error: CommandError) -> String
    func nextAction(_ action: NextAction) -> String
    func explanation(_ topic: Topic, settings: GuideSettings) -> [String]
    func steps(_ settings: GuideSettings) -> [String]
    func invitationInstructions(_ reply: InvitationReply) -> [String]
    func invitationMessage(_ reply: InvitationReply) -> [String]
    /// What `reassign` concludes: recorded as done, or how to do it.
    func reassignmentOutcome(_ reply: ReassignmentReply) -> String
    /// `cancel --dry-run`: the verdict, then (after the findings) what to type.
    func cancellationCheck(_ check: CancellationCheck) -> (verdict: String, next: String)
    /// Why a question was not answered; the suggested commands follow.
    func unsure(_ reason: UnsureReply.Reason) -> String
    /// One-line confirmations of state changes and session settings.
    func confirmation(_ confirmation: Confirmation) -> String
}

/// The reply items that a phrasebook confirms in one line. Its own type, so that each phrasebook
/// switches over every case without a `default:` that would hide a missing translation.
enum Confirmation {
    case customerAdded(Customer)
    case customerRemoved(Handle, originals: Int, csp: Int)
    case selected(Handle?)
    case licenseAdded(Handle, OriginalSubscription)
    case licenseUpdated(Handle, OriginalSubscription)
    case accepted(Handle, Invitation)
    case provisioned(ProvisionedReply)
    case cancelled(CancelledReply)
    case expired(Handle, OriginalSubscription)
    case today(CalendarDate, changed: Bool)
    case language(Language, auto: Bool)
    case format(OutputFormat)
    case imported(ImportReport)
    case exported(ExportReport)
    case recording(path: String?, started: Bool)
    case goodbye
    case colleagueChanged(JournalEntry)
    case passwordInConnectionString
    case copied(CopyReport, from: String, to: String)
}

/// Fixed words: headings, column names.
enum Label: CaseIterable {
    case commands, usage, arguments, flags, examples, helpFooter
    case originals, cspSubscriptions, warnings, next, invitation, notInvited, invitedOn, acceptedOn
    case id, offer, seatsColumn, assigned, ends, daysLeft, position, replacedBy, provisioned, replaces
    case handle, name, stageColumn, warningsColumn, mostUrgent, nextColumn, program, domain, email
    case noCustomers, noOriginals, noCSP, noWarnings, allClear, portfolioHeading, settingsHeading
    case notPriced, reassignmentNone, reassignmentHeading, goodbye
    case errorTag, warningTag, noteTag, aliases, row, noJournal, when, sessionDate, agent, command
}

extension Phrasebook {
    func money(_ money: Money) -> String { NumberFormat.money(money, language) }
    func number(_ value: Int) -> String { NumberFormat.integer(value, language) }
    func quoted(_ text: String) -> String { "`\(text)`" }
}

extension NextAction {
    /// The command to type for this action, if there is one to type now.
    func command(for handle: Handle) -> String? {
        let h = handle.rawValue
        switch self {
        case .invite: return "invite \(h)"
        case .awaitAcceptance(_, _, let stale): return stale ? "invite \(h)" : "accept \(h)"
        case .recordOriginals: return "license add \(h) \"OFFER\" --seats N --expires YYYY-MM-DD"
        case .provision(let original, let offer, let seats, _):
            return "provision \(h) \(ShellQuote.quote(offer)) --seats \(seats) --replaces \(original)"
        case .addSeats(let original, let offer, let missing):
            return "provision \(h) \(ShellQuote.quote(offer)) --seats \(missing) --replaces \(original)"
        case .reassign: return "reassign \(h) --done"
        case .turnOffAutoRenew(let license, _): return "license edit \(h) \(license) --auto-renew off"
        // Retiring waits for a date; the sentence names both ways (expire, or cancel now).
        case .retire, .waitForWindow, .complete: return nil
        }
    }
}
