import Foundation
import MigrationGuide
import MigrationStore

/// Every sentence in English.
struct English: Phrasebook {
    var language: Language { .en }

    func label(_ label: Label) -> String {
        switch label {
        case .commands: "Commands"
        case .usage: "Usage"
        case .arguments: "Arguments"
        case .flags: "Flags"
        case .examples: "Examples"
        case .helpFooter: "Type `help COMMAND` or `COMMAND --help` for its flags and an example; `steps` explains the four steps of the move. You can also ask in your own words, in English or Portuguese: \"what's next for contoso?\""
        case .originals: "Original subscriptions"
        case .cspSubscriptions: "CSP subscriptions"
        case .warnings: "Warnings, most urgent first"
        case .next: "Next"
        case .invitation: "Invitation"
        case .notInvited: "not sent yet"
        case .invitedOn: "sent"
        case .acceptedOn: "accepted"
        case .id: "ID"
        case .offer: "Offer"
        case .seatsColumn: "Seats"
        case .assigned: "Assigned"
        case .ends: "Ends"
        case .daysLeft: "Days left"
        case .position: "State"
        case .replacedBy: "Replaced by"
        case .provisioned: "Provisioned"
        case .replaces: "Replaces"
        case .handle: "Handle"
        case .name: "Name"
        case .stageColumn: "Step"
        case .warningsColumn: "Warnings"
        case .mostUrgent: "Most urgent"
        case .nextColumn: "Next"
        case .program: "Program"
        case .domain: "Domain"
        case .email: "Admin e-mail"
        case .noCustomers: "No customers yet. Add one with `customer add HANDLE --name NAME`."
        case .noOriginals: "No original subscriptions recorded (`license add`)."
        case .noCSP: "No CSP subscriptions yet."
        case .noWarnings: "No warnings."
        case .allClear: "Nothing needs attention."
        case .portfolioHeading: "Portfolio, most urgent first"
        case .settingsHeading: "Settings (days)"
        case .notPriced: "no price recorded"
        case .reassignmentNone: "No reassignment needed: every CSP subscription keeps the offer of the original it replaces, or it was already recorded as done."
        case .reassignmentHeading: "License reassignment needed"
        case .goodbye: "Bye."
        case .errorTag: "error"
        case .warningTag: "warning"
        case .noteTag: "note"
        case .aliases: "also"
        case .row: "row"
        case .noJournal: "Nothing recorded yet."
        case .when: "When"
        case .sessionDate: "Date"
        case .agent: "Who"
        case .command: "Command"
        }
    }

    func stage(_ stage: MigrationStage) -> String {
        switch stage {
        case .invite: "step 1 of 4: invite"
        case .provision: "step 2 of 4: provision"
        case .retire: "step 3 of 4: retire the originals"
        case .complete: "step 4 of 4: complete"
        }
    }

    func program(_ program: Program) -> String {
        switch program {
        case .open: "Open License"
        case .mosp: "MOSP (web direct)"
        case .ea: "Enterprise Agreement"
        case .retail: "Retail"
        case .other: "Other program"
        }
    }

    func days(_ count: Int) -> String { count == 1 || count == -1 ? "\(count) day" : "\(number(count)) days" }
    func users(_ count: Int) -> String { count == 1 ? "1 user" : "\(number(count)) users" }
    func seats(_ count: Int) -> String { count == 1 ? "1 seat" : "\(number(count)) seats" }

    func position(_ status: OriginalStatus) -> String {
        let original = status.original
        var text: String
        switch original.ending {
        case .cancelled(let on, let early): text = early ? "cancelled \(on) early (W-EARLY-CANCEL confirmed)" : "cancelled \(on)"
        case .expired(let on): text = "expired \(on)"
        case nil: text = status.ended ? "ended \(original.expires)" : (status.nearEnd ? "near its end" : "active")
        }
        switch status.lifecycle {
        case .active: break
        case .expired(let until): text += "; users keep access until \(until)"
        case .disabled(let deletion): text += "; disabled, data deleted \(deletion)"
        case .deleted: text += "; deleted"
        }
        if original.autoRenew, !status.ended { text += ", auto-renew on" }
        return text
    }

    private func subject(_ id: LicenseID, _ offer: String) -> String { "\(id) (\(offer))" }

    func finding(_ finding: Finding, handle: Handle) -> String {
        switch finding {
        case .earlyCancel(let f):
            var text = "Cancelling \(subject(f.license, f.offer)) now is early: it runs until \(f.expires), \(days(f.daysLeft)) away, and a cancelled original is not refunded"
            if let value = f.forfeited {
                text += ", so about \(money(value)) of paid time would be lost."
            } else {
                text += " (record a price with `license edit` to see the amount)."
            }
            text += " Wait: from \(f.recommendedFrom) it is in the near-end window and can be cancelled at little cost; better still, turn off renewal and let it expire on \(f.expires)."
            if f.usersLoseAccessAtOnce {
                text += " Nothing replaces it in CSP yet: a cancelled subscription skips the 30-day expired stage, so its users would lose access the same day."
            }
            switch f.program {
            case .mosp: text += " This customer buys through MOSP: the partner refunds nothing, but Microsoft 365 billing support may grant a credit, so have the customer ask them before cancelling."
            case .ea: text += " For an Enterprise Agreement there is a safer path: once the relationship is accepted, schedule the CSP subscriptions for the EA renewal (renew to CSP) in Partner Center."
            default: break
            }
            return text
        case .coverageGap(let f):
            return coverageGap(f, handle: handle)
        case .offerChange(let f):
            return "\(subject(f.replacement, f.newOffer)) replaces \(subject(f.original, f.originalOffer)) with a different offer: move the licenses of its \(users(f.users)) to the new offer before \(f.original) ends on \(f.deadline)\(f.daysLeft >= 0 ? " (in \(days(f.daysLeft)))" : ""), or they lose what came with the old one. Then record it: `reassign \(handle) --done`."
        case .seatShortfall(let f):
            return "\(subject(f.original, f.offer)) has \(users(f.assigned)) with a license, but its CSP replacement has only \(seats(f.cspSeats)): \(users(f.usersWithoutLicense)) would be left without a license when it ends. Provision \(seats(f.usersWithoutLicense)) more, or free licenses that nobody uses."
        case .cspWindow(let f):
            return "\(subject(f.subscription, f.offer)) was provisioned on \(f.provisionedOn) with \(seats(f.seats)): until \(f.closesOn) (\(days(f.daysLeft)) left) its seats can still be reduced or the subscription cancelled with a prorated refund. After that the whole term is committed, so check the quantity and the term now."
        case .autoRenew(let f):
            return "\(subject(f.license, f.offer)) renews by itself and ends on \(f.expires) (in \(days(f.daysLeft))): turn off recurring billing so that it expires instead of starting a new paid term, then record it: `license edit \(handle) \(f.license) --auto-renew off`."
        case .inviteStale(let f):
            return "The reseller invitation sent on \(f.sentOn)\(f.email.map { " to \($0)" } ?? "") has waited \(days(f.daysPending)) without an answer. Call the customer's global admin, or send it again with `invite \(handle)`."
        case .overlap(let f):
            let cost = f.cost.map { ", about \(money($0)) for the original" } ?? ""
            return "From \(f.from) to \(f.until) (\(days(f.days))) the customer pays for both \(f.original) and its replacement \(f.replacement)\(cost): the price of a move without interruption."
        }
    }

    private func coverageGap(_ f: CoverageGap, handle: Handle) -> String {
        let who = subject(f.license, f.offer)
        let fix = f.accepted
            ? "Provision its replacement now."
            : "The customer has not accepted the reseller relationship, so nothing can be provisioned yet: get the invitation accepted first."
        switch f.lifecycle {
        case .active:
            let lose = f.daysUntilUsersLoseAccess.map { f.endDate.adding(days: $0 - f.daysLeft) }
            return "\(who) ends on \(f.endDate) (in \(days(f.daysLeft))) and no CSP subscription replaces it: its \(users(f.assigned)) keep access through the 30-day expired stage, until \(lose.map(\.description) ?? "then"), and then lose it. \(fix)"
        case .expired(let until):
            return "\(who) ended on \(f.endDate) and no CSP subscription replaces it. It is in the expired stage: its \(users(f.assigned)) keep access for \(days(f.daysUntilUsersLoseAccess ?? 0)) more, until \(until); then it is disabled (admins only) and its data is deleted on \(until.adding(days: (f.daysUntilDataDeleted ?? 0) - (f.daysUntilUsersLoseAccess ?? 0))). \(fix)"
        case .disabled(let deletion):
            if f.ifCancelled {
                return "Nothing replaces \(who) in CSP yet: cancelling it skips the 30-day expired stage, so its \(users(f.assigned)) would lose access on \(f.endDate), and its data would be deleted on \(deletion). Provision the replacement first."
            }
            return "\(who) ended on \(f.endDate) with no replacement and is disabled: its users have lost access, only admins can reach the data, and it is deleted on \(deletion) (in \(days(f.daysUntilDataDeleted ?? 0))). \(fix)"
        case .deleted(let on):
            return "\(who) was deleted on \(on) with no replacement."
        }
    }

    func summary(_ finding: Finding) -> String {
        switch finding {
        case .earlyCancel(let f): "\(f.license) cancelling now forfeits \(days(f.daysLeft))"
        case .coverageGap(let f):
            switch f.lifecycle {
            case .active: "\(f.license) ends in \(days(f.daysLeft)), nothing replaces it"
            case .expired: "\(f.license) expired, users lose access in \(days(f.daysUntilUsersLoseAccess ?? 0))"
            case .disabled: "\(f.license) disabled, users have no access"
            case .deleted: "\(f.license) deleted"
            }
        case .offerChange(let f): "reassign \(users(f.users)) to \(f.newOffer) before \(f.deadline)"
        case .seatShortfall(let f): "\(f.original) short of \(seats(f.usersWithoutLicense))"
        case .cspWindow(let f): "\(f.subscription) can be corrected until \(f.closesOn)"
        case .autoRenew(let f): "\(f.license) will renew on \(f.expires) unless turned off"
        case .inviteStale(let f): "invitation unanswered for \(days(f.daysPending))"
        case .overlap(let f): "\(f.original) and \(f.replacement) both paid for \(days(f.days))"
        }
    }

    func error(_ error: CommandError) -> String {
        switch error {
        case .syntax(.unterminatedQuote(let quote, let column), _):
            "The \(quote) opened at column \(column) is never closed."
        case .syntax(.danglingEscape(let column), _):
            "The backslash at column \(column) ends the line; there is nothing for it to escape."
        case .undecodableLine(let line):
            "Line \(line) is not valid UTF-8 text, so it was not run. Save the file as UTF-8."
        case .unknownCommand(let word, let suggestion):
            "Unknown command \(quoted(word)).\(suggestion.map { " Did you mean \(quoted($0))?" } ?? "") Type `help` for the list."
        case .missingSubcommand(let command, let choices):
            "\(quoted(command)) needs one of: \(choices.joined(separator: ", "))."
        case .unknownSubcommand(let command, let word, let suggestion):
            "\(quoted(command)) has no \(quoted(word)).\(suggestion.map { " Did you mean \(quoted("\(command) \($0)"))?" } ?? "") It takes: see `help \(command)`."
        case .missingArgument(let command, let argument):
            "\(quoted(command)) needs \(argument)."
        case .unexpectedArgument(let command, let word):
            "\(quoted(command)) does not take \(quoted(word)) here."
        case .unknownFlag(let command, let flag, let suggestion):
            "\(quoted(command)) has no flag \(flag).\(suggestion.map { " Did you mean \($0)?" } ?? "")"
        case .missingFlagValue(_, let flag, let valueName):
            "\(flag) needs a value (\(valueName))."
        case .missingFlag(let command, let flag):
            "\(quoted(command)) needs \(flag)."
        case .badNumber(let field, let text, let range):
            "\(field) must be a whole number from \(number(range.lowerBound)) to \(number(range.upperBound)), not \(quoted(text))."
        case .badAmount(let field, let text):
            "\(field) must be an amount of zero or more, such as 23.50, not \(quoted(text))."
        case .badDate(let field, let text):
            "\(field) must be a real date written YYYY-MM-DD, not \(quoted(text))."
        case .badValue(let field, let text, let choices):
            choices.isEmpty ? "\(field) cannot be empty." : "\(field) cannot be \(quoted(text)): use \(choices.joined(separator: ", "))."
        case .controlCharacter(let field, let scalar):
            "\(field) contains a control character (\(InputPolicy.codePoint(scalar))), which could disturb the terminal: retype it without."
        case .textTooLong(let field, let limit):
            "\(field) is longer than \(limit) characters; check what was pasted."
        case .badHandle(let text):
            "\(quoted(text)) is not a handle: use lowercase letters, digits and -, such as \(quoted(Self.slug(text)))."
        case .unknownCustomer(let text, let suggestion):
            "No customer \(quoted(text)).\(suggestion.map { " Did you mean \(quoted($0.rawValue))?" } ?? "") `customer list` shows them all."
        case .noCustomerSelected(let command):
            "\(quoted(command)) needs a customer: give its handle, or select one with `use HANDLE`."
        case .duplicateCustomer(let handle):
            "A customer \(quoted(handle.rawValue)) already exists."
        case .hasSubscriptions(let handle, let originals, let csp):
            "\(handle) still has \(originals) original and \(csp) CSP subscription(s) recorded. To remove it anyway: `customer remove \(handle) --force`."
        case .guide(let error):
            guideError(error)
        case .storage(let error):
            storageError(error)
        case .file(let path, let problem):
            switch problem {
            case .notFound: "No file \(path)."
            case .notReadable: "\(path) cannot be read; check its permissions."
            case .notUTF8: "\(path) is not UTF-8 text; save it as CSV UTF-8 and try again."
            case .notWritable: "\(path) cannot be written; check the folder and its permissions."
            case .unknownExtension: "\(path) must end in .csv or .json, which decides the format."
            case .folderMissing: "The folder of \(path) does not exist; create it or choose another path."
            case .tooLarge(let limit): "\(path) is larger than \(number(limit / 1_048_576)) MB, far more than any file of this kind; check that it is the right file."
            }
        case .csvUnreadable(let reason):
            "The file is not readable CSV (\(reason)). Nothing was recorded."
        case .csvColumns(let missing, let unknown):
            "The header row does not match: \(missing.isEmpty ? "" : "missing \(missing.joined(separator: ", ")); ")\(unknown.isEmpty ? "" : "unknown \(unknown.joined(separator: ", ")); ")the columns are \(PortfolioImport.columns.joined(separator: ", ")). Nothing was recorded."
        case .csvCellCount(let expected, let found):
            "has \(found) cells where the header has \(expected)."
        case .csvDuplicateRow(let first):
            "repeats row \(first) (same customer, offer and end date)."
        case .csvConflict(let handle, let first):
            "gives \(handle) a different name, domain or program than row \(first)."
        case .importRejected(let problems):
            "Nothing was imported: \(problems.count == 1 ? "1 row has" : "\(problems.count) rows have") a problem. Fix \(problems.count == 1 ? "it" : "them") and import again."
        case .importing(let error):
            importError(error)
        }
    }

    private func guideError(_ error: GuideError) -> String {
        switch error {
        case .notAccepted(let handle, let invitedOn):
            if let invitedOn {
                return "\(handle) has not accepted the reseller relationship sent on \(invitedOn), so nothing can be provisioned yet: CSP subscriptions can only be created after the customer's global admin accepts. When they do: `accept \(handle)`."
            }
            return "\(handle) has not been invited yet, so nothing can be provisioned: start with `invite \(handle)`."
        case .unknownLicense(let text, let known):
            return "No original \(quoted(text))\(known.isEmpty ? "; none is recorded" : "; the originals are \(known.map(\.description).joined(separator: ", "))")."
        case .ambiguousOffer(let text, let candidates):
            return "\(quoted(text)) matches more than one original (\(candidates.map(\.description).joined(separator: ", "))): use the id, or --replaces to choose."
        case .alreadyEnded(let id, let on):
            return "\(id) already ended on \(on); nothing to do."
        case .assignedExceedsSeats(let assigned, let seats):
            return "--assigned (\(number(assigned))) cannot be more than --seats (\(number(seats)))."
        case .confirmationRequired:
            return "Not cancelled: it would cost the customer money or service, as explained below. To cancel anyway, repeat the command with --confirm; the warning stays on record."
        }
    }

    private func storageError(_ error: StoreError) -> String {
        switch error {
        case .duplicate(let handle): "A customer \(quoted(handle.rawValue)) already exists."
        case .notFound(let handle): "No customer \(quoted(handle.rawValue)); another session may have removed it."
        case .conflict(let handle): "\(handle) was changed by another session since this one read it. Nothing was recorded; check `status \(handle)` and try again."
        case .busy(let path): "The database \(path) is busy: another csp-migrate is writing to it. Nothing was recorded; try the command again."
        case .unavailable(let path, let problem):
            switch problem {
            case .notADatabase: "\(path) is not a csp-migrate database, or it is damaged. Nothing was written to it. Restore it from a backup, or choose another file with --db."
            case .readOnly: "The database \(path) cannot be written (permissions or a read-only disk). Fix its permissions, or choose another file with --db."
            case .newerSchema(let unknown): "The database \(path) was written by a newer csp-migrate (\(unknown.joined(separator: ", "))). It was left untouched; use the newer version."
            case .cannotCreate(let reason): "The database \(path) cannot be created: \(reason). Choose another place with --db."
            case .sqlite(let code, let message): "The database \(path) failed (SQLite \(code): \(message)). Nothing was recorded."
            }
        }
    }

    func nextAction(_ action: NextAction) -> String {
        switch action {
        case .invite:
            "Request the reseller relationship in Partner Center and send the invitation to the customer's global admin."
        case .awaitAcceptance(let sentOn, let pending, let stale):
            stale
                ? "The invitation sent on \(sentOn) has waited \(days(pending)): follow up with the global admin or send it again; record the acceptance with `accept` when it comes."
                : "Wait for the global admin to accept the invitation sent on \(sentOn) (\(days(pending)) ago), then record it."
        case .recordOriginals:
            "Record the customer's original subscriptions, with seats, users and end dates, so the move can be planned."
        case .provision(let original, let offer, let seats, let endDate):
            "Provision \(offer) with \(self.seats(seats)) to replace \(original), which ends on \(endDate)."
        case .addSeats(let original, let offer, let missing):
            "Provision \(self.seats(missing)) more of \(offer) so every user of \(original) keeps a license."
        case .reassign(let users, let deadline):
            "Move the licenses of \(self.users(users)) to the new offers before \(deadline), then record it."
        case .turnOffAutoRenew(let license, let expires):
            "Turn off recurring billing on \(license) so it expires on \(expires) instead of renewing."
        case .retire(let license, let expires, let daysLeft):
            "\(license) is within its last \(days(max(daysLeft, 0))): let it expire on \(expires) and record it then with `expire`, or cancel it now with `cancel` at little cost."
        case .waitForWindow(let license, let opensOn, let expires):
            "Nothing to do now: \(license) is covered and runs until \(expires). From \(opensOn) it can be retired; until then cancelling it would waste paid time."
        case .complete:
            "The move is complete: the customer works on its CSP subscriptions."
        }
    }

    func explanation(_ topic: Topic, settings: GuideSettings) -> [String] {
        switch topic {
        case .invite: [
            "Step 1, the invitation. Nothing moves to CSP until the customer accepts a reseller relationship with the partner.",
            "In Partner Center open Customers from the dashboard menu and choose Request a reseller relationship. Partner Center produces an invitation link; send it to a global administrator of the customer's tenant. `invite HANDLE` writes a ready-to-send message and records the invitation as pending.",
            "The request can also ask for granular delegated admin (GDAP) roles; ask only for the roles support needs. A customer created directly in Partner Center already has the relationship: record it with `accept`.",
        ]
        case .accept: [
            "The customer's global admin opens the link while signed in to the tenant and accepts. From then on the partner can see the customer in Partner Center and create subscriptions for it.",
            "Record it with `accept HANDLE` (add --on DATE if it happened earlier). An invitation left unanswered for more than \(days(settings.inviteStaleDays)) is flagged W-INVITE-STALE.",
        ]
        case .provision: [
            "Step 2, provisioning. After acceptance, create in Partner Center the CSP subscriptions the customer needs, usually the same offers it has today, with a seat for every user who holds a license.",
            "Record each with `provision HANDLE OFFER --seats N`; it is paired with the original of the same offer, or name the original with --replaces. Both run side by side for a while, so users never lose service.",
            "Get the quantity and the term right: under the new commerce rules a CSP subscription can be reduced or cancelled with a prorated refund only within \(days(settings.cspCorrectionDays)) of purchase (W-CSP-WINDOW).",
        ]
        case .cancellation: [
            "Step 3, retiring the originals. An original can be left to expire or be cancelled, but a cancelled original is not refunded: whatever remains of its term is lost.",
            "So wait until it is within \(days(settings.nearEndDays)) of its natural end (the near-end window, a setting) before cancelling, or better, turn off recurring billing and let it expire. `cancel` refuses an earlier cancellation unless --confirm is given (W-EARLY-CANCEL), and keeps the override on record.",
            "A subscription cancelled before its end also skips the 30-day expired stage: if nothing replaces it yet, its users lose access that same day.",
            "MOSP (web direct) customers may get a credit from Microsoft 365 billing support; Enterprise Agreement customers can schedule CSP subscriptions at the EA renewal instead.",
        ]
        case .expiry: [
            "When a Microsoft 365 subscription reaches the end of its term without renewing, it goes through three stages.",
            "Expired, \(days(settings.expiredStageDays)): everyone keeps working; it can still be reactivated.",
            "Disabled, \(days(settings.disabledStageDays)): users lose access; only admins can reach the data.",
            "Deleted: the data is gone. A subscription cancelled before its end goes straight to Disabled.",
            "Source: Microsoft 365 admin documentation on what happens when a business subscription ends. The stage lengths are settings (`settings`).",
        ]
        case .reassignment: [
            "When the CSP subscription is the same offer as the original, users keep their licenses and notice nothing: no reassignment is needed.",
            "When the offer changes (for example Office 365 E3 to Microsoft 365 Business Premium), each user's license must be assigned to the new offer in the Microsoft 365 admin center before the original ends, or they lose the services that came with it (W-OFFER-CHANGE).",
            "`reassign HANDLE` lists what must move; `reassign HANDLE --done` records that it was done.",
        ]
        case .multiPartner: [
            "Partner Center has no automatic move between licensing programs; each customer is moved by hand, one at a time.",
            "What makes it possible is that a customer may work with more than one partner and through more than one channel at once: the new CSP relationship sits beside the old purchases, so the CSP subscriptions can be created before the originals end.",
            "Moving data between tenants is a tenant-to-tenant migration and is outside what this assistant covers.",
        ]
        case .enterpriseAgreement: [
            "Enterprise Agreement customers can follow the four steps, but Partner Center also offers a channel transfer: once the customer has accepted the relationship, the partner sees the EA services and can schedule CSP subscriptions to start at the EA renewal (renew to CSP).",
            "That avoids cancelling anything and keeps end-of-sale offers going. Azure under an EA moves through a separate Azure transfer.",
        ]
        case .mosp: [
            "MOSP, or web direct: subscriptions bought in the Microsoft 365 admin center and billed by Microsoft.",
            "The partner cannot refund them, but when one is cancelled Microsoft 365 billing support may grant a credit. The customer, or a partner with delegated admin rights, must ask them, ideally before cancelling.",
        ]
        case .settings: [
            "The figures behind the advice are settings, in days, shown and changed with `settings`:",
            "near-end-days (\(settings.nearEndDays)): how close to its end an original must be before cancelling it is not early.",
            "csp-correction-days (\(settings.cspCorrectionDays)): how long a new CSP subscription can be reduced or cancelled with a refund (new commerce policy).",
            "invite-stale-days (\(settings.inviteStaleDays)): when an unanswered invitation needs a follow-up.",
            "expired-stage-days (\(settings.expiredStageDays)) and disabled-stage-days (\(settings.disabledStageDays)): the Microsoft 365 lifecycle after a subscription ends.",
        ]
        case .code(let code): codeExplanation(code, settings: settings)
        }
    }

    private func codeExplanation(_ code: MessageCode, settings: GuideSettings) -> [String] {
        let text: String = switch code {
        case .earlyCancel: "W-EARLY-CANCEL: cancelling an original more than \(days(settings.nearEndDays)) before its end. There is no refund, so the rest of the term is paid for nothing; where a price is recorded the amount is shown. Wait for the near-end window or let it expire."
        case .coverageGap: "W-COVERAGE-GAP: an original ends within \(days(settings.nearEndDays)), or has ended, and no CSP subscription replaces it. Its users keep access for the \(days(settings.expiredStageDays)) of the expired stage, then lose it; the data is deleted \(days(settings.disabledStageDays)) later."
        case .offerChange: "W-OFFER-CHANGE: the CSP subscription is a different offer from the original it replaces, so each user's license must be reassigned before the original ends."
        case .seatShortfall: "W-SEAT-SHORTFALL: the CSP replacement has fewer seats than the original has users with a license; some users would be left without one."
        case .cspWindow: "W-CSP-WINDOW: a CSP subscription provisioned less than \(days(settings.cspCorrectionDays)) ago can still have seats removed or be cancelled with a prorated refund; after that the term is committed."
        case .autoRenew: "W-AUTO-RENEW: an original near its end will renew for another paid term unless recurring billing is turned off."
        case .inviteStale: "W-INVITE-STALE: the reseller invitation has gone unanswered for more than \(days(settings.inviteStaleDays))."
        case .overlap: "I-OVERLAP: days during which both an original and its CSP replacement are paid for; the cost of moving without interruption."
        case .notAccepted: "E-NOT-ACCEPTED: provisioning before the customer accepted the reseller relationship. Nothing was recorded."
        case .unknownCustomer: "E-UNKNOWN-CUSTOMER: no customer has that handle or name."
        case .unknownLicense: "E-UNKNOWN-LICENSE: the customer has no original with that id or offer."
        case .ambiguousOffer: "E-AMBIGUOUS-OFFER: the offer name matches more than one original; use its id (L1, L2...)."
        case .badDate: "E-BAD-DATE: a date that is not a real day written YYYY-MM-DD (2027-02-30, 2027-13-01)."
        case .badNumber: "E-BAD-NUMBER: seats and users must be whole numbers from 1 to 1,000,000 (users may be 0); prices zero or more."
        case .duplicate: "E-DUPLICATE: a customer with that handle already exists."
        case .badHandle: "E-BAD-HANDLE: handles are lowercase letters, digits and -."
        case .badValue: "E-BAD-VALUE: a value outside the allowed choices, or text with control characters."
        case .noCustomer: "E-NO-CUSTOMER: the command needs a customer and none was given or selected with `use`."
        case .hasSubscriptions: "E-HAS-SUBSCRIPTIONS: removing a customer that still has subscriptions recorded needs --force."
        case .confirmRequired: "E-CONFIRM-REQUIRED: the cancellation would cost money or service; it is done only with --confirm, and the override is kept on record."
        case .alreadyEnded: "E-ALREADY-ENDED: the original is already cancelled or expired."
        case .unknownCommand: "E-UNKNOWN-COMMAND: the first word is not a command; `help` lists them."
        case .usage: "E-USAGE: a missing or unexpected argument or flag; `help COMMAND` shows the usage."
        case .syntax: "E-SYNTAX: the line could not be split into words, such as a quote never closed."
        case .storage: "E-STORAGE: the state could not be read or written; the message names the file and what to do."
        case .file: "E-FILE: a file named in the command is missing, unreadable, not UTF-8 or cannot be written."
        case .badImport: "E-BAD-IMPORT: a CSV import was refused; every bad row is listed with its number and reason, and nothing was recorded."
        }
        return [text, "Every message code is stable, so scripts and transcripts can rely on it."]
    }

    func steps(_ settings: GuideSettings) -> [String] {
        [
            "Partner Center cannot move a customer between licensing programs by itself: each customer goes through four steps by hand.",
            "1. Invite. In Partner Center, Customers → Request a reseller relationship; the customer's global admin accepts the link. (`invite`, then `accept`)",
            "2. Provision. Once accepted, create the CSP subscriptions the customer needs, usually the same offers, with a seat per user. They can be corrected only within \(days(settings.cspCorrectionDays)). (`provision`)",
            "3. Retire the originals. Let each expire at its natural end, or cancel it once it is within \(days(settings.nearEndDays)) of that end: a cancelled original is never refunded. (`expire`, `cancel`)",
            "4. Carry on. The customer works on the CSP subscriptions without interruption. If an offer changed, reassign the licenses before the original ends. (`reassign`)",
            "`advise HANDLE` says where a customer is and what comes next.",
        ]
    }

    func invitationInstructions(_ reply: InvitationReply) -> [String] {
        let customer = reply.customer
        var lines = [
            reply.preview
                ? "Preview, nothing recorded: the invitation for \(customer.name) (\(customer.handle)). Once you have sent it, record it with `invite \(customer.handle)`."
                : "\(reply.resent ? "Invitation sent again" : "Invitation recorded as pending") for \(customer.name) (\(customer.handle)) on \(reply.invitation.sentOn).",
            "1. In Partner Center, open Customers from the dashboard menu and choose Request a reseller relationship.",
            "2. Copy the invitation link it shows into the message below and send it to \(reply.invitation.email ?? "the customer's global admin").",
            "3. The global admin must be signed in to \(customer.domain ?? "the customer's tenant") as a global administrator to accept. When they have: `accept \(customer.handle)`.",
        ]
        if customer.program == .ea {
            lines.append("This is an Enterprise Agreement customer: once accepted, Partner Center can also schedule the CSP subscriptions for the EA renewal (`explain ea`).")
        }
        return lines
    }

    func invitationMessage(_ reply: InvitationReply) -> [String] {
        let customer = reply.customer
        return [
            "Subject: Please accept our reseller relationship request for \(customer.name)",
            "",
            "Hello,",
            "",
            "We are ready to move \(customer.name)'s Microsoft subscriptions to the Cloud Solution Provider (CSP) program with us. The first step is yours: as a global administrator of \(customer.domain ?? "your Microsoft 365 tenant"), please open the link below, sign in, and accept our request to become your reseller.",
            "",
            "    <paste the invitation link from Partner Center here>",
            "",
            "Accepting changes nothing for your users today: your current subscriptions keep working, and we will plan the switch with you so that nobody loses access.",
            "",
            "Thank you,",
        ]
    }

    func reassignmentOutcome(_ reply: ReassignmentReply) -> String {
        if let doneOn = reply.doneOn { return "Recorded as done on \(doneOn)." }
        return "Assign each user the new offer in the Microsoft 365 admin center (Billing → Licenses, or Users → Active users), then: `reassign \(reply.handle) --done`."
    }

    func cancellationCheck(_ check: CancellationCheck) -> (verdict: String, next: String) {
        let o = check.original
        let subject = "Cancelling \(o.id) (\(o.offer)) of \(check.handle) on \(check.on)"
        guard check.risks.isEmpty else {
            return ("\(subject) would cost the customer money or service:",
                    "Nothing was recorded. To cancel anyway, with the warning kept on record: `\(check.command)`.")
        }
        let replacements = check.replacements.map(\.description).joined(separator: ", ")
        return ("\(subject) would cost nothing: it ends on \(o.expires) anyway (\(days(check.on.days(until: o.expires))) later) and \(replacements) already takes over.",
                "Nothing was recorded. To record the cancellation: `\(check.command)`.")
    }

    func unsure(_ reason: UnsureReply.Reason) -> String {
        switch reason {
        case .noIntent(nil): "I could not tell what you are asking. These may help:"
        case .noIntent(let handle?): "I recognised the customer \(handle), but not the question. For \(handle) you could type:"
        case .severalCustomers(let handles): "That could be more than one customer: \(handles.map(\.rawValue).joined(separator: ", ")). Which one? For instance:"
        case .misspelledCustomer(let word, _): "No customer is called \(quoted(word)). Did you mean:"
        case .noCustomer: "Which customer? Name one, or choose one with `use HANDLE`. For instance:"
        case .severalOriginals(let handle, let ids): "\(handle) has several originals (\(ids.map(\.description).joined(separator: ", "))); name one by id or offer. For instance:"
        case .noOriginal(let handle): "\(handle) has no original subscription recorded. To look:"
        }
    }

    func confirmation(_ item: ReplyItem) -> String {
        switch item {
        case .customerAdded(let c): "Added \(c.name) as \(c.handle) (\(program(c.program))). Next: record its subscriptions with `license add \(c.handle) OFFER --seats N --expires YYYY-MM-DD`, then `invite \(c.handle)`."
        case .customerRemoved(let h, let o, let c): "Removed \(h)\(o + c > 0 ? " with its \(o + c) subscription(s)" : "")."
        case .selected(let h): h.map { "Working on \($0); commands may now leave the handle out. `use` alone clears it." } ?? "No customer selected."
        case .licenseAdded(let h, let o): "Recorded \(o.id) for \(h): \(o.offer), \(seats(o.seats)), \(users(o.assigned)), ends \(o.expires)\(o.pricePerSeatMonth.map { ", \(money($0)) per seat per month" } ?? "")\(o.autoRenew ? ", auto-renew on" : "")."
        case .licenseUpdated(let h, let o): "Updated \(o.id) for \(h): \(o.offer), \(seats(o.seats)), \(users(o.assigned)), ends \(o.expires)\(o.pricePerSeatMonth.map { ", \(money($0)) per seat per month" } ?? "")\(o.autoRenew ? ", auto-renew on" : ", auto-renew off")."
        case .accepted(let h, let i): "Recorded: \(h) accepted the reseller relationship on \(i.acceptedOn?.description ?? "?"). Step 2 can start: `advise \(h)`."
        case .provisioned(let p): "Recorded \(p.subscription.id) for \(p.handle): \(p.subscription.offer), \(seats(p.subscription.seats)), provisioned \(p.subscription.provisionedOn)\(p.replaced.map { ", replacing \($0.id) (\($0.offer))" } ?? ", replacing no original")."
        case .cancelled(let c): "Recorded: \(c.original.id) (\(c.original.offer)) of \(c.handle) cancelled on \(c.original.endDate)\(c.overridden.isEmpty ? "." : ", overriding \(c.overridden.map(\.code.rawValue).joined(separator: ", ")) (kept on record).")"
        case .expired(let h, let o): "Recorded: \(o.id) (\(o.offer)) of \(h) expired on \(o.endDate)."
        case .today(let d, let changed): changed ? "Today is now \(d)." : "Today is \(d)."
        case .language(_, let auto): auto ? "Language: follows each question (now English)." : "Language: English."
        case .format(let f): "Output format: \(f.rawValue)."
        case .imported(let r):
            r.customersAdded + r.originalsAdded == 0
                ? "Imported \(r.path): nothing new, every row is already recorded."
                : "Imported \(r.path): \(r.customersAdded) customer(s) added, \(r.customersUpdated) updated, \(r.originalsAdded) original(s) added, \(r.rowsUnchanged) row(s) already recorded."
        case .exported(let r): "Exported \(r.customers) customer(s) and \(r.originals) original(s) to \(r.path)."
        case .recording(let path, let started):
            started ? "Recording this session to \(path ?? ""); `record stop` ends it." : (path.map { "Stopped recording; the transcript is in \($0)." } ?? "Nothing was being recorded.")
        case .goodbye: label(.goodbye)
        default: ""
        }
    }

    /// A handle made from any text, to suggest one: `Soluções Ltda` → `solucoes-ltda`.
    static func slug(_ text: String) -> String {
        let mapped = caseAndAccentFolded(text).map { $0.isASCII && ($0.isLetter || $0.isNumber) ? String($0) : "-" }.joined()
        return mapped.split(separator: "-").joined(separator: "-")
    }
}
