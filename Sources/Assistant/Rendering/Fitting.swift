/// Replies fitted to the terminal's width (`TextRenderer.width`: COLUMNS, the terminal, a
/// transcript's `# width:`, 80 when piped), so that no line is broken by the terminal in the middle
/// of a word. Tables fit themselves (`Table.lines(fitting:)`); every other line is prose, wrapped
/// here at spaces. Lines that already fit are returned as they are, without being measured twice.
enum Fitting {
    /// Marks a line that must stay one line whatever the width: a command to copy, a message to
    /// send, a line with a caret under it. The terminal may fold it, but copying it gives it back
    /// whole. Built on `Style.marker`, which input refuses, so stored text cannot forge it.
    static let wholeMark = "\(Style.marker)[whole]"

    static func whole(_ line: String) -> String { wholeMark + line }

    /// `line` as one or more lines of at most `width` columns. It breaks only at spaces, never
    /// inside a word or a `quoted command`; a word wider than the line stays whole on its own.
    /// Continuation lines hang under the text of a list item (`- `, `1. `, `→ `), two columns in
    /// for another indented line, and under the start of a line that is not indented. A dash or
    /// arrow between words stays at the end of its line: at the start of one it would read as a
    /// list item or as the command a question ran.
    static func fitted(_ line: String, width: Int) -> [String] {
        if line.utf8.first == 0xEE, line.hasPrefix(wholeMark) { return [String(line.dropFirst(wholeMark.count))] }
        // Bytes bound columns from above: most lines need no measuring at all.
        if line.utf8.count <= width || Table.width(line) <= width { return [line] }
        // Found on the line's bytes, by offset: a portfolio's advice breaks tens of thousands of
        // lines, and walking them as Characters or slices cost more than building them.
        let bytes = Array(line.utf8)
        let count = bytes.count
        var start = 0
        while start < count, bytes[start] == 0x20 { start += 1 }
        // An indented line is an item of what is above it: its text hangs two columns in.
        let marker = listMarkerWidth(bytes, at: start)
        let hanging = start + (marker > 0 ? marker : start > 0 ? 2 : 0)
        let continuation = String(repeating: " ", count: hanging < width / 2 ? hanging : start)
        // A lone backtick (in a name, say) quotes nothing: it must not glue the rest together.
        let quotes = bytes.lazy.filter { $0 == 0x60 }.count.isMultiple(of: 2)
        var lines: [String] = []
        var lineStart = 0, prefix = "", lineWidth = start, holdsWord = false
        // The colour open where a line breaks is closed at its end and opened again on the next,
        // so that every line closes what it opened.
        var colour: String?
        var index = start
        while index < count {
            // A word, its spaces after it, and any dash or arrow standing alone after those.
            let wordStart = index
            var inkEnd = index, ascii = true, quoted = false
            repeat {
                while index < count, bytes[index] != 0x20 || quoted {
                    if bytes[index] == 0x60, quotes { quoted.toggle() }
                    if bytes[index] >= 0x80 { ascii = false }
                    index += 1
                }
                inkEnd = index
                while index < count, bytes[index] == 0x20 { index += 1 }
            } while index < count && joiner(bytes, at: index)
            let ink = ascii ? inkEnd - wordStart : Table.width(String(decoding: bytes[wordStart..<inkEnd], as: UTF8.self))
            if holdsWord, lineWidth + ink > width {
                var end = wordStart
                while end > lineStart, bytes[end - 1] == 0x20 { end -= 1 }
                lines.append(prefix + String(decoding: bytes[lineStart..<end], as: UTF8.self) + (colour == nil ? "" : reset))
                prefix = continuation + (colour ?? "")
                lineStart = wordStart
                lineWidth = continuation.count
            }
            lineWidth += ink + (index - inkEnd)
            holdsWord = true
            if !ascii, bytes[wordStart..<inkEnd].contains(0xEE) {
                colour = openColour(after: String(decoding: bytes[wordStart..<inkEnd], as: UTF8.self), before: colour)
            }
        }
        var end = count
        while end > lineStart, bytes[end - 1] == 0x20 { end -= 1 }
        lines.append(prefix + String(decoding: bytes[lineStart..<end], as: UTF8.self))
        return lines
    }

    private static let reset = "\(Style.marker)[0m"

    /// The colour code (`marker[33m`) still open after `text`, given the one open before it.
    private static func openColour(after text: String, before: String?) -> String? {
        var open = before
        var rest = Substring(text)
        while let found = rest.firstIndex(of: Character(Style.marker)) {
            rest = rest[found...]
            guard let end = rest.firstIndex(of: "m") else { break }
            let code = String(rest[...end])
            open = code == reset ? nil : code
            rest = rest[rest.index(after: end)...]
        }
        return open
    }

    /// List markers and the words that stay at the end of a line, as bytes, each before a space.
    private static let markers: [[UInt8]] = ["-", "*", "•", "→"].map { Array($0.utf8) }
    private static let joiners: [[UInt8]] = ["-", "•", "·", "→"].map { Array($0.utf8) }

    /// Whether `bytes` hold, at `index`, one of `candidates` followed by a space.
    private static func starts(_ bytes: [UInt8], at index: Int, with candidates: [[UInt8]]) -> Bool {
        candidates.contains { candidate in
            index + candidate.count < bytes.count && bytes[index + candidate.count] == 0x20
                && bytes[index..<index + candidate.count].elementsEqual(candidate)
        }
    }

    private static func joiner(_ bytes: [UInt8], at index: Int) -> Bool { starts(bytes, at: index, with: joiners) }

    /// Columns of the list marker the text at `index` starts with, and the space after it.
    private static func listMarkerWidth(_ bytes: [UInt8], at index: Int) -> Int {
        if starts(bytes, at: index, with: markers) { return 2 }
        var digits = 0
        while index + digits < bytes.count, (0x30...0x39).contains(bytes[index + digits]) { digits += 1 }
        let after = index + digits
        guard digits > 0, digits <= 3, after + 1 < bytes.count, bytes[after] == UInt8(ascii: ".") || bytes[after] == UInt8(ascii: ")"),
              bytes[after + 1] == 0x20 else { return 0 }
        return digits + 2
    }
}
