import Foundation
@testable import Assistant
import MigrationGuide
import Testing

/// What a new user tripped over: each case says what they typed and what the assistant says now.
@Suite("Rough edges")
struct RoughEdgeTests {
    @Test("a handle given without its original names the original as missing and lists the customer's", arguments: [
        ("cancel contoso", "`cancel contoso` needs the original too; contoso has L1 (Office 365 E3), L2 (Visio Plan 2)."),
        ("expire fabrikam", "`expire fabrikam` needs an original, and fabrikam has none recorded (`license add`)."),
    ])
    func missingOriginal(line: String, message: String) throws {
        let session = try makeSession()
        let reply = session.execute(line)
        guard case .error(let error)? = reply.items.first else {
            Issue.record("\(line) answered \(reply.items)")
            return
        }
        #expect(error.code == .usage)
        #expect(text(session, line).contains(message))
    }

    @Test("with a customer selected, the one word is still the original")
    func selectedStillWorks() throws {
        let session = try makeSession(setup: SessionTests.contoso + ["use contoso"])
        #expect(text(session, "cancel L2 --dry-run").contains("Cancelling L2 (Visio Plan 2) of contoso"))
    }

    @Test("a handle too long says the limit, in both languages")
    func longHandle() throws {
        let long = String(repeating: "a", count: 41)
        let session = try makeSession(setup: [])
        #expect(text(session, "customer add \(long) --name X").contains("at most 40 characters"))
        _ = session.execute("lang pt-BR")
        #expect(text(session, "customer add \(long) --name X").contains("no máximo 40 caracteres"))
    }

    @Test("curly quotes pasted from a word processor are quotes; a backslash is kept")
    func pastedNames() throws {
        let session = try makeSession(setup: [])
        _ = session.execute("customer add pq --name “Padaria Pão Quente” --program open")
        _ = session.execute(#"customer add tab --name "Padaria\tTab""#)
        let names = try session.allCustomers().map(\.name)
        #expect(names.contains("Padaria Pão Quente"))
        #expect(names.contains(#"Padaria\tTab"#))
    }
}

@Suite("Values as people type them")
struct TypedValueTests {
    @Test("in Portuguese, dates and numbers are read the Brazilian way")
    func portugueseValues() throws {
        let session = try makeSession(language: .ptBR, setup: ["customer add p --name P"])
        let reply = session.execute(#"license add p E3 --seats 1.200 --expires 09/12/2026 --price "R$ 1.234,56" --currency BRL"#)
        guard case .licenseAdded(_, let original)? = reply.items.first else {
            Issue.record("refused: \(TextRenderer(language: .ptBR).render(reply))")
            return
        }
        #expect(original.seats == 1200)
        #expect(original.expires == CalendarDate(iso: "2026-12-09"))
        #expect(original.pricePerSeatMonth?.amount == Decimal(string: "1234.56"))
        #expect(!session.execute("today 10/12/2026").isFailure)
        #expect(session.today == CalendarDate(iso: "2026-12-10"))
    }

    @Test("in English a slash date is refused, with the day it can only mean as a hint", arguments: [
        ("31/03/2027", "did you mean 2027-03-31?"), ("03/31/2027", "did you mean 2027-03-31?"), ("03/04/2027", "a real date written YYYY-MM-DD"),
    ])
    func englishSlashDates(date: String, message: String) throws {
        let session = try makeSession(setup: ["customer add p --name P"])
        #expect(text(session, "license add p E3 --seats 5 --expires \(date)").contains(message))
        #expect(try session.allCustomers().first?.originals.isEmpty == true)
    }

    @Test("a price says its range, and more than two decimals are refused", arguments: ["9999999", "0.001", "23.505"])
    func prices(price: String) throws {
        let session = try makeSession(setup: ["customer add p --name P"])
        let reply = text(session, "license add p E3 --seats 5 --expires 2027-03-31 --price \(price)")
        #expect(reply.contains("from 0 to 1,000,000 with at most two decimals"))
        #expect(try session.allCustomers().first?.originals.isEmpty == true)
    }

    @Test("an end date years away or long past is recorded and pointed out; a near one is not", arguments: [
        ("2207-03-31", true), ("2030-01-01", true), ("2025-06-01", true), ("2029-11-27", false), ("2026-01-01", false),
    ])
    func unlikelyDates(date: String, noted: Bool) throws {
        let session = try makeSession(setup: ["customer add p --name P"])
        let reply = session.execute("license add p E3 --seats 5 --expires \(date)")
        #expect(!reply.isFailure)
        let hasNote = reply.items.contains { if case .unlikelyDate = $0 { true } else { false } }
        #expect(hasNote == noted, "\(date)")
    }
}

@Suite("Wording a new user tripped over")
struct WordingTests {
    @Test("the Portuguese invitation names no article it cannot know, and says hoje for today")
    func portugueseInvitation() throws {
        let session = try makeSession(language: .ptBR, setup: [#"customer add conceicao --name "Escritório Contábil Conceição""#])
        let preview = text(session, "invite conceicao --dry-run")
        #expect(preview.contains("assinaturas Microsoft da empresa Escritório Contábil Conceição"))
        #expect(preview.contains("envie para o administrador global do cliente"))
        #expect(!preview.contains(" envie a o "))
        _ = session.execute("invite conceicao")
        #expect(text(session, "advise conceicao").contains("(hoje)"))
        #expect(text(session, #"customer add coop --name "Cooperativa Paraná""#).hasPrefix("Cliente Cooperativa Paraná cadastrado"))
    }

    @Test("changing a policy figure says it changes it for everyone on the database; showing it does not")
    func sharedPolicy() throws {
        let session = try makeSession()
        #expect(text(session, "settings near-end-days 45").contains("Changed for everyone who uses this database"))
        #expect(!text(session, "settings").contains("Changed for everyone"))
    }

    @Test("explaining a code explains the code only")
    func codeExplanation() throws {
        let session = try makeSession()
        #expect(TextRenderer(language: .en).render(session.execute("explain W-EARLY-CANCEL")).split(separator: "\n").count == 1)
    }
}

@Suite("Portuguese placeholders")
struct PortuguesePlaceholderTests {
    @Test("no English placeholder in a Portuguese usage line, help or error", arguments: CommandCatalogue.standard.specs.map(\.name))
    func usage(name: String) throws {
        let session = try makeSession(language: .ptBR, setup: [])
        let help = text(session, "help \(name)")
        for english in ["HANDLE", "OFFER", "YYYY-MM-DD", "DATE", "TOPIC", "DAYS", "LICENSE", "AMOUNT", "FILE"] {
            #expect(!help.contains(english), "help \(name) shows \(english)")
        }
    }

    @Test("errors name their fields in Portuguese")
    func errors() throws {
        let session = try makeSession(language: .ptBR, setup: [])
        #expect(text(session, "today depois").contains("DATA deve ser"))
        #expect(text(session, "explain xyz").contains("TÓPICO não pode"))
        #expect(text(session, "cancel").contains("precisa de LICENÇA"))
    }
}

@Suite("Questions a new user asked")
struct NewUserQuestionTests {
    @Test("each is sent to the command that answers it", arguments: [
        ("has fabrikam accepted the invitation yet?", "status fabrikam"),
        ("a fabrikam já aceitou o convite?", "status fabrikam"),
        ("posso cancelar o E3 da contoso no fim de maio?", "cancel contoso L1 --dry-run --on 2027-05-31"),
        ("posso cancelar o E3 da contoso no início de março?", "cancel contoso L1 --dry-run --on 2027-03-01"),
        ("can contoso cancel the E3 at the end of next month?", "cancel contoso L1 --dry-run --on 2026-12-31"),
        ("posso cancelar o E1 da wingtip em 2 semanas?", "cancel wingtip L1 --dry-run --on 2026-12-12"),
    ])
    func routed(line: String, command: String) throws {
        let session = try makeSession(setup: QuestionTests.portfolio)
        guard case .question(let answer)? = session.execute(line).items.first else {
            Issue.record("\(line) was not answered")
            return
        }
        #expect(answer.command == command, "\(line)")
    }

    @Test("with lang auto, a follow-up is answered in its own language")
    func followUpLanguage() throws {
        let session = try makeSession(setup: QuestionTests.portfolio)
        session.followsQuestionLanguage = true
        _ = session.execute("o que falta para a fabrikam?")
        #expect(session.language == .ptBR)
        _ = session.execute("and contoso?")
        #expect(session.language == .en)
    }

    /// A Visio with 17 paid days left, inside the near-end window, already replaced in CSP.
    /// A program whose cancellation the dry run still offers (Open License and retail run to their
    /// end instead; web direct is judged by its billing account).
    static let nearEndVisio = [
        #"customer add clinica --name "Clínica Bem Estar" --program other --email ti@clinica.com.br"#,
        #"license add clinica "Visio Plan 2" --seats 5 --expires 2026-12-15 --price 15 --currency BRL"#,
        "accept clinica",
        "gdap request clinica --on 2026-11-01",
        #"provision clinica "Visio Plan 2" --seats 5 --replaces L1 --confirm"#,
    ]

    @Test("a dry run inside the near-end window says the paid days given up and their worth, in both languages")
    func nearEndDryRunShowsTheAmount() throws {
        let session = try makeSession(setup: Self.nearEndVisio)
        // 5 seats × R$15 a month × 17 days × 12 / 365 = R$41.92.
        let english = text(session, "cancel clinica L1 --dry-run")
        #expect(english.contains("would cost little"))
        #expect(english.contains("gives up its last 17 days of paid time, worth R$"))
        #expect(english.contains("41.92"))
        _ = session.execute("lang pt-BR")
        let portuguese = text(session, "cancel clinica L1 --dry-run")
        #expect(portuguese.contains("custaria pouco"))
        #expect(portuguese.contains("abre mão dos últimos 17 dias pagos, no valor de R$"))
        #expect(portuguese.contains("41,92"))
        #expect(text(session, "cancel clinica L1 --dry-run --on 2026-12-14").contains("abre mão do último dia pago"))
    }
}
