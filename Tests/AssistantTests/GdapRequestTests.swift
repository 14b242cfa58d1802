@testable import Assistant
import MigrationGuide
import Testing

@Suite("GDAP requests")
struct GdapRequestTests {
    static let accepted = [#"customer add a --name A --program open"#, "gdap request a --on 2026-11-20", "gdap accept a --on 2026-11-21"]

    @Test("a request after acceptance is refused and changes nothing, in both languages", arguments: [
        (Language.en, "a accepted admin rights (GDAP) on 2026-11-21, active until"),
        (Language.ptBR, "a aceitou direitos de administrador (GDAP) em 2026-11-21, válidos até"),
    ])
    func refusedWhileActive(language: Language, expected: String) throws {
        let session = try makeSession(language: language, setup: Self.accepted)
        let before = try SessionTests.Snapshot(session.store)
        let reply = session.execute("gdap request a")
        let shown = TextRenderer(language: language).render(reply)
        guard case .error(let error) = reply.items.first else { Issue.record("no error: \(shown)"); return }
        #expect(error.code == .confirmRequired)
        #expect(shown.contains(expected), "\(shown)")
        #expect(shown.contains("--confirm"), "\(shown)")
        #expect(try SessionTests.Snapshot(session.store) == before)
    }

    @Test("--confirm requests again; a pending request may be repeated without it")
    func confirmedOrPending() throws {
        let session = try makeSession(setup: Self.accepted)
        #expect(!session.execute("gdap request a --confirm").isFailure)
        #expect(try session.store.customer(Handle("a")!)?.gdap?.acceptedOn == nil)
        #expect(!session.execute("gdap request a").isFailure)
    }
}
