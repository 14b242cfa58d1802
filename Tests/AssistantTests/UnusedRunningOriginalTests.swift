@testable import Assistant
import MigrationGuide
import Testing

/// An original nobody uses (0 users recorded) needs nothing bought while it runs, nor once it
/// ends: nobody loses access. Plan, status, advice, the timeline and `cancel` say so; the move
/// completes once only such originals are left. A count not recorded is every seat, not none.
@Suite("An unused original still running")
struct UnusedRunningOriginalTests {
    /// L1: Visio Plan 2, 5 seats, `assigned` users (nil: not given), ends 2027-03-10; plan from
    /// 2027-02-24, near its end from 2027-02-08. Today 2026-11-28.
    static func session(_ language: Language, program: String = "open", assigned: Int? = 0, extra: [String] = []) throws -> Session {
        let users = assigned.map { " --assigned \($0)" } ?? ""
        return try makeSession(language: language, setup: [
            "customer add u --name U --program \(program)",
            #"license add u "Visio Plan 2" --seats 5\#(users) --expires 2027-03-10"#,
        ] + extra + ["accept u"])
    }

    static func on(_ session: Session, _ day: String) throws -> Session {
        session.today = try #require(CalendarDate(iso: day))
        return session
    }

    static func row(_ text: String, _ id: String) -> String {
        let lines = text.split(separator: "\n").map(String.init)
        guard let index = lines.firstIndex(where: { $0.hasPrefix("  \(id) ") }) else { return "" }
        return lines[index...].prefix(3).joined(separator: " ")
    }

    static func flat(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.drop { $0 == " " } }.joined(separator: " ")
    }

    static func words(_ language: Language) -> (notNeeded: String, nothing: String, nothingBuy: String, retire: String, complete: String) {
        language == .en
            ? ("not needed: no users", "no users: nothing to provision", "Nothing needs buying for L1 (Visio Plan 2)", "step 3 of 4", "step 4 of 4")
            : ("não precisa: sem usuários", "sem usuários: nada a provisionar", "Nada precisa ser comprado para L1 (Visio Plan 2)", "etapa 3 de 4", "etapa 4 de 4")
    }

    @Test("the plan says not needed and status says nothing to provision, on the plan's days, its end and after", arguments: Language.allCases)
    func planAndStatus(_ language: Language) throws {
        let w = Self.words(language)
        let session = try Self.session(language)
        for day in ["2026-11-28", "2027-02-23", "2027-02-24", "2027-03-09", "2027-03-10", "2027-04-09"] {
            _ = try Self.on(session, day)
            let plan = Self.row(text(session, "plan u"), "L1")
            #expect(plan.contains(w.notNeeded) && !plan.contains("2027-02-24"), "\(day): \(plan)")
            #expect(Self.row(text(session, "status u"), "L1").contains(w.nothing), "\(day)")
        }
    }

    @Test("with one user, or with the count not recorded (every seat), it keeps its days to provision", arguments: Language.allCases)
    func usedOrNotRecorded(_ language: Language) throws {
        for assigned in [1, nil] as [Int?] {
            let session = try Self.on(Self.session(language, assigned: assigned), "2027-02-24")
            let plan = Self.row(text(session, "plan u"), "L1")
            #expect(plan.contains("2027-02-24") && !plan.contains(Self.words(language).notNeeded), "\(plan)")
            #expect(text(session, "advise u").contains(#"provision u "Visio Plan 2" --seats "#), "\(assigned as Any)")
        }
    }

    @Test("the next step: nothing to buy, let it run to its end, and how to provision seats for new users", arguments: Language.allCases)
    func nextStep(_ language: Language) throws {
        let w = Self.words(language)
        let session = try Self.on(Self.session(language), "2027-02-24")
        let advice = Self.flat(text(session, "advise u"))
        #expect(advice.contains(w.retire) && advice.contains(w.nothingBuy) && advice.contains("`--replaces L1`"), "\(advice)")
        #expect(!advice.contains("provision u "), "no command to buy seats: \(advice)")
    }

    @Test("web direct with recurring billing not recorded: turn it off, and the command says how", arguments: Language.allCases)
    func webDirect(_ language: Language) throws {
        let session = try Self.on(Self.session(language, program: "mosp"), "2027-02-24")
        let advice = Self.flat(text(session, "advise u"))
        #expect(advice.contains(Self.words(language).nothingBuy) && advice.contains("license edit u L1 --auto-renew off"), "\(advice)")
    }

    @Test("near its end no W-COVERAGE-GAP (nobody loses access) and nothing to buy; once it ended the move is complete", arguments: Language.allCases)
    func coverageAndCompletion(_ language: Language) throws {
        let w = Self.words(language)
        let session = try Self.on(Self.session(language), "2027-03-09")
        let before = Self.flat(text(session, "advise u"))
        #expect(!before.contains("W-COVERAGE-GAP") && before.contains(w.nothingBuy), "\(before)")
        #expect(!before.contains(language == .en ? "Provision its replacement" : "Provisione a substituta"), "\(before)")
        #expect(before.contains(w.retire), "\(before)")
        let ended = Self.flat(text(try Self.on(session, "2027-03-10"), "advise u"))
        #expect(ended.contains(w.complete) && !ended.contains("W-COVERAGE-GAP"), "\(ended)")
    }

    @Test("beside an original with users, the unused one neither holds up the move nor is offered seats", arguments: Language.allCases)
    func besideUsedOriginal(_ language: Language) throws {
        let session = try Self.session(language, extra: [#"license add u "Office 365 E3" --seats 4 --expires 2027-06-10"#])
        _ = try Self.on(session, "2027-03-01")
        let advice = Self.flat(text(session, "advise u"))
        #expect(!advice.contains(#"provision u "Visio Plan 2""#), "\(advice)")
        _ = text(session, #"provision u "Office 365 E3" --seats 4 --replaces L2 --confirm"#)
        _ = try Self.on(session, "2027-06-10")
        #expect(Self.flat(text(session, "advise u")).contains(Self.words(language).complete))
    }

    @Test("beside an original with users, only that one's W-COVERAGE-GAP is raised, even when it ends later", arguments: Language.allCases)
    func gapOrder(_ language: Language) throws {
        let session = try Self.on(Self.session(language, extra: [#"license add u "Office 365 E3" --seats 4 --expires 2027-03-20"#]), "2027-02-20")
        let gaps = text(session, "advise u").split(separator: "\n").filter { $0.contains("W-COVERAGE-GAP") }
        #expect(gaps.count == 1 && gaps.first?.contains("L2") == true, "\(gaps)")
    }

    @Test("the timeline has no day to provision it by", arguments: Language.allCases)
    func timeline(_ language: Language) throws {
        let unused = Self.flat(text(try Self.on(Self.session(language), "2027-02-20"), "timeline"))
        let used = Self.flat(text(try Self.on(Self.session(language, assigned: 1), "2027-02-20"), "timeline"))
        let words = language == .en ? "provision the replacement from this day" : "provisionar a substituta a partir deste dia"
        #expect(used.contains(words), "\(used)")
        #expect(!unused.contains(words), "\(unused)")
    }

    @Test("cancelling it cuts nobody off: no W-COVERAGE-GAP, and W-EARLY-CANCEL names no users losing access", arguments: Language.allCases)
    func cancel(_ language: Language) throws {
        let session = try Self.on(Self.session(language), "2027-03-01")
        let early = Self.flat(text(session, "cancel u L1 --dry-run"))
        #expect(early.contains("W-EARLY-CANCEL") && !early.contains("W-COVERAGE-GAP"), "\(early)")
        #expect(!early.contains(language == .en ? "users would lose access" : "perderiam o acesso"), "\(early)")
        // Web direct near its end on a MOSA account: refunded, nobody cut off, nothing to confirm.
        let mosa = try Self.on(Self.session(language, program: "mosp --billing-account mosa"), "2027-03-01")
        let reply = mosa.execute("cancel u L1")
        #expect(!reply.isFailure, "\(TextRenderer(language: language).render(reply))")
        // With a user, the same cancellation still warns that access is lost.
        let used = try Self.on(Self.session(language, program: "mosp --billing-account mosa", assigned: 1), "2027-03-01")
        #expect(used.execute("cancel u L1").isFailure)
    }

    /// Web direct, recurring billing off, R$20 a seat: 5 seats × 102 days to 2027-03-10 from
    /// 2026-11-28 are worth 335.34.
    static func webDirect(_ language: Language, account: String, started: String? = nil) throws -> Session {
        let start = started.map { " --started \($0)" } ?? ""
        return try session(language, program: "mosp --currency USD --billing-account \(account)", extra: ["license edit u L1 --auto-renew off --price 20\(start)"])
    }

    @Test("MOSA: cancelling now refunds the paid time left, so the next step is to cancel it, with the amount", arguments: Language.allCases)
    func mosaCancelsNow(_ language: Language) throws {
        let advice = Self.flat(text(try Self.webDirect(language, account: "mosa"), "advise u"))
        #expect(advice.contains(language == .en ? "335.34" : "335,34"), "\(advice)")
        #expect(advice.contains(language == .en ? "prorated credit" : "crédito proporcional") && advice.contains("cancel u L1"), "\(advice)")
        #expect(!advice.contains(Self.words(language).nothingBuy), "\(advice)")
    }

    @Test("MCA: cancel it on the refund window's last day; from the day it closes, let it end", arguments: Language.allCases)
    func mcaWindowBoundary(_ language: Language) throws {
        // Started 2026-11-25: refunded when cancelled before 2026-12-02.
        let session = try Self.webDirect(language, account: "mca", started: "2026-11-25")
        let last = Self.flat(text(try Self.on(session, "2026-12-01"), "advise u"))
        #expect(last.contains("2026-12-02") && last.contains("cancel u L1") && !last.contains(Self.words(language).nothingBuy), "\(last)")
        let closed = Self.flat(text(try Self.on(session, "2026-12-02"), "advise u"))
        #expect(closed.contains(Self.words(language).nothingBuy) && !closed.contains("cancel u L1"), "\(closed)")
    }

    @Test("account not recorded: both ways are said, and recording the account is the command", arguments: Language.allCases)
    func accountUnknownSaysBoth(_ language: Language) throws {
        let advice = Self.flat(text(try Self.webDirect(language, account: "unknown"), "advise u"))
        #expect(advice.contains("MOSA") && advice.contains("MCA") && advice.contains(language == .en ? "335.34" : "335,34"), "\(advice)")
        #expect(advice.contains("customer edit u --billing-account mosa|mca"), "\(advice)")
    }
}
