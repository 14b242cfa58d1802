import Foundation
@testable import Assistant
import MigrationGuide
import Testing

/// Advice that names each original with its own figures and its program's rules: deadlines,
/// retirement, cancellation, overrides, seats, orphans and currencies. Each in both languages.
@Suite("Advice per original")
struct PerOriginalAdviceTests {
    static let languages: [Language] = [.en, .ptBR]

    static func render(_ session: Session, _ line: String, _ language: Language) -> String {
        TextRenderer(language: language).render(session.execute(line))
    }

    // MARK: - W-NO-ADMIN-RIGHTS

    static func twoOfferChanges(_ language: Language) throws -> Session {
        try makeSession(language: language, setup: [
            "customer add n --name N --program mosp",
            // Recurring billing off: past its end it expires instead of renewing.
            #"license add n "Office 365 E3" --seats 10 --expires 2027-01-10 --auto-renew off"#,
            #"license add n "Visio Plan 2" --seats 3 --expires 2027-06-10"#,
            "accept n",
            #"provision n "Microsoft 365 E3" --seats 10 --replaces L1 --confirm"#,
            #"provision n "Visio Plan 1" --seats 3 --replaces L2 --confirm"#,
        ])
    }

    static func noAdminRightsLine(_ text: String) -> String {
        text.split(separator: "\n").first { $0.contains("W-NO-ADMIN-RIGHTS") }.map(String.init) ?? ""
    }

    @Test("W-NO-ADMIN-RIGHTS gives each original its own deadline, and the ended one's moves to the day its users lose access", arguments: languages)
    func eachOriginalItsDeadline(language: Language) throws {
        let session = try Self.twoOfferChanges(language)
        _ = session.execute("today 2027-01-09")
        let before = Self.noAdminRightsLine(Self.render(session, "advise n", language))
        let (l1, l2) = language == .en
            ? ("10 users of L1 (Office 365 E3) before 2027-01-10", "3 users of L2 (Visio Plan 2) before 2027-06-10")
            : ("10 usuários de L1 (Office 365 E3) antes de 2027-01-10", "3 usuários de L2 (Visio Plan 2) antes de 2027-06-10")
        #expect(before.contains(l1) && before.contains(l2), "\(before)")
        _ = session.execute("today 2027-01-10")
        let after = Self.noAdminRightsLine(Self.render(session, "advise n", language))
        #expect(after.contains(language == .en ? "10 users of L1 (Office 365 E3) before they lose access on 2027-02-09" : "10 usuários de L1 (Office 365 E3) antes que percam o acesso em 2027-02-09"), "\(after)")
        #expect(after.contains(l2), "\(after)")
    }

    // MARK: - steps

    @Test("step 3 of `steps` gives the rule of each program, not one rule for all", arguments: languages)
    func stepThreeByProgram(language: Language) throws {
        let steps = Self.render(try makeSession(language: language, setup: []), "steps", language)
        let expected = language == .en
            ? ["Web direct (MOSP): turn off recurring billing", "MOSA account", "MCA account within 7 days", "Open License and retail: prepaid", "Enterprise Agreement: committed per enrollment year", "renew to CSP"]
            : ["Compra direta (MOSP): desligue a cobrança recorrente", "conta MOSA", "conta MCA em até 7 dias", "Open License e varejo: pré-pagas", "Enterprise Agreement: comprometido por ano de inscrição", "renove para o CSP"]
        for words in expected { #expect(steps.contains(words), "\(words): \(steps)") }
        #expect(!steps.contains(language == .en ? "a cancelled original is never refunded" : "uma original cancelada nunca é reembolsada"), "\(steps)")
    }

    // MARK: - cancel of an Enterprise Agreement original

    @Test("an EA original cannot be cancelled before its end, with or without --confirm, and nothing is recorded", arguments: [
        ("2026-11-28", false), ("2027-05-11", false), ("2027-06-09", false), ("2027-06-10", true),
    ])
    func eaNotCancellable(day: String, ended: Bool) throws {
        for language in Self.languages {
            let session = try makeSession(language: language, setup: [
                "customer add e --name E --program ea",
                #"license add e "Office 365 E3" --seats 10 --expires 2027-06-10 --price 20 --currency USD"#,
            ])
            _ = session.execute("today \(day)")
            let before = try SessionTests.Snapshot(session.store)
            for line in ["cancel e L1", "cancel e L1 --confirm", "cancel e L1 --dry-run"] {
                let reply = session.execute(line)
                let text = TextRenderer(language: language).render(reply)
                #expect(reply.isFailure, "\(day) \(line): \(text)")
                if ended {
                    #expect(text.contains("E-ALREADY-ENDED"), "\(day) \(line): \(text)")
                } else {
                    #expect(text.contains("E-NOT-CANCELLABLE") && text.contains("`expire e L1`") && text.contains("`explain ea`"), "\(day) \(line): \(text)")
                    #expect(!text.contains("E-CONFIRM-REQUIRED") && !text.contains("`cancel e L1 --confirm`"), "\(day) \(line): \(text)")
                }
            }
            #expect(try SessionTests.Snapshot(session.store) == before)
        }
    }

    @Test("an Open License original can still be cancelled on record with --confirm: it is prepaid, not committed")
    func openStillCancellable() throws {
        let session = try makeSession(setup: [
            "customer add o --name O --program open",
            #"license add o "Office 365 E3" --seats 10 --expires 2027-06-10 --price 20 --currency USD"#,
        ])
        #expect(session.execute("cancel o L1").isFailure)
        #expect(!session.execute("cancel o L1 --confirm").isFailure)
    }

    // MARK: - provision --confirm

    static func earlyProvision(_ language: Language) throws -> Session {
        try makeSession(language: language, setup: [
            "customer add m --name M --program mosp",
            #"license add m "Office 365 E3" --seats 10 --expires 2027-02-10 --price 20 --currency USD"#,
            "accept m",
        ])
    }

    @Test("after an overridden W-EARLY-PROVISION the reply says what was accepted, not to repeat with --confirm", arguments: languages)
    func overriddenEarlyProvision(language: Language) throws {
        let session = try Self.earlyProvision(language)
        let refused = Self.render(session, #"provision m "Office 365 E3" --seats 10"#, language)
        #expect(refused.contains("E-CONFIRM-REQUIRED") && refused.contains("--confirm"), "\(refused)")
        let accepted = Self.render(session, #"provision m "Office 365 E3" --seats 10 --confirm"#, language)
        #expect(!accepted.contains(language == .en ? "repeat the command with --confirm" : "repita o comando com --confirm"), "\(accepted)")
        #expect(accepted.contains(language == .en
            ? "W-EARLY-PROVISION accepted with --confirm and kept on record: 74 days of L1 paid twice, about $486.58."
            : "W-EARLY-PROVISION aceito com --confirm e mantido no registro: 74 dias de L1 pagos em dobro, cerca de US$ 486,58."), "\(accepted)")
    }

    /// The same offer takes the ordinary lead (14 days), admin rights or not.
    @Test("W-EARLY-PROVISION: the day before the plan's first day needs --confirm; on it, none", arguments: [("2027-01-26", true), ("2027-01-27", false)])
    func earlyProvisionBoundary(day: String, early: Bool) throws {
        for language in Self.languages {
            let session = try Self.earlyProvision(language)
            _ = session.execute("today \(day)")
            let preview = Self.render(session, #"provision m "Office 365 E3" --seats 10 --dry-run"#, language)
            #expect(preview.contains("W-EARLY-PROVISION") == early, "\(day): \(preview)")
            #expect(preview.contains(language == .en ? "Recording it needs --confirm" : "Registrar exige --confirm") == early, "\(day): \(preview)")
        }
    }

    // MARK: - csp edit

    @Test("csp edit raising seats shows W-SEAT-SURPLUS as provision does; back to the users' count, none", arguments: languages)
    func cspEditSurplus(language: Language) throws {
        let session = try makeSession(language: language, setup: [
            "customer add m --name M --program mosp",
            #"license add m "Office 365 E3" --seats 10 --expires 2026-12-10 --price 20 --currency USD"#,
            "accept m",
            #"provision m "Office 365 E3" --seats 10 --price 21"#,
        ])
        let raised = Self.render(session, "csp edit m C1 --seats 30", language)
        #expect(raised.contains("W-SEAT-SURPLUS") && raised.contains(language == .en ? "20 seats more than needed" : "20 licenças além do necessário"), "\(raised)")
        #expect(raised.contains(language == .en ? "about $5,040.00" : "cerca de US$ 5.040,00"), "\(raised)")
        let provisioned = Self.render(session, #"provision m "Office 365 E3" --seats 1 --replaces L1 --price 21"#, language)
        #expect(provisioned.contains("W-SEAT-SURPLUS"), "\(provisioned)")
        let back = Self.render(session, "csp edit m C1 --seats 9", language)
        #expect(!back.contains("W-SEAT-SURPLUS"), "\(back)")
    }

    // MARK: - status and CSP subscriptions that replace nothing

    @Test("status names a CSP subscription that replaces nothing, offering a link only to an original of its offer, until it is linked", arguments: languages)
    func replacesNothing(language: Language) throws {
        let session = try makeSession(language: language, setup: [
            "customer add y --name Y --currency BRL",
            #"license add y "Office 365 E3" --seats 5 --expires 2026-12-20 --price 20"#,
            "accept y",
            #"provision y "Teams Essentials" --seats 5 --replaces none"#,
            #"provision y "Office 365 E3" --seats 5 --replaces none"#,
        ])
        let before = Self.render(session, "status y", language)
        #expect(before.contains(language == .en ? "C1 (Teams Essentials) replaces no original" : "C1 (Teams Essentials) não substitui nenhuma original"), "\(before)")
        // An original of another offer is never offered as the one it replaces.
        #expect(before.contains("`csp remove y C1`") && !before.contains("`csp edit y C1 --replaces"), "\(before)")
        #expect(before.contains("`csp edit y C2 --replaces L1`") && before.contains("`csp remove y C2`"), "\(before)")
        #expect(!session.execute("csp edit y C2 --replaces L1").isFailure)
        let linked = Self.render(session, "status y", language)
        #expect(!linked.contains("`csp remove y C2`") && linked.contains("`csp remove y C1`"), "\(linked)")
    }

    // MARK: - Currencies

    static func twoCurrencies(_ language: Language) throws -> Session {
        try makeSession(language: language, setup: [
            "customer add x --name X --program mosp --currency BRL",
            #"license add x "Office 365 E3" --seats 5 --expires 2026-12-20 --price 120"#,
            "accept x",
        ])
    }

    @Test("an original priced in another currency than the customer's is pointed out with both currencies, until corrected", arguments: languages)
    func currencyMismatch(language: Language) throws {
        let session = try Self.twoCurrencies(language)
        let added = Self.render(session, #"license add x "Visio Plan 2" --seats 2 --expires 2026-12-20 --price 15 --currency USD"#, language)
        #expect(added.contains("W-CURRENCY-MISMATCH") && added.contains("USD") && added.contains("BRL"), "\(added)")
        #expect(added.contains("`license edit x L2 --price 15 --currency BRL`"), "\(added)")
        #expect(Self.render(session, "advise x", language).contains("W-CURRENCY-MISMATCH"))
        let same = Self.render(session, #"license add x "Project Plan 3" --seats 2 --expires 2026-12-20 --price 30"#, language)
        #expect(!same.contains("W-CURRENCY-MISMATCH"), "\(same)")
        let corrected = Self.render(session, "license edit x L2 --price 75 --currency BRL", language)
        #expect(!corrected.contains("W-CURRENCY-MISMATCH"), "\(corrected)")
        #expect(!Self.render(session, "advise x", language).contains("W-CURRENCY-MISMATCH"))
    }

    @Test("amounts in two currencies are never added: each amount line names one currency", arguments: languages)
    func neverSummed(language: Language) throws {
        let session = try Self.twoCurrencies(language)
        for line in [
            #"license add x "Office 365 E3" --seats 5 --expires 2026-12-20 --price 25 --currency USD"#,
            #"provision x "Office 365 E3" --seats 10 --replaces L1,L2 --price 100 --confirm"#,
        ] { #expect(!session.execute(line).isFailure, "\(line)") }
        let advice = Self.render(session, "advise x", language)
        // One I-OVERLAP paragraph for both originals, then a line of each one's own amount.
        let lines = advice.split(separator: "\n").map(String.init)
        let start = lines.firstIndex { $0.contains("I-OVERLAP") } ?? lines.endIndex
        let overlaps = lines[min(start + 1, lines.endIndex)...].prefix { $0.hasPrefix("    - ") }
        #expect(overlaps.count == 2, "\(advice)")
        for line in overlaps {
            let brl = line.contains("R$"), usd = line.contains(language == .en ? "$" : "US$") && !line.contains("R$")
            #expect(brl != usd, "\(line)")
        }
    }

    // MARK: - Users counted once

    @Test("an original split between two new offers counts its users once, in the next step and in W-NO-ADMIN-RIGHTS", arguments: languages)
    func splitCountedOnce(language: Language) throws {
        for adminRights in [true, false] {
            let session = try makeSession(language: language, setup: [
                "customer add s --name S --program mosp --created-in-partner-center \(adminRights ? "on" : "off")",
                #"license add s "Office 365 E3" --seats 10 --expires 2026-12-20"#,
                "accept s",
                #"provision s "Microsoft 365 E3" --seats 5 --replaces L1"#,
                #"provision s "Microsoft 365 Business Premium" --seats 5 --replaces L1"#,
            ])
            let advice = Self.render(session, "advise s", language)
            let ten = language == .en ? "10 users" : "10 usuários", twenty = language == .en ? "20 users" : "20 usuários"
            let next = advice.split(separator: "\n").first { $0.hasPrefix(language == .en ? "Next:" : "Próximo passo:") }.map(String.init) ?? ""
            #expect(next.contains(ten) && !next.contains(twenty), "\(adminRights): \(advice)")
            #expect(!advice.contains(twenty), "\(adminRights): \(advice)")
        }
    }
}
