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
/// - `"double quotes"` and `'single quotes'` keep spaces; inside double quotes a backslash makes the next character literal;
/// - outside quotes a backslash makes the next character literal;
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
        var words: [Word] = []
        var current = ""
        var start: Int?
        var quote: (character: Character, column: Int)?
        var escaping: Int?
        var column = 0

        for character in line {
            column += 1
            if escaping != nil {
                current.append(character)
                escaping = nil
                continue
            }
            if let open = quote {
                if character == open.character {
                    quote = nil
                } else if character == "\\", open.character == "\"" {
                    escaping = column
                } else {
                    current.append(character)
                }
                continue
            }
            switch character {
            case "\"", "'":
                quote = (character, column)
                if start == nil { start = column }
            case "\\":
                escaping = column
                if start == nil { start = column }
            case "#" where start == nil:
                return words
            case _ where character.isWhitespace:
                if let begin = start {
                    words.append(Word(current, column: begin))
                    current = ""
                    start = nil
                }
            default:
                current.append(character)
                if start == nil { start = column }
            }
        }
        if let open = quote { throw .unterminatedQuote(open.character, column: open.column) }
        if let escapeColumn = escaping { throw .danglingEscape(column: escapeColumn) }
        if let begin = start { words.append(Word(current, column: begin)) }
        return words
    }
}
