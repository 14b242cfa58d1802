import Foundation
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

    /// L1 (unused, data deleted by today) was live on 2026-01-05, when the CSP subscription was bought.
    @Test("a CSP subscription bought while its unused original was live is paired with it, judged on the purchase date")
    func judgedOnPurchaseDate() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csp-\(UUID().uuidString)-bought.csv").path
        try "Subscription ID,Subscription,Quantity,Status,Start date\n3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f,Office 365 E3,10,Active,2026-01-05\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let session = try makeSession(setup: Self.contoso(l1Assigned: 0, live: false))
        let lines = try #require(summary(session.execute("import partner-center subscriptions contoso \(path)"))).lines
        #expect(lines[0].changes == [FieldChange(field: .replaces, from: "", to: "L1")], "\(lines[0])")
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

    @Test("status does not guess when several originals await a CSP subscription of their offer: it names each with its command, and the pool", arguments: Language.allCases)
    func statusAmbiguous(_ language: Language) throws {
        let session = try makeSession(language: language, setup: [
            "customer add y --name Y --program mosp",
            #"license add y "Office 365 E3" --seats 5 --expires 2026-12-20"#,
            #"license add y "Office 365 E3" --seats 8 --expires 2027-03-31"#,
            "accept y",
            #"provision y "Office 365 E3" --seats 5 --replaces none"#,
        ])
        let status = text(session, "status y")
        let expected = language == .en
            ? "If it takes over from one, it could be any of 2 originals of its offer, so link the right one: L1 (ends 2026-12-20): `csp edit y C1 --replaces L1`; L2 (ends 2027-03-31): `csp edit y C1 --replaces L2`; or, for all of them, `csp edit y C1 --replaces \"L1,L2\"`."
            : "Se ela substitui alguma, pode ser qualquer uma de 2 originais da mesma oferta, então ligue a certa: L1 (termina em 2026-12-20): `csp edit y C1 --replaces L1`; L2 (termina em 2027-03-31): `csp edit y C1 --replaces L2`; ou, para todas elas, `csp edit y C1 --replaces \"L1,L2\"`."
        #expect(status.contains(expected), "\(status)")
        #expect(!status.contains(language == .en ? "If it takes over from one, link it" : "Se ela substitui uma, ligue as duas"), "\(status)")
        // Each command offered runs as shown.
        for command in ["csp edit y C1 --replaces L2", #"csp edit y C1 --replaces "L1,L2""#] {
            let copy = try makeSession(language: language, setup: [
                "customer add y --name Y --program mosp",
                #"license add y "Office 365 E3" --seats 5 --expires 2026-12-20"#,
                #"license add y "Office 365 E3" --seats 8 --expires 2027-03-31"#,
                "accept y",
                #"provision y "Office 365 E3" --seats 5 --replaces none"#,
            ])
            #expect(!copy.execute(command).isFailure, "\(command)")
        }
        // Once one is replaced, the other is the only candidate: one link, no guess needed.
        _ = session.execute("csp edit y C1 --replaces L1")
        _ = session.execute(#"provision y "Office 365 E3" --seats 8 --replaces none --confirm"#)
        let after = text(session, "status y")
        #expect(after.contains("`csp edit y C2 --replaces L2`") && !after.contains("L1,L2"), "\(after)")
    }

    @Test("provision finds the original from the offer by the same rule: the unused one is left out from the day its data is deleted", arguments: [("2026-05-30", false), ("2026-05-31", true)])
    func provisionMatches(day: String, deleted: Bool) throws {
        // L1 (Open License, unused) ended 2026-01-31: its data is deleted on 2026-05-31.
        let session = try makeSession(setup: [
            "customer add c --name C --program open",
            #"license add c "Office 365 E3" --seats 5 --assigned 0 --expires 2026-01-31"#,
            #"license add c "Office 365 E3" --seats 5 --expires 2027-01-31"#,
        ])
        session.today = try #require(CalendarDate(iso: day))
        #expect(!session.execute("accept c").isFailure)
        let reply = session.execute(#"provision c "Office 365 E3" --seats 5 --confirm"#)
        if deleted {
            #expect(!reply.isFailure, "\(TextRenderer(language: .en).render(reply))")
            #expect(try session.store.customer(Handle("c")!)?.cspSubscriptions.first?.replaces == [LicenseID("L2")!])
        } else {
            // Still disabled, its data kept: either may be meant, so the choice is asked for.
            #expect(reply.isFailure)
            #expect(TextRenderer(language: .en).render(reply).contains("`--replaces L1`"), "\(TextRenderer(language: .en).render(reply))")
        }
    }

    @Test("provision of the offer of an unused, deleted original alone records a new service, not a replacement of it")
    func provisionNewService() throws {
        let session = try makeSession(setup: [
            "customer add d --name D --program open",
            #"license add d "Office 365 E3" --seats 5 --assigned 0 --expires 2026-01-31"#,
            "accept d",
        ])
        #expect(!session.execute(#"provision d "Office 365 E3" --seats 5"#).isFailure)
        #expect(try session.store.customer(Handle("d")!)?.cspSubscriptions.first?.replaces == [])
    }
}

@Suite("An unused original near its end")
struct UnusedLiveOriginalTests {
    @Test("no W-COVERAGE-GAP when there are no users: the next step says nobody loses access, in both languages", arguments: Language.allCases)
    func noUsersNoLoss(_ language: Language) throws {
        let session = try makeSession(language: language, setup: [
            "customer add u --name U --program mosp",
            #"license add u "Office 365 E3" --seats 5 --assigned 0 --expires 2026-12-10"#,
            "accept u",
        ])
        let advice = text(session, "advise u")
        #expect(!advice.contains("W-COVERAGE-GAP"), "\(advice)")
        #expect(advice.contains(language == .en ? "nobody loses access" : "ninguém perde o acesso"), "\(advice)")
        #expect(!advice.contains(language == .en ? "its 0 users" : "seus 0 usuários"), "\(advice)")
    }
}
