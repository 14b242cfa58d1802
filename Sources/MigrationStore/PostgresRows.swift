// libpq's side of the record mapping: rows and arguments in PostgreSQL's text form.

/// A result row as libpq returns it: every value as text, nil for NULL.
struct TextRow: StoredRow {
    let values: [String?]

    func text(at position: Int) -> String? { position < values.count ? values[position] : nil }
    func integer(at position: Int) -> Int64? { text(at: position).flatMap { Int64($0) } }

    func boolean(at position: Int) -> Bool? {
        switch text(at: position) {
        case "t", "true": true
        case "f", "false": false
        default: nil
        }
    }
}

extension SQLValue {
    /// The text PostgreSQL reads as this value.
    var text: String? {
        switch self {
        case .null: nil
        case .text(let text): text
        case .integer(let number): String(number)
        case .boolean(let flag): flag ? "true" : "false"
        }
    }
}

extension PostgresConnection {
    @discardableResult
    func exec(_ sql: String, values: [SQLValue]) throws(Failure) -> Rows {
        try exec(sql, values.map(\.text))
    }

    /// Every row the statement returns, decoded by position into a record.
    func fetch<Record: StoredRecord>(_ type: Record.Type, _ sql: String, _ parameters: [String?] = []) throws -> [Record] {
        try exec(sql, parameters).values.map { values throws(StoredValue.Invalid) in try Record(row: TextRow(values: values)) }
    }
}
