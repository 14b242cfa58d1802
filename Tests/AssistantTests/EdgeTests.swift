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
        (Language.en, #"now, before the first command this records, with `sqlite3 "#, "not `cp`, which can miss changes still in its -wal file"),
        (.ptBR, #"agora, antes do primeiro comando gravado, com `sqlite3 "#, "não com `cp`, que pode perder alterações ainda no arquivo -wal"),
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

/// Replies that say the same thing several times say it once; the journal fits the terminal.
@Suite("Replies that fit")
struct FittingReplyTests {
    static let twoNewSubscriptions = SessionTests.contoso + [
        "accept contoso",
        #"provision contoso "Office 365 E3" --seats 48 --confirm"#,
        #"provision contoso "Visio Plan 2" --seats 5 --confirm"#,
    ]

    @Test("W-CSP-WINDOW for several new subscriptions is one paragraph with a line of figures for each, in both languages", arguments: [
        (Language.en, "warning W-CSP-WINDOW: 2 new CSP subscriptions can still be corrected",
         "    - C1 (Office 365 E3), provisioned on 2026-11-28 with 48 seats, annual term billed monthly: until 2026-12-05 (7 days left), `csp cancel contoso C1`; then committed until 2027-11-27",
         "    - C2 (Visio Plan 2), provisioned on 2026-11-28 with 5 seats"),
        (.ptBR, "aviso W-CSP-WINDOW: 2 assinaturas CSP novas ainda podem ser corrigidas",
         "    - C1 (Office 365 E3), provisionada em 2026-11-28 com 48 licenças, prazo anual com cobrança mensal: até 2026-12-05 (faltam 7 dias), `csp cancel contoso C1`; depois, comprometida até 2027-11-27",
         "    - C2 (Visio Plan 2), provisionada em 2026-11-28 com 5 licenças"),
    ])
    func groupedWindows(language: Language, lead: String, first: String, second: String) throws {
        let session = try makeSession(language: language, setup: Self.twoNewSubscriptions)
        let advice = text(session, "advise contoso")
        #expect(advice.components(separatedBy: "W-CSP-WINDOW").count == 2, "\(advice)")
        #expect(advice.contains("  " + lead))
        #expect(advice.contains(first), "\(advice)")
        #expect(advice.contains(second))
    }

    static let twoRenewals = [
        "customer add w --name W --program mosp",
        "license add w E3 --seats 3 --expires 2026-12-10 --price 10 --currency USD --auto-renew on",
        "license add w E1 --seats 3 --expires 2026-12-12 --price 10 --currency USD --auto-renew on",
    ]

    static let twoOfferChanges = SessionTests.contoso + [
        "accept contoso", #"provision contoso "Microsoft 365 E3" --seats 48 --replaces L1 --confirm"#,
        #"provision contoso "Visio Plan 1" --seats 5 --replaces L2 --confirm"#,
    ]

    /// The 48 CSP seats × $23 a month (the original's price: none recorded for C1) × 12 / 365 × 123 days = $4,464.39.
    @Test("other warnings that repeat their sentences for each original are grouped the same way, in both languages", arguments: [
        (Language.en, twoNewSubscriptions, "note I-OVERLAP: For the days given, the customer pays twice for 2 originals: each one and its replacement.",
         "    - L1, replaced by C1: from 2026-11-28 to 2027-03-31 (123 days), about $4,464.39 for 48 CSP seats (at the original's price per seat: no CSP price is recorded)."),
        (.ptBR, twoNewSubscriptions, "nota I-OVERLAP: Nos dias indicados, o cliente paga em dobro por 2 originais: cada uma e a sua substituta.",
         "    - L1, substituída por C1: de 2026-11-28 a 2027-03-31 (123 dias), cerca de US$ 4.464,39 por 48 licenças CSP (ao preço por licença da original: nenhum preço CSP registrado)."),
        (.en, twoOfferChanges, "warning W-OFFER-CHANGE: 2 CSP subscriptions replace an original with a different offer",
         "    - C2 (Visio Plan 1) replaces L2 (Visio Plan 2): 5 users, before L2 ends on 2026-12-15 (in 17 days)."),
        (.ptBR, twoOfferChanges, "aviso W-OFFER-CHANGE: 2 assinaturas CSP substituem uma original com outra oferta",
         "    - C2 (Visio Plan 1) substitui L2 (Visio Plan 2): 5 usuários, antes que L2 termine em 2026-12-15 (daqui a 17 dias)."),
    ])
    func groupedPerOriginal(language: Language, setup: [String], lead: String, item: String) throws {
        let session = try makeSession(language: language, setup: setup)
        let advice = text(session, "advise contoso")
        let code = String(lead.split(separator: " ")[1].dropLast())
        #expect(advice.components(separatedBy: code).count == 2, "\(advice)")
        #expect(advice.contains(lead), "\(advice)")
        #expect(advice.contains(item), "\(advice)")
    }

    @Test("W-AUTO-RENEW for two originals is one paragraph with each one's date and command, in both languages", arguments: [
        (Language.en, "warning W-AUTO-RENEW: 2 originals renew by themselves", "    - L2 (E1) ends on 2026-12-12 (in 14 days): `license edit w L2 --auto-renew off`."),
        (.ptBR, "aviso W-AUTO-RENEW: 2 originais renovam sozinhas", "    - L2 (E1) termina em 2026-12-12 (daqui a 14 dias): `license edit w L2 --auto-renew off`."),
    ])
    func groupedRenewals(language: Language, lead: String, item: String) throws {
        let session = try makeSession(language: language, setup: Self.twoRenewals)
        let advice = text(session, "advise w")
        #expect(advice.contains(lead), "\(advice)")
        #expect(advice.contains(item), "\(advice)")
        _ = session.execute("license edit w L1 --auto-renew off")
        // One left: its own paragraph again.
        #expect(!text(session, "advise w").contains("2 originals renew") && !text(session, "advise w").contains("2 originais renovam"))
    }

    @Test("one new subscription keeps its own paragraph; the window's last day is still named, and after it the warning is gone")
    func singleWindow() throws {
        let session = try makeSession(setup: SessionTests.contoso + ["accept contoso", #"provision contoso "Office 365 E3" --seats 48 --confirm"#])
        #expect(text(session, "advise contoso").contains("warning W-CSP-WINDOW: C1 (Office 365 E3) was provisioned on 2026-11-28 with 48 seats"))
        _ = session.execute(#"provision contoso "Visio Plan 2" --seats 5 --confirm --on 2026-11-21"#)
        // C2's window closed on 2026-11-28: only C1 is still open, so no group.
        let advice = text(session, "advise contoso")
        #expect(advice.contains("warning W-CSP-WINDOW: C1 (Office 365 E3)"), "\(advice)")
        #expect(!advice.contains("2 new CSP subscriptions"))
    }

    /// A journal whose commands are long, one holding an escape a terminal must never receive raw
    /// (input refuses them, but a journal written by an older version or another tool may hold one).
    static func journalSession() throws -> Session {
        let session = try makeSession(setup: Self.twoNewSubscriptions)
        let entry = JournalEntry(recordedAt: "", sessionDate: session.today, agent: "tester", customer: nil,
                                 command: "settings partner-name \"Parceira \u{1B}[2J\u{1B}[2J\u{1B}[2J Ltda\"", warnings: [])
        try session.store.savePartnerSetting("partner-name", "Parceira", journal: entry)
        return session
    }

    @Test("log fits the width it is given: no line wider, each command's words all there", arguments: [80, 100, 120])
    func logFitsTheWidth(width: Int) throws {
        let session = try Self.journalSession()
        let rendered = TextRenderer(language: .en, width: width).render(session.execute("log"))
        let lines = rendered.split(separator: "\n")
        #expect(lines.count > 8)
        for line in lines { #expect(Table.width(String(line)) <= width, "\(line)") }
        let words = Set(rendered.split(whereSeparator: \.isWhitespace).map(String.init))
        for word in #"provision contoso "Office 365 E3" --seats 48 --confirm"#.split(separator: " ") {
            #expect(words.contains(String(word)), "\(word)")
        }
    }

    @Test("a wide terminal keeps each entry on one line")
    func logOnOneLineWhenWide() throws {
        let session = try Self.journalSession()
        let lines = TextRenderer(language: .en, width: 400).render(session.execute("log")).split(separator: "\n")
        #expect(lines.count == (try session.store.journal(for: nil, since: nil).count) + 1)
    }

    @Test("escaped text stays escaped when the column wraps, and an escape is never split")
    func logKeepsEscapes() throws {
        let session = try Self.journalSession()
        for width in [80, 90, 100] {
            let rendered = TextRenderer(language: .en, width: width).render(session.execute("log"))
            #expect(!rendered.unicodeScalars.contains("\u{1B}"))
            #expect(rendered.components(separatedBy: #"\u{1B}"#).count == 4, "\(rendered)")
        }
    }

    @Test("a transcript's # width: sets the journal's width on replay; without one it is 80")
    func transcriptWidth() throws {
        func log(_ header: String) throws -> [String] {
            let transcript = """
                # title: log at a width
                # today: 2026-11-28
                \(header)
                csp> customer add contoso --name "Contoso Ltda" --program open --email ti@contoso.com --domain contoso.com
                csp> log

                """
            return try replay(try Transcript.parse(Data(transcript.utf8), path: "width.txt")).outputs.last ?? []
        }
        let wide = try log("# width: 200")
        #expect(wide.count == 2, "\(wide)")
        let narrow = try log("")
        #expect(narrow.count > 2)
        #expect(narrow.allSatisfy { Table.width($0) <= 80 })
    }

    @Test("with colour on, every line closes what it opened before its line end, so nothing carries onto the next line", arguments: [
        "status contoso", "advise contoso", "advise", "log", "help", "help provision", "settings", "timeline contoso", "timeline",
        "license list --ending 2026-12..2027-12-31", "plan contoso", "cancel contoso L1 --dry-run", "frobnicate",
    ])
    func colourClosedPerLine(line: String) throws {
        let session = try makeSession(setup: Self.twoNewSubscriptions)
        for language in Language.allCases {
            let rendered = TextRenderer(language: language, style: Style(enabled: true), width: 100).render(session.execute(line))
            #expect(rendered.contains("\u{1B}["), "\(line) has no colour at all")
            for shown in rendered.split(separator: "\n") {
                guard let last = shown.ranges(of: "\u{1B}[").last else { continue }
                #expect(shown[last.lowerBound...].hasPrefix("\u{1B}[0m"), "\(line): \(shown.debugDescription)")
            }
        }
    }
}

/// `--json` replies for scripts: no shape that depends on how the code names its cases.
@Suite("JSON as scripts read it")
struct FlatJSONTests {
    /// Keys whose values have cases: each must be `{"kind": …}` (or a list of them).
    static let casesKeys: Set<String> = ["nextAction", "lifecycle", "ending", "state", "refund", "meanwhile", "gdap"]

    /// Every place in `value` where Swift's own enum shape (`{"invite": {}}`) shows through.
    static func problems(_ value: Any, path: String = "") -> [String] {
        if let list = value as? [Any] { return list.enumerated().flatMap { problems($1, path: "\(path)[\($0)]") } }
        guard let object = value as? [String: Any] else { return [] }
        var found: [String] = object.isEmpty ? ["\(path) is an empty object"] : []
        for (key, inner) in object {
            if casesKeys.contains(key), let cases = inner as? [String: Any], cases["kind"] == nil, cases["requestedOn"] == nil {
                found.append("\(path).\(key) has no kind: \(cases.keys.sorted())")
            }
            found += problems(inner, path: "\(path).\(key)")
        }
        return found
    }

    @Test("every reply that holds a value with cases writes it as a kind and its figures", arguments: [
        "advise contoso", "status contoso", "plan contoso", "advise", "status", "customer show contoso", "license list contoso",
        "license list --ending 2026-12..2027-12-31", "cancel contoso L2 --dry-run", "gdap show contoso", "timeline contoso", "advise fabrikam",
    ])
    func noSwiftShapes(line: String) throws {
        let session = try makeSession(setup: SessionTests.contoso + [
            "accept contoso", "gdap request contoso", #"provision contoso "Visio Plan 2" --seats 5 --confirm"#,
            "invite fabrikam", "today 2027-01-05", "expire contoso L2",
        ])
        let line = JSONRenderer(language: .en).render(session.execute(line), command: line)
        let document = try JSONSerialization.jsonObject(with: Data(line.utf8))
        #expect(Self.problems(document).isEmpty, "\(Self.problems(document))")
    }

    @Test("the names are the export's: a lifecycle stage and an ended original read the same in both")
    func sharedNames() throws {
        let session = try makeSession(setup: SessionTests.contoso + ["today 2027-01-05", "expire contoso L2"])
        let json = JSONRenderer(language: .en).render(session.execute("license list contoso"), command: "")
        #expect(json.contains(#""ending":{"kind":"expired","on":"2026-12-15"}"#), "\(json)")
        #expect(json.contains(#""lifecycle":{"kind":"expired","usersLoseAccessOn":"#))
        let customers = try session.allCustomers()
        let csv = PortfolioExport.csv(customers.map { ($0, session.guide.guidance(for: $0, on: session.today)) })
        #expect(csv.contains(",expired,"), "\(csv)")
    }
}
