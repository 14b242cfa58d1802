import MigrationGuide

/// A command line that a reply suggests (a next action, a warning's fix, a dry run's follow-up, a
/// question's `→` line), built from the command's own declaration through its typed keys, so that
/// renaming a flag or an argument changes every suggestion with it. Phrasebooks and the question
/// planner interpolate it; they never spell a command out.
public struct SuggestedCommand: Sendable, Hashable, CustomStringConvertible {
    public let spec: CommandSpec
    /// The words as typed: values quoted when they need it, placeholders (`OFFER`) as they are.
    public private(set) var words: [String]

    public init(_ command: any AssistantCommand.Type) {
        spec = command.spec
        words = command.spec.path
    }

    public var description: String { words.joined(separator: " ") }

    public func with<Value>(_ key: ArgumentKey<Value>, _ value: String) -> Self {
        adding(argument: key.argumentSpec, [ShellQuote.quote(value)])
    }

    public func with<Value>(_ key: OptionalArgumentKey<Value>, _ value: String?) -> Self {
        adding(argument: key.argumentSpec, value.map { [ShellQuote.quote($0)] } ?? [])
    }

    public func with<Value>(_ key: FlagKey<Value>, _ value: String?) -> Self {
        adding(flag: key.flagSpec, value.map { [key.flagSpec.name, ShellQuote.quote($0)] } ?? [])
    }

    public func with<Value>(_ key: RequiredFlagKey<Value>, _ value: String) -> Self {
        adding(flag: key.flagSpec, [key.flagSpec.name, ShellQuote.quote(value)])
    }

    public func with(_ key: SwitchKey, _ isOn: Bool = true) -> Self {
        adding(flag: key.flagSpec, isOn ? [key.flagSpec.name] : [])
    }

    /// A word for the user to fill in, written as the phrasebook names it (`OFFER`, `OFERTA`).
    public func with<Value>(_ key: ArgumentKey<Value>, placeholder: String) -> Self {
        adding(argument: key.argumentSpec, [placeholder])
    }

    public func with<Value>(_ key: RequiredFlagKey<Value>, placeholder: String) -> Self {
        adding(flag: key.flagSpec, [key.flagSpec.name, placeholder])
    }

    public func with<Value>(_ key: FlagKey<Value>, placeholder: String) -> Self {
        adding(flag: key.flagSpec, [key.flagSpec.name, placeholder])
    }

    private func adding(argument: ArgumentSpec, _ added: [String]) -> Self {
        assert(spec.arguments.contains(argument), "\(spec.name) does not declare \(argument.name)")
        var copy = self
        copy.words += added
        return copy
    }

    private func adding(flag: FlagSpec, _ added: [String]) -> Self {
        assert(spec.flags.contains(flag), "\(spec.name) does not declare \(flag.name)")
        var copy = self
        copy.words += added
        return copy
    }
}
