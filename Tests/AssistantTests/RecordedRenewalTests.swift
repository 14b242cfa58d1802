@testable import Assistant
import MigrationGuide
import Testing

/// Near an original's end, what staff are told about recurring billing follows what is recorded:
/// on, tell them to turn it off; not recorded, ask them to check; recorded off, nothing is left to
/// turn off. Advice, early-cancellation warning, timeline and calendar alike, in both languages.
@Suite("Advice follows the recorded auto-renew")
struct RecordedRenewalTests {
    /// An MCA account past its refund window, L1 ending 2027-06-17 (near-end window from
    /// 2027-05-18), replaced by C1 bought on 2027-05-10.
    static func mca(_ language: Language, renewal: String?) throws -> Session {
        let session = try makeSession(language: language, setup: [
            "customer add mca --name Mca --program mosp --billing-account mca",
            #"license add mca "Microsoft 365 Business Premium" --seats 20 --assigned 18 --expires 2027-06-17 --started 2026-06-18 --price 22 --currency USD"#,
            "accept mca",
        ])
        session.today = try #require(CalendarDate(iso: "2027-05-10"))
        for line in [#"provision mca "Business Premium" --seats 18 --replaces L1 --confirm"#] + (renewal.map { ["license edit mca L1 --auto-renew \($0)"] } ?? []) {
            #expect(!session.execute(line).isFailure, "\(line)")
        }
        return session
    }

    static func on(_ session: Session, _ day: String) throws {
        session.today = try #require(CalendarDate(iso: day))
    }

    static let askToTurnOff: [Language: [String]] = [
        .en: ["turn off recurring billing", "Turn off recurring billing", "if it is still on"],
        .ptBR: ["desligue a cobrança recorrente", "Desligue a cobrança recorrente", "se ainda estiver ligada"],
    ]

    @Test("recorded off, the near-end advice says so and asks nothing from the window's first day to the last", arguments: Language.allCases)
    func retireRecordedOff(_ language: Language) throws {
        let session = try Self.mca(language, renewal: "off")
        try Self.on(session, "2027-05-17")
        let before = text(session, "advise mca")
        #expect(before.contains(language == .en ? "Nothing to do now: L1 is covered" : "Nada a fazer agora: L1 já tem substituta"), "\(before)")
        for day in ["2027-05-18", "2027-06-16"] {
            try Self.on(session, day)
            let advice = text(session, "advise mca")
            #expect(advice.contains(language == .en ? "and its recurring billing is recorded off: let it expire on 2027-06-17" : "e a cobrança recorrente está registrada como desligada: deixe-a expirar em 2027-06-17"), "\(day): \(advice)")
            for words in Self.askToTurnOff[language] ?? [] { #expect(!advice.contains(words), "\(day): \(advice)") }
            #expect(!advice.contains("W-AUTO-RENEW"), "\(advice)")
        }
    }

    @Test("not recorded, the near-end advice asks to check and turn it off; recorded on, it says to turn it off", arguments: Language.allCases)
    func retireNotRecordedOrOn(_ language: Language) throws {
        for renewal in [nil, "on"] {
            let session = try Self.mca(language, renewal: renewal)
            try Self.on(session, "2027-05-18")
            let advice = text(session, "advise mca")
            #expect(advice.contains(language == .en ? "Next: Turn off recurring billing on L1" : "Próximo passo: Desligue a cobrança recorrente de L1"), "\(renewal ?? "nil"): \(advice)")
            #expect(advice.contains("W-AUTO-RENEW"), "\(advice)")
            #expect(advice.contains("license edit mca L1 --auto-renew off"), "\(advice)")
        }
    }

    @Test("W-EARLY-CANCEL on the day before the window: recorded off it says to let it run, not to turn billing off", arguments: Language.allCases)
    func earlyCancel(_ language: Language) throws {
        let off = try Self.mca(language, renewal: "off")
        try Self.on(off, "2027-05-17")
        let warning = text(off, "cancel mca L1 --dry-run")
        #expect(warning.contains("W-EARLY-CANCEL"), "\(warning)")
        #expect(warning.contains(language == .en ? "Let it run instead of cancelling (recurring billing is recorded off)" : "Deixe-a correr em vez de cancelar (a cobrança recorrente está registrada como desligada)"), "\(warning)")
        #expect(warning.contains(language == .en ? "recurring billing is recorded off, so let it expire on 2027-06-17" : "a cobrança recorrente está registrada como desligada, então deixe-a expirar em 2027-06-17"), "\(warning)")
        for words in Self.askToTurnOff[language] ?? [] { #expect(!warning.contains(words), "\(warning)") }

        let unknown = try Self.mca(language, renewal: nil)
        try Self.on(unknown, "2027-05-17")
        let asked = text(unknown, "cancel mca L1 --dry-run")
        #expect(asked.contains(language == .en ? "turn off recurring billing and let it expire on 2027-06-17" : "desligue a cobrança recorrente e deixe-a expirar em 2027-06-17"), "\(asked)")
        // The window's first day: no longer early.
        try Self.on(off, "2027-05-18")
        #expect(!text(off, "cancel mca L1 --dry-run").contains("W-EARLY-CANCEL"))
    }

    @Test("the near-end day in the timeline and the calendar: recorded off, no 'make sure it is off' and no command to turn it off", arguments: Language.allCases)
    func nearEndDeadline(_ language: Language) throws {
        for renewal in ["off", nil] {
            let session = try Self.mca(language, renewal: renewal)
            let customer = try #require(try session.allCustomers().first)
            let deadline = try #require(session.guide.deadlines(for: customer, today: session.today).first { $0.kind == .nearEndOpens })
            #expect(deadline.date == CalendarDate(iso: "2027-05-18"))
            let command = ShowTimeline.command(for: deadline, handle: customer.handle).description
            let title = TimelineWords.deadline(deadline)(language)
            let detail = TimelineWords.detail(deadline, settings: session.guide.settings, stages: session.guide.settings.stages(for: customer))(language)
            if renewal == "off" {
                #expect(command == "plan mca")
                #expect(title == (language == .en ? "near its end: auto-renew is off, let it expire" : "perto do fim: renovação automática desligada, deixe expirar"))
                #expect(detail.contains(language == .en ? "its recurring billing is recorded off: let it expire" : "a cobrança recorrente está registrada como desligada: deixe-a expirar"), "\(detail)")
                #expect(!detail.contains(language == .en ? "make sure auto-renew" : "confirme que a renovação"), "\(detail)")
                #expect(!session.execute(command).isFailure)
            } else {
                #expect(command == "license edit mca L1 --auto-renew off")
                #expect(detail.contains(language == .en ? "make sure auto-renew (recurring billing) is off" : "confirme que a renovação automática (cobrança recorrente) está desligada"), "\(detail)")
            }
        }
    }

    @Test("a MOSA original recorded off: its near-end day offers the choice without asking to turn billing off", arguments: Language.allCases)
    func mosaNearEnd(_ language: Language) throws {
        let session = try makeSession(language: language, setup: [
            "customer add mosa --name Mosa --program mosp --billing-account mosa",
            #"license add mosa "Microsoft 365 Business Standard" --seats 10 --expires 2027-01-28 --auto-renew off"#,
        ])
        let customer = try #require(try session.allCustomers().first)
        let deadline = try #require(session.guide.deadlines(for: customer, today: session.today).first { $0.kind == .nearEndOpens })
        let detail = TimelineWords.detail(deadline, settings: session.guide.settings, stages: session.guide.settings.stages(for: customer))(language)
        #expect(detail.contains(language == .en ? "recurring billing is recorded off: let it expire, or cancel it" : "a cobrança recorrente está registrada como desligada: deixe-a expirar, ou cancele-a"), "\(detail)")
        #expect(!detail.contains(language == .en ? "(with auto-renew off)" : "(com a renovação automática desligada)"), "\(detail)")
        #expect(ShowTimeline.command(for: deadline, handle: customer.handle).description == "cancel mosa L1 --dry-run")
    }
}
