/// The words of one command line sorted into its declared arguments and flags. Commands read them
/// through their typed keys (`ArgumentKeys.swift`), which turn bad values into the matching error
/// (`E-BAD-NUMBER`, `E-BAD-DATE`, ...).
public struct ParsedArguments: Sendable {
    public let spec: CommandSpec
    /// Argument name → word, for the arguments given.
    public var arguments: [String: String]
    /// Flag name → value; a switch maps to "".
    public var flags: [String: String]
    /// The session's language, for the dates and numbers people write in it.
    public var language: Language = .en
    /// A `FILE...` argument's words, all of them.
    public var lists: [String: [String]] = [:]

    public init(spec: CommandSpec, arguments: [String: String] = [:], flags: [String: String] = [:]) {
        self.spec = spec
        self.arguments = arguments
        self.flags = flags
    }
}
