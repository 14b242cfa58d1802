import MigrationGuide

/// Why an imported file, or one place in it, cannot be read as what it should be.
public enum ImportError: Hashable, Sendable, Encodable {
    /// Not JSON at all; the parser's words.
    case jsonUnreadable(reason: String)
    /// JSON, but neither a `subscribedSkus` nor a `directory/subscriptions` answer (or its entry).
    case jsonShape
    /// A field missing (`found` nil) or of the wrong type.
    case jsonField(name: String, expected: JSONExpectation, found: String?)
    /// `@odata.nextLink`: Graph paged the answer and this file holds only the first page.
    case jsonMorePages
    /// JSON given where a spreadsheet is read: `export`'s JSON is a report, nested, not the table.
    case jsonReport
    /// The header lacks required columns.
    case headerMissing([String], expected: [String])
    /// Columns named twice in a header: which would be meant?
    case repeatedColumns([String])
    /// The header looks separated by something else than what was read (a quoted header).
    case separatorHint(String)
    /// A quote opened on this row is never closed: the rest of the file would be one cell.
    case unclosedQuote
    /// A spreadsheet date that is neither `2027-03-31` nor `31/03/2027`, or no real day.
    case spreadsheetDate(field: String, text: String)
    /// `04/05/2027` in a file that does not say whether it writes the day or the month first.
    case ambiguousDate(field: String, text: String, dayFirst: CalendarDate, monthFirst: CalendarDate)
    /// `04/05/2027` in a file whose other dates do not settle the order either (Partner Center's
    /// exports): `--date-order` says it.
    case dateOrderUnknown(field: String, text: String, dayFirst: CalendarDate, monthFirst: CalendarDate)
    /// One row's date can only be day first (`31/03/2027`), another's only month first (`03/31/2027`).
    case dateOrdersMixed(field: String, dayFirst: String, dayFirstRow: Int, monthFirst: String, monthFirstRow: Int)
    /// A spreadsheet price that is not an amount in either language's way of writing it.
    case spreadsheetAmount(field: String, text: String)
    /// The same SKU or subscription twice, here and at `first`.
    case duplicateEntry(first: ImportPlace)
    /// Nothing was imported: `problems` (the first of `total`), every one in `errorsFile` when written.
    case refused(problems: [ImportProblem], total: Int, errorsFile: String?)

    /// Bad dates and amounts keep the codes they have on the command line.
    var code: MessageCode {
        switch self {
        case .spreadsheetDate, .ambiguousDate, .dateOrderUnknown, .dateOrdersMixed: .badDate
        case .spreadsheetAmount: .badNumber
        default: .badImport
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(String(describing: self))
    }
}

extension CommandError {
    static func headerMissing(_ missing: [String], expected: [String]) -> CommandError { .importing(.headerMissing(missing, expected: expected)) }
    static func jsonUnreadable(reason: String) -> CommandError { .importing(.jsonUnreadable(reason: reason)) }
    static var jsonShape: CommandError { .importing(.jsonShape) }
    static var jsonMorePages: CommandError { .importing(.jsonMorePages) }
    static func jsonField(name: String, expected: JSONExpectation, found: String?) -> CommandError {
        .importing(.jsonField(name: name, expected: expected, found: found))
    }
}
