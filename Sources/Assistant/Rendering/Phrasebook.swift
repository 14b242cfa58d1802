import MigrationGuide
import MigrationStore

/// Every sentence the assistant says, in one language. One conforming type per language; since each
/// method switches over every case, a message without a translation does not compile.
protocol Phrasebook: Sendable {
    var language: Language { get }
    func label(_ label: Label) -> String
    /// A placeholder in usage lines and errors (`HANDLE`, `YYYY-MM-DD`) as this language writes it.
    func placeholder(_ name: String) -> String
    func stage(_ stage: MigrationStage) -> String
    func program(_ program: Program) -> String
    /// The program's name inside a sentence, after a preposition: `another program`, `outro programa`.
    func programInSentence(_ program: Program) -> String
    /// `17 days`, `1 day`.
    func days(_ count: Int) -> String
    func users(_ count: Int) -> String
    func seats(_ count: Int) -> String
    /// An original's position today: `near its end`, `expired: users keep access until ...`.
    func position(_ status: OriginalStatus) -> String
    /// The full warning, with figures and what to do.
    func finding(_ finding: Finding, handle: Handle) -> String
    /// Several findings of one code said once: the shared sentences, then each one's own figures;
    /// nil when the code's paragraphs share nothing worth saying once.
    func groupedFindings(_ findings: [Finding], handle: Handle) -> (lead: String, items: [String])?
    /// A few words for portfolio listings.
    func summary(_ finding: Finding) -> String
    func error(_ error: CommandError) -> String
    func nextAction(_ action: NextAction) -> String
    /// Under `status`: a CSP subscription recorded as replacing no original (a new service, or a
    /// record missing its link), with the corrections: link it to an original still without a
    /// replacement (when there is one), or remove a record typed by mistake.
    /// `links`: the originals it may take over from, each with its end and the command linking it;
    /// with several, `all` links it to every one of them (a pool).
    func replacesNothing(_ subscription: CSPSubscription, links: [(original: LicenseID, ends: CalendarDate, command: SuggestedCommand)], all: SuggestedCommand?, remove: SuggestedCommand) -> String
    func explanation(_ topic: Topic, settings: GuideSettings) -> [String]
    /// Where a setting's value comes from, in a few words for the `settings` table: its default's
    /// provenance, or that the partner changed it (still naming the default's).
    func provenance(of name: GuideSettings.Name, in settings: GuideSettings) -> String
    func steps(_ settings: GuideSettings) -> [String]
    func invitationInstructions(_ reply: InvitationReply) -> [String]
    func invitationMessage(_ reply: InvitationReply) -> [String]
    /// `license list --ending`: the heading over the originals found, or the sentence saying none.
    func originalsEnding(_ reply: OriginalsEnding) -> String
    /// What `reassign` concludes: recorded as done, or how to do it.
    func reassignmentOutcome(_ reply: ReassignmentReply) -> String
    /// `cancel --dry-run`: the verdict, then (after the findings) what to type.
    func cancellationCheck(_ check: CancellationCheck) -> (verdict: String, next: String)
    /// Why a question was not answered; the suggested commands follow.
    func unsure(_ reason: UnsureReply.Reason) -> String
    /// Under a question's `→` line: the command that records the change it asked about, which
    /// the question itself did not make.
    func toRecordChange(_ command: String) -> String
    /// A date accepted but far from today, with what corrects it.
    func unlikelyDate(_ check: UnlikelyDate) -> String
    /// One-line confirmations of state changes and session settings.
    func confirmation(_ confirmation: Confirmation) -> String
    /// A GDAP request or acceptance recorded, or where admin rights stand.
    func gdapLines(_ reply: GDAPReply) -> [String]
    /// Why a file, or a place in it, could not be imported.
    func importError(_ error: ImportError) -> String
    /// The words of an import's summary table.
    func importWords(_ words: ImportWords) -> String
}

/// What an import summary needs put into words.
enum ImportWords {
    case outcome(ImportLine.Outcome)
    case skipped(SkipReason)
    case note(ImportNote)
    case change(FieldChange)
    case reading(FileReading)
    /// The closing sentence: counts, and whether anything was recorded.
    case totals(ImportSummary)
    /// "first 40 of 1,602 lines".
    case listedOnly(shown: Int, of: Int)
    case place(ImportPlace)
    /// "first 20 of 1,602 problems; all in FILE".
    case problemsListed(shown: Int, of: Int, errorsFile: String?)
    case detailsColumn
}

/// The reply items that a phrasebook confirms in one line. Its own type, so that each phrasebook
/// switches over every case without a `default:` that would hide a missing translation.
enum Confirmation {
    case customerAdded(Customer)
    case customerUpdated(Customer)
    case cspChanged(CSPChangeReply)
    case customerRemoved(Handle, originals: Int, csp: Int)
    case customerRemovalPreview(Handle, originals: Int, csp: Int)
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
    case exported(ExportReport)
    case recording(path: String?, started: Bool, base: RecordingBase?)
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
    case provisionFrom, provisionBy, leadDays, planHeading, now, notNeeded
    case handle, name, stageColumn, warningsColumn, mostUrgent, program, domain, email
    case noCustomers, noOriginals, noCSP, noWarnings, portfolioHeading, settingsHeading, settingChangedForEveryone
    case reassignmentNone, reassignmentHeading, goodbye
    case errorTag, warningTag, noteTag, aliases, row, noJournal, when, sessionDate, agent, command
    case historySearch, historySearchNotFound
}

extension Phrasebook {
    func money(_ money: Money) -> String { NumberFormat.money(money, language) }
    func number(_ value: Int) -> String { NumberFormat.integer(value, language) }
    func quoted(_ text: String) -> String { "`\(text)`" }
    /// A command line to type, its placeholders in this language.
    func commandLine(_ line: SuggestedCommand) -> String { line.text(placeholder: placeholder) }
    /// The same, between backticks, for a sentence.
    func typed(_ line: SuggestedCommand) -> String { quoted(commandLine(line)) }
    /// A command named by itself (`expire`), as its declaration spells it.
    func typed(_ command: any AssistantCommand.Type) -> String { typed(SuggestedCommand(command)) }
    /// A setting and its value, named as staff type it: `near-end-days (30)`.
    func setting(_ name: GuideSettings.Name, _ settings: GuideSettings) -> String { "\(name.rawValue) (\(settings[name]))" }

    /// The figures of several findings of one kind, as `extract` reads them; nil unless every one
    /// is of that kind and there are at least two: what `groupedFindings` says once.
    func several<Figures>(_ findings: [Finding], _ extract: (Finding) -> Figures?) -> [Figures]? {
        let figures = findings.compactMap(extract)
        return figures.count == findings.count && figures.count > 1 ? figures : nil
    }
}

extension NextAction {
    /// The command to type for this action, if there is one to type now.
    func command(for customer: Handle) -> SuggestedCommand? {
        switch self {
        case .invite: Invite.line(customer)
        case .awaitAcceptance(_, _, let stale): stale ? Invite.line(customer) : Accept.line(customer)
        case .recordOriginals: LicenseAdd.template(customer, offer: .named("\"OFFER\""))
        case .provision(let original, let offer, let seats, _, _, _, _): Provision.line(customer, offer: offer, seats: seats, replaces: original)
        case .addSeats(_, _, _, let subscription, let seats): CspEdit.line(customer, subscription).with(CspEdit.seats, String(seats))
        // Only a pending request can still be accepted; any other state needs a new request.
        case .getAdminRights(_, _, .pending?): GdapAccept.line(customer)
        case .getAdminRights: GdapRequest.line(customer)
        case .reassign: Reassign.line(customer, done: true)
        case .turnOffAutoRenew(let license, _), .letUnusedEnd(let license, _, _, _, true): LicenseEdit.autoRenewLine(customer, license, on: false)
        case .checkRenewal(let license, _): LicenseEdit.expiresTemplate(customer, license)
        case .cancelUnused(let license, _, _, .proratedCredit, _, _), .cancelUnused(let license, _, _, .mcaInsideWindow, _, _): Cancel.line(customer, license)
        // The account decides whether cancelling refunds anything: record it first.
        case .cancelUnused: CustomerEdit.billingAccountTemplate(customer)
        // Retiring waits for a date; the sentence names both ways (expire, or cancel now).
        case .retire, .waitForWindow, .waitToProvision, .complete, .nothingToMove, .letUnusedEnd: nil
        }
    }
}
