import Foundation
@testable import Assistant
import MigrationGuide
import Testing

/// Partner Center in English (US) writes a subscription's start date `3/4/2026 12:00:00 AM`, in
/// Portuguese `03/04/2026`: the same text is two days. The order comes from the file, else from
/// `--date-order`; a file that shows neither is refused, and nothing is recorded.
@Suite("Partner Center date order")
struct PartnerCenterDateOrderTests {
    static let setup = ["customer add contoso --name Contoso"]

    static func started(_ session: Session) throws -> [CalendarDate?] {
        try session.store.customer(try #require(Handle("contoso")))?.cspSubscriptions.map(\.provisionedOn) ?? []
    }

    static func file(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csp-\(UUID().uuidString)-subscriptions.csv")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static let header = "Subscription ID,Subscription,Quantity,Status,Reseller,Start date\n"

    /// A real export of each language: the file, its start dates, how the summary says it read them.
    static let exports: [(file: String, started: [String], said: [Language: String])] = [
        ("subscriptions-contoso-en-us.csv", ["2026-03-04", "2025-11-28"], [.en: "dates month first", .ptBR: "datas com o mês primeiro"]),
        ("subscriptions-contoso-pt-br.csv", ["2026-04-03", "2025-11-28"], [.en: "dates day first", .ptBR: "datas com o dia primeiro"]),
    ]

    @Test("an en-US export is read month first, as its 11/28/2025 shows, a pt-BR one day first; the summary says so in both languages",
          arguments: [0, 1], [Language.en, .ptBR])
    func exportsOfEachLanguage(export: Int, language: Language) throws {
        let (file, started, said) = Self.exports[export]
        let session = try makeSession(language: language, setup: Self.setup)
        let reply = session.execute("import partner-center subscriptions contoso \(sample(file))")
        #expect(!reply.isFailure, "\(TextRenderer(language: language).render(reply))")
        #expect(try Self.started(session) == started.map { CalendarDate(iso: $0) })
        #expect(TextRenderer(language: language).render(reply).contains(said[language] ?? "?"))
    }

    @Test("a ; file whose dates all could be either is read day first, as Excel in Portuguese writes them")
    func semicolonDayFirst() throws {
        let session = try makeSession(setup: Self.setup)
        let path = try Self.file("Subscription ID;Subscription;Quantity;Start date\nA1;Office 365 E3;5;03/04/2026\n")
        #expect(!session.execute("import partner-center subscriptions contoso \(path)").isFailure)
        #expect(try Self.started(session) == [CalendarDate(iso: "2026-04-03")])
    }

    @Test("a file that shows no order is refused, every ambiguous date named with both days and the way out, in both languages; nothing recorded",
          arguments: [Language.en, .ptBR])
    func ambiguousRefused(language: Language) throws {
        let session = try makeSession(language: language, setup: Self.setup)
        let reply = session.execute("import partner-center subscriptions contoso \(sample("subscriptions-ambiguous-dates.csv"))")
        let refused = try #require(refusal(reply))
        #expect(refused.problems.map(\.place.row) == [2, 3])
        #expect(refused.problems.first?.error == .importing(.dateOrderUnknown(
            field: "Start date", text: "3/4/2026", dayFirst: try #require(CalendarDate(iso: "2026-04-03")), monthFirst: try #require(CalendarDate(iso: "2026-03-04")))))
        let shown = TextRenderer(language: language).render(reply)
        #expect(shown.contains("--date-order dmy") && shown.contains("--date-order mdy"))
        #expect(shown.contains("2026-04-03") && shown.contains("2026-03-04"))
        #expect(try Self.started(session).isEmpty)
    }

    @Test("--date-order settles an ambiguous file either way", arguments: [("mdy", ["2026-03-04", "2026-05-06"]), ("dmy", ["2026-04-03", "2026-06-05"])])
    func flagSettles(order: String, expected: [String]) throws {
        let session = try makeSession(setup: Self.setup)
        let reply = session.execute("import partner-center subscriptions contoso \(sample("subscriptions-ambiguous-dates.csv")) --date-order \(order)")
        #expect(!reply.isFailure)
        #expect(try Self.started(session) == expected.map { CalendarDate(iso: $0) })
    }

    @Test("a file with one date only day first and another only month first is refused, naming both rows")
    func mixedRefused() throws {
        let session = try makeSession(setup: Self.setup)
        let path = try Self.file(Self.header + "A1,Office 365 E3,5,Active,,31/03/2026\nA2,Visio Plan 2,2,Active,,03/30/2026\n")
        let refused = try #require(refusal(session.execute("import partner-center subscriptions contoso \(path)")))
        #expect(refused.problems.map(\.error) == [.importing(.dateOrdersMixed(field: "Start date", dayFirst: "31/03/2026", dayFirstRow: 2, monthFirst: "03/30/2026", monthFirstRow: 3))])
        #expect(try Self.started(session).isEmpty)
        #expect(TextRenderer(language: .ptBR).render(session.execute("import partner-center subscriptions contoso \(path)")).contains("linha 2"))
    }

    @Test("a bad --date-order is refused with the choices")
    func badFlag() throws {
        let session = try makeSession(setup: Self.setup)
        let reply = session.execute("import partner-center subscriptions contoso \(sample("subscriptions-ambiguous-dates.csv")) --date-order ymd")
        #expect(reply.isFailure)
        #expect(TextRenderer(language: .en).render(reply).contains("mdy"))
    }
}
