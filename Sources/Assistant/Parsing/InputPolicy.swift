import Foundation

/// The one policy for text that reaches the terminal: control characters and bidirectional
/// overrides are refused when typed (names, offers, e-mails), and shown escaped (`\u{1B}`) when
/// they arrive some other way, so that no stored text can move the cursor, recolour the screen or
/// reorder what staff read.
public enum InputPolicy {
    /// Names, offers and e-mails longer than this are refused: no real one comes close.
    public static let maximumTextLength = 200

    /// The first scalar that may not be stored as typed, if any: the forbidden ones, and the
    /// marker colour codes are built with (`Style.marker`), so stored text can never colour output.
    public static func forbiddenScalar(in text: String) -> Unicode.Scalar? {
        // Every line of every reply passes here: bytes are checked without decoding scalars, and
        // only a line with a byte that can start a forbidden scalar is decoded.
        if !mayHoldForbiddenScalar(text) { return nil }
        return text.unicodeScalars.first { isForbidden($0) || $0 == Style.marker }
    }

    /// Whether the UTF-8 holds a scalar `forbiddenScalar` looks for: C0 and DEL, C1 (0xC2 0x80–0x9F),
    /// the bidirectional controls (0xE2 0x80 0xAA–0xAE, 0xE2 0x81 0xA6–0xA9) and, `countingMarker`,
    /// `Style.marker` (`Style.markerBytes`). Replies' own `·`, `—` and `→` are none of these, so
    /// their lines are not decoded.
    static func mayHoldForbiddenScalar(_ text: String, countingMarker: Bool = true) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            let count = bytes.count
            var index = 0
            while index < count {
                // Eight bytes of printable ASCII (0x20–0x7E) at a time: most text is nothing else.
                // A byte below 0x20 borrows into its top bit; one above 0x7E has it, or gets it
                // from the 1 added (a carry out of 0xFF comes from a byte found anyway).
                if index + 8 <= count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    let below = (word &- 0x2020_2020_2020_2020) & ~word
                    let above = (word &+ 0x0101_0101_0101_0101) | word
                    if (below | above) & 0x8080_8080_8080_8080 == 0 {
                        index += 8
                        continue
                    }
                }
                switch bytes[index] {
                case 0x00..<0x20, 0x7F: return true
                case 0xC2 where index + 1 < count: if (0x80...0x9F).contains(bytes[index + 1]) { return true }
                case 0xE2 where index + 2 < count:
                    let (second, third) = (bytes[index + 1], bytes[index + 2])
                    if (second == 0x80 && (0xAA...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third)) { return true }
                case Style.markerLead: if countingMarker, Style.markerStarts(at: index, in: bytes) { return true }
                default: break
                }
                index += 1
            }
            return false
        } ?? true
    }

    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true           // C0, DEL, C1 (ESC, CSI, BEL...)
        case 0x202A...0x202E, 0x2066...0x2069: true   // bidirectional embeddings, overrides, isolates
        default: false
        }
    }

    /// Text typed for a field, refused when it holds a forbidden scalar or is too long.
    public static func check(_ text: String, field: String) throws(CommandError) {
        if let scalar = forbiddenScalar(in: text) {
            throw .controlCharacter(field: field, scalar: scalar.value)
        }
        // Bytes first: a cheap bound before counting the characters of a pasted megabyte.
        guard text.utf8.count <= maximumTextLength * 4, text.count <= maximumTextLength else {
            throw .textTooLong(field: field, limit: maximumTextLength)
        }
    }

    /// Free text for a field (a name, an offer): within the policy, trimmed, and not empty.
    public static func checkedText(_ text: String, field: String) throws(CommandError) -> String {
        try check(text, field: field)
        let trimmed = trimmedWhitespace(text)
        guard !trimmed.isEmpty else { throw .badValue(field: field, text: text, choices: []) }
        return trimmed
    }

    /// `text` without the blanks (spaces, tabs) at either end. Foundation's trimming is kept for
    /// text that starts or ends with anything but printable ASCII.
    static func trimmedWhitespace(_ text: String) -> String {
        let edges = (text.utf8.first, text.utf8.last)
        if case (let first?, let last?) = edges, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// `U+001B`.
    public static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `text` with every forbidden scalar written as `\u{XX}`.
    public static func visible(_ text: String) -> String {
        // Our colour marker (in every line kept whole, `Fitting.whole`) is left as it is, and not
        // looked for: only a forbidden scalar means the text must be rebuilt.
        guard mayHoldForbiddenScalar(text, countingMarker: false), text.unicodeScalars.contains(where: isForbidden) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if isForbidden(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
