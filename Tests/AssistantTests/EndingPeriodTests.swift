import Foundation
@testable import Assistant
import MigrationGuide
import Testing

/// `license list --ending`: originals ending in a month, on a day or between two days, across
/// customers, and the questions that ask for them. The session's today is 2026-11-28.
@Suite("Originals ending in a period")
struct EndingPeriodTests {
    /// The ids each customer has in the listing, in the order shown.
    static func listed(_ session: Session, _ line: String) -> [String] {
        guard case .originalsEnding(let reply)? = session.execute(line).items.first else { return ["not listed"] }
        return reply.originals.map { "\($0.customer) \($0.status.original.id)" }
    }

    @Test("a month takes its first and last days and no other, soonest end first, across customers", arguments: [
        ("license list --ending 2026-12", ["contoso L2"]),
        ("license list --ending 2027-01", ["fabrikam L1"]),
        ("license list --ending 2027-01-10", ["fabrikam L1"]),
        ("license list --ending 2027-01-11", []),
        ("license list --ending 2026-12-15..2027-02-01", ["contoso L2", "fabrikam L1", "tailspin L1"]),
        ("license list --ending 2026-12-16..2027-01-31", ["fabrikam L1"]),
        ("license list --ending ..2027-01-10", ["contoso L2", "fabrikam L1"]),
        ("license list --ending 2027-03-31..", ["contoso L1", "padaria-sao-joao L1", "wingtip L1"]),
        ("license list --ending 2027-04-01..", ["padaria-sao-joao L1", "wingtip L1"]),
        ("license list contoso --ending 2026-12-01..2027-12-31", ["contoso L2", "contoso L1"]),
    ])
    func boundaries(line: String, expected: [String]) throws {
        let session = try makeSession(setup: QuestionTests.portfolio)
        #expect(Self.listed(session, line) == expected, "\(line)")
    }

    @Test("a selected customer narrows the listing; --all widens it again")
    func selection() throws {
        let session = try makeSession(setup: QuestionTests.portfolio + ["use fabrikam"])
        #expect(Self.listed(session, "license list --ending 2026-12") == [])
        #expect(Self.listed(session, "license list --ending 2026-12 --all") == ["contoso L2"])
    }

    @Test("Portuguese takes the month as 12/2026 and the days as 31/12/2026; both languages word the heading", arguments: [
        (Language.en, "license list --ending 2026-12", "Ending from 2026-12-01 to 2026-12-31: 1 subscription of 1 customer"),
        (.en, "license list --ending 2030-01", "No original subscription ends from 2030-01-01 to 2030-01-31."),
        (.ptBR, "license list --ending 12/2026", "Terminam de 2026-12-01 a 2026-12-31: 1 assinatura de 1 cliente"),
        (.ptBR, "license list --ending 15/12/2026", "Terminam em 2026-12-15: 1 assinatura de 1 cliente"),
        (.ptBR, "license list --ending 01/01/2030..", "Nenhuma assinatura original termina a partir de 2030-01-01."),
    ])
    func wording(language: Language, line: String, heading: String) throws {
        let session = try makeSession(language: language, setup: QuestionTests.portfolio)
        #expect(text(session, line).hasPrefix(heading), "\(line)")
    }

    @Test("a period it cannot read is refused, naming the forms it takes, and changes nothing", arguments: [
        ("license list --ending 2027-13", "--ending must be a month (2026-12), a day (2026-12-15) or two days joined by .. (2026-12-01..2027-01-31"),
        ("license list --ending december", "not `december`"),
        ("license list --ending ..", "not `..`"),
        ("license list --ending 2027-02-01..2027-01-01", "the second not before the first; not `2027-02-01..2027-01-01`"),
        ("license list --ending 31/12/2026", "did you mean 2026-12-31?"),
        ("license list --ending 12/2026", "--ending must be a month written YYYY-MM, not `12/2026`: did you mean 2026-12?"),
        ("license list --ending 1/2027", "not `1/2027`: did you mean 2027-01?"),
        ("license list --ending 13/2026", "--ending must be a month (2026-12), a day (2026-12-15) or two days joined by .. (2026-12-01..2027-01-31"),
    ])
    func refused(line: String, message: String) throws {
        let session = try makeSession(setup: QuestionTests.portfolio)
        let before = try SessionTests.Snapshot(session.store)
        let reply = session.execute(line)
        guard case .error(let error)? = reply.items.first else {
            Issue.record("\(line) was not refused")
            return
        }
        #expect(error.code == .badDate)
        #expect(text(session, line).contains(message), "\(line)")
        #expect(try SessionTests.Snapshot(session.store) == before)
    }

    @Test("which customers end in a month, in either language, runs the listing and shows it", arguments: [
        ("which customers end in December?", "license list --ending 2026-12"),
        ("what ends next month?", "license list --ending 2026-12"),
        ("what expires in January 2027?", "license list --ending 2027-01"),
        ("which licenses expire next week?", "license list --ending ..2026-12-05"),
        ("quais clientes vencem em dezembro?", "license list --ending 2026-12"),
        ("o que vence em janeiro?", "license list --ending 2027-01"),
        ("o que vence no mês que vem?", "license list --ending 2026-12"),
        ("quais assinaturas terminam em novembro?", "license list --ending 2026-11"),
        ("o que da fabrikam vence em janeiro?", "license list fabrikam --ending 2027-01"),
    ])
    func questions(line: String, command: String) throws {
        let session = try makeSession(setup: QuestionTests.portfolio)
        let reply = session.execute(line)
        guard case .question(let answer)? = reply.items.first else {
            Issue.record("\(line) was not answered: \(reply.items)")
            return
        }
        #expect(answer.command == command, "\(line)")
        let listing = reply.items.dropFirst().first
        if case .originalsEnding = listing {} else { Issue.record("\(line) showed \(String(describing: listing))") }
        // The same reply as typing the command.
        #expect(text(session, line).hasSuffix(text(session, command)))
    }

    @Test("with a customer selected, the question still covers every customer, and says so with --all")
    func questionWhileSelected() throws {
        let session = try makeSession(setup: QuestionTests.portfolio + ["use fabrikam"])
        guard case .question(let answer)? = session.execute("which customers end in December?").items.first else {
            Issue.record("not answered")
            return
        }
        #expect(answer.command == "license list --ending 2026-12 --all")
    }

    @Test("a follow-up names another month")
    func followUp() throws {
        let session = try makeSession(setup: QuestionTests.portfolio)
        _ = session.execute("quais clientes vencem em dezembro?")
        guard case .question(let answer)? = session.execute("e em fevereiro?").items.first else {
            Issue.record("not answered")
            return
        }
        #expect(answer.command == "license list --ending 2027-02")
    }
}
