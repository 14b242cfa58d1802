import MigrationGuide

/// One word of a command line, with the column (1-based, in characters) where it started, so that
/// errors can point at it.
public struct Word: Hashable, Sendable {
    public var text: String
    public var column: Int

    public init(_ text: String, column: Int) {
        self.text = text
        self.column = column
    }
}

/// Splits a command line into words the way a shell does, without expansion:
/// - `"double quotes"` and `'single quotes'` keep spaces; so do the curly `“quotes”` that word
///   processors and chat apps put in pasted names, double (`“…”`) or single (`‘…’`); a `’`
///   inside a word stays an apostrophe (`tailspin’s`);
/// - a backslash makes a quote, a backslash, a space or a `#` literal (inside double quotes, a
///   quote or a backslash); before any other character it is kept, so `Padaria\tTab` loses nothing;
/// - `#` at the start of a word begins a comment that runs to the end of the line.
///
/// `customer add acme --name "Soluções Ltda"  # new lead` is four words after `customer`.
public enum Tokenizer {
    public enum Failure: Error, Hashable, Sendable {
        /// A quote opened at `column` was never closed.
        case unterminatedQuote(Character, column: Int)
        /// The line ends with a lone backslash at `column`.
        case danglingEscape(column: Int)
    }

    public static func words(_ line: String) throws(Failure) -> [Word] {
        let scan = scan(line)
        if let open = scan.quote { throw .unterminatedQuote(open.character, column: open.column) }
        if let escapeColumn = scan.escaping { throw .danglingEscape(column: escapeColumn) }
        return scan.words + (scan.open.map { [$0] } ?? [])
    }

    /// Lenient, for completion: the words before the cursor, and the word under it (its text
    /// without quotes, and how many characters it spans as typed, quote included). An open quote
    /// or a trailing backslash is part of that word, not an error.
    static func wordsBeforeCursor(_ text: String) -> (words: [String], current: String, currentLength: Int) {
        let scan = scan(text)
        guard let open = scan.open, !scan.inComment else { return (scan.words.map(\.text), "", 0) }
        return (scan.words.map(\.text), open.text, text.count - open.column + 1)
    }

    /// Whether `character` ends a quote opened with `open`: `“` ends with `”` and `‘` or `’` with
    /// `’` (or the same mark again, as some keyboards type both alike).
    private static func closes(_ open: Character, _ character: Character) -> Bool {
        switch open {
        case "“": character == "”" || character == "“"
        case "‘", "’": character == "’" || character == "‘"
        default: character == open
        }
    }

    /// Single quotes, straight or curly, keep backslashes as they are.
    private static func isSingleQuote(_ character: Character) -> Bool {
        character == "'" || character == "‘" || character == "’"
    }

    /// What reading a line leaves: the finished words, the word still open at its end, and an
    /// unclosed quote or a pending backslash.
    struct Scan {
        var words: [Word] = []
        var open: Word?
        var quote: (character: Character, column: Int)?
        var escaping: Int?
        var inComment = false
    }

    private static func scan(_ line: String) -> Scan {
        // ASCII without a carriage return (which may join a line feed in one character): each byte
        // is a character, read as a byte; comparing Characters with the curly quotes normalised
        // both sides and was most of splitting a line.
        if line.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) {
            return scan(ascii: line)
        }
        return scan(characters: line)
    }

    /// `scan(characters:)` for a line of ASCII without a carriage return, on its bytes: the same
    /// rules, where the only quotes are `"` and `'`.
    static func scan(ascii line: String) -> Scan {
        var scan = Scan()
        var current: [UInt8] = []
        var start: Int?
        var quote: (byte: UInt8, column: Int)?
        var escaping: Int?

        func word(_ begin: Int) -> Word { Word(String(decoding: current, as: UTF8.self), column: begin) }

        for (offset, byte) in line.utf8.enumerated() {
            let column = offset + 1
            if escaping != nil {
                escaping = nil
                let escapable = quote == nil
                    ? isASCIIBlank(byte) || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "#")
                    : byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
                if !escapable { current.append(UInt8(ascii: "\\")) }
                current.append(byte)
                continue
            }
            if let open = quote {
                if byte == open.byte {
                    quote = nil
                } else if byte == UInt8(ascii: "\\"), open.byte == UInt8(ascii: "\"") {
                    escaping = column
                } else {
                    current.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                quote = (byte, column)
                if start == nil { start = column }
            case UInt8(ascii: "\\"):
                escaping = column
                if start == nil { start = column }
            case UInt8(ascii: "#") where start == nil:
                scan.inComment = true
                return scan
            case _ where isASCIIBlank(byte):
                if let begin = start {
                    scan.words.append(word(begin))
                    current.removeAll(keepingCapacity: true)
                    start = nil
                }
            default:
                current.append(byte)
                if start == nil { start = column }
            }
        }
        scan.quote = quote.map { (Character(Unicode.Scalar($0.byte)), column: $0.column) }
        scan.escaping = escaping
        if let begin = start { scan.open = word(begin) }
        return scan
    }

    static func scan(characters: some Sequence<Character>) -> Scan {
        var scan = Scan()
        var current = ""
        var start: Int?
        var column = 0

        for character in characters {
            column += 1
            if scan.escaping != nil {
                scan.escaping = nil
                let escapable = scan.quote == nil ? character.isWhitespace || "\"'\\#“”‘’".contains(character) : "\"\\”".contains(character)
                if !escapable { current.append("\\") }
                current.append(character)
                continue
            }
            if let open = scan.quote {
                if Self.closes(open.character, character) {
                    scan.quote = nil
                } else if character == "\\", !Self.isSingleQuote(open.character) {
                    scan.escaping = column
                } else {
                    current.append(character)
                }
                continue
            }
            switch character {
            case "\"", "'", "“", "‘", "’":
                // `’` opens a quote only at the start of a word: inside one it is an apostrophe.
                if character == "’", start != nil {
                    current.append(character)
                    continue
                }
                scan.quote = (character, column)
                if start == nil { start = column }
            case "\\":
                scan.escaping = column
                if start == nil { start = column }
            case "#" where start == nil:
                scan.inComment = true
                return scan
            case _ where isBlank(character):
                if let begin = start {
                    scan.words.append(Word(current, column: begin))
                    current = ""
                    start = nil
                }
            default:
                current.append(character)
                if start == nil { start = column }
            }
        }
        if let begin = start { scan.open = Word(current, column: begin) }
        return scan
    }
}
