/// Text in each language the assistant speaks. Both are required, so a missing translation does not
/// compile.
public struct LocalizedText: Hashable, Sendable {
    public var en: String
    public var pt: String

    public init(en: String, pt: String) {
        self.en = en
        self.pt = pt
    }

    public func callAsFunction(_ language: Language) -> String {
        switch language {
        case .en: en
        case .ptBR: pt
        }
    }
}

/// What kind of value a word is: it decides validation and tab completion.
public enum ValueKind: Hashable, Sendable {
    case handle, newHandle, offer, license, date, count, amount, currency, text, email, file
    case topic, command, language, format, setting, program, onOff
    /// One of the flag's declared choices.
    case choice
}

/// One positional argument, such as `HANDLE` in `status HANDLE`.
public struct ArgumentSpec: Hashable, Sendable {
    public enum Requirement: Hashable, Sendable {
        case required
        case optional
        /// A customer handle that may be left out once a customer is selected with `use`.
        case customerOrSelected
        /// One or more words (`FILE...`); only the last argument.
        case oneOrMore
    }

    public var name: String
    public var kind: ValueKind
    public var requirement: Requirement
    public var help: LocalizedText

    public init(_ name: String, _ kind: ValueKind, _ requirement: Requirement = .required, help: LocalizedText) {
        self.name = name
        self.kind = kind
        self.requirement = requirement
        self.help = help
    }
}

/// One `--flag`, with a value (`--seats N`) or as a switch (`--confirm`).
public struct FlagSpec: Hashable, Sendable {
    public var name: String
    /// nil for a switch.
    public var value: ValueKind?
    /// How usage shows the value: `N`, `YYYY-MM-DD`.
    public var valueName: String
    public var required: Bool
    public var choices: [String]
    public var help: LocalizedText

    public init(_ name: String, _ value: ValueKind? = nil, _ valueName: String = "", required: Bool = false, choices: [String] = [], help: LocalizedText) {
        self.name = name
        self.value = value
        self.valueName = valueName
        self.required = required
        self.choices = choices
        self.help = help
    }

    public var isSwitch: Bool { value == nil }
}

/// The single declaration of a command from which parsing, usage, help and completion all come, so
/// they cannot drift apart.
public struct CommandSpec: Hashable, Sendable {
    /// `["customer", "add"]`.
    public var path: [String]
    public var aliases: [String]
    /// The subcommand that a group's name alone stands for when the next word names none:
    /// `record FILE` is `record start FILE`.
    public var isGroupDefault: Bool
    public var arguments: [ArgumentSpec]
    public var flags: [FlagSpec]
    public var summary: LocalizedText
    public var examples: [String]

    /// Arguments and flags are usually typed keys (`ArgumentKeys.swift`), which also read them.
    public init(_ path: [String], aliases: [String] = [], groupDefault: Bool = false, arguments: [any ArgumentDeclaration] = [], flags: [any FlagDeclaration] = [], summary: LocalizedText, examples: [String] = []) {
        self.path = path
        self.aliases = aliases
        self.isGroupDefault = groupDefault
        self.arguments = arguments.map(\.argumentSpec)
        self.flags = flags.map(\.flagSpec)
        self.summary = summary
        self.examples = examples
    }

    public var name: String { path.joined(separator: " ") }

    public func flag(_ name: String) -> FlagSpec? { flags.first { $0.name == name } }

    /// `cancel [HANDLE] LICENSE [--on YYYY-MM-DD] [--confirm]`.
    public var usage: String { usage(placeholder: { $0 }) }

    /// The usage with each placeholder in the reader's language (`[IDENTIFICADOR] LICENÇA`).
    public func usage(placeholder: (String) -> String) -> String {
        var parts = [name]
        for argument in arguments {
            let shown = placeholder(argument.name)
            switch argument.requirement {
            case .required: parts.append(shown)
            case .oneOrMore: parts.append(shown + "...")
            case .optional, .customerOrSelected: parts.append("[\(shown)]")
            }
        }
        for flag in flags {
            let text = flag.isSwitch ? flag.name : "\(flag.name) \(placeholder(flag.valueName))"
            parts.append(flag.required ? text : "[\(text)]")
        }
        return parts.joined(separator: " ")
    }
}
