import Foundation
import GRDB
import GRDBSQLite

// Statements GRDB prepared and cached, bound and stepped through SQLite's C interface. GRDB's
// arguments box every value and its rows index their columns by name for each query: for the
// handful of statements a command runs, that was more of its time than SQLite's own work, and
// reading the whole portfolio went through a copy of every row.

/// The row a statement is on, read in place by column position.
struct SteppedRow: StoredRow {
    let statement: SQLiteStatement
    /// Where repeated texts are kept while a whole table is read; nil: each read is a new string.
    var shared: SharedTexts?

    func text(at position: Int) -> String? {
        bytes(at: position).map { String(decoding: $0, as: UTF8.self) }
    }

    func sharedText(at position: Int) -> String? {
        guard let shared else { return text(at: position) }
        return bytes(at: position).map(shared.text)
    }

    /// A text column's bytes; nil for NULL, for which SQLite gives no pointer (an empty text has one).
    private func bytes(at position: Int) -> UnsafeBufferPointer<UInt8>? {
        let column = Int32(position)
        guard let bytes = sqlite3_column_text(statement, column) else { return nil }
        return UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(statement, column)))
    }

    func integer(at position: Int) -> Int64? {
        let column = Int32(position)
        guard sqlite3_column_type(statement, column) == SQLITE_INTEGER else { return nil }
        return sqlite3_column_int64(statement, column)
    }

    func boolean(at position: Int) -> Bool? { integer(at: position).map { $0 != 0 } }
}

/// One copy of each text many rows repeat (offer names across a portfolio), found by its bytes
/// before any string is made of them.
final class SharedTexts {
    private var known: [Int: [String]] = [:]

    func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        let key = hasher.finalize()
        if let found = known[key]?.first(where: { Self.same($0, bytes) }) { return found }
        let text = String(decoding: bytes, as: UTF8.self)
        known[key, default: []].append(text)
        return text
    }

    private static func same(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var text = text
        return text.withUTF8 { own in
            guard own.count == bytes.count, let mine = own.baseAddress, let theirs = bytes.baseAddress else { return own.count == bytes.count }
            return memcmp(mine, theirs, own.count) == 0
        }
    }
}

/// A statement's rows, one step at a time; `finish()` resets the statement (ending its read).
struct StatementSteps {
    let statement: Statement
    var shared: SharedTexts?

    func next() throws -> SteppedRow? {
        switch sqlite3_step(statement.sqliteStatement) {
        case SQLITE_ROW: return SteppedRow(statement: statement.sqliteStatement, shared: shared)
        case SQLITE_DONE: return nil
        case let code: throw statement.failure(code)
        }
    }

    func finish() { sqlite3_reset(statement.sqliteStatement) }
}

extension Statement {
    /// Binds `values` by position and starts stepping; the caller calls `finish()`.
    func steps(_ values: [SQLValue] = [], sharing shared: SharedTexts? = nil) throws -> StatementSteps {
        let prepared = sqliteStatement
        sqlite3_reset(prepared)
        sqlite3_clear_bindings(prepared)
        for (index, value) in values.enumerated() {
            let position = Int32(index + 1)
            let code: Int32
            switch value {
            case .null: code = sqlite3_bind_null(prepared, position)
            case .integer(let number): code = sqlite3_bind_int64(prepared, position, number)
            case .boolean(let flag): code = sqlite3_bind_int64(prepared, position, flag ? 1 : 0)
            case .text(var text):
                // An empty text is bound as text: a null pointer would bind NULL.
                code = text.withUTF8 { bytes in
                    guard let start = bytes.baseAddress, !bytes.isEmpty else { return sqlite3_bind_text(prepared, position, "", 0, transient) }
                    return start.withMemoryRebound(to: CChar.self, capacity: bytes.count) { sqlite3_bind_text(prepared, position, $0, Int32(bytes.count), transient) }
                }
            }
            guard code == SQLITE_OK else { throw failure(code) }
        }
        return StatementSteps(statement: self, shared: shared)
    }

    /// Runs the statement to its end with `values` bound.
    func run(_ values: [SQLValue] = []) throws {
        let steps = try self.steps(values)
        defer { steps.finish() }
        while try steps.next() != nil {}
    }

    /// Each row the statement returns with `values` bound.
    func forEachRow(_ values: [SQLValue] = [], _ body: (SteppedRow) throws -> Void) throws {
        let steps = try self.steps(values)
        defer { steps.finish() }
        while let row = try steps.next() { try body(row) }
    }

    /// The first column of the first row, as an integer (nil when there is no row).
    func firstInteger(_ values: [SQLValue] = []) throws -> Int? {
        let steps = try self.steps(values)
        defer { steps.finish() }
        return try steps.next()?.integer(at: 0).map { Int($0) }
    }

    fileprivate func failure(_ code: Int32) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(sqliteStatement))), sql: sql)
    }
}

extension SteppedRow {
    /// A BLOB column's bytes, valid until the statement steps on; nil for NULL.
    func blob(at position: Int) -> UnsafeRawBufferPointer? {
        let column = Int32(position)
        guard sqlite3_column_type(statement, column) == SQLITE_BLOB, let bytes = sqlite3_column_blob(statement, column) else { return nil }
        return UnsafeRawBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(statement, column)))
    }
}

extension Statement {
    /// Runs the statement with `values` bound by position and `blob` bound after them.
    func run(blob: [UInt8], _ values: [SQLValue]) throws {
        let steps = try self.steps(values)
        defer { steps.finish() }
        let code = blob.withUnsafeBytes { bytes in
            sqlite3_bind_blob(sqliteStatement, Int32(values.count + 1), bytes.baseAddress, Int32(bytes.count), transient)
        }
        guard code == SQLITE_OK else { throw failure(code) }
        while try steps.next() != nil {}
    }
}

/// SQLite copies what is bound (`SQLITE_TRANSIENT`), so a Swift string need live only for the call.
private let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

extension StoredRecord {
    /// Every row the statement returns with `values` bound, decoded by position.
    static func fetchAll(_ statement: Statement, _ values: [SQLValue] = []) throws -> [Self] {
        var records: [Self] = []
        try statement.forEachRow(values) { row in records.append(try Self(row: row)) }
        return records
    }
}
