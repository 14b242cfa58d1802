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
        guard enabled else { return line }
        // A line whose scalars are each a character (`Fitting.isSimple`: most lines) is read as
        // bytes; any other, with Foundation's matching of characters, as always.
        if let simple = Self.activatedSimple(line) { return simple }
        guard line.unicodeScalars.contains(Self.marker) else { return line }
        var line = line
        for code in Self.codes {
            line = line.replacingOccurrences(of: "\(Self.marker)[\(code)m", with: "\u{1B}[\(code)m")
        }
        return line
    }

    /// `activate` on a simple line, or nil for another: each of our codes (`marker[33m`) with
    /// ESC in place of the marker, in one pass over the bytes, the line itself when it has none.
    private static func activatedSimple(_ line: String) -> String? {
        var line = line
        guard Fitting.isSimple(line) else { return nil }
        let found = line.withUTF8 { bytes -> Int? in
            var index = 0
            while index < bytes.count {
                if Self.markerStarts(at: index, in: bytes) { return index }
                index += 1
            }
            return nil
        }
        guard let first = found else { return line }
        return line.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { buffer in
                var count = 0
                var index = 0
                while index < bytes.count {
                    if index >= first, Self.markerStarts(at: index, in: bytes), let length = codeLength(after: index + 3, in: bytes) {
                        buffer[count] = 0x1B
                        count += 1
                        for offset in 0..<length { buffer[count + offset] = bytes[index + 3 + offset] }
                        count += length
                        index += 3 + length
                    } else {
                        buffer[count] = bytes[index]
                        count += 1
                        index += 1
                    }
                }
                return count
            }
        }
    }

    /// The length of `[33m` (one of `codes`, between `[` and `m`) starting at `index`, or nil.
    private static func codeLength(after index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        func at(_ offset: Int) -> UInt8? { index + offset < bytes.count ? bytes[index + offset] : nil }
        guard at(0) == UInt8(ascii: "[") else { return nil }
        switch (at(1), at(2), at(3)) {
        case (UInt8(ascii: "0"), UInt8(ascii: "m"), _), (UInt8(ascii: "1"), UInt8(ascii: "m"), _), (UInt8(ascii: "2"), UInt8(ascii: "m"), _): return 3
        case (UInt8(ascii: "3"), let second?, UInt8(ascii: "m")) where (UInt8(ascii: "1")...UInt8(ascii: "3")).contains(second): return 4
        default: return nil
        }
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
