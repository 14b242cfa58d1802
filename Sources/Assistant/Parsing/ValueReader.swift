import Foundation
import MigrationGuide

/// How one word becomes a typed value, the same for the command line and a CSV import. A bad word
/// throws the matching error naming its field (`E-BAD-NUMBER`, `E-BAD-DATE`, ...).
public struct ValueReader<Value>: Sendable {
    /// What kind of word it is, for completion.
    public let kind: ValueKind
    /// The fixed choices, when there are some.
    public let choices: [String]
    private let reading: @Sendable (_ text: String, _ field: String) throws(CommandError) -> Value

    public init(_ kind: ValueKind, choices: [String] = [], _ reading: @escaping @Sendable (_ text: String, _ field: String) throws(CommandError) -> Value) {
        self.kind = kind
        self.choices = choices
        self.reading = reading
    }

    public func read(_ text: String, field: String) throws(CommandError) -> Value {
        try reading(text, field)
    }
}

extension ValueReader where Value == String {
    /// The word as typed: a customer reference, a license reference, a path.
    public static func word(_ kind: ValueKind) -> Self {
        Self(kind) { text, _ in text }
    }

    /// Free text that must not be empty (a name, an offer), within the text policy, trimmed.
    public static func text(_ kind: ValueKind = .text) -> Self {
        Self(kind) { text, field throws(CommandError) in try InputPolicy.checkedText(text, field: field) }
    }

    /// A three-letter currency code, upper-cased.
    public static var currency: Self {
        Self(.currency) { text, field throws(CommandError) in
            guard text.count == 3, text.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                throw .badValue(field: field, text: text, choices: ["BRL", "USD", "EUR", "..."])
            }
            return text.uppercased()
        }
    }

    /// An e-mail address: something@domain.tld, no spaces.
    public static var email: Self {
        Self(.email) { text, field throws(CommandError) in
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
        Self(.text) { text, field throws(CommandError) in
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
        Self(.count) { text, field throws(CommandError) in
            let digits = text.replacingOccurrences(of: "_", with: "")
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
        Self(.date) { text, field throws(CommandError) in
            guard let date = CalendarDate(iso: text) else { throw .badDate(field: field, text: text) }
            return date
        }
    }
}

extension ValueReader where Value == Decimal {
    /// An amount of zero or more, up to a million.
    public static var amount: Self {
        Self(.amount) { text, field throws(CommandError) in
            guard let amount = Money.parseAmount(text), amount <= 1_000_000 else { throw .badAmount(field: field, text: text) }
            return amount
        }
    }
}

extension ValueReader where Value == Bool {
    /// `on`/`off` (also `yes`/`no`, `true`/`false`, `sim`/`não`).
    public static var onOff: Self {
        Self(.onOff, choices: ["on", "off"]) { text, field throws(CommandError) in
            switch text.lowercased() {
            case "on", "yes", "true", "sim", "1": return true
            case "off", "no", "false", "nao", "não", "0": return false
            default: throw .badValue(field: field, text: text, choices: ["on", "off"])
            }
        }
    }
}

extension ValueReader where Value == Handle {
    /// A new customer's handle: lowercase letters, digits and -; capitals are lower-cased, as
    /// references to customers ignore case anyway.
    public static var newHandle: Self {
        Self(.newHandle) { text, _ throws(CommandError) in
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
        return Self(kind, choices: choices) { text, field throws(CommandError) in
            guard let value = values.first(where: { $0.rawValue.lowercased() == text.lowercased() }) else {
                throw .badValue(field: field, text: text, choices: choices)
            }
            return value
        }
    }
}
