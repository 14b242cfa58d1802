@testable import Assistant
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
}
