import Foundation
import MigrationGuide
import SwiftCSV

/// Reads customers and their original subscriptions from a CSV file, one original per row
/// (a row with no offer adds just the customer). Every row is validated before anything is
/// recorded; a file with any bad row imports nothing.
///
/// Columns, in any order, header row required: handle, name, domain, program, offer, seats,
/// assigned, expires, price, currency, auto_renew. Required: handle, name; and offer, seats,
/// expires on rows that carry an original.
public enum PortfolioImport {
    public static let columns = ["handle", "name", "domain", "program", "offer", "seats", "assigned", "expires", "price", "currency", "auto_renew"]
    static let requiredColumns = ["handle", "name", "offer", "seats", "expires"]

    /// A row with a problem: its number as a spreadsheet shows it (the header is row 1).
    public struct Problem: Hashable, Sendable, Encodable {
        public var row: Int
        public var error: CommandError
    }

    /// What the import would change.
    public struct Plan: Sendable {
        public var inserting: [Customer] = []
        public var updating: [Customer] = []
        public var originalsAdded = 0
        /// Rows already recorded: re-importing a file adds nothing.
        public var rowsUnchanged = 0
        public var isEmpty: Bool { inserting.isEmpty && updating.isEmpty }
    }

    /// What makes an original the same one: its customer, its offer (case and accents ignored) and
    /// its end date.
    struct OriginalKey: Hashable {
        var handle: Handle
        var offer: String
        var expires: CalendarDate

        init(handle: Handle, offer: String, expires: CalendarDate) {
            self.handle = handle
            self.offer = offerKey(offer)
            self.expires = expires
        }
    }

    struct Row {
        var number: Int
        var handle: Handle
        var name: String
        var domain: String?
        var program: Program
        var original: (offer: String, seats: Int, assigned: Int?, expires: CalendarDate, price: Decimal?, currency: String?, autoRenew: Bool)?
    }

    /// A cell as one line: spreadsheets wrap long names over several lines, which are one name.
    static func singleLine(_ cell: String) -> String {
        func trimmed(_ part: Substring) -> Substring {
            guard let first = part.firstIndex(where: { $0 != " " }), let last = part.lastIndex(where: { $0 != " " }) else { return "" }
            return part[first...last]
        }
        guard cell.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else { return String(trimmed(cell[...])) }
        return cell.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\r\n" })
            .map(trimmed).filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Validates the whole file and plans the changes against the customers already recorded.
    public static func plan(csv text: String, existing: [Customer], defaultCurrency: String) throws(CommandError) -> Plan {
        let rows = try validate(text)
        return plan(rows, existing: existing, defaultCurrency: defaultCurrency)
    }

    static func validate(_ text: String) throws(CommandError) -> [Row] {
        let table: CSV<Enumerated>
        do {
            table = try CSV<Enumerated>(string: text, delimiter: .comma, loadColumns: false)
        } catch {
            throw .csvUnreadable(reason: "\(error)")
        }
        let header = table.header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let missing = requiredColumns.filter { !header.contains($0) }
        // A column named twice is refused too: which of the two would be meant? (Found by fuzzing:
        // it used to trap building the row dictionary.)
        let repeated = Set(header.filter { name in header.filter { $0 == name }.count > 1 }).sorted().map { "\($0) ×2" }
        let unknown = header.filter { !columns.contains($0) } + repeated
        guard missing.isEmpty, unknown.isEmpty else { throw .csvColumns(missing: missing, unknown: unknown) }

        var problems: [Problem] = []
        var rows: [Row] = []
        var seen: [OriginalKey: Int] = [:]
        var customers: [Handle: Row] = [:]
        for (index, cells) in table.rows.enumerated() {
            let number = index + 2
            if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            // SwiftCSV pads every row to the longest one: only non-empty extra cells are a problem.
            let extra = cells.dropFirst(header.count)
            if let lastFilled = cells.lastIndex(where: { !$0.isEmpty }), !extra.allSatisfy(\.isEmpty) {
                problems.append(Problem(row: number, error: .csvCellCount(expected: header.count, found: lastFilled + 1)))
                continue
            }
            let values = Dictionary(uniqueKeysWithValues: zip(header, cells.map(Self.singleLine)))
            do throws(CommandError) {
                let row = try parse(values, number: number)
                if let original = row.original {
                    let key = OriginalKey(handle: row.handle, offer: original.offer, expires: original.expires)
                    if let first = seen[key] { throw .csvDuplicateRow(firstRow: first) }
                    seen[key] = number
                }
                if let earlier = customers[row.handle], earlier.name != row.name || earlier.program != row.program || earlier.domain != row.domain {
                    throw .csvConflict(handle: row.handle, firstRow: earlier.number)
                }
                customers[row.handle] = customers[row.handle] ?? row
                rows.append(row)
            } catch {
                problems.append(Problem(row: number, error: error))
            }
        }
        guard problems.isEmpty else { throw .importRejected(problems) }
        return rows
    }

    /// One row, each cell read by the same value reader as the command line's flag for it.
    private static func parse(_ values: [String: String], number: Int) throws(CommandError) -> Row {
        for (column, value) in values.sorted(by: { $0.key < $1.key }) {
            try InputPolicy.check(value, field: column)
        }
        /// A filled cell as a typed value; nil when the cell is empty.
        func cell<Value>(_ column: String, _ reader: ValueReader<Value>) throws(CommandError) -> Value? {
            guard let text = values[column], !text.isEmpty else { return nil }
            return try reader.read(text, field: column)
        }
        guard let handle = try cell("handle", .newHandle) else { throw .badValue(field: "handle", text: "", choices: []) }
        guard let name = try cell("name", .text()) else { throw .badValue(field: "name", text: "", choices: []) }
        let program = try cell("program", .choice(.program) as ValueReader<Program>) ?? .other
        let domain = try cell("domain", .domain)
        var row = Row(number: number, handle: handle, name: name, domain: domain, program: program, original: nil)
        guard let offer = try cell("offer", .text(.offer)) else {
            if values["seats", default: ""] != "" || values["expires", default: ""] != "" { throw .badValue(field: "offer", text: "", choices: []) }
            return row
        }
        guard let seats = try cell("seats", .count(in: seatRange)) else { throw .badNumber(field: "seats", text: "", range: seatRange) }
        let assigned = try cell("assigned", .count(in: assignedRange))
        if let assigned, assigned > seats { throw .badNumber(field: "assigned", text: values["assigned", default: ""], range: 0...seats) }
        guard let expires = try cell("expires", .date) else { throw .badDate(field: "expires", text: "") }
        let price = try cell("price", .amount)
        let currency = try cell("currency", .currency)
        let autoRenew = try cell("auto_renew", .onOff) ?? false
        row.original = (offer, seats, assigned, expires, price, currency, autoRenew)
        return row
    }

    /// New customers are added; existing ones keep their details and gain only the originals they
    /// do not have yet (same offer and end date), so importing a file twice changes nothing.
    static func plan(_ rows: [Row], existing: [Customer], defaultCurrency: String) -> Plan {
        var known = Dictionary(uniqueKeysWithValues: existing.map { ($0.handle, $0) })
        var touched: [Handle] = []
        var touchedSet = Set<Handle>()
        func touch(_ handle: Handle) {
            if touchedSet.insert(handle).inserted { touched.append(handle) }
        }
        var created = Set<Handle>()
        var recorded: [Handle: Set<OriginalKey>] = [:]
        var plan = Plan()
        for row in rows {
            var customer = known[row.handle] ?? {
                created.insert(row.handle)
                return Customer(handle: row.handle, name: row.name, domain: row.domain, program: row.program)
            }()
            defer { known[row.handle] = customer }
            guard let original = row.original else {
                if created.contains(row.handle) { touch(row.handle) } else { plan.rowsUnchanged += 1 }
                continue
            }
            // What a customer already has, keyed by offer and end date, computed once per customer.
            let key = OriginalKey(handle: row.handle, offer: original.offer, expires: original.expires)
            var keys = recorded[row.handle] ?? Set(customer.originals.map { OriginalKey(handle: row.handle, offer: $0.offer, expires: $0.expires) })
            defer { recorded[row.handle] = keys }
            guard keys.insert(key).inserted else {
                plan.rowsUnchanged += 1
                continue
            }
            let price = original.price.map { Money(amount: $0, currency: original.currency ?? defaultCurrency) }
            _ = try? customer.addOriginal(offer: original.offer, seats: original.seats, assigned: original.assigned, expires: original.expires, price: price, autoRenew: original.autoRenew)
            plan.originalsAdded += 1
            touch(row.handle)
        }
        for handle in touched {
            guard let customer = known[handle] else { continue }
            if created.contains(handle) { plan.inserting.append(customer) } else { plan.updating.append(customer) }
        }
        return plan
    }
}
