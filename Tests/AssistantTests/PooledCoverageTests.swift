@testable import Assistant
import MigrationGuide
import Testing

/// Whether an original's users still depend on it (the timeline's and the calendar's "users lose
/// access" day) is judged over its pool, as the seat shortfall is: seats of one offer serve every
/// user of the originals that share replacements (DOMAIN, "seats of one offer pool").
@Suite("Coverage over a pool of originals")
struct PooledCoverageTests {
    /// L1 (5 users) and L2 (10 users) of one offer; C1 (5 seats) takes over from both, C2 from L2.
    static func session(_ language: Language, c2Seats: Int) throws -> Session {
        try makeSession(language: language, setup: [
            "customer add p --name P --program open",
            #"license add p "Office 365 E3" --seats 5 --expires 2027-03-31"#,
            #"license add p "Office 365 E3" --seats 10 --expires 2027-06-30"#,
            "accept p",
            #"provision p "Office 365 E3" --seats 5 --replaces L1,L2 --confirm"#,
            #"provision p "Office 365 E3" --seats \#(c2Seats) --replaces L2 --confirm"#,
        ])
    }

    static func loseAccess(_ session: Session) throws -> Bool {
        let customer = try #require(try session.store.customer(Handle("p")!))
        return session.guide.deadlines(for: customer, today: session.today).contains { $0.subscription == LicenseID("L1") && $0.kind == .usersLoseAccess }
    }

    @Test("with a seat for every user of the pool, L1's users lose nothing: no such day on the timeline; one seat short, the day is back with W-SEAT-SHORTFALL", arguments: Language.allCases)
    func pooled(_ language: Language) throws {
        let lose = language == .en ? "L1 (Office 365 E3) users lose access" : "L1 (Office 365 E3) usuários perdem o acesso"
        let enough = try Self.session(language, c2Seats: 10)
        #expect(try !Self.loseAccess(enough))
        #expect(!text(enough, "advise p").contains("W-SEAT-SHORTFALL"))
        let drawn = TextRenderer(language: language, width: 120, unicode: true).render(enough.execute("timeline p --to 2027-12-31"))
        #expect(!drawn.contains(lose), "\(drawn)")

        let short = try Self.session(language, c2Seats: 9)
        #expect(try Self.loseAccess(short))
        #expect(text(short, "advise p").contains("W-SEAT-SHORTFALL"))
        let shortDrawn = TextRenderer(language: language, width: 120, unicode: true).render(short.execute("timeline p --to 2027-12-31"))
        #expect(shortDrawn.contains(lose), "\(shortDrawn)")
    }
}
