import Foundation
@testable import Assistant
import MigrationGuide
import Testing

/// `04/05/2027` is 4 May in a Brazilian spreadsheet and April 5 in a US one: the order comes from
/// the file, and a file that does not say gets its ambiguous dates refused.
@Suite("Spreadsheet date order")
struct SpreadsheetDateOrderTests {
    static func importing(_ text: String, language: Language = .en) throws -> (Session, Reply) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csp-\(UUID().uuidString)-dates.csv")
        try Data(text.utf8).write(to: url)
        let session = try makeSession(language: language, setup: [])
        return (session, session.execute("import \(url.path)"))
    }

    static func expires(_ session: Session) throws -> CalendarDate? {
        let handle = try #require(Handle("acme"))
        return try session.store.customer(handle)?.originals.first?.expires
    }

    @Test("a comma file with English columns refuses 04/05/2027, naming both days, in both languages", arguments: [Language.en, .ptBR])
    func ambiguousRefused(language: Language) throws {
        let (session, reply) = try Self.importing("handle,name,offer,seats,expires\nacme,Acme,E3,5,04/05/2027\n", language: language)
        guard case .error(.importing(.refused(let problems, _, _)))? = reply.items.first else { Issue.record("accepted"); return }
        #expect(problems.map(\.error) == [.importing(.ambiguousDate(field: "expires", text: "04/05/2027",
                                                                      dayFirst: try #require(CalendarDate(iso: "2027-05-04")),
                                                                      monthFirst: try #require(CalendarDate(iso: "2027-04-05"))))])
        let shown = TextRenderer(language: language).render(reply)
        #expect(shown.contains("2027-05-04") && shown.contains("2027-04-05"))
        #expect(shown.contains(language == .en ? "YYYY-MM-DD" : "AAAA-MM-DD"))
        #expect(try session.store.allCustomers().isEmpty)
    }

    @Test("dates that can mean one day are read in a comma file, and the summary says how", arguments: [
        ("04/25/2027", "2027-04-25"), ("25/04/2027", "2027-04-25"), ("05/05/2027", "2027-05-05"),
    ])
    func unambiguousRead(text: String, iso: String) throws {
        let (session, reply) = try Self.importing("handle,name,offer,seats,expires\nacme,Acme,E3,5,\(text)\n")
        #expect(!reply.isFailure)
        #expect(try Self.expires(session) == CalendarDate(iso: iso))
        #expect(TextRenderer(language: .en).render(reply).contains("dates like 04/05/2027 refused"))
    }

    @Test("a ; file or Portuguese columns read 04/05/2027 as 4 May, and say so", arguments: [
        "handle;name;offer;seats;expires\nacme;Acme;E3;5;04/05/2027\n",
        "cliente,nome,oferta,licenças,término\nacme,Acme,E3,5,04/05/2027\n",
    ])
    func dayFirst(file: String) throws {
        let (session, reply) = try Self.importing(file, language: .ptBR)
        #expect(!reply.isFailure)
        #expect(try Self.expires(session) == CalendarDate(iso: "2027-05-04"))
        #expect(TextRenderer(language: .ptBR).render(reply).contains("datas com o dia primeiro"))
        #expect(TextRenderer(language: .en).render(reply).contains("dates day first"))
    }
}
