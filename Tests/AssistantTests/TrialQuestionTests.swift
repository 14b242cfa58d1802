@testable import Assistant
import MigrationGuide
import MigrationStore
import Testing

/// Questions an experienced partner asked that ran the wrong command: each goes to the command that
/// answers it, in both languages, and none changes the record.
@Suite("Questions a partner asks about lifecycle, renewal, removal, provisioning and auto-renew")
struct TrialQuestionTests {
    @Test("each is sent to the command that answers it, and nothing changes", arguments: [
        ("what happens to ea1 users after the end?", nil, "timeline ea1"),
        ("o que acontece com os usuários da ea1 depois do fim?", nil, "timeline ea1"),
        ("what happens to the users after the end?", nil, "explain expiry"),
        ("o que acontece com os usuários depois do vencimento?", nil, "explain expiry"),
        ("is renew to CSP possible for ea1?", nil, "explain ea"),
        ("é possível renovar para o CSP a ea1?", nil, "explain ea"),
        ("please remove the customer ret", nil, "customer remove ret --dry-run"),
        ("remova a ret", nil, "customer remove ret --dry-run"),
        ("what happens if we provision webz now?", nil, #"provision webz "Office 365 E3" --seats 40 --replaces L1 --dry-run"#),
        ("o que acontece se provisionarmos a webz agora?", nil, #"provision webz "Office 365 E3" --seats 40 --replaces L1 --dry-run"#),
        ("what is GDAP?", "mca", "explain gdap"),
        ("o que é GDAP?", "mca", "explain gdap"),
        ("do we have GDAP for mca?", nil, "gdap show mca"),
        ("should we turn off auto-renew for mca?", nil, "explain W-AUTO-RENEW"),
        ("devemos desligar a renovação automática da mca?", nil, "explain W-AUTO-RENEW"),
    ] as [(String, String?, String)])
    func routed(line: String, selected: String?, command: String) throws {
        let session = try ProgramPortfolio.session()
        if let selected { #expect(!session.execute("use \(selected)").isFailure) }
        let before = try SessionTests.Snapshot(session.store)
        let reply = session.execute(line)
        guard case .question(let answer)? = reply.items.first else {
            Issue.record("\(line) was not answered: \(TextRenderer(language: .en).render(reply))")
            return
        }
        #expect(answer.command == command, "\(line)")
        #expect(!reply.isFailure, "\(line): \(TextRenderer(language: .en).render(reply))")
        #expect(try SessionTests.Snapshot(session.store) == before, "a question changed the store: \(line)")
    }

    @Test("asked to turn auto-renew off, the answer names the command that records it, in both languages", arguments: Language.allCases)
    func autoRenewNamesTheChange(_ language: Language) throws {
        let session = try ProgramPortfolio.session(language: language)
        let line = language == .ptBR ? "devemos desligar a renovação automática da mca?" : "should we turn off auto-renew for mca?"
        let text = TextRenderer(language: language).render(session.execute(line))
        #expect(text.contains("license edit mca L1 --auto-renew off"), "\(text)")
    }

    @Test("`customer remove --dry-run` says what would go and removes nothing, in both languages", arguments: Language.allCases)
    func removalPreview(_ language: Language) throws {
        let session = try ProgramPortfolio.session(language: language)
        let before = try SessionTests.Snapshot(session.store)
        let text = TextRenderer(language: language).render(session.execute("customer remove ret --dry-run"))
        #expect(try SessionTests.Snapshot(session.store) == before)
        #expect(text.contains(language == .ptBR ? "1 assinatura original e nenhuma CSP" : "1 original and no CSP subscriptions"), "\(text)")
        #expect(text.contains("customer remove ret --force"), "\(text)")
    }
}
