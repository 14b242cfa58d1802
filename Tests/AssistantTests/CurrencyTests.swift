import Foundation
@testable import Assistant
import MigrationGuide
import MigrationStore
import Testing

/// A price's currency comes from the command, the customer, or the partner's default; never from
/// the language the session happens to be in.
@Suite("Currency of a price")
struct CurrencyTests {
    static let languages: [Language] = [.en, .ptBR]

    func currencies(_ session: Session, _ handle: String) throws -> [String?] {
        try session.store.customer(#require(Handle(handle))).map { $0.originals.map(\.pricePerSeatMonth?.currency) } ?? []
    }

    func errorCode(_ reply: Reply) -> MessageCode? {
        guard case .error(let error) = reply.items.first else { return nil }
        return error.code
    }

    @Test("with no currency anywhere, a price is refused in either language, naming --currency and settings currency, and nothing changes", arguments: languages)
    func refusedWithoutCurrency(language: Language) throws {
        let session = try makeSession(language: language, setup: ["customer add x --name X", "accept x"])
        let before = try SessionTests.Snapshot(session.store)
        for line in [
            "license add x E3 --seats 5 --expires 2027-03-31 --price 23,50",
            "provision x \"Teams Essentials\" --seats 2 --replaces none --price 4",
        ] {
            let reply = session.execute(line)
            #expect(errorCode(reply) == .noCurrency, "\(line)")
            let shown = TextRenderer(language: language).render(reply)
            #expect(shown.contains("--currency BRL") && shown.contains("`settings currency BRL`"), "\(shown)")
        }
        #expect(try SessionTests.Snapshot(session.store) == before)
    }

    @Test("a second original takes the first one's currency, whatever language it is typed in", arguments: languages)
    func otherOriginalsDecide(language: Language) throws {
        let other: Language = language == .en ? .ptBR : .en
        let session = try makeSession(language: language, setup: [
            "customer add x --name X",
            "license add x E3 --seats 5 --expires 2027-03-31 --price 23.50 --currency EUR",
            "lang \(other.rawValue)",
            "license add x E1 --seats 5 --expires 2027-03-31 --price 23,50",
            "license edit x L1 --price 10",
        ])
        #expect(try currencies(session, "x") == ["EUR", "EUR"])
    }

    @Test("the customer's own currency comes before its originals' and the partner's default")
    func customerCurrencyFirst() throws {
        let session = try makeSession(setup: [
            "settings currency USD",
            "customer add x --name X --currency BRL",
            "license add x E3 --seats 5 --expires 2027-03-31 --price 23.50",
            "license add x E1 --seats 5 --expires 2027-03-31 --price 8 --currency EUR",
            "license add x \"Visio Plan 2\" --seats 1 --expires 2027-03-31 --price 79.50",
        ])
        #expect(try currencies(session, "x") == ["BRL", "EUR", "BRL"])
    }

    @Test("the partner's default prices what no customer covers, in either language, and is shown, journaled and cleared", arguments: languages)
    func partnerDefault(language: Language) throws {
        let session = try makeSession(language: language, setup: ["customer add x --name X", "accept x"])
        #expect(text(session, "settings").contains("currency"))
        #expect(text(session, "settings currency brl").contains("BRL"))
        #expect(try session.store.journal(for: nil, since: nil).last?.command == "settings currency brl")
        #expect(!session.execute("license add x E3 --seats 5 --expires 2027-03-31 --price 23,50").isFailure)
        #expect(!session.execute("provision x \"Teams Essentials\" --seats 2 --replaces none --price 4").isFailure)
        #expect(try currencies(session, "x") == ["BRL"])
        #expect(try session.store.customer(#require(Handle("x")))?.cspSubscriptions.first?.pricePerSeatMonth?.currency == "BRL")
        #expect(errorCode(session.execute("settings currency reais")) == .badValue)
        #expect(try session.partnerCurrency() == "BRL")
        _ = session.execute("settings currency none")
        #expect(try session.partnerCurrency() == nil)
    }

    @Test("the same spreadsheet row is refused without a currency and priced alike in both languages with the partner's default", arguments: languages)
    func importRow(language: Language) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csp-\(UUID().uuidString)-nocur.csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "handle,name,offer,seats,expires,price\nabc,ABC,Office 365 E3,5,2027-03-31,23.50\n".write(toFile: path, atomically: true, encoding: .utf8)
        let session = try makeSession(language: language, setup: [])
        #expect(errorCode(session.execute("import \(path)")) == .badImport)
        #expect(try session.allCustomers().isEmpty)
        _ = session.execute("settings currency USD")
        #expect(!session.execute("import \(path)").isFailure)
        #expect(try currencies(session, "abc") == ["USD"])
    }
}
