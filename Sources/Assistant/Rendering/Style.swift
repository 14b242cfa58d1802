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
    func good(_ text: String) -> String { wrap(text, "32") }

    /// Colour codes are written with this private-use character in place of ESC while a reply is
    /// built, so that escaping stored text (`InputPolicy.visible`) leaves them alone; `activate`
    /// then turns exactly our codes, and nothing else, into real ones. Input refuses the marker.
    static let marker: Unicode.Scalar = "\u{E01B}"
    /// The marker as UTF-8, for code that reads text as bytes. Spelled out, as `markerLead`, so
    /// that loops over every byte of a reply compare constants instead of loading a global.
    static let markerBytes: [UInt8] = [0xEE, 0x80, 0x9B]
    /// The first of `markerBytes`: text without this byte holds no colour code.
    static let markerLead: UInt8 = 0xEE

    /// Whether `bytes` holds the marker at `index`.
    @inline(__always)
    static func markerStarts(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes[index] == 0xEE && index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x9B
    }

    private static let codes = ["1", "2", "31", "32", "33", "0"]

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\(Self.marker)[\(code)m\(text)\(Self.marker)[0m" : text
    }

    /// A rendered line with our colour codes made real.
    func activate(_ line: String) -> String {
        guard enabled, line.unicodeScalars.contains(Self.marker) else { return line }
        var line = line
        for code in Self.codes {
            line = line.replacingOccurrences(of: "\(Self.marker)[\(code)m", with: "\u{1B}[\(code)m")
        }
        return line
    }

    /// Whether colour suits this environment: `NO_COLOR` (non-empty) and `TERM=dumb` turn it off.
    public static func wanted(environment: [String: String], outputIsTerminal: Bool, disabledByFlag: Bool) -> Bool {
        guard outputIsTerminal, !disabledByFlag else { return false }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }
}

/// Our colour codes in text read one scalar at a time: a code runs from `Style.marker` up to its
/// `m` (`marker[33m`) or `]` (`Fitting.wholeMark`), and takes no columns.
struct ColourCodeSkipper {
    private var inCode = false

    /// Whether the scalar `value`, the next one read, is shown rather than part of a colour code.
    mutating func shows(_ value: UInt32) -> Bool {
        if inCode {
            inCode = value != UInt32(UInt8(ascii: "m")) && value != UInt32(UInt8(ascii: "]"))
            return false
        }
        if value == 0xE01B {   // `Style.marker`, as a constant: this runs for every scalar measured
            inCode = true
            return false
        }
        return true
    }
}
