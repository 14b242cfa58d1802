import Foundation
@testable import Assistant
import MigrationGuide
import Testing

/// The advice on the days its rules change: users left without service once data is deleted, what
/// cancelling returns by program and billing account, the days paid twice that come back, and the
/// lead time that only an offer change needs. Each in both languages.
@Suite("Advice on its days")
struct AdviceOnItsDaysTests {
    static let languages: [Language] = [.en, .ptBR]

    static func say(_ session: Session, _ line: String) -> String {
        TextRenderer(language: session.language).render(session.execute(line))
    }

    static func en(_ language: Language, _ english: String, _ portuguese: String) -> String {
        language == .en ? english : portuguese
    }

    // MARK: - Nothing provisioned is never "complete", even once the data is deleted

    static func eaWithoutReplacement(_ language: Language) throws -> Session {
        try makeSession(language: language, setup: [
            "customer add e --name E --program ea",
            #"license add e "Office 365 E3" --seats 100 --assigned 95 --expires 2026-12-04 --price 23 --currency USD"#,
            "invite e", "accept e",
            "customer add w --name W --program mosp",
            #"license add w "Office 365 E3" --seats 10 --expires 2027-01-20"#,
            "invite w", "accept w",
        ])
    }

    @Test("an original deleted with no replacement leaves its users without service: the most urgent state, never complete", arguments: languages)
    func deletedWithoutReplacement(language: Language) throws {
        let session = try Self.eaWithoutReplacement(language)
        // EA: 90 days expired (to 2027-03-04), 60 disabled: the data is deleted on 2027-05-03.
        _ = session.execute("today 2027-05-02")
        let before = Self.say(session, "advise e")
        #expect(before.contains("W-USERS-UNLICENSED"), "\(before)")
        #expect(before.contains(Self.en(language, "Its data is deleted on 2027-05-03 (in 1 day)", "Os dados são excluídos em 2027-05-03 (daqui a 1 dia)")), "\(before)")
        _ = session.execute("today 2027-05-03")
        let after = Self.say(session, "advise e")
        #expect(after.contains("W-USERS-UNLICENSED"), "\(after)")
        #expect(after.contains(Self.en(language, "95 users of L1 (Office 365 E3) have had no access since 2027-03-04", "95 usuários de L1 (Office 365 E3) estão sem acesso desde 2027-03-04")), "\(after)")
        #expect(after.contains(Self.en(language, "Its data was deleted on 2027-05-03", "Os dados foram excluídos em 2027-05-03")), "\(after)")
        #expect(after.contains(#"provision e "Office 365 E3" --seats 95 --replaces L1"#), "\(after)")
        #expect(!after.contains(Self.en(language, "The move is complete", "Migração concluída")), "\(after)")
        let guidance = try #require(try session.store.customer(Handle("e")!).map { session.guide.guidance(for: $0, on: session.today) })
        #expect(guidance.stage == .provision)
        #expect(guidance.nextAction != .complete)
        // In the portfolio it comes before a customer whose original merely ends soon.
        let portfolio = Self.say(session, "advise")
        let first = portfolio.split(separator: "\n").first { $0.hasPrefix("1. ") } ?? ""
        #expect(first.contains("1. e "), "\(portfolio)")
    }

    @Test("an original nobody uses stops mattering once its data is deleted", arguments: languages)
    func deletedWithoutUsers(language: Language) throws {
        let session = try makeSession(language: language, setup: [
            "customer add e --name E --program open",
            #"license add e "Office 365 E1" --seats 5 --assigned 0 --expires 2026-12-04"#,
            "invite e", "accept e",
        ])
        _ = session.execute("today 2027-04-03")
        let advice = Self.say(session, "advise e")
        #expect(!advice.contains("W-USERS-UNLICENSED"), "\(advice)")
    }

    // MARK: - MCA: after the refund window, turn recurring billing off; inside it, say the days left

    static func mca(_ language: Language, account: String = "mca", started: String = "2026-06-18", expires: String = "2027-06-17") throws -> Session {
        try makeSession(language: language, setup: [
            "customer add m --name M --program mosp --billing-account \(account)",
            #"license add m "Microsoft 365 Business Premium" --seats 20 --assigned 18 --price 22 --currency USD"# + " --started \(started) --expires \(expires)",
            "invite m", "accept m",
        ])
    }

    @Test("MCA past its refund window, near the end: turn recurring billing off and let it expire; no cancel is offered", arguments: languages)
    func mcaNearEndAfterWindow(language: Language) throws {
        let session = try Self.mca(language)
        _ = session.execute("today 2027-05-10")
        #expect(!session.execute(#"provision m "Business Premium" --seats 18 --replaces L1 --confirm"#).isFailure)
        // The near-end window opens 30 days before the end: 2027-05-18. Recurring billing is
        // recorded off, so what remains is how to retire it.
        _ = session.execute("license edit m L1 --auto-renew off")
        _ = session.execute("today 2027-05-18")
        let advice = Self.say(session, "advise m")
        #expect(advice.contains(Self.en(language, "Cancelling brings nothing back: the MCA account's refund window closed on 2026-06-25", "Cancelar não devolve nada: a janela de reembolso da conta MCA fechou em 2026-06-25")), "\(advice)")
        #expect(!advice.contains(Self.en(language, "at little cost", "com pouca perda")), "\(advice)")
        let dryRun = Self.say(session, "cancel m L1 --dry-run")
        #expect(dryRun.contains(Self.en(language, "brings nothing back", "não devolve nada")), "\(dryRun)")
        #expect(!dryRun.contains("`cancel m L1`"), "\(dryRun)")
        #expect(dryRun.contains("`expire m L1`"), "\(dryRun)")
    }

    @Test("MCA inside its refund window: the days left to move at no loss, until the day it closes", arguments: languages)
    func mcaInsideWindow(language: Language) throws {
        // Started 2026-11-25: refunded until 2026-12-02 (7 days).
        let session = try Self.mca(language, started: "2026-11-25", expires: "2027-11-24")
        let advice = Self.say(session, "advise m")
        #expect(advice.contains("I-REFUND-WINDOW"), "\(advice)")
        #expect(advice.contains(Self.en(language, "until 2026-12-02 (4 days left)", "até 2026-12-02 (faltam 4 dias)")), "\(advice)")
        _ = session.execute("today 2026-12-01")
        #expect(Self.say(session, "advise m").contains(Self.en(language, "(1 day left)", "(falta 1 dia)")))
        _ = session.execute("today 2026-12-02")
        #expect(!Self.say(session, "advise m").contains("I-REFUND-WINDOW"))
    }

    @Test("an unknown web-direct account gets both cases: the MCA window if it is MCA, and how to record it", arguments: languages)
    func unknownAccount(language: Language) throws {
        let session = try Self.mca(language, account: "unknown", started: "2026-11-25", expires: "2027-11-24")
        let advice = Self.say(session, "advise m")
        #expect(advice.contains(Self.en(language, "If the web-direct account is MCA", "Se a conta web direct for MCA")), "\(advice)")
        let near = try Self.mca(language, account: "unknown", started: "2026-06-18", expires: "2026-12-20")
        let dryRun = Self.say(near, "cancel m L1 --dry-run")
        #expect(dryRun.contains(Self.en(language, "a MOSA account gets a prorated credit; an MCA account gets nothing back", "uma conta MOSA recebe crédito proporcional; uma conta MCA não recebe nada")), "\(dryRun)")
        #expect(dryRun.contains("customer edit m --billing-account mosa|mca"), "\(dryRun)")
    }

    // MARK: - MOSA: the online cancellation limit; early provisioning is recoverable

    @Test("a MOSA subscription over the online limit says to reduce it first or contact support, from the setting", arguments: languages)
    func mosaOnlineLimit(language: Language) throws {
        let session = try makeSession(language: language, setup: [
            "customer add s --name S --program mosp --billing-account mosa",
            #"license add s "Office 365 E3" --seats 26 --assigned 20 --expires 2027-06-01"#,
            #"license add s "Visio Plan 2" --seats 25 --assigned 20 --expires 2027-06-01"#,
        ])
        let over = Self.say(session, "cancel s L1 --dry-run")
        #expect(over.contains(Self.en(language, "only with 25 licenses or fewer: reduce it to 25 first, or contact Microsoft support", "só pode ser cancelada com até 25 licenças: reduza-a para 25 antes, ou fale com o suporte da Microsoft")), "\(over)")
        #expect(!Self.say(session, "cancel s L2 --dry-run").contains(Self.en(language, "licenses or fewer", "só pode ser cancelada com até")))
        _ = session.execute("settings mosa-online-cancel-seats 10")
        #expect(Self.say(session, "cancel s L2 --dry-run").contains(Self.en(language, "only with 10 licenses or fewer", "só pode ser cancelada com até 10 licenças")))
    }

    @Test("provisioning early on MOSA says the overlap comes back by cancelling; on MCA past its window it is paid twice", arguments: languages)
    func earlyProvisionRecoverable(language: Language) throws {
        let mosa = try makeSession(language: language, setup: [
            "customer add s --name S --program mosp --billing-account mosa",
            #"license add s "Office 365 E3" --seats 30 --expires 2027-01-28 --price 12.50 --currency USD"#,
            "invite s", "accept s",
        ])
        let early = Self.say(mosa, #"provision s "Office 365 E3" --seats 30 --replaces L1"#)
        #expect(early.contains("W-EARLY-PROVISION"), "\(early)")
        #expect(early.contains(Self.en(language, "That is not lost: once the replacement covers the users, cancel L1 (`cancel s L1`)", "Isso não se perde: quando a substituta cobrir os usuários, cancele L1 (`cancel s L1`)")), "\(early)")
        #expect(!early.contains(Self.en(language, "would be paid twice", "seriam pagos em dobro")), "\(early)")
        let mca = try Self.mca(language)
        let lost = Self.say(mca, #"provision m "Business Premium" --seats 18 --replaces L1"#)
        #expect(lost.contains(Self.en(language, "would be paid twice", "seriam pagos em dobro")), "\(lost)")
    }

    // MARK: - Lead time: only an offer change needs the longer one

    @Test("a same-offer move without admin rights takes the ordinary lead; another offer the longer one", arguments: languages)
    func leadOnlyForOfferChange(language: Language) throws {
        let session = try makeSession(language: language, setup: [
            "customer add s --name S --program mosp --billing-account mosa",
            #"license add s "Office 365 E3" --seats 30 --expires 2027-01-28"#,
            "invite s", "accept s",
        ])
        // 14 days before 2027-01-28; an offer change would need 30 (from 2026-12-29).
        let advice = Self.say(session, "advise s")
        #expect(advice.contains(Self.en(language, "from 2027-01-14 (latest 2027-02-26)", "a partir de 2027-01-14 (no máximo até 2027-02-26)")), "\(advice)")
        #expect(advice.contains(Self.en(language, "provision from 2026-12-29 instead", "provisione a partir de 2026-12-29")), "\(advice)")
        let sameOffer = #"provision s "Office 365 E3" --seats 30 --replaces L1 --dry-run"#
        let otherOffer = #"provision s "Microsoft 365 E3" --seats 30 --replaces L1 --dry-run"#
        _ = session.execute("today 2026-12-28")
        #expect(Self.say(session, otherOffer).contains("W-EARLY-PROVISION"))
        _ = session.execute("today 2026-12-29")
        #expect(!Self.say(session, otherOffer).contains("W-EARLY-PROVISION"))
        #expect(Self.say(session, sameOffer).contains("W-EARLY-PROVISION"))
        _ = session.execute("today 2027-01-13")
        #expect(Self.say(session, sameOffer).contains("W-EARLY-PROVISION"))
        _ = session.execute("today 2027-01-14")
        #expect(!Self.say(session, #"provision s "Office 365 E3" --seats 30 --replaces L1 --dry-run"#).contains("W-EARLY-PROVISION"))
    }

    // MARK: - Open License and retail: the dry run offers no cancel

    @Test("a retail or Open dry run near the end points to letting it run, never to a cancel", arguments: languages)
    func retailDryRun(language: Language) throws {
        for program in ["retail", "open"] {
            let session = try makeSession(language: language, setup: [
                "customer add r --name R --program \(program)",
                #"license add r "Business Standard" --seats 5 --expires 2027-01-28"#,
                "invite r", "accept r", "today 2027-01-20",
                #"provision r "Business Standard" --seats 5 --replaces L1"#,
            ])
            let dryRun = Self.say(session, "cancel r L1 --dry-run")
            #expect(dryRun.contains(Self.en(language, "brings nothing back", "não devolve nada")), "\(dryRun)")
            #expect(!dryRun.contains("`cancel r L1`"), "\(dryRun)")
            #expect(dryRun.contains("`expire r L1`"), "\(dryRun)")
        }
    }

    // MARK: - Ranked and dated by the plan's latest day; Volume Licensing grace as a safety net

    @Test("the portfolio ranks by the plan's latest day: an EA ending in 22 days before web direct whose latest day is 35 days away", arguments: languages)
    func rankByLatestDay(language: Language) throws {
        let session = try makeSession(language: language, setup: [
            "customer add e --name E --program ea",
            #"license add e "Office 365 E3" --seats 10 --expires 2026-12-20"#,
            "invite e", "accept e",
            "customer add w --name W --program mosp",
            #"license add w "Office 365 E3" --seats 10 --expires 2026-12-04"#,
            "invite w", "accept w",
        ])
        let portfolio = Self.say(session, "advise")
        let first = portfolio.split(separator: "\n").first { $0.hasPrefix("1. ") } ?? ""
        #expect(first.contains("1. e "), "\(portfolio)")
        let advice = Self.say(session, "advise e")
        #expect(advice.contains(Self.en(language, "may lose access on 2026-12-20", "podem perder o acesso em 2026-12-20")), "\(advice)")
        #expect(advice.contains(Self.en(language, "not every Volume Licensing subscription has it", "nem toda assinatura de Licenciamento por Volume tem essa carência")), "\(advice)")
        #expect(!advice.contains(Self.en(language, "keep access through the expired stage", "mantêm o acesso durante o estágio expirado")), "\(advice)")
    }

    @Test("an original in its expired stage has a latest day, its last day of access, and 'until' is never ambiguous", arguments: languages)
    func latestDayOfExpiredStage(language: Language) throws {
        // Open: 30 days expired after 2026-11-20, so users lose access on 2026-12-20.
        let session = try makeSession(language: language, setup: [
            "customer add o --name O --program open",
            #"license add o "Office 365 E1" --seats 15 --expires 2026-11-20"#,
            "invite o", "accept o",
        ])
        let plan = Self.say(session, "plan o")
        let row = plan.split(separator: "\n").first { $0.contains("L1") } ?? ""
        #expect(row.contains("2026-12-19"), "\(plan)")
        let advice = Self.say(session, "advise o")
        #expect(advice.contains(Self.en(language, "lose it on 2026-12-20", "o perdem em 2026-12-20")), "\(advice)")
        #expect(!advice.contains(Self.en(language, "until 2026-12-20", "até 2026-12-20")), "\(advice)")
        _ = session.execute("today 2026-12-19")
        #expect((Self.say(session, "plan o").split(separator: "\n").first { $0.contains("L1") } ?? "").contains("2026-12-19"))
        _ = session.execute("today 2026-12-20")
        #expect(!(Self.say(session, "plan o").split(separator: "\n").first { $0.contains("L1") } ?? "").contains("2026-12-19"))
    }

    // MARK: - A shortfall is fixed on the subscription already there

    @Test("a seat shortfall adds seats to the existing CSP subscription, with their own window, never a new subscription", arguments: languages)
    func shortfallAddsSeats(language: Language) throws {
        let session = try makeSession(language: language, setup: [
            "customer add s --name S --program mosp --billing-account mosa",
            #"license add s "Office 365 E3" --seats 30 --expires 2026-12-05"#,
            "invite s", "accept s",
            #"provision s "Office 365 E3" --seats 28 --replaces L1"#,
        ])
        let advice = Self.say(session, "advise s")
        #expect(advice.contains("W-SEAT-SHORTFALL"), "\(advice)")
        #expect(advice.contains("csp edit s C1 --seats 30"), "\(advice)")
        #expect(advice.contains(Self.en(language, "Add 2 seats to C1", "Acrescente 2 licenças a C1")), "\(advice)")
        #expect(advice.contains(Self.en(language, "within 7 days of being added", "até 7 dias depois de acrescentadas")), "\(advice)")
        #expect(!advice.contains("provision s"), "\(advice)")
    }

    // MARK: - Our choices and partner practice are labelled, Microsoft's rules are not called practice

    @Test("explanations label our choices, partner practice and our inferences as such", arguments: languages)
    func labels(language: Language) throws {
        let session = try makeSession(language: language, setup: [
            "customer add r --name R --program retail",
            #"license add r "Business Standard" --seats 5 --expires 2027-06-28 --price 10 --currency USD"#,
        ])
        #expect(Self.say(session, "steps").contains(Self.en(language, "(near-end-days, our choice, not a Microsoft rule)", "(near-end-days, escolha nossa, não uma regra da Microsoft)")))
        let cancellation = Self.say(session, "explain cancellation")
        #expect(cancellation.contains(Self.en(language, "Web direct (MOSP), Microsoft's rules", "Compra direta (MOSP), regras da Microsoft")), "\(cancellation)")
        #expect(cancellation.contains(Self.en(language, "Open License and retail (partner practice, not a Microsoft rule)", "Open License e varejo (prática de parceiros, não uma regra da Microsoft)")), "\(cancellation)")
        #expect(Self.say(session, "explain gdap").contains(Self.en(language, "our inference from the rules above", "inferência nossa a partir das regras acima")))
        #expect(Self.say(session, "cancel r L1 --dry-run").contains(Self.en(language, "is not refunded (partner practice, not a Microsoft rule)", "não é reembolsada (prática de parceiros, não regra da Microsoft)")))
    }

    // MARK: - Auto-renew not recorded counts as on for web direct

    @Test("web direct with auto-renew not recorded gets W-AUTO-RENEW near the end, with the command to record it, until recorded off", arguments: languages)
    func autoRenewNotRecorded(language: Language) throws {
        let session = try Self.mca(language)
        _ = session.execute("today 2027-05-17")
        #expect(!Self.say(session, "advise m").contains("W-AUTO-RENEW"))
        // 30 days before 2027-06-17: the near-end window opens.
        _ = session.execute("today 2027-05-18")
        let advice = Self.say(session, "advise m")
        #expect(advice.contains("W-AUTO-RENEW"), "\(advice)")
        #expect(advice.contains(Self.en(language, "Microsoft turns recurring billing on by default", "a Microsoft liga a cobrança recorrente por padrão")), "\(advice)")
        #expect(advice.contains("license edit m L1 --auto-renew off"), "\(advice)")
        _ = session.execute("license edit m L1 --auto-renew off")
        #expect(!Self.say(session, "advise m").contains("W-AUTO-RENEW"))
        // Programs without recurring billing never get it.
        let ea = try makeSession(language: language, setup: [
            "customer add e --name E --program ea", #"license add e "Office 365 E3" --seats 10 --expires 2026-12-20"#,
        ])
        #expect(!Self.say(ea, "advise e").contains("W-AUTO-RENEW"))
    }
}
