import MigrationGuide

/// A command line that a reply suggests or names (a next action, a warning's fix, a dry run's
/// follow-up, a question's `→` line, an explanation), built from the command's own declaration
/// through its typed keys, so that renaming a command, a flag or an argument changes every
/// suggestion with it. Phrasebooks and the question planner interpolate it; they never spell a
/// command out.
public struct SuggestedCommand: Sendable, Hashable, CustomStringConvertible {
    /// One word of the line.
    public enum Word: Sendable, Hashable {
        /// Typed as shown: a value, quoted when it needs it, or the command's own words.
        case typed(String)
        /// For the reader to fill in, named as the declaration names it (`HANDLE`, `YYYY-MM-DD`)
        /// and shown in the reader's language (`IDENTIFICADOR`, `AAAA-MM-DD`).
        case placeholder(String)
    }

    public let spec: CommandSpec
    public private(set) var words: [Word]

    public init(_ command: any AssistantCommand.Type) {
        spec = command.spec
        words = command.spec.path.map(Word.typed)
    }

    /// The line with the declared (English) placeholder names.
    public var description: String { text(placeholder: { $0 }) }

    /// The line with each placeholder as `placeholder` writes it in the reader's language.
    public func text(placeholder: (String) -> String) -> String {
        words.map { word in
            switch word {
            case .typed(let text): text
            case .placeholder(let name): placeholder(name)
            }
        }.joined(separator: " ")
    }

    /// The line in each language, for help texts declared once with both (`LocalizedText`).
    public var inEachLanguage: LocalizedText {
        LocalizedText(en: description, pt: text(placeholder: Portuguese().placeholder))
    }

    /// Whether the line names a value to fill in rather than one to type as it is.
    public var hasPlaceholders: Bool {
        words.contains { if case .placeholder = $0 { true } else { false } }
    }

    public func with<Value>(_ key: ArgumentKey<Value>, _ value: some LineValue) -> Self {
        adding(argument: key.argumentSpec, [word(value, declared: key.argumentSpec.name)])
    }

    public func with<Value>(_ key: OptionalArgumentKey<Value>, _ value: (some LineValue)?) -> Self {
        adding(argument: key.argumentSpec, value.map { [word($0, declared: key.argumentSpec.name)] } ?? [])
    }

    public func with<Value>(_ key: FlagKey<Value>, _ value: (some LineValue)?) -> Self {
        adding(flag: key.flagSpec, value.map { [.typed(key.flagSpec.name), word($0, declared: key.flagSpec.valueName)] } ?? [])
    }

    public func with<Value>(_ key: RequiredFlagKey<Value>, _ value: some LineValue) -> Self {
        adding(flag: key.flagSpec, [.typed(key.flagSpec.name), word(value, declared: key.flagSpec.valueName)])
    }

    public func with(_ key: SwitchKey, _ isOn: Bool = true) -> Self {
        adding(flag: key.flagSpec, isOn ? [.typed(key.flagSpec.name)] : [])
    }

    /// A flag whose value is one of a few named choices, shown as `mosa|mca`.
    public func with<Value: RawRepresentable>(_ key: FlagKey<Value>, oneOf choices: [Value]) -> Self where Value.RawValue == String {
        adding(flag: key.flagSpec, [.typed(key.flagSpec.name), .placeholder(choices.map(\.rawValue).joined(separator: "|"))])
    }

    private func word(_ value: some LineValue, declared: String) -> Word {
        value.typedWord.map { .typed(ShellQuote.quote($0)) } ?? .placeholder(value.placeholderName ?? declared)
    }

    private func adding(argument: ArgumentSpec, _ added: [Word]) -> Self {
        assert(spec.arguments.contains(argument), "\(spec.name) does not declare \(argument.name)")
        var copy = self
        copy.words += added
        return copy
    }

    private func adding(flag: FlagSpec, _ added: [Word]) -> Self {
        assert(spec.flags.contains(flag), "\(spec.name) does not declare \(flag.name)")
        var copy = self
        copy.words += added
        return copy
    }
}

/// What a suggested line puts where a value goes: a value to type (a handle, an id, a number), or
/// a placeholder for the reader to fill in, named by the argument or flag it stands for.
public protocol LineValue: Sendable {
    /// The value as typed; nil for a placeholder.
    var typedWord: String? { get }
    /// A placeholder's own name when it is not the one the argument or flag declares.
    var placeholderName: String? { get }
}

extension LineValue {
    public var placeholderName: String? { nil }
}

extension String: LineValue {
    public var typedWord: String? { self }
}

extension Int: LineValue {
    public var typedWord: String? { String(self) }
}

extension Handle: LineValue {
    public var typedWord: String? { rawValue }
}

extension LicenseID: LineValue {
    public var typedWord: String? { description }
}

/// A value left for the reader to fill in: `reassign HANDLE --done` in an explanation, where no
/// customer is at hand.
public struct Placeholder: LineValue {
    public let placeholderName: String?
    public var typedWord: String? { nil }

    /// The name the argument or flag declares (`HANDLE`, `N`, `YYYY-MM-DD`).
    public static let declared = Placeholder(placeholderName: nil)

    /// A name of the declaration's vocabulary other than the one declared for this place, such
    /// as `DATE` for an `--on` value.
    public static func named(_ name: String) -> Placeholder { Placeholder(placeholderName: name) }
}

extension LineValue where Self == Placeholder {
    /// The declared placeholder of the place it fills.
    public static var placeholder: Placeholder { .declared }
}
