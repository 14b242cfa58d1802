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
    /// The header lacks required columns.
    case headerMissing([String], expected: [String])
    /// The same SKU or subscription twice, here and at `first`.
    case duplicateEntry(first: ImportPlace)
    /// Nothing was imported: `problems` (the first of `total`), every one in `errorsFile` when written.
    case refused(problems: [ImportProblem], total: Int, errorsFile: String?)

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
