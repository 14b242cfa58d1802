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
    private func about(_ value: Money?) -> String { value.map { ", about \(money($0))" } ?? "" }
    private func inDays(_ count: Int) -> String { count >= 0 ? " (in \(days(count)))" : "" }

    func term(_ term: CSPTerm) -> String {
        switch term {
        case .monthly: "monthly"
        case .annual: "annual"
        case .threeYear: "three-year"
        }
    }

    func billing(_ billing: BillingFrequency) -> String {
        switch billing {
        case .monthly: "billed monthly"
        case .annual: "billed annually"
        case .upfront: "paid up front"
        }
    }

    func finding(_ finding: Finding, handle: Handle) -> String {
        switch finding {
        case .usersUnlicensed(let f):
            let (why, fix) = switch f.cause {
            case .noReplacement: ("the original ended and no CSP subscription replaces it", "Provision the replacement now and assign the licenses.")
            case .seatShortfall: ("its CSP replacement has no seat for them", "Provision the missing seats now.")
            case .notReassigned: ("their licenses were never moved to the new offer", "Assign them the new offer now, then `reassign \(handle) --done`.")
            }
            return "\(users(f.users)) of \(subject(f.original, f.offer)) have had no access since \(f.since): \(why). Its data is deleted on \(f.dataDeletedOn)\(inDays(f.daysUntilDataDeleted)). \(fix)"
        case .earlyCancel(let f):
            return earlyCancel(f, handle: handle)
        case .earlyProvision(let f):
            return "Provisioning the replacement of \(subject(f.original, f.offer)) on \(f.provisionOn) is early: \(f.original) runs until \(f.endDate), so \(days(f.daysPaidTwice)) would be paid twice\(about(f.paidTwice)). The plan is to provision from \(f.recommendedFrom) (latest \(f.latest)); waiting until then saves \(days(f.avoidableDays))\(about(f.avoidable)). To provision now anyway, repeat the command with --confirm; the warning stays on record."
        case .cspCancel(let f):
            return "Cancelling \(subject(f.subscription, f.offer)) on \(f.on) is refunded inside the correction window, but a cancelled CSP subscription goes straight to Deleted: its users lose access at once and it cannot be restored; the admin has \(days(f.backupDays)) to back up data before it is deleted on \(f.dataDeletedOn). To correct a record typed by mistake instead: `csp edit \(handle) \(f.subscription)` or `csp remove \(handle) \(f.subscription)`."
        case .coverageGap(let f):
            return coverageGap(f, handle: handle)
        case .offerChange(let f):
            let deadline = switch f.deadlineKind {
            case .originalEnds: "before \(f.original) ends on \(f.deadline)\(inDays(f.daysLeft))"
            case .usersLoseAccess: "before they lose access on \(f.deadline)\(inDays(f.daysLeft)): \(f.original) has already ended"
            }
            return "\(subject(f.replacement, f.newOffer)) replaces \(subject(f.original, f.originalOffer)) with a different offer: move the licenses of its \(users(f.users)) to the new offer \(deadline), or they lose what came with the old one. Then record it: `reassign \(handle) --done`."
        case .noAdminRights(let f):
            var text = "The licenses of \(users(f.users)) must be assigned to a new offer before \(f.deadline)\(inDays(f.daysLeft)), and no accepted GDAP relationship with the License Administrator role is recorded: the reseller relationship alone gives the partner no admin rights."
            switch f.gdap {
            case nil: text += " Request it now (`gdap request \(handle)`), or agree that the customer's own admin assigns them before then."
            case .pending(let since, let lapses)?: text += " The GDAP request of \(since) still waits for the customer's Global Administrator (it lapses on \(lapses)): follow it up, or agree that the customer's own admin assigns them."
            case .lapsed(let on)?: text += " The GDAP request lapsed unanswered on \(on): request it again (`gdap request \(handle)`), or agree that the customer's own admin assigns them."
            case .active?: text += " The accepted GDAP relationship lacks License Administrator: request one with that role (`gdap request \(handle)`)."
            case .ended(let on)?: text += " The GDAP relationship ended on \(on): request a new one (`gdap request \(handle)`)."
            }
            return text + " Once the assignments are done: `reassign \(handle) --done`."
        case .seatShortfall(let f):
            let who = f.originals.count > 1 ? f.originals.map(\.description).joined(separator: " + ") + " (\(f.offer))" : subject(f.original, f.offer)
            return "\(who) has \(users(f.assigned)) with a license, but its CSP replacement has only \(seats(f.cspSeats)): \(users(f.usersWithoutLicense)) would be left without a license when it ends. Provision \(seats(f.usersWithoutLicense)) more, or free licenses that nobody uses."
        case .seatSurplus(let f):
            let when = f.daysLeftInWindow > 0
                ? "Reduce them before \(f.windowClosesOn) (\(days(f.daysLeftInWindow)) left); after that they"
                : "The correction window closed on \(f.windowClosesOn): they"
            return "\(subject(f.subscription, f.offer)) brings \(seats(f.seats)) for \(users(f.users)): \(seats(f.surplus)) more than needed. \(when) are paid until the term ends on \(f.termEndsOn)\(about(f.cost))."
        case .cspWindow(let f):
            return "\(subject(f.subscription, f.offer)) was provisioned on \(f.provisionedOn) with \(seats(f.seats)), \(term(f.term)) term \(billing(f.billing)): until \(f.closesOn) (\(days(f.daysLeft)) left) its seats can still be reduced or the subscription cancelled with a prorated refund (`csp cancel \(handle) \(f.subscription)`). After that the partner is committed to the whole term, until \(f.termEndsOn)\(about(f.committed)), so check the quantity and the term now."
        case .autoRenew(let f):
            return "\(subject(f.license, f.offer)) renews by itself and ends on \(f.expires) (in \(days(f.daysLeft))): turn off recurring billing so that it expires instead of starting a new paid term, then record it: `license edit \(handle) \(f.license) --auto-renew off`."
        case .gdapExpiring(let f):
            return "The GDAP relationship (admin rights) ends on \(f.expiresOn)\(inDays(f.daysLeft)) and the move is not complete: ask the customer to extend it, or request a new one with `gdap request \(handle)`."
        case .inviteStale(let f):
            return "The reseller invitation sent on \(f.sentOn)\(f.email.map { " to \($0)" } ?? "") has waited \(days(f.daysPending)) without an answer. Call the customer's global admin, or send it again with `invite \(handle)`."
        case .gdapStale(let f):
            return f.lapsed
                ? "The GDAP request sent on \(f.requestedOn) lapsed unanswered on \(f.lapsesOn): request it again with `gdap request \(handle)`."
                : "The GDAP request sent on \(f.requestedOn) has waited \(days(f.daysPending)) without an answer; it lapses on \(f.lapsesOn). Call the customer's Global Administrator, or request it again with `gdap request \(handle)`."
        case .tenantLimit(let f):
            return "\(number(f.running)) originals are still running, more than the \(number(f.limit)) subscriptions a tenant may hold, so they cannot all be duplicated in CSP. For those over the limit: turn renewal off, let each expire, and buy it in CSP during its expired stage (\(days(f.expiredStageDays))), while users still have access."
        case .overlap(let f):
            return "From \(f.from) to \(f.until) (\(days(f.days))) the customer pays twice for \(f.original): the original and its replacement \(f.replacements.map(\.description).joined(separator: ", "))\(f.cost.map { ", about \(money($0)) for the original" } ?? ""). That is the cost of provisioning before the end; a planned move keeps it short."
        }
    }

    private func earlyCancel(_ f: EarlyCancellation, handle: Handle) -> String {
        var text = "Cancelling \(subject(f.license, f.offer)) now is early: it runs until \(f.expires), \(days(f.daysLeft)) away."
        let lost = f.forfeited.map { "about \(money($0)) of paid time" } ?? "the paid time (record a price with `license edit` to see the amount)"
        switch f.refund {
        case .none:
            text += " A cancelled \(program(f.program)) subscription is not refunded, so \(lost) would be lost."
        case .proratedCredit:
            text += " The customer's web-direct account is MOSA: a prorated credit or refund is expected, so no money is lost."
        case .mcaInsideWindow(let closes):
            text += " The customer's web-direct account is MCA and the term started recently: cancelled before \(closes), it is refunded (prorated)."
        case .mcaAfterWindow(let closed):
            text += " The customer's web-direct account is MCA and its refund window closed on \(closed): \(lost) would be lost, and an annual subscription paid monthly is still charged every month to its end. Turn recurring billing off instead of cancelling: users keep access until \(f.expires)."
        case .mcaStartUnknown(let window):
            text += " The customer's web-direct account is MCA: it is refunded only within \(days(window)) of start or renewal (record the start with `license edit \(handle) \(f.license) --started DATE`); after that \(lost) would be lost, so turn recurring billing off instead."
        case .accountUnknown(let window, _):
            text += " The web-direct billing account is not recorded: a MOSA account gets a prorated credit or refund; an MCA account only within \(days(window)) of start or renewal, after which \(lost) would be lost and recurring billing should be turned off instead. Look under Billing → Billing accounts in the Microsoft 365 admin center (an MCA account has a billing profile), then `customer edit \(handle) --billing-account mosa` or `mca`."
        }
        switch f.program {
        case .mosp, .other:
            text += " Better: from \(f.recommendedFrom) it is in the near-end window; turn off recurring billing and let it expire on \(f.expires)."
        case .open, .retail:
            text += " An Open License or retail subscription is prepaid and runs to its end: let it expire on \(f.expires)."
        case .ea:
            text += " An Enterprise Agreement is committed per enrollment year: plan the move for the anniversary or the renewal, or renew to CSP (a channel transfer scheduled in Partner Center once the relationship is accepted)."
        }
        if f.usersLoseAccessAtOnce, let lose = f.usersLoseAccessOn {
            text += " Nothing replaces it in CSP yet: a cancelled subscription skips the expired stage (\(days(f.skippedExpiredDays))), so its users would lose access on \(lose)\(f.dataDeletedOn.map { " and its data would be deleted on \($0)" } ?? "")."
        }
        return text
    }

    private func coverageGap(_ f: CoverageGap, handle: Handle) -> String {
        let who = subject(f.license, f.offer)
        let fix = f.accepted
            ? "Provision its replacement now."
            : "The customer has not accepted the reseller relationship, so nothing can be provisioned yet: get the invitation accepted first."
        switch f.lifecycle {
        case .active:
            return "\(who) ends on \(f.endDate) (in \(days(f.daysLeft))) and no CSP subscription replaces it: its \(users(f.assigned)) keep access through the expired stage (\(days(f.stages.expiredDays))), until \(f.usersLoseAccessOn), and then lose it. \(fix)"
        case .expired(let until):
            return "\(who) ended on \(f.endDate) and no CSP subscription replaces it. It is in the expired stage: its \(users(f.assigned)) keep access for \(days(f.daysUntilUsersLoseAccess ?? 0)) more, until \(until); then it is disabled (admins only) and its data is deleted on \(f.dataDeletedOn). \(fix)"
        case .disabled(let deletion):
            if f.ifCancelled {
                return "Nothing replaces \(who) in CSP yet: cancelling it skips the expired stage (\(days(f.stages.expiredDays))), so its \(users(f.assigned)) would lose access on \(f.endDate), and its data would be deleted on \(deletion). Provision the replacement first."
            }
            return "\(who) ended on \(f.endDate) with no replacement and is disabled: its users have lost access, only admins can reach the data, and it is deleted on \(deletion) (in \(days(f.daysUntilDataDeleted ?? 0))). \(fix)"
        case .deleted(let on):
            return "\(who) was deleted on \(on) with no replacement."
        }
    }

    func summary(_ finding: Finding) -> String {
        switch finding {
        case .usersUnlicensed(let f): "\(users(f.users)) of \(f.original) without access since \(f.since)"
        case .earlyCancel(let f): "\(f.license) cancelling now forfeits \(days(f.daysLeft))"
        case .earlyProvision(let f): "provisioning for \(f.original) now pays \(days(f.daysPaidTwice)) twice"
        case .cspCancel(let f): "cancelling \(f.subscription) deletes it at once"
        case .coverageGap(let f):
            switch f.lifecycle {
            case .active: "\(f.license) ends in \(days(f.daysLeft)), nothing replaces it"
            case .expired: "\(f.license) expired, users lose access in \(days(f.daysUntilUsersLoseAccess ?? 0))"
            case .disabled: "\(f.license) disabled, users have no access"
            case .deleted: "\(f.license) deleted"
            }
        case .offerChange(let f): "reassign \(users(f.users)) to \(f.newOffer) before \(f.deadline)"
        case .noAdminRights(let f): "no admin rights to reassign \(users(f.users)) before \(f.deadline)"
        case .seatShortfall(let f): "\(f.original) short of \(seats(f.usersWithoutLicense))"
        case .seatSurplus(let f): "\(f.subscription) has \(seats(f.surplus)) too many"
        case .cspWindow(let f): "\(f.subscription) can be corrected until \(f.closesOn)"
        case .autoRenew(let f): "\(f.license) will renew on \(f.expires) unless turned off"
        case .gdapExpiring(let f): "admin rights end on \(f.expiresOn)"
        case .inviteStale(let f): "invitation unanswered for \(days(f.daysPending))"
        case .gdapStale(let f): f.lapsed ? "GDAP request lapsed on \(f.lapsesOn)" : "GDAP request unanswered for \(days(f.daysPending))"
        case .tenantLimit(let f): "\(number(f.running)) originals, over the tenant limit of \(number(f.limit))"
        case .overlap(let f): "\(f.original) paid twice for \(days(f.days))"
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
            return "Not recorded: it would cost the customer money or service, as explained below. To go ahead anyway, repeat the command with --confirm; the warning stays on record."
        case .dateInFuture(let event, let on, let today):
            return "\(on) is after today (\(today)): record \(self.event(event)) once it has happened."
        case .outOfOrder(let event, let on, let after, let of):
            return "\(self.event(event).capitalizedFirst) on \(on) would come before \(self.event(after)) on \(of); check the dates."
        case .alreadyAccepted(let handle, let on):
            return "\(handle) already accepted the reseller relationship on \(on): no invitation is needed. For admin rights, `gdap request \(handle)`."
        case .endsLater(let id, let expires, let on):
            return "\(id) runs until \(expires): `expire` records only a natural end, not one on \(on). To end it early, use `cancel`, which says what that costs."
        case .correctionWindowClosed(let id, let closedOn):
            return "\(id)'s correction window closed on \(closedOn): Partner Center no longer allows cancelling it for a refund. To fix a record typed by mistake: `csp edit` or `csp remove`."
        case .noAutoRenew(let program):
            return "\(self.program(program)) subscriptions have no recurring billing, so they cannot renew by themselves: leave --auto-renew off."
        case .unmatchedOffer(let text, let uncovered):
            return "\(quoted(text)) matches no original, and \(uncovered.map { "\($0.offer) (\($0.id))" }.joined(separator: ", ")) \(uncovered.count == 1 ? "has" : "have") no replacement yet. Did you mean \(uncovered.first.map { "\($0.offer) (\($0.id))" } ?? "")? Add `--replaces \(uncovered.first?.id.description ?? "L1")`, or `--replaces none` for a new service."
        case .mixedOffers(let originals):
            return "One CSP subscription can take over only from originals of one offer, and \(originals.map { "\($0.id) is \($0.offer)" }.joined(separator: ", ")). Provision one subscription per offer."
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

    private func event(_ event: Event) -> String {
        switch event {
        case .invited: "the invitation"
        case .accepted: "the acceptance"
        case .provisioned: "the provisioning"
        case .cancelled: "the cancellation"
        case .expired: "the expiry"
        case .gdapRequested: "the GDAP request"
        case .gdapAccepted: "the GDAP acceptance"
        case .reassigned: "the reassignment"
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
        case .waitToProvision(let original, let offer, let from, let latest, let meanwhile):
            "Nothing to buy yet: provision \(offer) for \(original) from \(from) (latest \(latest)); before then every day would be paid twice." + meanwhile.map { preparation in
                switch preparation {
                case .requestGDAP: " Meanwhile, request admin rights (GDAP with License Administrator), which the customer's Global Administrator must accept."
                case .turnOffRenewal(let license): " Meanwhile, turn off recurring billing on \(license)."
                case .renewToCSP: " For this Enterprise Agreement the other path is to renew to CSP: a channel transfer scheduled in Partner Center for the EA renewal (`explain ea`)."
                }
            }.joined()
        case .provision(let original, let offer, let seats, let endDate, let latest, let channelTransfer):
            "Provision \(offer) with \(self.seats(seats)) to replace \(original), which ends on \(endDate) (latest \(latest))."
                + (channelTransfer ? " Or, for this Enterprise Agreement, renew to CSP: a channel transfer scheduled in Partner Center for the EA renewal (`explain ea`)." : "")
        case .addSeats(let original, let offer, let missing):
            "Provision \(self.seats(missing)) more of \(offer) so every user of \(original) keeps a license."
        case .getAdminRights(let users, let deadline, let requestedOn):
            requestedOn.map { "Get the GDAP request of \($0) accepted by the customer's Global Administrator before \(deadline), or agree that the customer's own admin moves the licenses of \(self.users(users))." }
                ?? "Get admin rights before \(deadline): request a GDAP relationship with the License Administrator role so the licenses of \(self.users(users)) can be moved, or agree that the customer's own admin does it."
        case .reassign(let users, let deadline, let kind):
            switch kind {
            case .originalEnds: "Move the licenses of \(self.users(users)) to the new offers before \(deadline), then record it."
            case .usersLoseAccess: "Move the licenses of \(self.users(users)) to the new offers before they lose access on \(deadline), then record it."
            }
        case .turnOffAutoRenew(let license, let expires):
            "Turn off recurring billing on \(license) so it expires on \(expires) instead of renewing."
        case .retire(let license, let expires, let daysLeft, let program):
            switch program {
            case .mosp, .other: "\(license) is within its last \(days(max(daysLeft, 0))): let it expire on \(expires) and record it then with `expire`, or cancel it now with `cancel` at little cost."
            case .open, .retail: "\(license) is within its last \(days(max(daysLeft, 0))): let it run to its end on \(expires) (an Open License or retail subscription has nothing to cancel or refund), then record it with `expire`."
            case .ea: "\(license) is within its last \(days(max(daysLeft, 0))): let it reach its end on \(expires) with the enrollment (or renew to CSP), then record it with `expire`."
            }
        case .waitForWindow(let license, let opensOn, let expires, let program):
            switch program {
            case .mosp, .other: "Nothing to do now: \(license) is covered and runs until \(expires). From \(opensOn) it can be retired; until then cancelling it would waste paid time."
            case .open, .retail: "Nothing to do now: \(license) is covered and runs until \(expires); let it run to its end, then record it with `expire`."
            case .ea: "Nothing to do now: \(license) is covered and runs until \(expires); plan for the anniversary or the renewal of the enrollment, then record its end with `expire`."
            }
        case .complete:
            "The move is complete: every user works on the CSP subscriptions."
        }
    }

    func explanation(_ topic: Topic, settings: GuideSettings) -> [String] {
        body(topic, settings: settings) + sourceLines(topic, heading: "Check it at the source:", version: "version of")
    }

    private func stageLine(_ program: Program, _ eaTerm: EATerm, _ settings: GuideSettings) -> String {
        let stages = settings.stages(for: program, eaTerm: eaTerm)
        let name = eaTerm == .multiYear ? "Enterprise Agreement, multi-year term" : self.program(program)
        return "\(name): expired \(days(stages.expiredDays)), then disabled \(days(stages.disabledDays))."
    }

    private func body(_ topic: Topic, settings: GuideSettings) -> [String] {
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
            "Step 3, retiring the originals. What staff can do with an original depends on its program (partner practice, not a Microsoft rule):",
            "Web direct (MOSP): recurring billing can be turned off in the Microsoft 365 admin center and the subscription cancelled. A MOSA account gets a prorated credit or refund; an MCA account only within \(days(settings.mcaRefundDays)) of start or renewal, after which the paid time is lost and turning recurring billing off is the way out (`explain mosp`).",
            "Open License and retail: prepaid terms with no recurring billing and nothing to refund; they run to their end.",
            "Enterprise Agreement: committed per enrollment year, with no mid-term cancellation; quantities are reduced only at the anniversary, and renewal is a decision about the whole enrollment, or a renew-to-CSP channel transfer (`explain ea`).",
            "`cancel` refuses a cancellation more than \(days(settings.nearEndDays)) before the end unless --confirm is given (W-EARLY-CANCEL), and keeps the override on record. A subscription cancelled before its end skips the expired stage: if nothing replaces it yet, its users lose access that same day.",
        ]
        case .expiry: [
            "When a Microsoft 365 subscription reaches the end of its term without renewing, it goes through three stages: expired (everyone keeps working; it can still be reactivated), disabled (users lose access; only admins reach the data), then deleted. A subscription cancelled before its end goes straight to disabled; a quantity reduced below the licenses assigned has no expired stage, and admins have 90 days to resolve the over-assignment while users keep service.",
            "How long each stage lasts depends on the program (settings, `settings`):",
            stageLine(.mosp, .standard, settings), stageLine(.open, .standard, settings),
            stageLine(.ea, .standard, settings), stageLine(.ea, .multiYear, settings),
            stageLine(.retail, .standard, settings), stageLine(.other, .standard, settings),
            "Volume Licensing (EA, Open) changed its grace figures in 2025 (the page read in 2024 said services stop when the expired stage starts), and not every VL subscription has the full grace: plan every VL move to have the CSP subscription in place by the end date; the grace is a safety net, not the plan.",
            "A CSP subscription that ends with auto-renew off is expired for 30 days and cannot be reactivated; a cancelled CSP subscription goes straight to deleted (`explain csp-term`).",
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
            "That avoids cancelling anything and keeps end-of-sale offers (such as Teams-enabled SKUs) going. Azure under an EA moves through a separate Azure transfer.",
            "EA online services are committed per enrollment year: no mid-term cancellation, quantities reduced only at the anniversary. GDAP does not cover subscriptions bought under an EA.",
            stageLine(.ea, .standard, settings) + " " + stageLine(.ea, .multiYear, settings),
        ]
        case .mosp: [
            "MOSP, or web direct: subscriptions bought in the Microsoft 365 admin center and billed by Microsoft. What cancelling returns depends on the billing account:",
            "MOSA (the classic Microsoft Online Subscription Agreement, no billing profile): cancelling after start or renewal gives a prorated credit or refund; online only with 25 licenses or fewer, above that reduce to 25 first or contact support.",
            "MCA (Microsoft Customer Agreement, with a billing profile): a prorated refund only within \(days(settings.mcaRefundDays)) of start or renewal. After that it cannot be cancelled for a refund: turn off recurring billing, users keep access to the end of the term, and an annual subscription paid monthly is still charged every month until then.",
            "To tell them apart: Billing → Billing accounts in the Microsoft 365 admin center; an MCA account has a billing profile. Record it with `customer edit HANDLE --billing-account mosa|mca`, and the term's start with `license edit HANDLE L1 --started DATE`.",
        ]
        case .gdap: [
            "Since 2023-10-09 the reseller relationship carries no admin rights: it lets the partner sell, not see users or assign licenses. Admin rights come from a separate GDAP (granular delegated admin privileges) relationship that the customer's Global Administrator accepts.",
            "Assigning licenses needs the License Administrator role; creating users, User Administrator; reading company details, Directory Readers. A relationship lasts at most two years (\(days(settings.gdapDurationDays)) by default here); a request unanswered for \(days(settings.gdapRequestExpiryDays)) lapses (W-GDAP-STALE from \(days(settings.gdapStaleDays))).",
            "A customer created in Partner Center gets a default GDAP relationship; an existing tenant that accepts a reseller request gets none (partners report this; it follows from the rules above).",
            "So a customer whose offer changes needs GDAP with License Administrator, or its own admin doing the assignments, before the original ends (W-NO-ADMIN-RIGHTS). Record it with `gdap request HANDLE` and `gdap accept HANDLE`.",
        ]
        case .cspTerm: [
            "A CSP (new commerce) subscription has a term, monthly, annual or three-year, billed monthly, annually or up front. Record them with `provision ... --term --billing --price`.",
            "Within \(days(settings.cspCorrectionDays)) of purchase or renewal it can be cancelled with a prorated refund and seats can be reduced; after that the partner is billed for the whole term. Seats added mid-term get their own window; upgrades get none.",
            "A cancelled CSP subscription goes straight to deleted: users lose access at once and it cannot be restored; the admin has \(days(settings.cspBackupDays)) to back up data. Auto-renew is on by default; renewal runs the day after the term ends and opens a new window.",
            "Prices: partners report that annual or three-year terms billed monthly cost 5% more than paid up front since 2025-04-01 (partly confirmed by Microsoft's March 2025 announcement), and that the monthly term costs about 20% more than the annual one; check the price list.",
        ]
        case .sources: [
            "The policy figures behind the advice come from these Microsoft pages, read in the version dated below. Each is a setting (`settings`), so a change by Microsoft is a change of setting.",
        ]
        case .settings: [
            "The figures behind the advice are settings, shown and changed with `settings` (days, except the tenant limit):",
            "near-end-days (\(settings.nearEndDays)): how close to its end an original must be before cancelling it is not early.",
            "lead-days (\(settings.leadDays)) and reassignment-lead-days (\(settings.reassignmentLeadDays)): how long before an original's end to provision its replacement, the second when licenses must be reassigned or no admin rights are recorded.",
            "csp-correction-days (\(settings.cspCorrectionDays)) and csp-backup-days (\(settings.cspBackupDays)): the new commerce correction window, and the time to back up a cancelled CSP subscription's data.",
            "invite-stale-days (\(settings.inviteStaleDays)), gdap-stale-days (\(settings.gdapStaleDays)), gdap-request-expiry-days (\(settings.gdapRequestExpiryDays)), gdap-duration-days (\(settings.gdapDurationDays)), gdap-expiring-days (\(settings.gdapExpiringDays)): invitations and admin rights.",
            "mca-refund-days (\(settings.mcaRefundDays)): the web-direct MCA refund window. tenant-subscription-limit (\(settings.tenantSubscriptionLimit)).",
            "The lifecycle stages per program, PROGRAM-expired-days and PROGRAM-disabled-days (`explain expiry`).",
        ]
        case .code(let code): codeExplanation(code, settings: settings)
        }
    }

    private func codeExplanation(_ code: MessageCode, settings: GuideSettings) -> [String] {
        let text: String = switch code {
        case .earlyCancel: "W-EARLY-CANCEL: cancelling an original more than \(days(settings.nearEndDays)) before its end. What is lost depends on the program and, for web direct, the billing account (`explain cancellation`); where a price is recorded the amount is shown. A cancelled original with no replacement also cuts its users off that day."
        case .earlyProvision: "W-EARLY-PROVISION: provisioning a replacement more than the lead time (\(days(settings.leadDays)), or \(days(settings.reassignmentLeadDays)) when licenses must be reassigned or no admin rights are recorded) before the original ends. Every day until the end is paid twice; `provision` asks for --confirm."
        case .cspCancel: "W-CSP-CANCEL: cancelling a CSP subscription inside its correction window is refunded, but it goes straight to deleted: users lose access at once, and the admin has \(days(settings.cspBackupDays)) to back up data."
        case .usersUnlicensed: "W-USERS-UNLICENSED: users of an ended original have lost access and hold no license: nothing replaced it, its replacement lacks seats, or their licenses were never moved to a new offer. The most urgent warning there is."
        case .noAdminRights: "W-NO-ADMIN-RIGHTS: licenses must be assigned to a new offer and no accepted GDAP relationship with License Administrator is recorded; the reseller relationship gives no admin rights (`explain gdap`)."
        case .seatSurplus: "W-SEAT-SURPLUS: CSP seats of an offer beyond the users who need them; after the correction window they are paid for the whole term."
        case .gdapExpiring: "W-GDAP-EXPIRING: the GDAP relationship ends within \(days(settings.gdapExpiringDays)) while the move is not complete."
        case .gdapStale: "W-GDAP-STALE: a GDAP request unanswered for more than \(days(settings.gdapStaleDays)); it lapses after \(days(settings.gdapRequestExpiryDays))."
        case .tenantLimit: "I-TENANT-LIMIT: more than \(number(settings.tenantSubscriptionLimit)) originals running: duplicating them all would exceed the tenant's maximum, so some are left to expire and bought again in CSP during their expired stage."
        case .outOfOrder: "E-OUT-OF-ORDER: a date after today, or before the event it depends on (acceptance before the invitation, provisioning before the acceptance). Nothing was recorded."
        case .notEnded: "E-NOT-ENDED: `expire` records a natural end only; ending an original before its end date is a cancellation (`cancel`, with its warnings)."
        case .windowClosed: "E-WINDOW-CLOSED: the CSP correction window has closed, so Partner Center no longer allows the cancellation."
        case .noAutoRenew: "E-NO-AUTO-RENEW: Open License, Enterprise Agreement and retail subscriptions have no recurring billing to turn on."
        case .noMatch: "E-NO-MATCH: the offer matches no original while some have no replacement yet; name the original with --replaces, or --replaces none for a new service."
        case .coverageGap: "W-COVERAGE-GAP: an original ends within \(days(settings.nearEndDays)), or has ended, and no CSP subscription replaces it. Its users keep access through the expired stage of its program, then lose it; the data is deleted at the end of the disabled stage (`explain expiry`)."
        case .offerChange: "W-OFFER-CHANGE: the CSP subscription is a different offer from the original it replaces, so each user's license must be reassigned before the original ends."
        case .seatShortfall: "W-SEAT-SHORTFALL: the CSP replacement has fewer seats than the original has users with a license; some users would be left without one."
        case .cspWindow: "W-CSP-WINDOW: a CSP subscription provisioned less than \(days(settings.cspCorrectionDays)) ago can still have seats removed or be cancelled with a prorated refund; after that the term is committed."
        case .autoRenew: "W-AUTO-RENEW: an original near its end will renew for another paid term unless recurring billing is turned off."
        case .inviteStale: "W-INVITE-STALE: the reseller invitation has gone unanswered for more than \(days(settings.inviteStaleDays))."
        case .overlap: "I-OVERLAP: days during which both an original and its CSP replacements are paid for, counted once per original: a cost that a planned move keeps short."
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
        lines.append("The reseller relationship gives the partner no admin rights: it cannot see users or assign licenses.")
        if reply.needsAdminRights {
            lines.append("4. If licenses will have to be assigned (an offer change), also request admin rights: in Partner Center, the customer → Admin relationships → Request admin relationship, with License Administrator and User Administrator; send that link too (the message below mentions it), then `gdap request \(customer.handle)`.")
        }
        if customer.program == .ea {
            lines.append("This is an Enterprise Agreement customer: once accepted, Partner Center can also schedule the CSP subscriptions for the EA renewal (`explain ea`). GDAP does not cover subscriptions bought under an EA.")
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
        ] + (reply.needsAdminRights ? [
            "",
            "If your licenses will move to a different product, we may also send a second link asking for limited admin rights (License Administrator and User Administrator) so that we can assign them for you; you can accept it, or assign them yourselves.",
        ] : []) + [
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
        case .customerUpdated(let c): "Updated \(c.name) (\(c.handle)): \(program(c.program))\(c.program == .mosp ? ", billing account \(c.billingAccount.rawValue)" : "")\(c.program == .ea ? ", \(c.eaTerm == .multiYear ? "multi-year term" : "standard term")" : "")\(c.createdInPartnerCenter ? ", created in Partner Center" : "")\(c.currency.map { ", billed in \($0)" } ?? "")."
        case .cspChanged(let r):
            switch r.change {
            case .cancelled: "Recorded: \(r.subscription.id) (\(r.subscription.offer)) of \(r.handle) cancelled on \(r.subscription.cancelledOn?.description ?? "?"); it replaces nothing any more."
            case .edited: "Corrected \(r.subscription.id) for \(r.handle): \(r.subscription.offer), \(seats(r.subscription.seats)), replacing \(r.subscription.replaces.isEmpty ? "no original" : r.subscription.replaces.map(\.description).joined(separator: ", "))."
                + (r.afterWindow ? " Its correction window has closed, so Partner Center would not allow that reduction any more: this only corrects what was typed." : "")
            case .removed: "Removed \(r.subscription.id) (\(r.subscription.offer)) from \(r.handle)'s record; nothing changes in Partner Center."
            }
        case .customerAdded(let c): "Added \(c.name) as \(c.handle) (\(program(c.program))). Next: record its subscriptions with `license add \(c.handle) OFFER --seats N --expires YYYY-MM-DD`, then `invite \(c.handle)`."
        case .customerRemoved(let h, let o, let c): "Removed \(h)\(o + c > 0 ? " with its \(o + c) subscription(s)" : "")."
        case .selected(let h): h.map { "Working on \($0); commands may now leave the handle out. `use` alone clears it." } ?? "No customer selected."
        case .licenseAdded(let h, let o): "Recorded \(o.id) for \(h): \(o.offer), \(seats(o.seats)), \(users(o.assigned)), ends \(o.expires)\(o.pricePerSeatMonth.map { ", \(money($0)) per seat per month" } ?? "")\(o.autoRenew ? ", auto-renew on" : "")."
        case .licenseUpdated(let h, let o): "Updated \(o.id) for \(h): \(o.offer), \(seats(o.seats)), \(users(o.assigned)), ends \(o.expires)\(o.pricePerSeatMonth.map { ", \(money($0)) per seat per month" } ?? "")\(o.autoRenew ? ", auto-renew on" : ", auto-renew off")."
        case .accepted(let h, let i): "Recorded: \(h) accepted the reseller relationship on \(i.acceptedOn?.description ?? "?"). Step 2 can start: `advise \(h)`."
        case .provisioned(let p):
            "\(p.preview ? "Preview, nothing recorded: " : "Recorded ")\(p.subscription.id) for \(p.handle): \(p.subscription.offer), \(seats(p.subscription.seats)), \(term(p.subscription.term)) term \(billing(p.subscription.billing)), provisioned \(p.subscription.provisionedOn)\(p.replaced.isEmpty ? ", replacing no original" : ", replacing " + p.replaced.map { "\($0.id) (\($0.offer))" }.joined(separator: " and "))."
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

    func gdapLines(_ reply: GDAPReply) -> [String] {
        let h = reply.customer
        var lines: [String] = []
        switch reply.change {
        case .requested?: lines.append("Recorded: GDAP requested for \(h) on \(reply.relationship?.requestedOn.description ?? "?") with \(reply.relationship?.roles.map(\.rawValue).joined(separator: ", ") ?? ""). In Partner Center: Customers → the customer → Admin relationships → Request admin relationship; send the link to the customer's Global Administrator, and when they accept: `gdap accept \(h)`.")
        case .accepted?: lines.append("Recorded: \(h) accepted GDAP on \(reply.relationship?.acceptedOn?.description ?? "?"), until \(reply.relationship?.expiresOn?.description ?? "?").")
        case nil: break
        }
        switch reply.state {
        case .pending(let since, let lapses)?: lines.append("Admin rights: requested \(since), waiting for the Global Administrator; the request lapses on \(lapses).")
        case .lapsed(let on)?: lines.append("Admin rights: none; the request lapsed unanswered on \(on).")
        case .active(let until)?: lines.append("Admin rights: GDAP accepted, until \(until), with \(reply.relationship?.roles.map(\.rawValue).joined(separator: ", ") ?? "").")
        case .ended(let on)?: lines.append("Admin rights: the GDAP relationship ended on \(on).")
        case nil: lines.append(reply.createdInPartnerCenter ? "Admin rights: the default GDAP relationship of a customer created in Partner Center." : "Admin rights: none recorded. The reseller relationship gives none; request GDAP with `gdap request \(h)`.")
        }
        if !reply.adminRights, reply.state != nil { lines.append("The partner cannot assign licenses for \(h) yet (License Administrator is needed).") }
        return lines
    }

    /// A handle made from any text, to suggest one: `Soluções Ltda` → `solucoes-ltda`.
    static func slug(_ text: String) -> String {
        let mapped = caseAndAccentFolded(text).map { $0.isASCII && ($0.isLetter || $0.isNumber) ? String($0) : "-" }.joined()
        return mapped.split(separator: "-").joined(separator: "-")
    }
}
