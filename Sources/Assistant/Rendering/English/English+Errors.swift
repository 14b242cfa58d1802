import MigrationGuide
import MigrationStore

/// English, errors: why a command was refused.
extension English {
    func error(_ error: CommandError) -> String {
        switch error {
        case .syntax(.unterminatedQuote(let quote, let column), _):
            "The \(quote) opened at column \(column) is never closed."
        case .syntax(.danglingEscape(let column), _):
            "The backslash at column \(column) ends the line; there is nothing for it to escape."
        case .undecodableLine(let line):
            "Line \(line) is not valid UTF-8 text, so it was not run. Save the file as UTF-8."
        case .unknownCommand(let word, let suggestion):
            "Unknown command \(quoted(word)).\(suggestion.map { " Did you mean \(quoted($0))?" } ?? "") Type \(typed(Help.self)) for the list."
        case .missingSubcommand(let command, let choices):
            "\(quoted(command)) needs one of: \(choices.joined(separator: ", "))."
        case .unknownSubcommand(let command, let word, let suggestion):
            "\(quoted(command)) has no \(quoted(word)).\(suggestion.map { " Did you mean \(quoted("\(command) \($0)"))?" } ?? "") It takes: see `\(Help.line(command))`."
        case .missingArgument(let command, let argument):
            "\(quoted(command.name)) needs \(argument)."
        case .unexpectedArgument(let command, let word):
            "\(quoted(command.name)) does not take \(quoted(word)) here."
        case .unknownFlag(let command, let flag, let suggestion):
            "\(quoted(command.name)) has no flag \(flag).\(suggestion.map { " Did you mean \($0)?" } ?? "")"
        case .missingFlagValue(_, let flag, let valueName):
            "\(flag) needs a value (\(valueName))."
        case .missingFlag(let command, let flag):
            "\(quoted(command.name)) needs \(flag)."
        case .badNumber(let field, let text, let range):
            "\(field) must be a whole number from \(number(range.lowerBound)) to \(number(range.upperBound)), not \(quoted(text))."
        case .badAmount(let field, let text, let maximum):
            "\(field) must be an amount from 0 to \(number(maximum)) with at most two decimals, such as 23.50, not \(quoted(text))."
        case .badDate(let field, let text, let meant?):
            "\(field) must be a date written YYYY-MM-DD, not \(quoted(text)): did you mean \(meant)?"
        case .badDate(let field, let text, nil):
            "\(field) must be a real date written YYYY-MM-DD, not \(quoted(text))."
        case .badPeriod(let field, let text, let meant?):
            "\(field) must be a month written YYYY-MM, not \(quoted(text)): did you mean \(meant)?"
        case .badPeriod(let field, let text, nil):
            "\(field) must be a month (2026-12), a day (2026-12-15) or two days joined by .. (2026-12-01..2027-01-31; ..2026-12-31 from today), the second not before the first; not \(quoted(text))."
        case .dateRangeBackwards(let from, let to):
            "\(ShowTimeline.to.flagSpec.name) (\(to)) is before \(ShowTimeline.from.flagSpec.name) (\(from)): give a last day on or after the first."
        case .badValue(let field, let text, let choices):
            choices.isEmpty ? "\(field) cannot be empty." : "\(field) cannot be \(quoted(text)): use \(choices.joined(separator: ", "))."
        case .controlCharacter(let field, let scalar):
            "\(field) contains a control character (\(InputPolicy.codePoint(scalar))), which could disturb the terminal: retype it without."
        case .textTooLong(let field, let limit):
            "\(field) is longer than \(limit) characters; check what was pasted."
        case .badHandle(let text) where text.count > Handle.maximumLength:
            "\(quoted(String(text.prefix(20))))… is too long for a handle: at most \(Handle.maximumLength) characters, such as \(quoted(Suggestion.handle(from: text)))."
        case .badHandle(let text):
            "\(quoted(text)) is not a handle: use lowercase letters, digits and -, such as \(quoted(Suggestion.handle(from: text)))."
        case .unknownCustomer(let text, let suggestion):
            "No customer \(quoted(text)).\(suggestion.map { " Did you mean \(quoted($0.rawValue))?" } ?? "") \(typed(CustomerList.self)) shows them all."
        case .missingOriginal(let command, let customer, let originals):
            originals.isEmpty
                ? "\(quoted("\(command.name) \(customer)")) needs an original, and \(customer) has none recorded (\(typed(LicenseAdd.self)))."
                : "\(quoted("\(command.name) \(customer)")) needs the original too; \(customer) has \(originals.map { "\($0.id) (\($0.offer))" }.joined(separator: ", "))."
        case .alreadyRecording(let path):
            "Already recording to \(path); `\(SuggestedCommand(RecordStop.self))` ends it first."
        case .noCustomerSelected(let command):
            "\(quoted(command.name)) needs a customer: give its handle, or select one with \(typed(Use.line(.placeholder)))."
        case .duplicateCustomer(let handle):
            "A customer \(quoted(handle.rawValue)) already exists."
        case .hasSubscriptions(let handle, let originals, let csp):
            "\(handle) still has \(subscriptionCounts(originals: originals, csp: csp)) recorded. To remove it anyway: `\(CustomerRemove.line(handle, force: true))`."
        case .guide(let error):
            guideError(error)
        case .storage(let error):
            storageError(error)
        case .file(let path, let problem):
            switch problem {
            case .notFound: "No file \(path)."
            case .notReadable: "\(path) cannot be read; check its permissions."
            case .notWritable: "\(path) cannot be written; check the folder and its permissions."
            case .exists: "\(path) already exists; add \(RecordStart.force.flagSpec.name) to replace it."
            case .unknownExtension: "\(path) must end in .csv, .json or .ics, which decides the format."
            case .folderMissing: "The folder of \(path) does not exist; create it or choose another path."
            case .tooLarge(let limit): "\(path) is larger than \(number(limit / 1_048_576)) MB, far more than any file of this kind; check that it is the right file."
            }
        case .csvCellCount(let expected, let found):
            "has \(found) cells where the header has \(expected)."
        case .csvDuplicateRow(let first):
            "repeats row \(first) (same customer, offer and end date)."
        case .csvConflict(let handle, let field, let here, let earlier, let first):
            "gives \(handle) the \(field) \(quoted(here)), where row \(first) gives \(quoted(earlier))."
        case .importing(let error):
            importError(error)
        }
    }

    private func guideError(_ error: GuideError) -> String {
        switch error {
        case .notAccepted(let handle, let invitedOn):
            if let invitedOn {
                return "\(handle) has not accepted the reseller relationship sent on \(invitedOn), so nothing can be provisioned yet: CSP subscriptions can only be created after the customer's global admin accepts. When they do: `\(Accept.line(handle))`."
            }
            return "\(handle) has not been invited yet, so nothing can be provisioned: start with `\(Invite.line(handle))`."
        case .unknownLicense(let text, let known):
            return "No original \(quoted(text))\(known.isEmpty ? "; none is recorded" : "; the originals are \(known.map(\.description).joined(separator: ", "))")."
        case .ambiguousOffer(let text, let candidates):
            return "\(quoted(text)) matches more than one original (\(candidates.map(\.description).joined(separator: ", "))): use the id, or \(Provision.replaces.flagSpec.name) to choose."
        case .alreadyEnded(let id, let on):
            return "\(id) already ended on \(on); nothing to do."
        case .assignedExceedsSeats(let assigned, let seats):
            return "\(LicenseAdd.assigned.flagSpec.name) (\(number(assigned))) cannot be more than \(LicenseAdd.seats.flagSpec.name) (\(number(seats)))."
        case .confirmationRequired:
            return "Not recorded: it would cost the customer money or service, as explained below. To go ahead anyway, repeat the command with \(CommonKeys.confirm.flagSpec.name); the warning stays on record."
        case .dateInFuture(let event, let on, let today):
            return "\(on) is after today (\(today)): record \(self.event(event)) once it has happened."
        case .outOfOrder(let event, let on, let after, let of):
            return "\(self.event(event).capitalizedFirst) on \(on) would come before \(self.event(after)) on \(of); check the dates."
        case .alreadyAccepted(let handle, let on):
            return "\(handle) already accepted the reseller relationship on \(on): no invitation is needed. For admin rights, `\(GdapRequest.line(handle))`."
        case .noMidTermCancellation(let handle, let id, let offer, let program, let expires):
            return "\(id) (\(offer)) cannot be cancelled before its end: \(self.program(program)) online services are committed per enrollment year, with no mid-term cancellation, so \(CommonKeys.confirm.flagSpec.name) would not change that. Let it run to its end on \(expires) and record it then with `\(Expire.line(handle, id))`. To move before then, plan the CSP subscriptions for the anniversary or the renewal, or renew to CSP (`\(Explain.line(.enterpriseAgreement))`). Nothing was recorded."
        case .endsLater(let id, let expires, let on):
            return "\(id) runs until \(expires): \(typed(Expire.self)) records only a natural end, not one on \(on). To end it early, use \(typed(Cancel.self)), which says what that costs."
        case .purchaseDateUnknown(let handle, let id):
            return "\(id)'s purchase date is unknown, so whether its correction window is still open cannot be told. Look it up in Partner Center and record it first: \(typed(CspEdit.datingLine(handle, id)))."
        case .correctionWindowClosed(let id, let closedOn):
            return "\(id)'s correction window closed on \(closedOn): Partner Center no longer allows cancelling it for a refund. To fix a record typed by mistake: \(typed(CspEdit.self)) or \(typed(CspRemove.self))."
        case .noAutoRenew(let program):
            return "\(self.program(program)) subscriptions have no recurring billing, so they cannot renew by themselves: leave \(LicenseAdd.autoRenew.flagSpec.name) off."
        case .unmatchedOffer(let text, let uncovered):
            return "\(quoted(text)) matches no original, and \(uncovered.map { "\($0.offer) (\($0.id))" }.joined(separator: ", ")) \(uncovered.count == 1 ? "has" : "have") no replacement yet. Did you mean \(uncovered.first.map { "\($0.offer) (\($0.id))" } ?? "")? Add `\(Provision.replacing(uncovered.first?.id.description ?? "L1"))`, or `\(Provision.replacing("none"))` for a new service."
        case .gdapActive(let handle, let acceptedOn, let until):
            return "\(handle) accepted admin rights (GDAP) on \(acceptedOn)\(until.map { ", active until \($0)" } ?? ""): a new request would replace them, and they would wait for the Global Administrator to accept again. Nothing was recorded. To request anyway (for example near the end), repeat the command with \(CommonKeys.confirm.flagSpec.name)."
        case .ambiguousReplacement(let text, let candidates):
            let ids = candidates.map(\.description)
            return "\(quoted(text)) matches more than one original (\(ids.joined(separator: ", "))): add `\(Provision.replacing(ids.joined(separator: ",")))` for one subscription taking over from all of them, or `\(Provision.replacing(ids.first ?? "L1"))` to choose one."
        case .misspelledOffer(let text, let meant):
            return "\(quoted(text)) is not the offer of any original. Did you mean `\(meant.offer)` (\(meant.id))? Type the offer as \(meant.id) has it; for a different offer, add `\(Provision.replacing(meant.id.description))`."
        case .mixedOffers(let originals):
            return "One CSP subscription can take over only from originals of one offer, and \(originals.map { "\($0.id) is \($0.offer)" }.joined(separator: ", ")). Provision one subscription per offer."
        case .noCurrency(let handle):
            return "The price has no currency: \(handle) has none recorded and the partner has no default. Give it with \(LicenseAdd.currency.flagSpec.name) BRL (or a currency column when importing), or set the partner's default once with `\(Settings.partnerCurrencyLine("BRL"))`."
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

    private func storageError(_ error: StoreError) -> String {
        switch error {
        case .duplicate(let handle): "A customer \(quoted(handle.rawValue)) already exists."
        case .notFound(let handle): "No customer \(quoted(handle.rawValue)); another session may have removed it."
        case .conflict(let handle): "\(handle) was changed by another session since this one read it. Nothing was recorded; check `\(Status.line(handle))` and try again."
        case .busy(let path): "The database \(path) is busy: another csp-migrate is writing to it. Nothing was recorded; try the command again."
        case .unavailable(let path, let problem):
            switch problem {
            case .notADatabase: "\(path) is not a csp-migrate database, or it is damaged. Nothing was written to it. Restore it from a backup, or choose another file with \(ProgramOption.database.spelling)."
            case .readOnly: "The database \(path) cannot be written (permissions or a read-only disk). Fix its permissions, or choose another file with \(ProgramOption.database.spelling)."
            case .newerSchema(let unknown): "The database \(path) was written by a newer csp-migrate (\(unknown.joined(separator: ", "))). It was left untouched; use the newer version."
            case .cannotCreate(let reason): "The database \(path) cannot be created: \(reason). Choose another place with \(ProgramOption.database.spelling)."
            case .missingFolder(let folder): "The folder \(folder) does not exist, so the database \(path) was not created. Check the path given with \(ProgramOption.database.spelling), or create the folder first."
            case .sqlite(let code, let message): "The database \(path) failed (SQLite \(code): \(message)). Nothing was recorded."
            case .serverUnreachable(let reason): "The team database \(path) cannot be reached (\(reason)). Nothing was recorded. Check that the server is running and reachable (ask whoever runs it); the next command reconnects by itself."
            case .timedOut(let seconds): "The team database \(path) did not finish the command within \(seconds) seconds (another session may be holding the customer). Nothing was recorded; try again."
            case .permissionDenied(let reason): "The team database \(path) refused this role: \(reason). Nothing was recorded. Ask the database's owner to grant the agents' privileges, or to open it once with the owner role when it needs an upgrade."
            case .agentIsRole(let role): "\(ProgramOption.agent.spelling) cannot be used with a team database: the history names the database role of each change (here \(role)), so that no one records in another's name. Leave \(ProgramOption.agent.spelling) out, or connect as your own role."
            case .badConnectionString(let reason): "\(path) is not a connection string PostgreSQL can read: \(reason). Write it as postgresql://USER@HOST/DATABASE or host=HOST dbname=DATABASE."
            case .postgres(let state, let message): "The team database \(path) failed (PostgreSQL \(state): \(message)). Nothing was recorded."
            case .copyTargetNotEmpty(let customers, let entries): "The team database \(path) already holds \(counted(customers, "customer", "customers")) and \(counted(entries, "history entry", "history entries")). Nothing was copied. Copy into an empty database, or add \(ProgramOption.copyMerge.spelling) to add what is missing."
            case .copyConflicts(let handles, let settings):
                "Nothing was copied: \(handles.isEmpty ? "" : "these customers are recorded differently in the file and in \(path): \(handles.map(\.rawValue).joined(separator: ", "))")\(handles.isEmpty || !settings ? "" : "; ")\(settings ? "the policy settings differ (compare \(typed(Settings.self)) on both)" : ""). Make each the same on both sides (or remove one), then copy again."
            }
        }
    }
}
