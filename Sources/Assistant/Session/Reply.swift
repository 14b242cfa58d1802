import MigrationGuide
import MigrationStore

/// What a command said, as values: rendering to English or Portuguese, plain text, colour or JSON
/// happens once, at the edge.
public struct Reply: Sendable {
    public var items: [ReplyItem]
    /// `quit`: the loop stops after this reply.
    public var endsSession: Bool
    /// Rendered in this format whatever the session's (`log --json`).
    public var format: OutputFormat?

    public init(_ items: [ReplyItem] = [], endsSession: Bool = false) {
        self.items = items
        self.endsSession = endsSession
    }

    public init(_ item: ReplyItem) {
        self.init([item])
    }

    public static func failure(_ error: CommandError) -> Reply { Reply(.error(error)) }

    /// `record` and `record stop`, done or refused: a transcript never holds them.
    var controlsRecording: Bool {
        items.contains {
            switch $0 {
            case .recording, .error(.alreadyRecording): true
            default: false
            }
        }
    }

    /// Failed: unknown command, bad arguments, a refused action, or a question left unanswered.
    public var isFailure: Bool {
        items.contains {
            switch $0 {
            case .error, .unsure: true
            default: false
            }
        }
    }
}

/// One part of a reply.
public enum ReplyItem: Sendable {
    case error(CommandError)
    case help(HelpReply)
    case steps
    case explanation(Topic)
    case customerAdded(Customer)
    case customerUpdated(Customer)
    /// `plan`: each original's provisioning dates, with the guidance they come from.
    case plan(Guidance)
    /// A GDAP request or acceptance recorded, or (`change` nil) where admin rights stand.
    case gdap(GDAPReply)
    case cspChanged(CSPChangeReply)
    case customerRemoved(Handle, originals: Int, csp: Int)
    /// `customer remove --dry-run`: what removing it would forget; nothing removed.
    case customerRemovalPreview(Handle, originals: Int, csp: Int)
    case customerList([PortfolioRow])
    case customerDetail(Customer, Guidance)
    case selected(Handle?)
    case licenseAdded(Handle, OriginalSubscription)
    case licenseUpdated(Handle, OriginalSubscription)
    case licenseList(Handle, [OriginalStatus])
    /// `license list --ending`: originals ending in a period, by end date, across customers.
    case originalsEnding(OriginalsEnding)
    case invitation(InvitationReply)
    case accepted(Handle, Invitation)
    case provisioned(ProvisionedReply)
    case cancelled(CancelledReply)
    case cancellationCheck(CancellationCheck)
    case expired(Handle, OriginalSubscription)
    case reassignment(ReassignmentReply)
    case status(Guidance)
    case portfolioStatus([PortfolioRow])
    case advice(Guidance)
    case portfolioAdvice([PortfolioRow])
    case today(CalendarDate, changed: Bool)
    /// `auto`: replies follow the language of each question.
    case language(Language, auto: Bool)
    case format(OutputFormat)
    /// `partner`: the partner's own settings, when the whole list is shown.
    case settings([SettingValue], changed: GuideSettings.Name?, partner: PartnerSettings?)
    /// The partner's own tenant id (`settings partner-tenant`), nil when not set.
    case partnerTenant(String?, changed: Bool)
    /// The partner's default currency (`settings currency`), nil when not set.
    case partnerCurrency(String?, changed: Bool)
    /// The partner's name, which signs the invitation message (`settings partner-name`), nil when not set.
    case partnerName(String?, changed: Bool)
    case journal([JournalEntry])
    /// What an import recorded, or would record (`--dry-run`).
    case importSummary(ImportSummary)
    case exported(ExportReport)
    /// Recording started to `path`, or stopped (`path` is where it went, nil when none was running).
    /// `base`: what the store held when it started, which a replay will not have (nil: nothing).
    case recording(path: String?, started: Bool, base: RecordingBase?)
    case goodbye
    case version(ProgramVersion)
    case timeline(TimelineReply)
    /// Warnings a recorded change raises at once (an original priced in another currency).
    case findings(Handle, [Finding])
    /// A date accepted but unlikely (`--expires 2207-03-31`): said, so a typo is caught.
    case unlikelyDate(UnlikelyDate)
    /// Another agent recorded a change in the team store (heard before the shell's next prompt).
    case colleagueChanged(JournalEntry)
    /// The team store's connection string carries a password: better kept in ~/.pgpass.
    case passwordInConnectionString
    /// `csp-migrate copy`: a portfolio file moved into the team database.
    case copied(CopyReport, from: String, to: String)
    /// A question was answered by running this command; its reply follows.
    case question(QuestionAnswer)
    /// A question the assistant could not answer without guessing.
    case unsure(UnsureReply)
}

/// The customers a recording starts with, and the database holding them: the transcript replays
/// only on a copy of it, and the way to copy one differs.
public struct RecordingBase: Sendable, Equatable {
    public enum Database: Sendable, Equatable {
        /// A SQLite file: copied safely with its write-ahead log by `sqlite3 FILE ".backup COPY"`.
        case file(String)
        /// The team database on PostgreSQL.
        case team
        /// `:memory:`: gone when the program ends, so there is nothing to copy.
        case memory
    }

    public var customers: Int
    public var database: Database

    /// A path as a shell reads it: quoted when it holds anything but plain characters.
    static func shellWord(_ path: String) -> String {
        path.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._/-+".contains($0)) } ? path : "'" + path.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }
}

public struct ExportReport: Sendable, Encodable {
    public var path: String
    public var customers: Int
    public var originals: Int
    /// Calendar events written (`.ics`); nil for a portfolio export.
    public var deadlines: Int? = nil
}

/// The originals `license list --ending` found, soonest end first.
public struct OriginalsEnding: Sendable, Encodable {
    /// As given; nil with `--all` alone (every original).
    public var period: DatePeriod?
    /// The first and last days looked at (`to` nil: no end).
    public var from: CalendarDate?
    public var to: CalendarDate?
    public var originals: [EndingOriginal]

    enum CodingKeys: String, CodingKey { case from, to, originals }
}

public struct EndingOriginal: Sendable, Encodable {
    public var customer: Handle
    public var name: String
    public var status: OriginalStatus
}

public struct HelpReply: Sendable {
    /// Every command when listing; the one asked for otherwise.
    public var specs: [CommandSpec]
    public var isListing: Bool
}

public struct InvitationReply: Sendable {
    public var customer: Customer
    public var invitation: Invitation
    /// Sent again: the earlier one is superseded.
    public var resent: Bool
    /// `--dry-run`: shown, not recorded.
    public var preview = false
    /// The partner's name for the message's signature (`settings partner-name`); nil: not set yet.
    public var partnerName: String? = nil
    /// No admin rights recorded: the reply adds the GDAP request step and paragraph.
    public var needsAdminRights: Bool {
        !(customer.createdInPartnerCenter && customer.gdap == nil) && customer.gdap?.acceptedOn == nil
    }
}

/// `cancel --dry-run`: what cancelling on `on` would cost, with nothing recorded.
public struct CancellationCheck: Sendable, Encodable {
    public var handle: Handle
    public var original: OriginalSubscription
    public var on: CalendarDate
    /// What `cancel` would refuse on without `--confirm`; empty when cancelling costs nothing.
    public var risks: [Finding]
    /// The CSP subscriptions that take over from it.
    public var replacements: [LicenseID]
    /// The date was given with `--on`, so the command to type repeats it.
    public var givenDate: Bool
    /// The paid days given up and what they are worth, shown even when it is little.
    public var paidTimeLeft: PaidTimeLeft
    /// What staff can do with an original of this program, and what cancelling returns: Open
    /// License and retail run to their end; an MCA account past its refund window gets nothing back.
    public var program: Program
    public var refund: CancellationRefund
    /// A MOSA subscription too large to cancel online: the limit.
    public var onlineCancelLimit: Int?

    /// The command that would record it.
    public var command: SuggestedCommand {
        Cancel.line(handle, original.id).with(CommonKeys.on, givenDate ? on.description : nil).with(CommonKeys.confirm, !risks.isEmpty)
    }
}

public struct ProvisionedReply: Sendable, Encodable {
    public var handle: Handle
    public var subscription: CSPSubscription
    public var replaced: [OriginalSubscription]
    /// What applies right after provisioning: the correction window, an offer change, seats.
    public var findings: [Finding]
    /// `--dry-run`: nothing was recorded.
    public var preview: Bool
    /// The warnings that need `--confirm` (W-EARLY-PROVISION): accepted on record when recorded,
    /// still to confirm in a preview.
    public var confirmable: [EarlyProvision] = []
}

public struct CancelledReply: Sendable, Encodable {
    public var handle: Handle
    public var original: OriginalSubscription
    /// Warnings confirmed with `--confirm`; kept in the record.
    public var overridden: [Finding]
}

public struct ReassignmentReply: Sendable, Encodable {
    public var handle: Handle
    public var changes: [OfferChange]
    /// Recorded as done on this day.
    public var doneOn: CalendarDate?
}

/// One customer's line in a portfolio listing: who, and its summary (`row.stage`, `row.nextAction`
/// and the rest read through to the summary, whose fields are listed once, in `CustomerSummary`).
@dynamicMemberLookup
public struct PortfolioRow: Sendable, Encodable {
    public var handle: Handle
    public var name: String
    public var summary: CustomerSummary

    public subscript<Value>(dynamicMember field: KeyPath<CustomerSummary, Value>) -> Value { summary[keyPath: field] }

    /// Flat, as scripts read it: the handle and name beside the summary's fields.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(handle, forKey: .handle)
        try container.encode(name, forKey: .name)
        try summary.encode(to: encoder)
    }

    private enum CodingKeys: String, CodingKey { case handle, name }
}

/// Who the partner is, as `settings` lists it beside the figures; nil where not set.
public struct PartnerSettings: Sendable, Equatable {
    public var tenant: String?
    public var currency: String?
    public var name: String?
}

public struct SettingValue: Sendable {
    public var name: GuideSettings.Name
    public var value: Int
}

public struct GDAPReply: Sendable, Encodable {
    public enum Change: String, Sendable, Encodable { case requested, accepted }
    public var customer: Handle
    public var change: Change?
    public var relationship: GDAPRelationship?
    public var state: GDAPState?
    /// The partner can assign licenses today (GDAP with License Administrator, or created in Partner Center).
    public var adminRights: Bool
    public var createdInPartnerCenter: Bool

    init(customer: Customer, change: Change?, on today: CalendarDate, settings: GuideSettings) {
        self.customer = customer.handle
        self.change = change
        relationship = customer.gdap
        state = customer.gdap?.state(on: today, settings: settings)
        adminRights = customer.hasAdminRights(on: today, settings: settings)
        createdInPartnerCenter = customer.createdInPartnerCenter
    }
}

public struct CSPChangeReply: Sendable, Encodable {
    public enum Change: String, Sendable, Encodable { case cancelled, edited, removed }
    public var handle: Handle
    public var subscription: CSPSubscription
    public var change: Change
    /// Warnings confirmed with `--confirm`; kept in the record.
    public var overridden: [Finding]
    /// Seats lowered after the correction window: Partner Center would not allow it, so this only corrects a typo.
    public var afterWindow: Bool
    /// What the corrected record now raises (a seat surplus or shortfall, an offer change).
    public var findings: [Finding] = []
    /// The acceptance recorded before a purchase date that came earlier, which moved it back to that date.
    public var acceptanceMovedFrom: CalendarDate?
}

/// An end date more than `UnlikelyDate.yearsAhead` years ahead or `yearsBehind` behind the session's
/// today: recorded as typed, and said, since 2207 for 2027 is an easy slip.
public struct UnlikelyDate: Sendable, Encodable {
    public var field: String
    public var date: CalendarDate
    /// Negative when in the past.
    public var daysAway: Int
    /// What corrects it: `license edit contoso L1 --expires YYYY-MM-DD`.
    public var correction: SuggestedCommand

    static let yearsAhead = 3
    static let yearsBehind = 1

    /// Nil when the date is plausible.
    init?(field: String, date: CalendarDate, today: CalendarDate, correction: SuggestedCommand) {
        guard date > today.adding(months: 12 * Self.yearsAhead) || date < today.adding(months: -12 * Self.yearsBehind) else { return nil }
        self.field = field
        self.date = date
        daysAway = today.days(until: date)
        self.correction = correction
    }

    enum CodingKeys: String, CodingKey { case field, date, daysAway }
}
