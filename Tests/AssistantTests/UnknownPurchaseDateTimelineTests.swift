@testable import Assistant
import MigrationGuide
import Testing

/// A CSP subscription recorded without its purchase date (Partner Center's export has none): the
/// timeline draws what is known and says what is not, and the original it replaces is treated as
/// replaced (no plan dates, nothing overdue).
@Suite("Timeline of a CSP subscription with no purchase date")
struct UnknownPurchaseDateTimelineTests {
    /// Open License L1 ends 2027-01-31 (the plan's latest day); C1 replaces it, imported undated.
    static func session(_ language: Language) throws -> Session {
        let session = try makeSession(language: language, setup: [
            "customer add c --name C --program open",
            #"license add c "Office 365 E3" --seats 5 --expires 2027-01-31"#,
            "accept c",
            "import partner-center subscriptions c \(sample("subscriptions-contoso.csv"))",
        ])
        #expect(try session.store.customer(Handle("c")!)?.cspSubscriptions.first?.replaces == [LicenseID("L1")!])
        return session
    }

    @Test("the row is drawn from today and says the purchase date is unknown, with the command that records it", arguments: Language.allCases)
    func drawnAndSaid(_ language: Language) throws {
        let session = try Self.session(language)
        let drawing = TextRenderer(language: language, width: 100, unicode: true).render(session.execute("timeline c"))
        let rows = drawing.split(separator: "\n").map(String.init)
        let c1 = try #require(rows.first { $0.hasPrefix("C1 ") })
        #expect(c1.contains("█"), "\(drawing)")
        let said = language == .en
            ? "? C1 (Office 365 E3): purchase date unknown, so only its service from today is drawn, without its correction window or term; record the date with `csp edit c C1 --provisioned YYYY-MM-DD`."
            : "? C1 (Office 365 E3): data de compra desconhecida, então só o serviço a partir de hoje está desenhado, sem a janela de correção nem o prazo; registre a data com `csp edit c C1 --provisioned AAAA-MM-DD`."
        #expect(drawing.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(said), "\(drawing)")
        #expect(!session.execute("csp edit c C1 --provisioned 2026-11-20").isFailure)
        let dated = TextRenderer(language: language, width: 100, unicode: true).render(session.execute("timeline c"))
        #expect(!dated.contains(language == .en ? "C1 (Office 365 E3): purchase date unknown" : "C1 (Office 365 E3): data de compra desconhecida"), "\(dated)")
    }

    @Test("the original it replaces keeps no plan dates, and is not overdue the day after the plan's latest day")
    func replacedOriginal() throws {
        let session = try Self.session(.en)
        let customer = try #require(try session.store.customer(Handle("c")!))
        let kinds = session.guide.deadlines(for: customer, today: session.today).filter { $0.subscription == LicenseID("L1") }.map(\.kind)
        #expect(!kinds.contains(.provisionFrom) && !kinds.contains(.provisionBy), "\(kinds)")
        // Users lose access on 2027-03-02 (30 days of Expired): the latest day is 2027-03-01.
        for day in ["2027-03-01", "2027-03-02"] {
            let today = try #require(CalendarDate(iso: day))
            #expect(session.guide.overdue(for: customer, today: today).isEmpty, "\(day)")
        }
    }
}
