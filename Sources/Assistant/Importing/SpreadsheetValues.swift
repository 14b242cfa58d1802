import Foundation
import MigrationGuide

/// Numbers and dates as spreadsheets write them, in English or Portuguese: `1,200` or `1.200`
/// seats, `23.50`, `23,50`, `1.234,56` or `R$ 1.234,56` a seat, `2027-03-31` or `31/03/2027`.
enum SpreadsheetValues {
    /// A whole number, with `.`, `,`, spaces or `_` grouping thousands; nil for anything else.
    static func count(_ text: String, in range: ClosedRange<Int>) -> Int? {
        let trimmed = InputPolicy.trimmedWhitespace(text)
        let groups = trimmed.split(omittingEmptySubsequences: false) { ".,_ \u{A0}".contains($0) }
        guard let first = groups.first, !first.isEmpty, first.count <= (groups.count > 1 ? 3 : 18),
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let value = Int(groups.joined()), range.contains(value)
        else { return nil }
        return value
    }

    /// A price: an optional currency sign or code before it, then digits with at most one decimal
    /// mark and thousands grouped by the other mark. A lone mark followed by exactly three digits is
    /// read as grouping when it is the file's grouping mark (`1.234` in a `;` file is 1234).
    /// Returns the amount and the currency code the text named, if any.
    static func amount(_ text: String, decimalComma: Bool) -> (Decimal, currency: String?)? {
        var rest = Substring(InputPolicy.trimmedWhitespace(text))
        var currency: String?
        for (sign, code) in [("R$", "BRL"), ("US$", "USD"), ("$", "USD"), ("€", "EUR"), ("£", "GBP")] where rest.hasPrefix(sign) {
            currency = code
            rest = rest.dropFirst(sign.count)
            break
        }
        if currency == nil, rest.count > 4, rest.prefix(3).allSatisfy({ $0.isASCII && $0.isLetter }), rest.dropFirst(3).first == " " {
            currency = rest.prefix(3).uppercased()
            rest = rest.dropFirst(4)
        }
        var number = InputPolicy.trimmedWhitespace(String(rest))
        if number.contains("\u{A0}") { number.removeAll { $0 == "\u{A0}" } }
        guard !number.isEmpty, number.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," }) else { return nil }
        let commas = number.filter { $0 == "," }.count, points = number.filter { $0 == "." }.count
        let decimalMark: Character?
        if commas > 0, points > 0 {
            guard let lastComma = number.lastIndex(of: ","), let lastPoint = number.lastIndex(of: ".") else { return nil }
            decimalMark = lastComma > lastPoint ? "," : "."
        } else if commas + points == 0 {
            decimalMark = nil
        } else {
            let mark: Character = commas > 0 ? "," : "."
            let groupingMark: Character = decimalComma ? "." : ","
            let afterMark = number.split(separator: mark, omittingEmptySubsequences: false).last?.count ?? 0
            decimalMark = (commas + points > 1 || (mark == groupingMark && afterMark == 3)) ? nil : mark
        }
        var whole = number, fraction = ""
        if let decimalMark, let index = number.lastIndex(of: decimalMark) {
            whole = String(number[..<index])
            fraction = String(number[number.index(after: index)...])
            guard !fraction.contains(where: { !$0.isNumber }) else { return nil }
        }
        let groupingMark: Character = decimalMark.map { $0 == "," ? "." : "," } ?? (commas > 0 ? "," : ".")
        let groups = whole.split(separator: groupingMark, omittingEmptySubsequences: false)
        guard groups.allSatisfy({ $0.allSatisfy(\.isNumber) }), let first = groups.first, !(first.isEmpty && !fraction.isEmpty && groups.count > 1),
              groups.count == 1 || (first.count <= 3 && !first.isEmpty && groups.dropFirst().allSatisfy { $0.count == 3 }),
              fraction.count <= 4, decimalMark == nil || !fraction.isEmpty
        else { return nil }
        let digits = groups.joined() + (fraction.isEmpty ? "" : "." + fraction)
        guard !digits.isEmpty, digits != ".", let value = Decimal(plainText: digits.hasPrefix(".") ? "0" + digits : digits) else { return nil }
        return (value, currency)
    }

    /// `2027-03-31` (a time after it is ignored), or `a/b/yyyy` (also with `.` or `-`): day first
    /// when the file writes dates that way (`dayFirst`); otherwise only when it can mean one day
    /// (`04/25/2027`, `25/04/2027`, `05/05/2027`), as a US Excel file could be either.
    static func date(_ text: String, dayFirst: Bool = true) -> CalendarDate? {
        let trimmed = InputPolicy.trimmedWhitespace(text)
        // `31/03/2027`, the usual form, read straight from its bytes.
        let bytes = Array(trimmed.utf8)
        if dayFirst, bytes.count == 10, bytes[2] == UInt8(ascii: "/"), bytes[5] == UInt8(ascii: "/") {
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for byte in bytes[range] {
                    guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                    value = value * 10 + Int(byte - UInt8(ascii: "0"))
                }
                return value
            }
            guard let day = number(0..<2), let month = number(3..<5), let year = number(6..<10) else { return nil }
            return CalendarDate(year: year, month: month, day: day)
        }
        if let iso = CalendarDate(iso: String(trimmed.prefix(10))), trimmed.count == 10 || [" ", "T"].contains(trimmed.dropFirst(10).first) {
            return iso
        }
        guard let (first, second, year) = slashParts(trimmed) else { return nil }
        if dayFirst || first == second { return CalendarDate(year: year, month: second, day: first) }
        return CalendarDate.unambiguousSlashDate("\(first)/\(second)/\(year)")
    }

    /// `a/b/yyyy` read in the order a file writes it (`3/31/2027 12:00:00 AM`, as Partner Center in
    /// English writes it, keeps its day); ISO dates read as always.
    static func date(_ text: String, order: DateOrder) -> CalendarDate? {
        let trimmed = InputPolicy.trimmedWhitespace(text)
        if let iso = CalendarDate(iso: String(trimmed.prefix(10))), trimmed.count == 10 || [" ", "T"].contains(trimmed.dropFirst(10).first) {
            return iso
        }
        guard let (first, second, year) = slashParts(withoutTime(trimmed)) else { return nil }
        return order == .dayFirst ? CalendarDate(year: year, month: second, day: first) : CalendarDate(year: year, month: first, day: second)
    }

    /// What a file's `a/b/yyyy` dates say about their order: a first number above 12 can only be a
    /// day, a second one only a day too; both in one file contradict each other.
    struct DateOrderEvidence {
        /// The first cell that can only be day first, and the first that can only be month first.
        var dayFirst: (row: Int, text: String)?
        var monthFirst: (row: Int, text: String)?
        /// The first cell that reads as two different days.
        var ambiguous: (row: Int, text: String)?

        init(_ cells: [(row: Int, text: String)]) {
            for (row, text) in cells {
                guard let (first, second, _) = SpreadsheetValues.slashParts(SpreadsheetValues.withoutTime(InputPolicy.trimmedWhitespace(text))) else { continue }
                if first > 12, second <= 12, dayFirst == nil { dayFirst = (row, text) }
                if second > 12, first <= 12, monthFirst == nil { monthFirst = (row, text) }
                if first <= 12, second <= 12, first != second, ambiguous == nil { ambiguous = (row, text) }
            }
        }

        /// The order the cells show, if they show one.
        var order: DateOrder? {
            switch (dayFirst, monthFirst) {
            case (_?, nil): .dayFirst
            case (nil, _?): .monthFirst
            default: nil
            }
        }
    }

    /// `3/31/2027 12:00:00 AM` → `3/31/2027`: the time of day says nothing about the day.
    static func withoutTime(_ text: String) -> String {
        guard let space = text.firstIndex(of: " "), text[..<space].contains(where: { "/.-".contains($0) }) else { return text }
        return String(text[..<space])
    }

    /// The two readings of an `a/b/yyyy` date that could be either: (day first, month first).
    static func ambiguousReadings(_ text: String) -> (dayFirst: CalendarDate, monthFirst: CalendarDate)? {
        guard let (first, second, year) = slashParts(InputPolicy.trimmedWhitespace(text)), first != second,
              let dayFirst = CalendarDate(year: year, month: second, day: first),
              let monthFirst = CalendarDate(year: year, month: first, day: second) else { return nil }
        return (dayFirst, monthFirst)
    }

    static func slashParts(_ text: String) -> (Int, Int, Int)? {
        let parts = text.split(omittingEmptySubsequences: false) { "/.-".contains($0) }
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
              let first = Int(parts[0]), let second = Int(parts[1]), let year = Int(parts[2]) else { return nil }
        return (first, second, year)
    }
}

/// Which comes first in a file's `a/b/yyyy` dates: `dmy` as Brazil (and most of the world) writes
/// them, `mdy` as the United States does.
public enum DateOrder: String, CaseIterable, Hashable, Sendable, Encodable {
    case dayFirst = "dmy"
    case monthFirst = "mdy"
}
