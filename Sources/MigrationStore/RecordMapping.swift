/// The part of an SQL store that does not depend on the database engine: which tables and columns
/// hold a record, how a value is written to a column and read back, and the SQL text built from
/// those declarations. `SQLiteStore` runs it through GRDB; a store on another SQL engine reuses it
/// through its own `StoredRow` and `SQLDialect`.

/// The SQL engines whose text differs where it matters to the store.
package enum SQLDialect: Sendable {
    case sqlite
    case postgreSQL

    /// The placeholder of the `position`th argument (from 1) of a statement.
    package func placeholder(_ position: Int) -> String {
        switch self {
        case .sqlite: "?"
        case .postgreSQL: "$\(position)"
        }
    }

    /// A column's declared type, as this engine spells it in `CREATE TABLE`.
    package func typeName(_ type: SQLColumnType) -> String {
        switch type {
        case .text: "TEXT"
        case .integer: self == .sqlite ? "INTEGER" : "BIGINT"
        case .boolean: "BOOLEAN"
        }
    }
}

package enum SQLColumnType: Sendable {
    case text, integer, boolean
}

/// A value as a statement argument, in the few types the schema uses.
package enum SQLValue: Hashable, Sendable {
    case null
    case text(String)
    case integer(Int64)
    case boolean(Bool)

    init(_ text: String?) { self = text.map(SQLValue.text) ?? .null }
    init(_ number: Int?) { self = number.map { .integer(Int64($0)) } ?? .null }
    init(_ flag: Bool) { self = .boolean(flag) }
}

/// A result row read by column position, in the order of the record's `Column` declaration.
package protocol StoredRow {
    func text(at position: Int) -> String?
    /// A text that many rows repeat (an offer's name): a row reader may hand out one copy of it.
    func sharedText(at position: Int) -> String?
    func integer(at position: Int) -> Int64?
    func boolean(at position: Int) -> Bool?
}

/// A column of a record's table. The cases' order is the order of every SELECT and INSERT and of
/// positional decoding, and each case's name is the column's name, so both are declared once.
package protocol StoredColumn: CaseIterable, Hashable, RawRepresentable<Int> {}

extension StoredColumn {
    package var name: String { String(describing: self) }
}

/// One table's row, mapped to and from the domain in `Records.swift`.
package protocol StoredRecord {
    associatedtype Column: StoredColumn
    static var tableName: String { get }
    /// The columns that name one row, for UPDATE and DELETE.
    static var key: [Column] { get }
    /// The value this record writes to `column`: one switch per record, so a column that is not
    /// written does not compile.
    func value(_ column: Column) -> SQLValue
    /// Reads a row selected with `selectSQL`.
    init(row: some StoredRow) throws(StoredValue.Invalid)
}

extension StoredRow {
    package func sharedText(at position: Int) -> String? { text(at: position) }

    package func text<C: StoredColumn>(_ column: C) throws(StoredValue.Invalid) -> String {
        guard let value = text(at: column.rawValue) else { throw StoredValue.Invalid() }
        return value
    }

    package func sharedText<C: StoredColumn>(_ column: C) throws(StoredValue.Invalid) -> String {
        guard let value = sharedText(at: column.rawValue) else { throw StoredValue.Invalid() }
        return value
    }

    package func optionalText<C: StoredColumn>(_ column: C) -> String? { text(at: column.rawValue) }

    package func int<C: StoredColumn>(_ column: C) throws(StoredValue.Invalid) -> Int {
        guard let value = integer(at: column.rawValue) else { throw StoredValue.Invalid() }
        return Int(value)
    }

    package func optionalInt<C: StoredColumn>(_ column: C) -> Int? { integer(at: column.rawValue).map { Int($0) } }

    package func bool<C: StoredColumn>(_ column: C) throws(StoredValue.Invalid) -> Bool {
        guard let value = boolean(at: column.rawValue) else { throw StoredValue.Invalid() }
        return value
    }
}

/// The SQL text of each record, built from its column declaration. Quoted, so that mixed-case names
/// mean the same on engines that fold unquoted names.
extension StoredRecord {
    package static var columns: [Column] { Array(Column.allCases) }
    static func quoted(_ name: String) -> String { "\"\(name)\"" }
    static var columnList: String { columns.map { quoted($0.name) }.joined(separator: ", ") }

    /// `SELECT every column FROM table`, to be followed by a WHERE or ORDER BY.
    package static var selectSQL: String { "SELECT \(columnList) FROM \(quoted(tableName))" }

    /// `INSERT INTO table (every column, or only those named) VALUES (...)`; the arguments are
    /// `insertArguments`, or `arguments(only:)` with the same columns.
    package static func insertSQL(_ dialect: SQLDialect, only inserted: [Column]? = nil) -> String {
        let inserted = inserted ?? columns
        let placeholders = inserted.indices.map { dialect.placeholder($0 + 1) }.joined(separator: ", ")
        return "INSERT INTO \(quoted(tableName)) (\(inserted.map { quoted($0.name) }.joined(separator: ", "))) VALUES (\(placeholders))"
    }

    /// `UPDATE table SET every other column WHERE key`; arguments from `updateArguments`.
    package static func updateSQL(_ dialect: SQLDialect) -> String {
        let set = settableColumns.enumerated().map { "\(quoted($1.name)) = \(dialect.placeholder($0 + 1))" }
        return "UPDATE \(quoted(tableName)) SET \(set.joined(separator: ", ")) WHERE \(keyCondition(dialect, from: set.count + 1))"
    }

    /// `updateSQL` that changes the row only while `checked` still holds the value the last
    /// argument gives (an optimistic revision check in the statement itself).
    package static func updateSQL(_ dialect: SQLDialect, checking checked: Column) -> String {
        "\(updateSQL(dialect)) AND \(quoted(checked.name)) = \(dialect.placeholder(columns.count + 1))"
    }

    /// Inserts the row, or where its key is taken changes that row's other columns: a form both
    /// SQLite (3.24 and later) and PostgreSQL run.
    package static func upsertSQL(_ dialect: SQLDialect) -> String {
        let set = settableColumns.map { "\(quoted($0.name)) = excluded.\(quoted($0.name))" }.joined(separator: ", ")
        return "\(insertSQL(dialect)) ON CONFLICT (\(keyList)) DO UPDATE SET \(set)"
    }

    package static func deleteSQL(_ dialect: SQLDialect) -> String {
        "DELETE FROM \(quoted(tableName)) WHERE \(keyCondition(dialect, from: 1))"
    }

    /// `key1 = ? AND key2 = ?`, with placeholders numbered from `first`.
    package static func keyCondition(_ dialect: SQLDialect, from first: Int) -> String {
        key.enumerated().map { "\(quoted($1.name)) = \(dialect.placeholder(first + $0))" }.joined(separator: " AND ")
    }

    /// `SELECT every column (or only those named) FROM table WHERE key`.
    package static func selectByKeySQL(_ dialect: SQLDialect, only selected: [Column]? = nil) -> String {
        let select = selected.map { "SELECT \($0.map { quoted($0.name) }.joined(separator: ", ")) FROM \(quoted(tableName))" } ?? selectSQL
        return "\(select) WHERE \(keyCondition(dialect, from: 1))"
    }

    /// `SELECT every column FROM table ORDER BY key`: every row, in the order the stores merge them.
    package static var selectInKeyOrderSQL: String { "\(selectSQL) ORDER BY \(keyList)" }

    /// `SELECT the columns named FROM table ORDER BY key`.
    package static func selectInKeyOrderSQL(only selected: [Column]) -> String {
        "SELECT \(selected.map { quoted($0.name) }.joined(separator: ", ")) FROM \(quoted(tableName)) ORDER BY \(keyList)"
    }

    /// `SELECT key FROM table ORDER BY key`.
    package static var selectKeysSQL: String { "SELECT \(keyList) FROM \(quoted(tableName)) ORDER BY \(keyList)" }

    package static var countSQL: String { "SELECT count(*) FROM \(quoted(tableName))" }

    static var keyList: String { key.map { quoted($0.name) }.joined(separator: ", ") }
    static var settableColumns: [Column] { columns.filter { !key.contains($0) } }

    /// The arguments of `insertSQL`, in column order.
    package var insertArguments: [SQLValue] { Self.columns.map(value) }
    package func arguments(only columns: [Column]) -> [SQLValue] { columns.map(value) }
    /// The arguments of `updateSQL`: the other columns, then the key.
    package var updateArguments: [SQLValue] { (Self.settableColumns + Self.key).map(value) }
}

/// A record whose rows belong to one customer (its subscriptions): read and replaced a customer
/// at a time.
package protocol CustomerOwnedRecord: StoredRecord {
    /// The column naming the customer; the rest of the key orders a customer's rows.
    static var ownerColumn: Column { get }
}

extension CustomerOwnedRecord {
    /// The rows of one customer, in key order.
    package static func selectByCustomerSQL(_ dialect: SQLDialect) -> String {
        "\(selectSQL) WHERE \(quoted(ownerColumn.name)) = \(dialect.placeholder(1)) ORDER BY \(keyList)"
    }

    package static func deleteByCustomerSQL(_ dialect: SQLDialect) -> String {
        "DELETE FROM \(quoted(tableName)) WHERE \(quoted(ownerColumn.name)) = \(dialect.placeholder(1))"
    }
}

/// Reading values back: a value the program did not write means the file was damaged.
package enum StoredValue {
    package struct Invalid: Error {}
}
