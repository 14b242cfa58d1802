import Foundation
@testable import Assistant
import MigrationGuide
import MigrationStore
import Testing

/// The rest of what a new user tripped over: dates as words, the invitation's signature, and
/// recordings that start in the middle of a session.
@Suite("Edges a new user found")
struct EdgeTests {
    @Test("`today` takes a relative word in either language, counted from the session's date", arguments: [
        (Language.en, "today tomorrow", "2026-11-29"), (.en, "today amanhã", "2026-11-29"), (.ptBR, "hoje amanhã", "2026-11-29"),
        (.ptBR, #"today "semana que vem""#, "2026-12-05"), (.en, "today today", "2026-11-28"), (.ptBR, "today 31/12/2026", "2026-12-31"),
    ])
    func relativeToday(language: Language, line: String, expected: String) throws {
        let session = try makeSession(language: language, setup: [])
        #expect(!session.execute(line).isFailure, "\(line)")
        #expect(session.today == CalendarDate(iso: expected))
    }

    @Test("a word `today` does not know is refused and the date stays", arguments: [Language.en, .ptBR])
    func unknownDayWord(language: Language) throws {
        let session = try makeSession(language: language, setup: [])
        let reply = session.execute("today soon")
        #expect(reply.isFailure)
        #expect(session.today == CalendarDate(iso: "2026-11-28"))
    }

    @Test("the invitation is signed with the partner's name once set; until then the steps say how to set it, in both languages")
    func partnerNameSignsTheInvitation() throws {
        let session = try makeSession()
        let unsigned = text(session, "invite contoso --dry-run")
        #expect(unsigned.contains(#"set your company's name once with `settings partner-name "Your Company Ltd"`"#))
        #expect(unsigned.contains("Thank you,\n----"))
        #expect(!unsigned.contains("<"  + "partner"))
        _ = session.execute("lang pt-BR")
        #expect(text(session, "invite contoso --dry-run").contains(#"defina uma vez o nome da sua empresa com `settings partner-name "Sua Empresa Ltda"`"#))

        #expect(!session.execute(#"settings partner-name "Nuvem Parceira Ltda""#).isFailure)
        let assinado = text(session, "invite contoso --dry-run")
        #expect(assinado.contains("Obrigado,\nNuvem Parceira Ltda\n----"))
        #expect(!assinado.contains("settings partner-name"))
        #expect(text(session, "settings").contains("partner-name                 Nuvem Parceira Ltda"))
        _ = session.execute("lang en")
        #expect(text(session, "invite contoso --dry-run").contains("Thank you,\nNuvem Parceira Ltda\n----"))
        #expect(try session.store.journal(for: nil, since: nil).last?.command == #"settings partner-name "Nuvem Parceira Ltda""#)

        #expect(!session.execute("settings partner-name none").isFailure)
        #expect(try session.partnerName() == nil)
    }

    @Test("an empty partner name is refused and changes nothing")
    func emptyPartnerName() throws {
        let session = try makeSession()
        _ = session.execute("settings partner-name Parceira")
        let reply = session.execute(#"settings partner-name "  ""#)
        #expect(reply.isFailure)
        #expect(try session.partnerName() == "Parceira")
    }

    /// The customers of `SessionTests.contoso` in a fresh store, as a copy of the database would hold them.
    static func copyOfContoso() throws -> InMemoryStore {
        let store = InMemoryStore()
        let session = try Session(store: store, today: CalendarDate(iso: "2026-11-28") ?? CalendarDate(daysSinceEpoch: 0), agent: "tester")
        for line in SessionTests.contoso { _ = session.execute(line) }
        return store
    }

    @Test("a recording started after a question and a `use` replays its follow-ups and prompts, on a copy of the database")
    func recordingCarriesItsContext() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csp-ctx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try makeSession()
        session.fileSandbox = folder.path
        let loop = ShellLoop(session: session, write: { _ in })
        _ = loop.run(ScriptLineSource([
            "can contoso cancel the visio now?", "and on December 10?", "use contoso",
            "record start mid.txt", "and the E3?", "status", "record stop",
        ]))
        let transcript = try Transcript.load(session.writablePath("mid.txt"))
        #expect(transcript.context.selected == Handle("contoso"))
        #expect(transcript.context.questions == ["can contoso cancel the visio now?", "and on December 10?"])
        #expect(transcript.entries.first?.expected.first == "→ cancel contoso L1 --dry-run --on 2026-12-10")
        let result = try TranscriptReplayer.replay(transcript, store: Self.copyOfContoso())
        #expect(result.passed, Comment(rawValue: ReplayReport.summary(result)))
    }

    @Test("a recording on a database with customers says how to copy it safely, in both languages", arguments: [
        (Language.en, #"made with `sqlite3 "#, "not `cp`, which can miss changes still in its -wal file"),
        (.ptBR, #"feita com `sqlite3 "#, "não com `cp`, que pode perder alterações ainda no arquivo -wal"),
    ])
    func recordingOnAFileSaysHowToCopyIt(language: Language, made: String, notCopy: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csp-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("portfolio.sqlite").path
        let session = try Session(store: SQLiteStore(path: file), today: CalendarDate(iso: "2026-11-28") ?? CalendarDate(daysSinceEpoch: 0), language: language)
        _ = session.execute("customer add a --name A")
        let started = text(session, "record start \(folder.path)/case.txt")
        #expect(started.contains(made + file + #" ".backup "#), "\(started)")
        #expect(started.contains(notCopy))
        #expect(started.contains("csp-migrate replay --db "))
        _ = session.execute("record stop")
    }
}
