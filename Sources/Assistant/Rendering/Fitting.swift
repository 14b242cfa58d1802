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
        if line.utf8.first == 0xEE, line.hasPrefix(wholeMark) { return [String(line.dropFirst(wholeMark.count))] }
        // Bytes bound columns from above: most lines need no measuring at all.
        if line.utf8.count <= width || Table.width(line) <= width { return [line] }
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
        // A dash or arrow between words stays at the end of its line: at the start of one it would
        // read as a list item or as the command a question ran.
        var joined: [String] = []
        for word in words {
            if let last = joined.last, ["→ ", "- ", "• ", "· "].contains(word) {
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
