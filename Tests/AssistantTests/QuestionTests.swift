@testable import Assistant
import Foundation
import MigrationGuide
import MigrationStore
import Testing

@Suite("Questions")
struct QuestionTests {
    /// Today is 2026-11-28. Two customers share the word "Toys"; contoso has two originals.
    static let portfolio = [
        #"customer add contoso --name "Contoso Ltda" --program open"#,
        #"license add contoso "Office 365 E3" --seats 50 --assigned 48 --expires 2027-03-31 --price 23 --currency USD"#,
        #"license add contoso "Visio Plan 2" --seats 5 --expires 2026-12-15"#,
        #"customer add fabrikam --name "Fabrikam Soluções S.A.""#,
        #"license add fabrikam "Microsoft 365 Business Premium" --seats 20 --expires 2027-01-10"#,
        #"customer add tailspin --name "Tailspin Toys Inc.""#,
        #"license add tailspin "Microsoft 365 Business Standard" --seats 8 --expires 2027-02-01"#,
        #"customer add wingtip --name "Wingtip Toys""#,
        #"license add wingtip "Office 365 E1" --seats 3 --expires 2027-05-01"#,
        #"customer add padaria-sao-joao --name "Padaria São João Ltda""#,
        #"license add padaria-sao-joao "Microsoft 365 Business Basic" --seats 4 --expires 2027-04-01"#,
        #"customer add blue-yonder --name "Blue Yonder Airlines""#,
    ]

    enum Expected: CustomStringConvertible, Sendable {
        /// Answered by running exactly this command.
        case runs(String)
        case unsure(UnsureReply.Reason)
        /// Not taken as a question: the command error stands.
        case fails(MessageCode)

        var description: String {
            switch self {
            case .runs(let command): "runs `\(command)`"
            case .unsure(let reason): "unsure (\(reason))"
            case .fails(let code): "fails with \(code.rawValue)"
            }
        }
    }

    /// `(question, customer selected with use, what must happen)`.
    static let table: [(String, String?, Expected)] = [
        // English
        ("can Contoso cancel their E3 now?", nil, .runs("cancel contoso L1 --dry-run")),
        ("do we have admin rights for contoso?", nil, .runs("gdap show contoso")),
        ("MOSA or MCA?", nil, .runs("explain mosp")),
        ("where do the policy figures come from?", nil, .runs("explain sources")),
        ("is near-end-days a Microsoft rule?", nil, .runs("explain sources")),
        ("what would it cost to cancel contoso's visio?", nil, .runs("cancel contoso L2 --dry-run")),
        ("is it safe to cancel the E3 for contoso", nil, .runs("cancel contoso L1 --dry-run")),
        ("cancel contoso's E3", nil, .runs("cancel contoso L1 --dry-run")),
        ("please cancel the fabrikam subscription", nil, .runs("cancel fabrikam L1 --dry-run")),
        ("should we cancel contoso's E3 on March 15?", nil, .runs("cancel contoso L1 --dry-run --on 2027-03-15")),
        ("could we cancel the contoso E3 next month", nil, .runs("cancel contoso L1 --dry-run --on 2026-12-28")),
        ("can contoso cancel now?", nil, .unsure(.severalOriginals(Handle("contoso")!, [LicenseID("L1")!, LicenseID("L2")!]))),
        ("can we cancel it?", nil, .unsure(.noCustomer)),
        ("can we cancel the E3?", "contoso", .runs("cancel contoso L1 --dry-run")),
        ("when does tailspin's license end?", nil, .runs("license list tailspin")),
        ("which customers end in December?", nil, .runs("license list --ending 2026-12")),
        ("quais clientes vencem em dezembro?", nil, .runs("license list --ending 2026-12")),
        ("how many days left for fabrikam", nil, .runs("license list fabrikam")),
        ("show me contoso's timeline", nil, .runs("timeline contoso")),
        ("when do fabrikam's licenses expire?", nil, .runs("timeline fabrikam")),
        ("what are the deadlines?", nil, .runs("timeline")),
        ("when does it expire?", "contoso", .runs("license list contoso")),
        ("when does it expire?", nil, .unsure(.noCustomer)),
        ("what's next for contoso?", nil, .runs("advise contoso")),
        ("what should I do for Fabrikam", nil, .runs("advise fabrikam")),
        ("next step for Blue Yonder", nil, .runs("advise blue-yonder")),
        ("what do we do now?", nil, .runs("advise")),
        ("where does contoso stand?", nil, .runs("status contoso")),
        ("how is tailspin doing", nil, .runs("status tailspin")),
        ("what is the status of wingtip toys", nil, .runs("status wingtip")),
        ("who needs attention today?", nil, .runs("advise --all")),
        ("which customers are most urgent", nil, .runs("advise --all")),
        ("what does reassignment mean?", nil, .runs("explain reassignment")),
        ("do we need to reassign users for fabrikam?", nil, .runs("reassign fabrikam")),
        ("explain the early cancellation warning", nil, .runs("explain W-EARLY-CANCEL")),
        ("what is MOSP?", nil, .runs("explain mosp")),
        ("tell me about multi-partner", nil, .runs("explain multi-partner")),
        ("what is W-COVERAGE-GAP", nil, .runs("explain W-COVERAGE-GAP")),
        ("how do I invite contoso?", nil, .runs("invite contoso --dry-run")),
        ("how do I send the invitation?", nil, .runs("explain invite")),
        ("invite fabrikam please", nil, .runs("invite fabrikam --dry-run")),
        ("what are the steps?", nil, .runs("steps")),
        ("which customers do we have", nil, .runs("customer list")),
        ("what was done for contoso", nil, .runs("log contoso")),
        ("how is toys doing", nil, .unsure(.severalCustomers([Handle("tailspin")!, Handle("wingtip")!]))),
        ("the weather is nice today", nil, .unsure(.noIntent(customer: nil))),
        ("what can you do?", nil, .runs("help")),
        ("provision the E3 for contoso", nil, .runs("advise contoso")),
        ("how do I provision?", nil, .runs("explain provision")),
        ("what's next for contosso?", nil, .unsure(.misspelledCustomer("contosso", closest: [Handle("contoso")!]))),
        ("when does fabrikan's license end?", nil, .unsure(.misspelledCustomer("fabrikan", closest: [Handle("fabrikam")!]))),
        ("what should I work on first?", nil, .runs("advise --all")),
        ("explain the CSP window", nil, .runs("explain W-CSP-WINDOW")),
        ("what happens after a subscription expires?", nil, .runs("explain expiry")),
        ("contoso rocks", nil, .unsure(.noIntent(customer: Handle("contoso")))),
        ("stauts contoso", nil, .fails(.unknownCommand)),
        ("toys", nil, .fails(.unknownCommand)),
        ("cancel contoso L1 extra", nil, .fails(.usage)),
        ("what happens to contoso's users after the end?", nil, .runs("timeline contoso")),
        ("is renew to CSP possible for contoso?", nil, .runs("explain ea")),
        ("please remove the customer blue yonder", nil, .runs("customer remove blue-yonder --dry-run")),
        ("what happens if we provision tailspin now?", nil, .runs(#"provision tailspin "Microsoft 365 Business Standard" --seats 8 --replaces L1 --dry-run"#)),
        ("should we turn off auto-renew for fabrikam?", nil, .runs("explain W-AUTO-RENEW")),
        ("what is GDAP?", "contoso", .runs("explain gdap")),
        // Português
        ("o que falta para a fabrikam?", nil, .runs("advise fabrikam")),
        ("qual o próximo passo da Contoso", nil, .runs("advise contoso")),
        ("o que devo fazer com a tailspin?", nil, .runs("advise tailspin")),
        ("e agora?", "contoso", .runs("advise contoso")),
        ("o que a tailspin precisa fazer?", nil, .runs("advise tailspin")),
        ("em que pé está a contoso?", nil, .runs("status contoso")),
        ("como está a padaria são joão?", nil, .runs("status padaria-sao-joao")),
        ("qual a situação da wingtip", nil, .runs("status wingtip")),
        ("a contoso pode cancelar o E3 agora?", nil, .runs("cancel contoso L1 --dry-run")),
        ("quanto custa cancelar o visio da contoso?", nil, .runs("cancel contoso L2 --dry-run")),
        ("cancele o E3 da contoso", nil, .runs("cancel contoso L1 --dry-run")),
        ("cancelar o E3 da contoso", nil, .runs("cancel contoso L1 --dry-run")),
        ("podemos cancelar o E3 da contoso em 15 de março?", nil, .runs("cancel contoso L1 --dry-run --on 2027-03-15")),
        ("posso cancelar a assinatura da fabrikam daqui a 10 dias?", nil, .runs("cancel fabrikam L1 --dry-run --on 2026-12-08")),
        ("dá para cancelar o E3 em 31/03/2027?", "contoso", .runs("cancel contoso L1 --dry-run --on 2027-03-31")),
        ("podemos cancelar?", nil, .unsure(.noCustomer)),
        ("quando vence a licença da tailspin?", nil, .runs("license list tailspin")),
        ("quando vencem as licenças da fabrikam?", nil, .runs("timeline fabrikam")),
        ("mostre a linha do tempo da contoso", nil, .runs("timeline contoso")),
        ("quais são os prazos?", nil, .runs("timeline")),
        ("quantos dias faltam para a fabrikam?", nil, .runs("license list fabrikam")),
        ("quando termina a assinatura da padaria são joão", nil, .runs("license list padaria-sao-joao")),
        ("quando vence?", "contoso", .runs("license list contoso")),
        ("quem precisa de atenção hoje?", nil, .runs("advise --all")),
        ("quais clientes são mais urgentes?", nil, .runs("advise --all")),
        ("o que é reatribuição?", nil, .runs("explain reassignment")),
        ("a fabrikam precisa de reatribuição?", nil, .runs("reassign fabrikam")),
        ("explique o MOSP", nil, .runs("explain mosp")),
        ("o que significa W-EARLY-CANCEL?", nil, .runs("explain W-EARLY-CANCEL")),
        ("como funciona o ciclo de vida?", nil, .runs("explain expiry")),
        ("como convido a contoso?", nil, .runs("invite contoso --dry-run")),
        ("como envio o convite?", nil, .runs("explain invite")),
        ("convide a fabrikam", nil, .runs("invite fabrikam --dry-run")),
        ("quais são as etapas?", nil, .runs("steps")),
        ("quais clientes temos?", nil, .runs("customer list")),
        ("o que foi feito na contoso?", nil, .runs("log contoso")),
        ("temos GDAP da contoso?", nil, .runs("gdap show contoso")),
        ("temos direitos de administrador na fabrikam?", nil, .runs("gdap show fabrikam")),
        ("preciso de ajuda", nil, .runs("help")),
        ("provisione o E3 da contoso", nil, .runs("advise contoso")),
        ("o que é provisionamento?", nil, .runs("explain provision")),
        ("o que falta para a fabrikm?", nil, .unsure(.misspelledCustomer("fabrikm", closest: [Handle("fabrikam")!]))),
        ("em que pé está a tailspn?", nil, .unsure(.misspelledCustomer("tailspn", closest: [Handle("tailspin")!]))),
        ("o que precisa ser feito na contoso?", nil, .runs("advise contoso")),
        ("o que acontece depois que a assinatura expira?", nil, .runs("explain expiry")),
        ("o que é a janela de correção?", nil, .runs("explain W-CSP-WINDOW")),
        ("quando acaba o visio da contoso?", nil, .runs("license list contoso")),
        ("qual é a próxima etapa para a blue yonder?", nil, .runs("advise blue-yonder")),
        ("a tailspin está em que fase?", nil, .runs("status tailspin")),
        ("é seguro cancelar o E1 da wingtip?", nil, .runs("cancel wingtip L1 --dry-run")),
        ("me fale sobre o contrato enterprise", nil, .runs("explain ea")),
        ("de onde vêm esses prazos?", nil, .runs("explain sources")),
        ("qual a fonte do near-end-days?", nil, .runs("explain sources")),
        ("o que aconteceu com a fabrikam?", nil, .runs("log fabrikam")),
        ("quem precisa de ação primeiro?", nil, .runs("advise --all")),
        ("como anda a toys?", nil, .unsure(.severalCustomers([Handle("tailspin")!, Handle("wingtip")!]))),
        ("bom dia, tudo bem?", nil, .unsure(.noIntent(customer: nil))),
        ("o que acontece com os usuários da contoso depois do fim?", nil, .runs("timeline contoso")),
        ("dá para renovar para o CSP a contoso?", nil, .runs("explain ea")),
        ("remova a blue yonder", nil, .runs("customer remove blue-yonder --dry-run")),
        ("o que acontece se provisionarmos a tailspin agora?", nil, .runs(#"provision tailspin "Microsoft 365 Business Standard" --seats 8 --replaces L1 --dry-run"#)),
        ("devemos desligar a renovação automática da fabrikam?", nil, .runs("explain W-AUTO-RENEW")),
        ("o que é GDAP?", "contoso", .runs("explain gdap")),
        ("provsion contoso", nil, .fails(.unknownCommand)),
    ]

    @Test("each question maps to its command, and nothing changes", arguments: table)
    func question(line: String, selected: String?, expected: Expected) throws {
        let session = try makeSession(setup: Self.portfolio + (selected.map { ["use \($0)"] } ?? []))
        let before = try SessionTests.Snapshot(session.store)
        let reply = session.execute(line)
        switch (expected, reply.items.first) {
        case (.runs(let command), .question(let answer)?):
            #expect(answer.command == command, "\(line)")
            // The answer is exactly what typing the command gives.
            let typed = try makeSession(setup: Self.portfolio + (selected.map { ["use \($0)"] } ?? []))
            #expect(TextRenderer(language: .en).render(Reply(Array(reply.items.dropFirst()))) == text(typed, command), "\(line)")
        case (.unsure(let reason), .unsure(let unsure)?):
            #expect(unsure.reason == reason, "\(line)")
            #expect((1...3).contains(unsure.suggestions.count), "\(line)")
            #expect(reply.isFailure)
            // Each suggestion is a whole command, typed as it is shown.
            for suggestion in unsure.suggestions {
                #expect(throws: Never.self, "\(line): \(suggestion)") { try session.parser.parse(suggestion) }
            }
        case (.fails(let code), .error(let error)?):
            #expect(error.code == code, "\(line)")
        default:
            Issue.record("\(line): expected \(expected), got \(TextRenderer(language: .en).render(reply))")
        }
        #expect(try SessionTests.Snapshot(session.store) == before, "a question changed the store: \(line)")
        #expect(session.language == .en)
        #expect(session.selected == selected.flatMap(Handle.init))
    }

    @Test("the table covers every intent in both languages, half of it Portuguese")
    func coverage() {
        let reader = QuestionReader()
        var intents: [Language: Set<Intent>] = [:]
        for (line, _, _) in Self.table {
            let text = QuestionText(line)
            guard let language = reader.language(of: text), let phrasing = reader.intent(in: text, hasTopic: reader.topic(in: text) != nil) else { continue }
            intents[language, default: []].insert(phrasing.intent)
        }
        #expect(Self.table.count >= 60)
        let portuguese = Self.table.filter { QuestionReader().language(of: QuestionText($0.0)) == .ptBR }.count
        #expect(portuguese * 2 >= Self.table.count, "Portuguese questions: \(portuguese) of \(Self.table.count)")
        for language in Language.allCases {
            #expect(intents[language] == Set(Intent.allCases), "\(language): missing \(Set(Intent.allCases).subtracting(intents[language] ?? []))")
        }
    }
}

@Suite("Questions in a conversation")
struct ConversationTests {
    func session(_ extra: [String] = []) throws -> Session {
        try makeSession(setup: QuestionTests.portfolio + extra)
    }

    func ran(_ reply: Reply) -> String? {
        if case .question(let answer) = reply.items.first { answer.command } else { nil }
    }

    @Test("a follow-up keeps the last question and fills in what it leaves out")
    func followUps() throws {
        let session = try session()
        #expect(ran(session.execute("can contoso cancel the E3 now?")) == "cancel contoso L1 --dry-run")
        #expect(ran(session.execute("and on March 15?")) == "cancel contoso L1 --dry-run --on 2027-03-15")
        #expect(ran(session.execute("and the visio?")) == "cancel contoso L2 --dry-run --on 2027-03-15")
        #expect(ran(session.execute("what about fabrikam?")) == "cancel fabrikam L1 --dry-run")
        #expect(ran(session.execute("e a tailspin?")) == "cancel tailspin L1 --dry-run")
        #expect(ran(session.execute("em que pé está a wingtip?")) == "status wingtip")
        #expect(ran(session.execute("e a contoso?")) == "status contoso")
        #expect(ran(session.execute("who needs attention today?")) == "advise --all")
        #expect(ran(session.execute("and what about contoso?")) == "advise contoso")
    }

    @Test("a follow-up with a misspelled customer asks who was meant, not about the last customer, in both languages", arguments: [
        ("what's next for fabrikam?", "and contosso?"),
        ("o que falta para a fabrikam?", "e a contosso?"),
    ])
    func misspelledFollowUp(question: String, followUp: String) throws {
        let session = try session()
        #expect(ran(session.execute(question)) == "advise fabrikam")
        let reply = session.execute(followUp)
        guard case .unsure(let unsure) = reply.items.first else {
            Issue.record("expected did-you-mean, got \(TextRenderer(language: .en).render(reply))")
            return
        }
        #expect(unsure.reason == .misspelledCustomer("contosso", closest: [Handle("contoso")!]))
        #expect(unsure.suggestions == ["advise contoso"])
    }

    @Test("a name two customers share is asked about, in both languages; the longer name that fits wins", arguments: [
        ("what's next for loja azul?", ["loja-a", "loja-b"]),
        ("o que falta para a loja azul?", ["loja-a", "loja-b"]),
        ("what's next for loja azul comércio?", ["loja-b"]),
        ("o que falta para a loja azul comércio?", ["loja-b"]),
    ])
    func sharedName(question: String, expected: [String]) throws {
        let session = try session([
            #"customer add loja-a --name "Loja Azul Ltda""#,
            #"customer add loja-b --name "Loja Azul Comércio""#,
        ])
        let before = try SessionTests.Snapshot(session.store)
        let reply = session.execute(question)
        let handles = expected.compactMap(Handle.init)
        if handles.count == 1, let only = handles.first {
            #expect(ran(reply) == "advise \(only)")
        } else {
            guard case .unsure(let unsure) = reply.items.first else {
                Issue.record("expected unsure, got \(TextRenderer(language: .en).render(reply))")
                return
            }
            #expect(unsure.reason == .severalCustomers(handles))
            #expect(unsure.suggestions == handles.map { "advise \($0)" })
        }
        #expect(try SessionTests.Snapshot(session.store) == before)
    }

    @Test("with nothing asked before, a bare customer is not a question")
    func noFollowUpWithoutAQuestion() throws {
        let reply = try session().execute("and contoso?")
        guard case .unsure(let unsure) = reply.items.first else {
            Issue.record("expected unsure, got \(TextRenderer(language: .en).render(reply))")
            return
        }
        #expect(unsure.reason == .noIntent(customer: Handle("contoso")))
    }

    @Test("replies stay in the session language unless lang auto")
    func languageFollowsOnlyWhenAsked() throws {
        let session = try session()
        _ = session.execute("o que falta para a fabrikam?")
        #expect(session.language == .en)
        #expect(text(session, "lang auto").contains("follows each question"))
        _ = session.execute("o que falta para a fabrikam?")
        #expect(session.language == .ptBR)
        let reply = session.execute("where does contoso stand?")
        #expect(TextRenderer(language: session.language).render(reply).contains("Original subscriptions"))
        #expect(session.language == .en)
        // A command says nothing about language: the last question's stays.
        _ = session.execute("quando vence a licença da tailspin?")
        _ = session.execute("status contoso")
        #expect(session.language == .ptBR)
        _ = session.execute("lang en")
        _ = session.execute("o que falta para a fabrikam?")
        #expect(session.language == .en)
    }

    @Test("JSON shows the command a question ran before its reply")
    func json() throws {
        let session = try session()
        let line = "when does tailspin's license end?"
        let rendered = JSONRenderer(language: .en).render(session.execute(line), command: line)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? [String: Any])
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(items.map { $0["type"] as? String } == ["question", "licenseList"])
        #expect((items.first?["data"] as? [String: Any])?["command"] as? String == "license list tailspin")
    }

    /// Every example in the help that declares it only reads, and the dry runs questions use.
    static let readOnlyLines: [String] = {
        let parser = Parser()
        let examples = CommandCatalogue.standard.specs.flatMap(\.examples).filter { line in
            guard case .command(let command)? = try? parser.parse(line) else { return false }
            return !command.changesState
        }
        return examples + ["cancel contoso L1 --dry-run", "cancel contoso L2 --dry-run --on 2026-12-10", "invite contoso --dry-run", "reassign contoso"]
    }()

    @Test("the read-only lines cover every command that only reads")
    func readOnlyCoverage() throws {
        let readers = Set(Self.readOnlyLines.compactMap { line -> String? in
            guard case .command(let command)? = try? Parser().parse(line) else { return nil }
            return type(of: command).spec.name
        })
        for name in ["help", "steps", "explain", "customer list", "customer show", "license list", "status", "advise", "log", "cancel", "invite", "reassign"] {
            #expect(readers.contains(name), "no read-only line for \(name)")
        }
    }

    @Test("a command that declares it reads succeeds and never writes", arguments: readOnlyLines)
    func readOnlyDeclarations(line: String) throws {
        let session = try session()
        guard case .command(let command) = try session.parser.parse(line) else {
            Issue.record("\(line) is not a command")
            return
        }
        #expect(!command.changesState)
        let before = try SessionTests.Snapshot(session.store)
        let reply = session.execute(line)
        // A command that failed also wrote nothing; the check must see it succeed.
        #expect(!reply.isFailure, "\(line): \(TextRenderer(language: .en).render(reply))")
        #expect(try SessionTests.Snapshot(session.store) == before, "\(line) declares it reads, but wrote")
    }
}

@Suite("Question text")
struct QuestionTextTests {
    @Test("the fast folding gives what Foundation's does", arguments: [
        "Padaria São João Ltda", "Construtora Açaí & Filhos", "Óticas Visão Clara", "Móveis Jatobá", "ÀÉÎÕÜ ñ ç ÿ",
        "Guaraní Tecnologia", "Straße", "Ελληνικά", "e\u{301}tat", "Contoso LTDA", "日本",
    ])
    func folding(text: String) {
        #expect(caseAndAccentFolded(text) == text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased())
    }

    @Test("words lose case, accents, punctuation and possessives, and keep handles, codes and dates")
    func words() {
        #expect(QuestionText.words("When does Tailspin's E3 end?") == ["when", "does", "tailspin", "e3", "end"])
        #expect(QuestionText.words("E a Padaria São João, em 15/03?") == ["e", "a", "padaria", "sao", "joao", "em", "15/03"])
        #expect(QuestionText.words("explain W-EARLY-CANCEL for blue-yonder on 2027-03-15.") == ["explain", "w-early-cancel", "for", "blue-yonder", "on", "2027-03-15"])
        #expect(QuestionText.words("what’s next -- really?!") == ["what", "next", "really"])
    }
}

@Suite("Topic words")
struct TopicWordTests {
    /// Every topic `explain` has a name for, apart from message codes (read as typed).
    static let namedTopics: Set<Topic> = [.invite, .accept, .provision, .cancellation, .expiry, .reassignment, .multiPartner, .enterpriseAgreement, .mosp, .openLicense, .retail, .otherProgram, .settings]

    @Test("each language names every topic, and each phrase reads as its own topic", arguments: Language.allCases)
    func phrases(language: Language) {
        let vocabulary = language == .en ? Vocabulary.english : Vocabulary.portuguese
        let reader = QuestionReader(lexicon: Lexicon([vocabulary]))
        for (phrase, topic) in vocabulary.topics {
            #expect(reader.topic(in: QuestionText(phrase)) == topic, "\(vocabulary.language): \(phrase)")
        }
        let named = Set(vocabulary.topics.map(\.1))
        #expect(Self.namedTopics.isSubset(of: named), "\(vocabulary.language) misses \(Self.namedTopics.subtracting(named))")
    }
}
