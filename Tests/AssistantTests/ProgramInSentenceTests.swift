@testable import Assistant
import MigrationGuide
import Testing

/// A program's name inside a sentence is written as the sentence needs it, never as the capitalised
/// label the status line shows ("Other program").
@Suite("Program names inside sentences")
struct ProgramInSentenceTests {
    @Test("the early-cancel warning names another program in lower case, in both languages", arguments: [
        (Language.en, "A cancelled subscription from another program is not refunded", "Other program"),
        (Language.ptBR, "Uma assinatura de outro programa cancelada não é reembolsada", "Outro programa"),
    ])
    func earlyCancel(language: Language, expected: String, label: String) throws {
        let session = try makeSession(language: language, setup: [
            "customer add x --name X",
            "license add x E3 --seats 5 --expires 2027-03-31 --price 20 --currency USD",
        ])
        let text = TextRenderer(language: language).render(session.execute("cancel x L1 --dry-run"))
        #expect(text.contains(expected), "\(text)")
        #expect(!text.contains(label), "\(text)")
    }
}
