import GRDB

// GRDB's side of the record mapping: rows read by position, arguments from `SQLValue`s, and
// SQLite's errors as `StoreError`s.

extension Row: StoredRow {
    package func text(at position: Int) -> String? { self[position] }
    package func integer(at position: Int) -> Int64? { self[position] }
    package func boolean(at position: Int) -> Bool? { self[position] }
}

extension SQLValue: DatabaseValueConvertible {
    package var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case .text(let text): text.databaseValue
        case .integer(let number): number.databaseValue
        case .boolean(let flag): flag.databaseValue
        }
    }

    package static func fromDatabaseValue(_ dbValue: DatabaseValue) -> SQLValue? {
        switch dbValue.storage {
        case .null: .null
        case .int64(let number): .integer(number)
        case .string(let text): .text(text)
        case .double, .blob: nil
        }
    }
}

extension StatementArguments {
    init(_ values: [SQLValue]) {
        self.init(values.map { value -> (any DatabaseValueConvertible)? in value.databaseValue })
    }
}

extension StoredRecord {
    /// Every row the statement returns, decoded by position.
    static func fetchAll(_ statement: Statement, arguments: StatementArguments = StatementArguments()) throws -> [Self] {
        var records: [Self] = []
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        while let row = try rows.next() { records.append(try Self(row: row)) }
        return records
    }
}

extension StoreError {
    /// What an error from GRDB means to the user of the file at `path`.
    static func from(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if error is StoredValue.Invalid { return .unavailable(path: path, problem: .notADatabase) }
        guard let error = error as? DatabaseError else {
            return .unavailable(path: path, problem: .sqlite(code: -1, message: "\(error)"))
        }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .unavailable(path: path, problem: .notADatabase)
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN: return .unavailable(path: path, problem: .readOnly)
        default: return .unavailable(path: path, problem: .sqlite(code: error.resultCode.rawValue, message: error.message ?? ""))
        }
    }
}
