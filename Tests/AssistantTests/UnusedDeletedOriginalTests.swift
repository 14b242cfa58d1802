@testable import Assistant
import MigrationGuide
import Testing

/// An original nobody used (no user holds a license of it) needs nothing provisioned, disabled or
/// deleted: plan, status, advice and the timeline's overdue list say the same. One with users
/// still needs it, deleted or not: they are without service.
@Suite("An unused original once its data is deleted")
struct UnusedDeletedOriginalTests {
    /// L1 (Open License) ended 2026-01-10: disabled from 2026-02-09, data deleted on 2026-05-10.
    /// L2 runs to 2027-03-10.
    static func session(_ language: Language, assigned: Int, on day: String) throws -> Session {
        let session = try makeSession(language: language, setup: [
            "customer add d --name D --program open",
            #"license add d "Office 365 E3" --seats 10 --assigned \#(assigned) --expires 2026-01-10"#,
            #"license add d "Visio Plan 2" --seats 2 --expires 2027-03-10"#,
            "accept d",
        ])
        session.today = try #require(CalendarDate(iso: day))
        return session
    }

    static func row(_ text: String, _ id: String) -> String {
        text.split(separator: "\n").first { $0.hasPrefix("  \(id) ") }.map(String.init) ?? ""
    }

    @Test("disabled the day before its data is deleted, and deleted from that day, the plan says not needed and status agrees", arguments: Language.allCases)
    func planAndStatus(_ language: Language) throws {
        let (now, notNeeded, nothing) = language == .en
            ? ("now", "not needed: no users", "deleted, no users: nothing to provision")
            : ("agora", "não precisa: sem usuários", "excluída, sem usuários: nada a provisionar")
        // Nobody used it: disabled or deleted, nobody lost access, so nothing is to be bought now.
        let before = try Self.session(language, assigned: 0, on: "2026-05-09")
        let disabled = Self.row(text(before, "plan d"), "L1")
        #expect(disabled.contains(notNeeded) && !disabled.contains("  \(now)  "), "\(disabled)")

        let deleted = try Self.session(language, assigned: 0, on: "2026-05-10")
        let plan = Self.row(text(deleted, "plan d"), "L1")
        #expect(plan.contains(notNeeded) && !plan.contains("  \(now)  "), "\(plan)")
        #expect(Self.row(text(deleted, "status d"), "L1").contains(nothing), "\(text(deleted, "status d"))")
        let advice = text(deleted, "advise d")
        #expect(!advice.contains("L1"), "the advice has nothing to say about L1: \(advice)")
        let timeline = text(deleted, "timeline")
        #expect(!timeline.contains(TimelineWords.overdueHeading(language)), "\(timeline)")
    }

    @Test("with users it still needs a replacement once deleted: the plan says now and the advice warns", arguments: Language.allCases)
    func usedStillNeeded(_ language: Language) throws {
        let session = try Self.session(language, assigned: 1, on: "2026-05-10")
        #expect(Self.row(text(session, "plan d"), "L1").contains(language == .en ? "  now  " : "  agora  "), "\(text(session, "plan d"))")
        #expect(text(session, "advise d").contains("W-USERS-UNLICENSED"))
        #expect(!Self.row(text(session, "status d"), "L1").contains(language == .en ? "nothing to provision" : "nada a provisionar"))
    }

    @Test("a customer whose only original is unused and deleted has nothing to provision: its step and its next action agree", arguments: Language.allCases)
    func onlyUnusedDeleted(_ language: Language) throws {
        let session = try makeSession(language: language, setup: [
            "customer add d --name D --program open",
            #"license add d "Office 365 E3" --seats 10 --assigned 0 --expires 2026-01-10"#,
            "accept d",
        ])
        session.today = try #require(CalendarDate(iso: "2026-05-10"))
        let advice = text(session, "advise d")
        #expect(advice.contains(language == .en ? "step 4 of 4: complete" : "etapa 4 de 4: concluída"), "\(advice)")
        // The day before its data is deleted it is disabled, and nobody lost access: complete too.
        session.today = try #require(CalendarDate(iso: "2026-05-09"))
        #expect(text(session, "advise d").contains(language == .en ? "step 4 of 4: complete" : "etapa 4 de 4: concluída"))
    }
}
