import Foundation
import MigrationGuide

/// The words of one command line sorted into its declared arguments and flags, with typed readers
/// that turn bad values into the matching error (`E-BAD-NUMBER`, `E-BAD-DATE`, ...).
public struct ParsedArguments: Sendable {
    public let spec: CommandSpec
    /// Argument name → word, for the arguments given.
    public var arguments: [String: String]
    /// Flag name → value; a switch maps to "".
    public var flags: [String: String]
    /// A `FILE...` argument's words, all of them.
    public var lists: [String: [String]] = [:]

    public init(spec: CommandSpec, arguments: [String: String] = [:], flags: [String: String] = [:]) {
        self.spec = spec
        self.arguments = arguments
        self.flags = flags
    }

    public subscript(argument name: String) -> String? { arguments[name] }

    /// A required argument; the parser guarantees it is present.
    public func required(_ name: String) throws(CommandError) -> String {
        guard let value = arguments[name] else { throw .missingArgument(command: spec.name, argument: name) }
        return value
    }

    public func flag(_ name: String) -> String? { flags[name] }

    /// Every word of a `NAME...` argument (the first alone is also in `arguments`).
    public func list(_ name: String) -> [String] { lists[name] ?? arguments[name].map { [$0] } ?? [] }

    public func isSet(_ name: String) -> Bool { flags[name] != nil }

    public func requiredFlag(_ name: String) throws(CommandError) -> String {
        guard let value = flags[name] else { throw .missingFlag(command: spec.name, flag: name) }
        return value
    }

    /// A whole number within `range`; nil when the flag was not given.
    public func count(_ name: String, in range: ClosedRange<Int>) throws(CommandError) -> Int? {
        guard let text = flags[name] ?? arguments[name] else { return nil }
        return try Self.count(text, field: name, in: range)
    }

    static func count(_ text: String, field: String, in range: ClosedRange<Int>) throws(CommandError) -> Int {
        let digits = text.replacingOccurrences(of: "_", with: "")
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(digits), range.contains(value) else {
            throw .badNumber(field: field, text: text, range: range)
        }
        return value
    }

    public func date(_ name: String) throws(CommandError) -> CalendarDate? {
        guard let text = flags[name] ?? arguments[name] else { return nil }
        guard let date = CalendarDate(iso: text) else { throw .badDate(field: name, text: text) }
        return date
    }

    public func amount(_ name: String) throws(CommandError) -> Decimal? {
        guard let text = flags[name] else { return nil }
        guard let amount = Money.parseAmount(text), amount <= 1_000_000 else { throw .badAmount(field: name, text: text) }
        return amount
    }

    /// A value from a fixed set, by its raw value (case-insensitive).
    public func choice<Value: RawRepresentable & CaseIterable>(_ name: String, as type: Value.Type) throws(CommandError) -> Value?
        where Value.RawValue == String {
        guard let text = flags[name] ?? arguments[name] else { return nil }
        guard let value = Value.allCases.first(where: { $0.rawValue.lowercased() == text.lowercased() }) else {
            throw .badValue(field: name, text: text, choices: Value.allCases.map(\.rawValue))
        }
        return value
    }

    /// `on`/`off` (also `yes`/`no`, `true`/`false`, `sim`/`não`).
    public func onOff(_ name: String) throws(CommandError) -> Bool? {
        guard let text = flags[name] else { return nil }
        switch text.lowercased() {
        case "on", "yes", "true", "sim", "1": return true
        case "off", "no", "false", "nao", "não", "0": return false
        default: throw .badValue(field: name, text: text, choices: ["on", "off"])
        }
    }

    /// A three-letter currency code, upper-cased.
    public func currency(_ name: String) throws(CommandError) -> String? {
        guard let text = flags[name] else { return nil }
        guard text.count == 3, text.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw .badValue(field: name, text: text, choices: ["BRL", "USD", "EUR", "..."])
        }
        return text.uppercased()
    }

    /// Free text that must not be empty (a name, an offer).
    public func text(_ name: String) throws(CommandError) -> String? {
        guard let text = flags[name] ?? arguments[name] else { return nil }
        if let scalar = InputPolicy.forbiddenScalar(in: text) {
            throw .controlCharacter(field: name, scalar: scalar.value)
        }
        guard text.utf8.count <= InputPolicy.maximumTextLength * 4, text.count <= InputPolicy.maximumTextLength else {
            throw .textTooLong(field: name, limit: InputPolicy.maximumTextLength)
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw .badValue(field: name, text: text, choices: []) }
        return trimmed
    }
}
