@testable import Assistant
import MigrationGuide
import MigrationStore
import Testing

/// "Delete L3, I typed it by mistake" is about an original: the answer must never lead to
/// removing the whole customer (every original and its history), only to correcting the record.
@Suite("Asking to delete an original")
struct RemoveOriginalQuestionTests {
    static let padaria = [
        #"customer add padaria --name "Padaria São João" --program open"#,
        #"license add padaria "Office 365 E3" --seats 5 --expires 2027-03-31"#,
        #"license add padaria "Visio Plan 2" --seats 2 --expires 2027-03-31"#,
        #"license add padaria "Project Plan 3" --seats 1 --expires 2027-03-31"#,
    ]

    @Test("naming an original, the answer offers to correct it, not to remove the customer",
          arguments: [(Language.en, "how do I delete L3 of padaria, I typed it by mistake?"), (.ptBR, "quero apagar a L3 da padaria, digitei errado")])
    func original(language: Language, question: String) throws {
        let session = try makeSession(language: language, setup: Self.padaria)
        let reply = text(session, question)
        #expect(!reply.contains("customer remove"))
        #expect(reply.contains("license edit padaria L3"))
        #expect(try session.store.allCustomers().first?.originals.count == 3)
    }

    @Test("naming only the customer, the answer is still what removing it would take away")
    func customer() throws {
        let session = try makeSession(setup: Self.padaria)
        #expect(text(session, "delete padaria").contains("customer remove padaria --dry-run"))
    }
}
