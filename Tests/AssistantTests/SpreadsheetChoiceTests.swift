@testable import Assistant
import MigrationGuide
import Testing

@Suite("A refused spreadsheet value lists the words its file may use")
struct SpreadsheetChoiceTests {
    @Test("a Portuguese file's on/off column offers sim and não too, in the session's language; nothing recorded", arguments: [
        (Language.en, "cannot be"),
        (Language.ptBR, "não pode ser"),
    ])
    func portugueseOnOff(language: Language, phrase: String) throws {
        let session = try makeSession(language: language, setup: [])
        let path = try ImportChecksTests.file("cliente;nome;programa;oferta;licenças;termina;renovação automática\nweb;Web Co;mosp;Office 365 E3;5;30/06/2027;Talvez\n")
        let text = TextRenderer(language: language).render(session.execute("import \(path)"))
        #expect(text.contains(phrase), "\(text)")
        #expect(text.contains("Talvez") && text.contains("on, off, sim, não"), "\(text)")
        #expect(try session.store.allCustomers().isEmpty)
    }
}
