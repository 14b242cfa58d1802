import Foundation
import MigrationGuide

/// How one word becomes a typed value, the same for the command line and a CSV import. A bad word
/// throws the matching error naming its field (`E-BAD-NUMBER`, `E-BAD-DATE`, ...).
public struct ValueReader<Value>: Sendable {
    /// What kind of word it is, for completion.
    public let kind: ValueKind
    /// The fixed choices, when there are some.
    public let choices: [String]
    /// Reads `text` for `field`; `language` is the session's, for the dates and numbers people
    /// write in it (`31/03/2027`, `1.234,56` in Portuguese).
    private let reading: @Sendable (_ text: String, _ field: String, _ language: Language) throws(CommandError) -> Value

    public init(_ kind: ValueKind, choices: [String] = [], _ reading: @escaping @Sendable (_ text: String, _ field: String, _ language: Language) throws(CommandError) -> Value) {
        self.kind = kind
        self.choices = choices
        self.reading = reading
    }

    public func read(_ text: String, field: String, language: Language = .en) throws(CommandError) -> Value {
        try reading(text, field, language)
    }
}

extension ValueReader where Value == String {
    /// The word as typed: a customer reference, a license reference, a path.
    public static func word(_ kind: ValueKind) -> Self {
        Self(kind) { text, _, _ in text }
    }

    /// Free text that must not be empty (a name, an offer), within the text policy, trimmed.
    public static func text(_ kind: ValueKind = .text) -> Self {
        Self(kind) { text, field, _ throws(CommandError) in try InputPolicy.checkedText(text, field: field) }
    }

    /// A three-letter currency code, upper-cased.
    public static var currency: Self {
        Self(.currency) { text, field, _ throws(CommandError) in
            guard text.count == 3, text.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                throw .badValue(field: field, text: text, choices: ["BRL", "USD", "EUR"])
            }
            return text.uppercased()
        }
    }

    /// An e-mail address: something@domain.tld, no spaces.
    public static var email: Self {
        Self(.email) { text, field, _ throws(CommandError) in
            let text = try InputPolicy.checkedText(text, field: field)
            let parts = text.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !text.contains(where: \.isWhitespace) else {
                throw .badValue(field: field, text: text, choices: ["name@example.com"])
            }
            return text
        }
    }

    /// A DNS domain: letters, digits, dots and hyphens, with at least one dot; lower-cased.
    public static var domain: Self {
        Self(.text) { text, field, _ throws(CommandError) in
            let text = try InputPolicy.checkedText(text, field: field)
            guard text.contains("."), text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }) else {
                throw .badValue(field: field, text: text, choices: ["contoso.onmicrosoft.com"])
            }
            return text.lowercased()
        }
    }
}

extension ValueReader where Value == Int {
    /// A whole number within `range`; `_` may group digits (`1_000`).
    public static func count(in range: ClosedRange<Int>) -> Self {
        Self(.count) { text, field, language throws(CommandError) in
            // `1.200` in Portuguese, as people write it there.
            if language == .ptBR, text.contains("."), let value = SpreadsheetValues.count(text, in: range) { return value }
            let digits = text.utf8.contains(UInt8(ascii: "_")) ? text.replacingOccurrences(of: "_", with: "") : text
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(digits), range.contains(value) else {
                throw .badNumber(field: field, text: text, range: range)
            }
            return value
        }
    }
}

extension ValueReader where Value == CalendarDate {
    /// A real date written YYYY-MM-DD.
    public static var date: Self {
        Self(.date) { text, field, language throws(CommandError) in
            if let date = CalendarDate(iso: text) { return date }
            // `31/03/2027` is how dates are written in Brazil; in English a slash date that can
            // only mean one day is refused with that day as a hint, and an ambiguous one plainly.
            if language == .ptBR, let date = SpreadsheetValues.date(text) { return date }
            throw .badDate(field: field, text: text, meant: language == .ptBR ? nil : CalendarDate.unambiguousSlashDate(text))
        }
    }
}

extension ValueReader where Value == Decimal {
    /// The largest price per seat per month a person may type.
    public static var maximumAmount: Int { 1_000_000 }

    /// An amount of zero or more, up to a million.
    public static var amount: Self {
        Self(.amount) { text, field, language throws(CommandError) in
            // `1.234,56` and `R$ 53,00` in Portuguese.
            let amount = language == .ptBR ? SpreadsheetValues.amount(text, decimalComma: true)?.0 : Money.parseAmount(text)
            // Cents at most: `0.001` would be stored as nothing.
            guard let amount, amount <= Decimal(maximumAmount), amount == amount.rounded(scale: 2) else {
                throw .badAmount(field: field, text: text, maximum: maximumAmount)
            }
            return amount
        }
    }
}

extension ValueReader where Value == Program {
    /// A program by its code, or as Portuguese staff name the retail and other ones: the one table
    /// for `--program` and a spreadsheet's program column.
    public static var program: Self {
        Self(.program, choices: Program.allCases.map(\.rawValue)) { text, field, language throws(CommandError) in
            switch caseAndAccentFolded(text) {
            case "varejo": return .retail
            case "outro", "outros": return .other
            default: return try ValueReader<Program>.choice(.program).read(text, field: field, language: language)
            }
        }
    }
}

extension ValueReader where Value == Bool {
    /// `on`/`off` (also `yes`/`no`, `true`/`false`, `sim`/`não`).
    public static var onOff: Self {
        Self(.onOff, choices: ["on", "off"]) { text, field, language throws(CommandError) in
            switch text.lowercased() {
            case "on", "yes", "true", "sim", "1": return true
            case "off", "no", "false", "nao", "não", "0": return false
            // Portuguese staff are told the words of their language that are accepted too.
            default: throw .badValue(field: field, text: text, choices: language == .ptBR ? ["on", "off", "sim", "não"] : ["on", "off"])
            }
        }
    }
}

extension ValueReader where Value == Handle {
    /// A new customer's handle: lowercase letters, digits and -; capitals are lower-cased, as
    /// references to customers ignore case anyway.
    public static var newHandle: Self {
        Self(.newHandle) { text, _, _ throws(CommandError) in
            guard let handle = Handle(text.lowercased()) else { throw .badHandle(text) }
            return handle
        }
    }
}

extension ValueReader where Value: RawRepresentable & CaseIterable & Sendable, Value.RawValue == String {
    /// A value from a fixed set, by its raw value (case-insensitive).
    public static func choice(_ kind: ValueKind) -> Self {
        let values = Array(Value.allCases)
        let choices = values.map(\.rawValue)
        return Self(kind, choices: choices) { text, field, _ throws(CommandError) in
            guard let value = values.first(where: { $0.rawValue.lowercased() == text.lowercased() }) else {
                throw .badValue(field: field, text: text, choices: choices)
            }
            return value
        }
    }
}

extension CalendarDate {
    /// The one day a slash date can mean, day first or month first: `31/03/2027` and `03/31/2027`
    /// are 2027-03-31; `03/04/2027` could be either, so nil.
    static func unambiguousSlashDate(_ text: String) -> CalendarDate? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, let first = Int(parts[0]), let second = Int(parts[1]), let year = Int(parts[2]) else { return nil }
        let dayFirst = first > 12 ? CalendarDate(year: year, month: second, day: first) : nil
        let monthFirst = second > 12 ? CalendarDate(year: year, month: first, day: second) : nil
        return dayFirst ?? monthFirst
    }
}

/// A day as `today` and `--today` take it: a date, or a word the question tables count from the
/// session's date (`tomorrow`, `amanhã`, `"next week"`), resolved only once that date is known.
public enum DayReference: Equatable, Sendable {
    case date(CalendarDate)
    case relative(DateOffset)

    public func resolved(from today: CalendarDate) -> CalendarDate {
        switch self {
        case .date(let date): date
        case .relative(.days(let days)): today.adding(days: days)
        case .relative(.months(let months)): today.adding(months: months)
        }
    }
}

extension ValueReader where Value == DayReference {
    /// A date as `.date` reads it (`31/12/2026` in Portuguese), or a relative date word of either
    /// language: the words are unambiguous, so an English session also takes `amanhã`.
    public static var day: Self {
        Self(.date) { text, field, language throws(CommandError) in
            let words = QuestionText.words(text)
            for vocabulary in Lexicon.standard.vocabularies {
                if let offset = vocabulary.relativeDates.first(where: { QuestionText.words($0.0) == words })?.1, !words.isEmpty {
                    return .relative(offset)
                }
            }
            return .date(try ValueReader<CalendarDate>.date.read(text, field: field, language: language))
        }
    }
}
