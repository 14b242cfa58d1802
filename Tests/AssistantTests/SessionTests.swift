@testable import Assistant
import MigrationGuide
import MigrationStore
import Testing

/// A session on an in-memory store, dated 2026-11-28, with one customer half-way through its move.
func makeSession(language: Language = .en, setup: [String] = SessionTests.contoso) throws -> Session {
    let session = try Session(store: InMemoryStore(), today: CalendarDate(iso: "2026-11-28") ?? CalendarDate(daysSinceEpoch: 0), language: language, agent: "tester")
    for line in setup {
        let reply = session.execute(line)
        #expect(!reply.isFailure, "setup failed: \(line)")
    }
    return session
}

func text(_ session: Session, _ line: String) -> String {
    TextRenderer(language: session.language).render(session.execute(line))
}

@Suite("Session")
struct SessionTests {
    static let contoso = [
        #"customer add contoso --name "Contoso Ltda" --program open --email ti@contoso.com"#,
        #"license add contoso "Office 365 E3" --seats 50 --assigned 48 --expires 2027-03-31 --price 23 --currency USD"#,
        #"license add contoso "Visio Plan 2" --seats 5 --expires 2026-12-15"#,
        "customer add fabrikam --name Fabrikam",
    ]

    /// Everything a store holds, to compare before and after a refused command.
    struct Snapshot: Equatable {
        var customers: [Customer]
        var journal: [JournalEntry]
        var settings: GuideSettings
        init(_ store: any PortfolioStore) throws {
            customers = try store.allCustomers()
            journal = try store.journal(for: nil, since: nil)
            settings = try store.loadSettings()
        }
    }

    @Test("a refused command reports its code and changes nothing", arguments: [
        ("provision contoso E3 --seats 5", MessageCode.notAccepted),
        ("status nobody", .unknownCustomer),
        ("cancel contoso L9", .unknownLicense),
        ("cancel contoso Teams --confirm", .unknownLicense),
        ("license add contoso X --seats 5 --expires 2027-02-30", .badDate),
        ("license add contoso X --seats 0 --expires 2027-02-01", .badNumber),
        ("license add contoso X --seats 5 --assigned 6 --expires 2027-02-01", .badNumber),
        ("customer add contoso --name Again", .duplicate),
        ("customer remove contoso", .hasSubscriptions),
        ("cancel L1", .noCustomer),
        ("cancel contoso L1", .confirmRequired),
        ("expire contoso L7", .unknownLicense),
        ("frobnicate", .unknownCommand),
        ("cancel contoso", .usage),
        ("cancel contoso L1 extra", .usage),
        ("status \"contoso", .syntax),
        ("customer add b@d --name B", .badHandle),
        ("settings near-end-days many", .badNumber),
    ])
    func refusedChangesNothing(line: String, code: MessageCode) throws {
        let session = try makeSession()
        let before = try Snapshot(session.store)
        let reply = session.execute(line)
        #expect(reply.isFailure)
        guard case .error(let error) = reply.items.first else { Issue.record("no error for \(line)"); return }
        #expect(error.code == code)
        #expect(try Snapshot(session.store) == before)
    }

    @Test("an ambiguous offer is refused")
    func ambiguous() throws {
        let session = try makeSession(setup: Self.contoso + [#"license add contoso "Office 365 E3" --seats 5 --expires 2027-09-30"#])
        guard case .error(let error) = session.execute("cancel contoso E3").items.first else { Issue.record("no error"); return }
        #expect(error.code == .ambiguousOffer)
    }

    @Test("an already ended original is refused")
    func alreadyEnded() throws {
        let session = try makeSession(setup: Self.contoso + ["cancel contoso L2 --confirm"])
        guard case .error(let error) = session.execute("expire contoso L2").items.first else { Issue.record("no error"); return }
        #expect(error.code == .alreadyEnded)
    }

    @Test("use selects a customer for the commands that follow, and the prompt's handle with it")
    func use() throws {
        let session = try makeSession()
        #expect(!session.execute("use Contoso").isFailure)
        #expect(session.selected?.rawValue == "contoso")
        #expect(text(session, "status").contains("Contoso Ltda (contoso)"))
        #expect(!session.execute("invite").isFailure)
        _ = session.execute("use")
        #expect(session.selected == nil)
        #expect(text(session, "status").contains("fabrikam"))
    }

    @Test("customers are found by name, accents and case ignored")
    func byName() throws {
        let session = try makeSession(setup: [#"customer add solucoes --name "Soluções Ltda""#])
        #expect(text(session, #"status "solucoes ltda""#).contains("Soluções Ltda (solucoes)"))
    }

    @Test("an unknown customer gets a suggestion")
    func suggestion() throws {
        let session = try makeSession()
        #expect(text(session, "status contso").contains("Did you mean `contoso`?"))
    }

    @Test("an early cancellation is refused with the amount, then forced with --confirm and kept on record")
    func earlyCancellation() throws {
        let session = try makeSession(setup: Self.contoso + ["accept contoso", #"provision contoso "Office 365 E3" --seats 48 --confirm"#])
        let refused = text(session, "cancel contoso L1")
        #expect(refused.contains("E-CONFIRM-REQUIRED"))
        #expect(refused.contains("W-EARLY-CANCEL"))
        #expect(refused.contains("$4,650.41"))
        #expect(refused.contains("let it expire on 2027-03-31"))
        let forced = session.execute("cancel contoso L1 --confirm")
        #expect(!forced.isFailure)
        guard case .cancelled(let cancelled)? = forced.items.first else {
            Issue.record("not cancelled: \(forced.items)")
            return
        }
        #expect(cancelled.overridden.map(\.code) == [.earlyCancel])
        let journal = try session.store.journal(for: Handle("contoso"), since: nil)
        #expect(journal.last?.warnings == [RecordedCode(.earlyCancel)])
        #expect(journal.last?.command == "cancel contoso L1 --confirm")
        #expect(journal.last?.agent == "tester")
        #expect(text(session, "status contoso").contains("W-EARLY-CANCEL confirmed"))
    }

    @Test("removing with --force takes the subscriptions too and clears the selection")
    func forceRemove() throws {
        let session = try makeSession()
        _ = session.execute("use contoso")
        #expect(!session.execute("customer remove contoso --force").isFailure)
        #expect(session.selected == nil)
        #expect(try session.store.customer(Handle("contoso")!) == nil)
    }

    @Test("today and lang change the session")
    func sessionSettings() throws {
        let session = try makeSession()
        _ = session.execute("today 2027-01-01")
        #expect(session.today == CalendarDate(iso: "2027-01-01"))
        _ = session.execute("lang pt")
        #expect(session.language == .ptBR)
        #expect(text(session, "status contoso").contains("etapa 1 de 4"))
    }

    @Test("settings change the rules and are kept")
    func settings() throws {
        // The near-end window is web-direct advice: a prepaid Open original is early to its last day.
        let session = try makeSession(setup: Self.contoso + [
            "customer edit contoso --program mosp", "accept contoso", #"provision contoso "Office 365 E3" --seats 48 --confirm"#])
        #expect(session.execute("cancel contoso L1").isFailure)
        _ = session.execute("settings near-end-days 200")
        #expect(session.guide.settings.nearEndDays == 200)
        #expect(try session.store.loadSettings().nearEndDays == 200)
        #expect(!session.execute("cancel contoso L1").isFailure)
    }

    @Test("the portfolio advice ranks the most urgent first")
    func portfolio() throws {
        let session = try makeSession(setup: Self.contoso + [
            "customer add tailspin --name Tailspin",
            #"license add tailspin "Office 365 E1" --seats 10 --expires 2026-11-20"#,
        ])
        let reply = session.execute("advise")
        guard case .portfolioAdvice(let rows) = reply.items.first else { Issue.record("no portfolio"); return }
        #expect(rows.map(\.handle.rawValue) == ["tailspin", "contoso", "fabrikam"])
    }
}
