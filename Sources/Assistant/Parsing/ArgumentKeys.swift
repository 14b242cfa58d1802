/// Typed keys: each of a command's arguments and flags is declared once, as a static key that
/// both builds its `CommandSpec` (usage, help, completion, parsing) and reads its value:
/// `static let confirm = SwitchKey("--confirm", ...)` and `arguments[Self.confirm] -> Bool`.
/// Required values come out non-optional; a key the spec does not declare fails any test that
/// parses the command.

/// Something a `CommandSpec` lists as a positional argument.
public protocol ArgumentDeclaration: Sendable {
    var argumentSpec: ArgumentSpec { get }
}

/// Something a `CommandSpec` lists as a flag.
public protocol FlagDeclaration: Sendable {
    var flagSpec: FlagSpec { get }
}

extension ArgumentSpec: ArgumentDeclaration {
    public var argumentSpec: ArgumentSpec { self }
}

extension FlagSpec: FlagDeclaration {
    public var flagSpec: FlagSpec { self }
}

/// A positional argument that must be given.
public struct ArgumentKey<Value>: ArgumentDeclaration {
    public let argumentSpec: ArgumentSpec
    let reader: ValueReader<Value>

    public init(_ name: String, _ reader: ValueReader<Value>, help: LocalizedText) {
        argumentSpec = ArgumentSpec(name, reader.kind, .required, help: help)
        self.reader = reader
    }
}

/// A positional argument that may be left out; `selectable` when the customer chosen with `use`
/// stands in for it.
public struct OptionalArgumentKey<Value>: ArgumentDeclaration {
    public let argumentSpec: ArgumentSpec
    let reader: ValueReader<Value>

    public init(_ name: String, _ reader: ValueReader<Value>, selectable: Bool = false, help: LocalizedText) {
        argumentSpec = ArgumentSpec(name, reader.kind, selectable ? .customerOrSelected : .optional, help: help)
        self.reader = reader
    }
}

/// The last positional argument, given one or more times: `FILE...`.
public struct RepeatedArgumentKey<Value>: ArgumentDeclaration {
    public let argumentSpec: ArgumentSpec
    let reader: ValueReader<Value>

    public init(_ name: String, _ reader: ValueReader<Value>, help: LocalizedText) {
        argumentSpec = ArgumentSpec(name, reader.kind, .oneOrMore, help: help)
        self.reader = reader
    }
}

/// A flag with a value that may be left out: `--price AMOUNT`.
public struct FlagKey<Value>: FlagDeclaration {
    public let flagSpec: FlagSpec
    let reader: ValueReader<Value>

    public init(_ name: String, _ reader: ValueReader<Value>, _ valueName: String, help: LocalizedText) {
        flagSpec = FlagSpec(name, reader.kind, valueName, choices: reader.choices, help: help)
        self.reader = reader
    }
}

/// A flag with a value that must be given: `--seats N`.
public struct RequiredFlagKey<Value>: FlagDeclaration {
    public let flagSpec: FlagSpec
    let reader: ValueReader<Value>

    public init(_ name: String, _ reader: ValueReader<Value>, _ valueName: String, help: LocalizedText) {
        flagSpec = FlagSpec(name, reader.kind, valueName, required: true, choices: reader.choices, help: help)
        self.reader = reader
    }
}

/// A flag without a value: `--confirm`.
public struct SwitchKey: FlagDeclaration {
    public let flagSpec: FlagSpec

    public init(_ name: String, help: LocalizedText) {
        flagSpec = FlagSpec(name, help: help)
    }
}

extension ParsedArguments {
    public subscript<Value>(key: ArgumentKey<Value>) -> Value {
        get throws(CommandError) {
            let spec = declared(key.argumentSpec)
            // The parser refuses a line without it; this only guards a command built by hand.
            guard let text = arguments[spec.name] else { throw .missingArgument(command: self.spec, argument: spec.name) }
            return try key.reader.read(text, field: spec.name, language: language)
        }
    }

    public subscript<Value>(key: OptionalArgumentKey<Value>) -> Value? {
        get throws(CommandError) {
            let spec = declared(key.argumentSpec)
            return try arguments[spec.name].map { text throws(CommandError) in try key.reader.read(text, field: spec.name, language: language) }
        }
    }

    public subscript<Value>(key: FlagKey<Value>) -> Value? {
        get throws(CommandError) {
            let spec = declared(key.flagSpec)
            return try flags[spec.name].map { text throws(CommandError) in try key.reader.read(text, field: spec.name, language: language) }
        }
    }

    public subscript<Value>(key: RequiredFlagKey<Value>) -> Value {
        get throws(CommandError) {
            let spec = declared(key.flagSpec)
            guard let text = flags[spec.name] else { throw .missingFlag(command: self.spec, flag: spec.name) }
            return try key.reader.read(text, field: spec.name, language: language)
        }
    }

    public subscript<Value>(key: RepeatedArgumentKey<Value>) -> [Value] {
        get throws(CommandError) {
            let spec = declared(key.argumentSpec)
            let words = lists[spec.name] ?? arguments[spec.name].map { [$0] } ?? []
            guard !words.isEmpty else { throw .missingArgument(command: self.spec, argument: spec.name) }
            var values: [Value] = []
            for word in words { values.append(try key.reader.read(word, field: spec.name, language: language)) }
            return values
        }
    }

    public subscript(key: SwitchKey) -> Bool {
        flags[declared(key.flagSpec).name] != nil
    }

    /// Reading a key that the command's spec does not list is a mistake in the command.
    private func declared(_ argument: ArgumentSpec) -> ArgumentSpec {
        assert(spec.arguments.contains(argument), "\(spec.name) reads \(argument.name), which its spec does not declare")
        return argument
    }

    private func declared(_ flag: FlagSpec) -> FlagSpec {
        assert(spec.flags.contains(flag), "\(spec.name) reads \(flag.name), which its spec does not declare")
        return flag
    }
}
