@testable import Assistant
import MigrationGuide
import Testing

/// Which originals a CSP subscription that replaces nothing may take over from: one rule, the
/// guide's, for the import's pairing and for what `status` offers to link.
@Suite("Originals awaiting a replacement")
struct AwaitingReplacementTests {
    /// Open License, on 2026-11-28: L1 ended 2026-01-10 and its data was deleted on 2026-05-10.
    static func contoso(l1Assigned: Int, live: Bool) -> [String] {
        ["customer add contoso --name Contoso --program open",
         #"license add contoso "Office 365 E3" --seats 10 --assigned \#(l1Assigned) --expires 2026-01-10"#]
            + (live ? [#"license add contoso "Office 365 E3" --seats 50 --expires 2027-03-31"#] : [])
    }

    static let partnerCenter = "import partner-center subscriptions contoso \(sample("subscriptions-contoso.csv"))"

    @Test("the import pairs a CSP subscription with the live original, not with an unused one whose data is deleted")
    func importSkipsUnusedDeleted() throws {
        let session = try makeSession(setup: Self.contoso(l1Assigned: 0, live: true))
        let lines = try #require(summary(session.execute(Self.partnerCenter))).lines
        #expect(lines[0].changes == [FieldChange(field: .replaces, from: "", to: "L2")], "\(lines[0])")
    }

    @Test("an unused original whose data is deleted is no candidate: the import records a new service")
    func importNewService() throws {
        let session = try makeSession(setup: Self.contoso(l1Assigned: 0, live: false))
        let lines = try #require(summary(session.execute(Self.partnerCenter))).lines
        #expect(lines[0].changes.isEmpty, "\(lines[0])")
        #expect(lines[0].notes.contains(.unpaired(candidates: [], link: nil)), "\(lines[0])")
        #expect(try session.store.customer(Handle("contoso")!)?.cspSubscriptions.first?.replaces == [])
    }

    @Test("a deleted original whose users are still without a license is the one it takes over from, in the import and in status", arguments: Language.allCases)
    func deletedWithUsers(_ language: Language) throws {
        let session = try makeSession(language: language, setup: Self.contoso(l1Assigned: 3, live: false))
        let lines = try #require(summary(session.execute(Self.partnerCenter))).lines
        #expect(lines[0].changes == [FieldChange(field: .replaces, from: "", to: "L1")], "\(lines[0])")
        // Recorded by hand instead: status offers the same link.
        let manual = try makeSession(language: language, setup: Self.contoso(l1Assigned: 3, live: false) + ["accept contoso", #"provision contoso "Office 365 E3" --seats 3 --replaces none"#])
        #expect(text(manual, "status contoso").contains("`csp edit contoso C1 --replaces L1`"), "\(text(manual, "status contoso"))")
    }
}
