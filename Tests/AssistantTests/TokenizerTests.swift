@testable import Assistant
import PropertyBased
import Testing

@Suite("Tokenizer")
struct TokenizerTests {
    @Test("shell-like words", arguments: [
        ("status contoso", ["status", "contoso"]),
        ("  status   contoso  ", ["status", "contoso"]),
        (#"customer add acme --name "Soluções Ltda""#, ["customer", "add", "acme", "--name", "Soluções Ltda"]),
        ("license add x 'Office 365 E3'", ["license", "add", "x", "Office 365 E3"]),
        (#"say "a \"quoted\" word""#, ["say", #"a "quoted" word"#]),
        (#"a\ b c"#, ["a b", "c"]),
        ("status # what a comment", ["status"]),
        ("# only a comment", []),
        (#"name "C#" stays"#, ["name", "C#", "stays"]),
        ("x#y", ["x#y"]),
        (#""" empty"#, ["", "empty"]),
        ("", []),
        // Pasted from a word processor or a chat app.
        ("customer add pq --name “Padaria Pão Quente” --program open", ["customer", "add", "pq", "--name", "Padaria Pão Quente", "--program", "open"]),
        // Curly single quotes pasted from Word are quotes too; a `’` inside a word is an apostrophe.
        ("status ‘loja-nova’", ["status", "loja-nova"]),
        ("customer add pq --name ‘Padaria Pão Quente’", ["customer", "add", "pq", "--name", "Padaria Pão Quente"]),
        ("customer add pq --name ’Loja Nova’", ["customer", "add", "pq", "--name", "Loja Nova"]),
        ("when does tailspin’s E3 end?", ["when", "does", "tailspin’s", "E3", "end?"]),
        (#"--name ‘C:\dados’"#, ["--name", #"C:\dados"#]),
        // A backslash before an ordinary character is kept, not dropped.
        (#"--name "Padaria\tTab""#, ["--name", #"Padaria\tTab"#]),
        (#"C:\dados\x.csv"#, [#"C:\dados\x.csv"#]),
        (#"a\\b"#, [#"a\b"#]),
    ])
    func words(line: String, expected: [String]) throws {
        #expect(try Tokenizer.words(line).map(\.text) == expected)
    }

    @Test("words know their column")
    func columns() throws {
        #expect(try Tokenizer.words("ab  \"c d\"").map(\.column) == [1, 5])
    }

    @Test("an unterminated quote names its column", arguments: [
        (#"customer add x --name "Foo"#, "\"", 23),
        ("say 'abc", "'", 5),
        (#"a "b\""#, "\"", 3),
    ])
    func unterminated(line: String, quote: Character, column: Int) {
        #expect(throws: Tokenizer.Failure.unterminatedQuote(quote, column: column)) { try Tokenizer.words(line) }
    }

    @Test("a lone backslash at the end is an error")
    func danglingEscape() {
        #expect(throws: Tokenizer.Failure.danglingEscape(column: 8)) { try Tokenizer.words(#"status \"#) }
    }

    @Test("ASCII lines split on their bytes exactly as on their characters")
    func asciiBytesAgreeWithCharacters() {
        // Lines of the characters the rules care about (quotes, backslash, `#`, every ASCII
        // whitespace but the carriage return) among ordinary ones, in random order.
        let alphabet: [UInt8] = Array("ab1-\"'\\# ".utf8) + [0x09, 0x0A, 0x0B, 0x0C]
        // Seeded, so that a failure reproduces.
        var generator = Xoshiro(seed: (2026, 11, 29, 5))
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...14, using: &generator)
            let line = String(decoding: (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? 0x20 }, as: UTF8.self)
            let bytes = Tokenizer.scan(ascii: line), characters = Tokenizer.scan(characters: line)
            #expect(bytes.words == characters.words, "\(line.debugDescription)")
            #expect(bytes.open == characters.open, "\(line.debugDescription)")
            #expect(bytes.quote?.character == characters.quote?.character && bytes.quote?.column == characters.quote?.column, "\(line.debugDescription)")
            #expect(bytes.escaping == characters.escaping && bytes.inComment == characters.inComment, "\(line.debugDescription)")
        }
    }
}
