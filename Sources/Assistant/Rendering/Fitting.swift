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
    /// for another indented line, and under the start of a line that is not indented.
    static func fitted(_ line: String, width: Int) -> [String] {
        if line.utf8.first == Style.markerLead, let rest = withoutWholeMark(line) { return [rest] }
        // Bytes bound columns from above: most lines need no measuring at all.
        if line.utf8.count <= width { return [line] }
        if let columns = simpleColumns(line) { return columns <= width ? [line] : fittedSimple(line, width: width) }
        return Table.width(line) <= width ? [line] : fittedByCharacters(line, width: width)
    }

    /// `line` after `wholeMark`, or nil when it does not start with it. Compared as bytes, unless
    /// a byte after the mark could join its `]` into another character (then as characters).
    private static func withoutWholeMark(_ line: String) -> String? {
        var line = line
        // nil: ask the characters; .some(nil): no mark.
        let rest: String?? = line.withUTF8 { bytes in
            let mark = wholeMarkBytes
            guard bytes.count >= mark.count, bytes.starts(with: mark) else { return .some(nil) }
            guard bytes.count == mark.count || bytes[mark.count] < 0x80 else { return nil }
            return .some(String(decoding: bytes[mark.count...], as: UTF8.self))
        }
        if let rest { return rest }
        return line.hasPrefix(wholeMark) ? String(line.dropFirst(wholeMark.count)) : nil
    }

    private static let wholeMarkBytes = Array(wholeMark.utf8)

    /// `Table.width(line)` when `isSimple(line)`, else nil: both found in one pass over its bytes.
    static func simpleColumns(_ line: String) -> Int? {
        guard let columns = line.utf8.withContiguousStorageIfAvailable({ bytes -> Int? in
            var total = 0
            var codes = ColourCodeSkipper()
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                let scalar: UInt32
                switch lead {
                case 0x0D: return nil
                case 0..<0x80:
                    scalar = UInt32(lead)
                    index += 1
                case 0xC0..<0xE0 where index + 1 < bytes.count:
                    scalar = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    index += 2
                case 0xE0..<0xF0 where index + 2 < bytes.count:
                    scalar = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    index += 3
                default: return nil
                }
                guard isSimpleScalar(scalar) else { return nil }
                if codes.shows(scalar) { total += 1 }
            }
            return total
        }) else { return isSimple(line) ? Table.width(line) : nil }
        return columns
    }

    /// `fitted` on the line's characters, for any line.
    static func fittedByCharacters(_ line: String, width: Int) -> [String] {
        let characters = Array(line)
        var start = 0
        while start < characters.count, characters[start] == " " { start += 1 }
        // An indented line is an item of what is above it: its text hangs two columns in.
        let marker = listMarkerWidth(characters[start...])
        let hanging = start + (marker > 0 ? marker : start > 0 ? 2 : 0)
        let continuation = String(repeating: " ", count: hanging < width / 2 ? hanging : start)
        var lines: [String] = []
        var current = String(characters[..<start])
        var currentWidth = start
        var holdsWord = false
        // The colour open where a line breaks is closed at its end and opened again on the next,
        // so that every line closes what it opened.
        var colour: String?
        for word in words(characters[start...]) {
            let wordWidth = Table.width(word)
            let spaces = word.reversed().prefix { $0 == " " }.count
            if holdsWord, currentWidth + wordWidth - spaces > width {
                lines.append(trimmed(current) + (colour == nil ? "" : reset))
                current = continuation + (colour ?? "")
                currentWidth = continuation.count
            }
            current += word
            currentWidth += wordWidth
            holdsWord = true
            if word.unicodeScalars.contains(Style.marker) { colour = openColour(after: word, before: colour) }
        }
        lines.append(trimmed(current))
        return lines
    }

    /// Whether every scalar of `line` is a character of its own, whatever surrounds it: Latin
    /// text (no combining accents), punctuation, arrows, and the private-use marker of our colour
    /// codes. Such a line is fitted on its scalars.
    static func isSimple(_ line: String) -> Bool {
        if line.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return true }
        return line.unicodeScalars.allSatisfy { isSimpleScalar($0.value) }
    }

    /// A scalar of a simple line (`isSimple`).
    private static func isSimpleScalar(_ value: UInt32) -> Bool {
        switch value {
        case 0x0D: false   // a return joins a line feed after it
        case 0..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x21FF, 0xE000...0xF8FF: true
        default: false
        }
    }

    /// `fittedByCharacters` for a simple line (`isSimple`), on its UTF-8 bytes: the same breaks,
    /// each word a range of bytes and each line built as bytes. Breaking every line into
    /// Characters, and building its words a character at a time, were over half of rendering
    /// piped replies. A space and a backtick are single bytes that no multi-byte scalar contains.
    private static func fittedSimple(_ line: String, width: Int) -> [String] {
        var line = line
        return line.withUTF8 { fittedSimple($0, width: width) }
    }

    private static func fittedSimple(_ bytes: UnsafeBufferPointer<UInt8>, width: Int) -> [String] {
        let space: UInt8 = 0x20, backtick: UInt8 = 0x60
        var indent = 0
        while indent < bytes.count, bytes[indent] == space { indent += 1 }
        let marker = listMarkerWidth(bytes[indent...])
        let hanging = indent + (marker > 0 ? marker : indent > 0 ? 2 : 0)
        let continuation = String(repeating: " ", count: hanging < width / 2 ? hanging : indent)
        // Words follow one another in the line, so each line made is what starts it (the indent,
        // or the continuation and the colour still open) and then one stretch of the line.
        var lines: [String] = []
        var lead = String(repeating: " ", count: indent)
        var stretchStart = indent
        var currentWidth = indent
        var holdsWord = false
        var colour: String?
        func line(to end: Int, closing: String = "") -> String {
            var end = end
            while end > stretchStart, bytes[end - 1] == space { end -= 1 }
            if end == stretchStart { while lead.utf8.last == space { lead.removeLast() } }
            // One string, its bytes copied once: the lead, the stretch, and what closes it.
            var (lead, closing) = (lead, closing)
            let length = lead.utf8.count + (end - stretchStart) + closing.utf8.count
            return String(unsafeUninitializedCapacity: length) { buffer in
                var count = 0
                func copy(_ part: UnsafeBufferPointer<UInt8>) {
                    for byte in part {
                        buffer[count] = byte
                        count += 1
                    }
                }
                lead.withUTF8(copy)
                copy(UnsafeBufferPointer(rebasing: bytes[stretchStart..<end]))
                closing.withUTF8(copy)
                return count
            }
        }
        func place(_ word: Range<Int>) {
            let text = bytes[word]
            let wordWidth = simpleWidth(bytes, word)
            var spaces = 0
            while spaces < text.count, text[text.endIndex - 1 - spaces] == space { spaces += 1 }
            if holdsWord, currentWidth + wordWidth - spaces > width {
                lines.append(line(to: word.lowerBound, closing: colour == nil ? "" : reset))
                lead = continuation + (colour ?? "")
                stretchStart = word.lowerBound
                currentWidth = continuation.utf8.count
            }
            currentWidth += wordWidth
            holdsWord = true
            if text.contains(Style.markerLead) {
                let word = String(decoding: text, as: UTF8.self)
                if word.unicodeScalars.contains(Style.marker) { colour = openColour(after: word, before: colour) }
            }
        }
        // `words`: each word with the spaces after it; a `quoted command`, spaces and all, is
        // one; a separator (`→ `) joins the word before it.
        let pairedQuotes = bytes[indent...].reduce(0) { $0 + ($1 == backtick ? 1 : 0) }.isMultiple(of: 2)
        var pending: Range<Int>?
        var wordStart = indent
        var quoted = false
        var previous = space
        func found(_ word: Range<Int>) {
            if let before = pending, isSeparator(bytes[word]) {
                pending = before.lowerBound..<word.upperBound
            } else {
                if let before = pending { place(before) }
                pending = word
            }
        }
        for index in indent..<bytes.count {
            let byte = bytes[index]
            if byte != space, previous == space, !quoted, index > wordStart {
                found(wordStart..<index)
                wordStart = index
            }
            if byte == backtick, pairedQuotes { quoted.toggle() }
            previous = byte
        }
        if wordStart < bytes.count { found(wordStart..<bytes.count) }
        if let last = pending { place(last) }
        lines.append(line(to: bytes.count))
        return lines
    }

    /// `→ `, `- `, `• ` or `· ` (`gluedSeparators`), as a simple line writes them. Compared
    /// byte by byte: this runs for every word of every line fitted.
    private static func isSeparator(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let start = word.startIndex, bytes = word.base
        switch word.count {
        case 2: return bytes[start] == 0x2D && bytes[start + 1] == 0x20
        case 3: return bytes[start] == 0xC2 && bytes[start + 1] == 0xB7 && bytes[start + 2] == 0x20
        case 4:
            guard bytes[start] == 0xE2, bytes[start + 3] == 0x20 else { return false }
            return (bytes[start + 1] == 0x86 && bytes[start + 2] == 0x92) || (bytes[start + 1] == 0x80 && bytes[start + 2] == 0xA2)
        default: return false
        }
    }

    /// `Table.width` of simple text (`bytes[range]`): one column per scalar, none for our colour
    /// codes (`ColourCodeSkipper`). No simple scalar is wide or combining.
    private static func simpleWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var total = 0
        var codes = ColourCodeSkipper()
        for index in range {
            let byte = bytes[index]
            // Continuation bytes are part of the scalar before them; only the marker's lead byte
            // and ASCII matter to the colour codes. The marker counts only if whole in the range.
            if byte & 0xC0 != 0x80 {
                let isMarker = byte == Style.markerLead && index + 2 < range.upperBound && Style.markerStarts(at: index, in: bytes)
                if codes.shows(isMarker ? 0xE01B : UInt32(byte)) { total += 1 }
            }
        }
        return total
    }

    /// The list marker's width (`listMarkerWidth`) at the start of a simple line's text.
    private static func listMarkerWidth(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        let start = text.startIndex, bytes = text.base
        func at(_ offset: Int) -> UInt8? { start + offset < text.endIndex ? bytes[start + offset] : nil }
        // `-`, `*`, `•` (E2 80 A2) or `→` (E2 86 92), then a space.
        let bullet: Int? = switch at(0) {
        case UInt8(ascii: "-"), UInt8(ascii: "*"): 1
        case 0xE2 where (at(1) == 0x80 && at(2) == 0xA2) || (at(1) == 0x86 && at(2) == 0x92): 3
        default: nil
        }
        if let bullet, at(bullet) == 0x20 { return 2 }
        let digits = text.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
        if digits > 0, digits <= 3 {
            let after = text.dropFirst(digits)
            if after.first == UInt8(ascii: ".") || after.first == UInt8(ascii: ")"), after.dropFirst().first == 0x20 { return digits + 2 }
        }
        return 0
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

    /// Columns of the list marker a line's text starts with, and the space after it.
    private static func listMarkerWidth(_ text: ArraySlice<Character>) -> Int {
        guard let first = text.first else { return 0 }
        let second = text.dropFirst().first
        if ["-", "•", "→", "*"].contains(first), second == " " { return 2 }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 3 {
            let after = text.dropFirst(digits.count)
            if [".", ")"].contains(after.first), after.dropFirst().first == " " { return digits.count + 2 }
        }
        return 0
    }

    /// Words with the spaces after them; a `quoted command` is one word, spaces and all.
    private static func words(_ text: ArraySlice<Character>) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        // A lone backtick (in a name, say) quotes nothing: it must not glue the rest together.
        let quotes = text.filter { $0 == "`" }.count.isMultiple(of: 2)
        var previous: Character = " "
        for character in text {
            if character != " ", previous == " ", !quoted, !current.isEmpty {
                words.append(current)
                current = ""
            }
            if character == "`", quotes { quoted.toggle() }
            current.append(character)
            previous = character
        }
        if !current.isEmpty { words.append(current) }
        return gluedSeparators(words)
    }

    /// A dash or arrow between words stays at the end of its line: at the start of one it would
    /// read as a list item or as the command a question ran.
    private static func gluedSeparators(_ words: [String]) -> [String] {
        var joined: [String] = []
        joined.reserveCapacity(words.count)
        for word in words {
            // Each separator is a space after at most three bytes: other words are not compared.
            if let last = joined.last, word.utf8.count <= 4, word.utf8.last == 0x20, ["→ ", "- ", "• ", "· "].contains(word) {
                joined[joined.count - 1] = last + word
            } else {
                joined.append(word)
            }
        }
        return joined
    }

    private static func trimmed(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}
