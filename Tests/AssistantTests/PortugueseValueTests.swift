@testable import Assistant
import MigrationGuide
import Testing

@Suite("Portuguese values")
struct PortugueseValueTests {
    @Test("--program accepts the Portuguese words the spreadsheet import accepts, in both languages", arguments: [
        (Language.en, "varejo", Program.retail), (Language.ptBR, "varejo", Program.retail),
        (Language.ptBR, "outro", Program.other), (Language.en, "retail", Program.retail),
    ])
    func programWords(language: Language, word: String, program: Program) throws {
        let session = try makeSession(language: language, setup: [])
        #expect(!session.execute("customer add farm --name X --program \(word)").isFailure)
        #expect(try session.store.customer(Handle("farm")!)?.program == program)
        #expect(!session.execute("customer edit farm --program open").isFailure)
        #expect(!session.execute("customer edit farm --program \(word)").isFailure)
        #expect(try session.store.customer(Handle("farm")!)?.program == program)
    }

    @Test("an unknown on/off word lists sim and não in Portuguese, only on and off in English", arguments: [
        (Language.ptBR, ["on", "off", "sim", "não"]), (Language.en, ["on", "off"]),
    ])
    func onOffChoices(language: Language, choices: [String]) {
        do {
            _ = try ValueReader<Bool>.onOff.read("talvez", field: "auto_renew", language: language)
            Issue.record("talvez was accepted")
        } catch {
            guard case .badValue(_, _, let listed) = error else { Issue.record("\(error)"); return }
            #expect(listed == choices)
        }
    }
}
