/// Colour for a terminal, or nothing at all. Decided once per session by the caller: only when
/// stdout is a terminal, `NO_COLOR` is unset or empty, `TERM` is not `dumb` and `--no-color` was not given.
public struct Style: Sendable {
    public var enabled: Bool

    public init(enabled: Bool) {
        self.enabled = enabled
    }

    public static let plain = Style(enabled: false)

    func bold(_ text: String) -> String { wrap(text, "1") }
    func warning(_ text: String) -> String { wrap(text, "33") }
    func error(_ text: String) -> String { wrap(text, "31") }
    func dim(_ text: String) -> String { wrap(text, "2") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Whether colour suits this environment: `NO_COLOR` (non-empty) and `TERM=dumb` turn it off.
    public static func wanted(environment: [String: String], outputIsTerminal: Bool, disabledByFlag: Bool) -> Bool {
        guard outputIsTerminal, !disabledByFlag else { return false }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }
}
