import MigrationGuide

extension English {
    func importError(_ error: ImportError) -> String {
        switch error {
        case .jsonUnreadable(let reason):
            "This is not JSON (\(reason)). Save Graph's answer as it came, or PowerShell's output of ConvertTo-Json."
        case .jsonShape:
            "Expected a Microsoft Graph answer: {\"value\": [...]} from GET /subscribedSkus or GET /directory/subscriptions (or PowerShell's ConvertTo-Json of Get-MgSubscribedSku / Get-MgDirectorySubscription), with skuPartNumber and prepaidUnits or totalLicenses in each entry."
        case .jsonField(let name, let expected, let found):
            "\(name) must be \(self.expected(expected))\(found.map { ", not \($0)" } ?? ", and it is missing")."
        case .jsonMorePages:
            "Graph split this answer into pages and the file holds only the first (@odata.nextLink): save every page and import them together."
        case .jsonReport:
            "JSON exports are reports and can't be imported; use the .csv export."
        case .headerMissing(let missing, let expected):
            "The header row lacks \(missing.joined(separator: ", ")); the columns read are \(expected.joined(separator: ", ")) (others are ignored)."
        case .repeatedColumns(let names):
            "The header names \(names.joined(separator: ", ")) more than once: which column is meant? Keep one."
        case .separatorHint(let separator):
            "The header looks separated by \(separator) (as Excel in Portuguese saves it): save the file again as CSV, or check that the header row is not in quotes."
        case .unclosedQuote:
            "A quote opened on this row is never closed, so the rest of the file would be one cell: close it, or remove it."
        case .spreadsheetDate(let field, let text):
            "\(field) must be a real date, written 2027-03-31 or 31/03/2027, not \(quoted(text))."
        case .ambiguousDate(let field, let text, let dayFirst, let monthFirst):
            "\(field) \(quoted(text)) could be \(dayFirst) or \(monthFirst), and this file (commas, English column names) does not say whether it writes the day or the month first: write it as YYYY-MM-DD, or save the file as Excel in Portuguese does (;), whose dates are day first."
        case .dateOrderUnknown(let field, let text, let dayFirst, let monthFirst):
            "\(field) \(quoted(text)) could be \(dayFirst) or \(monthFirst), and no date in this file shows whether it writes the day or the month first: import it again with \(ImportPartnerCenterSubscriptions.dateOrderKey.flagSpec.name) \(DateOrder.dayFirst.rawValue) (day first, 31/03/2027) or \(ImportPartnerCenterSubscriptions.dateOrderKey.flagSpec.name) \(DateOrder.monthFirst.rawValue) (month first, 03/31/2027, as Partner Center in English (US) writes them)."
        case .dateOrdersMixed(let field, let dayFirst, let dayFirstRow, let monthFirst, let monthFirstRow):
            "\(field): row \(dayFirstRow) writes \(quoted(dayFirst)), which can only be day first, and row \(monthFirstRow) writes \(quoted(monthFirst)), which can only be month first; check the file, then import it with \(ImportPartnerCenterSubscriptions.dateOrderKey.flagSpec.name) \(DateOrder.dayFirst.rawValue) or \(ImportPartnerCenterSubscriptions.dateOrderKey.flagSpec.name) \(DateOrder.monthFirst.rawValue)."
        case .spreadsheetAmount(let field, let text):
            "\(field) must be an amount of zero or more, such as 23.50, 23,50 or 1.234,56, not \(quoted(text))."
        case .duplicateEntry(let first):
            "repeats the SKU or subscription at \(importWords(.place(first)))."
        case .refused(let problems, let total, _):
            "Nothing was imported: \(total == 1 ? "1 problem" : "\(number(total)) problems") to fix first\(problems.isEmpty ? "" : ", each with its place")."
        }
    }

    private func expected(_ expectation: JSONExpectation) -> String {
        switch expectation {
        case .number: "a number"
        case .wholeNumber: "a whole number of 0 or more"
        case .text: "text"
        case .boolean: "true or false"
        case .dateTime: "a date-time such as 2027-03-31T00:00:00Z"
        case .object: "an object ({...})"
        case .array: "an array ([...])"
        }
    }

    func importWords(_ words: ImportWords) -> String {
        switch words {
        case .outcome(let outcome):
            switch outcome {
            case .new: "new"
            case .changed: "changed"
            case .unchanged: "unchanged"
            case .skipped: "skipped"
            }
        case .skipped(let reason):
            switch reason {
            case .trial: "a trial: nothing was bought"
            case .free: "a free SKU: nothing to migrate"
            case .gone(let status): "\(status): already gone"
            case .noEndDate: "no end date: import GET /directory/subscriptions with it, or record it with license add"
            case .noSeats: "no seats bought"
            case .ambiguous(let ids): "several originals of this offer (\(ids.map(\.description).joined(separator: ", "))): update them with \(LicenseEdit.spec.name)"
            case .probableDuplicate(let handle, let link, let add):
                "probably \(handle) (same name apart from the company suffix, accents or case), recorded without this Microsoft ID: if it is, "
                    + (link.map { "link them with `\($0)` and import again" } ?? "record its domain with \(CustomerEdit.spec.name)") + "; if it is another company, `\(add)` and import again"
            }
        case .note(let note):
            switch note {
            case .unknownSKU(let code): "unknown SKU \(code), imported under its code (\(ImportGraph.skuNamesKey.flagSpec.name) \(placeholder(ImportGraph.skuNamesKey.flagSpec.valueName)) names it)"
            case .otherPartner(let tenant): "created by another partner (tenant \(tenant)): the customer moves from that partner"
            case .unknownOwner(let tenant): "created by tenant \(tenant): another partner's or the customer's own (import Customers.csv to tell)"
            case .endWorkedBack(let stage, let next): "\(stage): end worked back from the next lifecycle date \(next)"
            case .endFitsStatus(let stage, let ends): "Graph's status \(stage) wins over that date: recorded as ending on \(ends)"
            case .usersUnknown: "users not known (no subscribedSkus entry for it): counted as the seats"
            case .provisionedDateUnknown: "purchase date not in the file: recorded as unknown, so no correction window is promised until it is recorded (\(CspEdit.spec.name), \(CspEdit.provisioned.flagSpec.name))"
            case .relationshipImplied: "a CSP subscription exists, so the reseller relationship is recorded as accepted"
            case .unpaired(let candidates, let link):
                link.map { "several originals of this offer (\(candidates.map(\.description).joined(separator: ", "))): link the one it replaces, `\($0)`" }
                    ?? "no original of this offer awaits a replacement: a new service"
            case .probableDuplicate(let id): "probably \(id) again (same offer and seats, recorded without this id): if so, keep only one (\(CspRemove.spec.name) removes the other)"
            }
        case .change(let change):
            switch change.field {
            case .replaces: "replaces \(change.to)"
            case .accepted: "relationship accepted \(change.to)" + (change.from.isEmpty ? "" : " (not \(change.from): Partner Center sold before that)")
            default: "\(fieldName(change.field)) \(change.from.isEmpty ? "—" : change.from) → \(change.to)"
            }
        case .reading(let reading):
            "\(reading.file) read as \(reading.encoding.rawValue)\(reading.encoding == .windows1252 ? " (converted; save as CSV UTF-8 to avoid this)" : "")\(reading.separator.map { ", separated by \($0)" } ?? "")"
                + (reading.ignoredColumns.isEmpty ? "" : "; columns ignored: \(reading.ignoredColumns.joined(separator: ", "))")
                + (reading.slashDates.map {
                    switch $0 {
                    case .dayFirst: ", dates day first (31/03/2027)"
                    case .monthFirst: ", dates month first (03/31/2027)"
                    case .unambiguousOnly: ", dates like 04/05/2027 refused (day or month first?), others read as they can only mean one day"
                    }
                } ?? "") + "."
        case .totals(let summary):
            "\(summary.count(.new)) new, \(summary.count(.changed)) changed, \(summary.count(.unchanged)) unchanged, \(summary.count(.skipped)) skipped. "
                + (summary.dryRun ? "Dry run: nothing was recorded." : (summary.count(.new) + summary.count(.changed) == 0 ? "Nothing to record." : "Recorded."))
        case .listedOnly(let shown, let total):
            "(first \(number(shown)) of \(number(total)) lines)"
        case .place(let place):
            place.jsonPath.map { "\(place.file) \($0)" } ?? place.row.map { "\(place.file) row \($0)" } ?? place.file
        case .problemsListed(let shown, let total, let file):
            "(first \(number(shown)) of \(number(total)) problems\(file.map { "; all in \($0)" } ?? ""))"
        case .detailsColumn: "Details"
        }
    }

    private func fieldName(_ field: FieldChange.Field) -> String {
        switch field {
        case .seats: "seats"
        case .users: "users"
        case .ends: "ends"
        case .name: "name"
        case .domain: "domain"
        case .tenant: "Microsoft ID"
        case .accepted: "accepted"
        case .provisioned: "provisioned"
        case .replaces: "replaces"
        }
    }
}
