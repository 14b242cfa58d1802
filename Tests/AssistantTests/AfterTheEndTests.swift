import Foundation
@testable import Assistant
import MigrationGuide
import Testing

/// What the advice says once a date has passed: an original's end, a GDAP relationship's end.
/// Each rule on the days around its boundary, in both languages.
@Suite("Advice after an end date")
struct AfterTheEndTests {
    static let languages: [Language] = [.en, .ptBR]

    /// The advice on `day`, as staff read it.
    static func advice(_ session: Session, _ handle: String, on day: String, _ language: Language) -> String {
        _ = session.execute("today \(day)")
        return TextRenderer(language: language).render(session.execute("advise \(handle)"))
    }

    // MARK: - A GDAP relationship that ended

    static func gdapEnding(_ language: Language) throws -> Session {
        try makeSession(language: language, setup: [
            "customer add nw --name Northwind --program mosp",
            #"license add nw "Office 365 E3" --seats 10 --expires 2027-06-30"#,
            "accept nw --on 2026-11-01",
            "gdap request nw --on 2026-11-01",
            "gdap accept nw --on 2026-11-02 --expires 2026-12-10",
            #"provision nw "Microsoft 365 E3" --seats 10 --replaces L1 --confirm"#,
        ])
    }

    @Test("the day before a GDAP relationship ends, its rights still count; from its end day, the next action requests a new one", arguments: languages)
    func gdapEnded(language: Language) throws {
        let session = try Self.gdapEnding(language)
        let before = Self.advice(session, "nw", on: "2026-12-09", language)
        #expect(before.contains("reassign nw --done"), "\(before)")
        #expect(!before.contains("W-NO-ADMIN-RIGHTS"), "\(before)")
        for day in ["2026-12-10", "2026-12-11"] {
            let after = Self.advice(session, "nw", on: day, language)
            let next = after.split(separator: "\n").map(String.init)
            // The line under "Next:" is the command to type: a new request, never the old acceptance.
            #expect(next.contains("  gdap request nw"), "\(day): \(after)")
            #expect(!after.contains("gdap accept nw"), "\(day): \(after)")
            #expect(after.contains(language == .en ? "The GDAP relationship ended on 2026-12-10: request a new one" : "A relação GDAP terminou em 2026-12-10: solicite uma nova"), "\(day): \(after)")
        }
    }

    @Test("a pending GDAP request is still to be accepted, not requested again", arguments: languages)
    func gdapPending(language: Language) throws {
        let session = try makeSession(language: language, setup: [
            "customer add nw --name Northwind --program mosp",
            #"license add nw "Office 365 E3" --seats 10 --expires 2027-06-30"#,
            "accept nw --on 2026-11-01",
            "gdap request nw --on 2026-11-20",
            #"provision nw "Microsoft 365 E3" --seats 10 --replaces L1 --confirm"#,
        ])
        let advice = Self.advice(session, "nw", on: "2026-11-28", language)
        #expect(advice.split(separator: "\n").contains("  gdap accept nw"), "\(advice)")
    }

    // MARK: - An original that has ended with nothing replacing it

    /// An original ending on 2026-12-20 with no replacement, for `program`.
    static func ending(_ program: String, _ language: Language) throws -> Session {
        try makeSession(language: language, setup: [
            "customer add pd --name Padaria --program \(program)",
            // Recurring billing off: a web-direct original past its end expires instead of renewing.
            #"license add pd "Office 365 E3" --seats 3 --expires 2026-12-20 --auto-renew off"#,
            "accept pd",
        ])
    }

    @Test("until its end an original has a latest day; from its end, provision now, with the day its users lose access by its program", arguments: [
        // program, the day users lose access (the program's expired stage after 2026-12-20), the plan's latest day
        ("open", "2027-01-19", "2026-12-20"), ("mosp", "2027-01-19", "2027-01-18"), ("ea", "2027-03-20", "2026-12-20"),
    ])
    func endedOriginal(program: String, loseAccess: String, latest: String) throws {
        for language in Self.languages {
            let session = try Self.ending(program, language)
            let before = Self.advice(session, "pd", on: "2026-12-19", language)
            #expect(before.contains(language == .en ? "(latest \(latest))" : "(no máximo até \(latest))"), "\(before)")
            for day in ["2026-12-20", "2026-12-21"] {
                let after = Self.advice(session, "pd", on: day, language)
                let next = after.split(separator: "\n").first { $0.hasPrefix(language == .en ? "Next:" : "Próximo passo:") }.map(String.init) ?? ""
                #expect(!next.contains(language == .en ? "latest" : "no máximo até"), "\(program) \(day): \(next)")
                #expect(next.contains(language == .en ? "now to replace L1, which ended on 2026-12-20" : "agora Office 365 E3 com 3 licenças para substituir L1, que terminou em 2026-12-20"), "\(program) \(day): \(next)")
                #expect(next.contains(language == .en ? "expired stage" : "estágio expirado"), "\(program) \(day): \(next)")
                #expect(next.contains(language == .en ? "lose access on \(loseAccess)" : "perdem o acesso em \(loseAccess)"), "\(program) \(day): \(next)")
                let plan = TextRenderer(language: language).render(session.execute("plan pd"))
                let row = plan.split(separator: "\n").first { $0.contains("L1") && $0.contains("Office 365 E3") }.map(String.init) ?? ""
                #expect(row.contains(language == .en ? " now " : " agora "), "\(program) \(day): \(plan)")
                // In its expired stage the latest day is the stage's last day: users keep access through it.
                let lastDay = (CalendarDate(iso: loseAccess) ?? CalendarDate(daysSinceEpoch: 0)).adding(days: -1).description
                #expect(row.contains(lastDay), "\(program) \(day): \(plan)")
            }
        }
    }

    @Test("the last day of the expired stage still says when users lose access; the next day says they have", arguments: languages)
    func expiredThenDisabled(language: Language) throws {
        let session = try Self.ending("open", language)
        let last = Self.advice(session, "pd", on: "2027-01-18", language)
        #expect(last.contains(language == .en ? "so its users lose access on 2027-01-19" : "os usuários perdem o acesso em 2027-01-19"), "\(last)")
        let disabled = Self.advice(session, "pd", on: "2027-01-19", language)
        #expect(disabled.contains(language == .en ? "It is disabled: its users have had no access since 2027-01-19" : "Ela está desabilitada: os usuários estão sem acesso desde 2027-01-19"), "\(disabled)")
        #expect(disabled.contains("W-USERS-UNLICENSED"))
    }
}
