@testable import Assistant
import MigrationGuide
import Testing

@Suite("Provisioning an offer")
struct ProvisionOfferTests {
    static let customer = [
        #"customer add a --name A --program open"#,
        #"license add a "Office 365 E3" --seats 5 --expires 2026-12-10"#,
        "invite a", "accept a",
    ]

    @Test("a misspelled original's offer is asked about and nothing is recorded, in both languages", arguments: [
        (Language.en, #"provision a "Ofice 365 E3" --seats 5"#, "Did you mean `Office 365 E3` (L1)?"),
        (Language.en, #"provision a "Ofice 365 E3" --seats 5 --dry-run"#, "Did you mean `Office 365 E3` (L1)?"),
        (Language.en, #"provision a "Office 365 E3" --seats 5 --replaces L1 --term annual --price 20 --currency USD --on 2026-11-28 --confirm"#, ""),
        (Language.ptBR, #"provision a "Ofice 365 E3" --seats 5 --replaces L1"#, "Você quis dizer `Office 365 E3` (L1)?"),
    ])
    func misspelledOffer(language: Language, line: String, expected: String) throws {
        let session = try makeSession(language: language, setup: Self.customer)
        let before = try SessionTests.Snapshot(session.store)
        let reply = session.execute(line)
        let shown = TextRenderer(language: language).render(reply)
        if expected.isEmpty {
            #expect(!reply.isFailure, "\(shown)")
            return
        }
        guard case .error(let error) = reply.items.first else { Issue.record("no error: \(shown)"); return }
        #expect(error.code == .noMatch)
        #expect(shown.contains(expected), "\(shown)")
        #expect(try SessionTests.Snapshot(session.store) == before)
    }

    @Test("a different offer is an offer change, not a typo", arguments: ["Microsoft 365 E3", "Office 365 E5"])
    func differentOffer(offer: String) throws {
        let session = try makeSession(setup: Self.customer)
        let shown = text(session, #"provision a "\#(offer)" --seats 5 --replaces L1 --dry-run"#)
        #expect(shown.contains("W-OFFER-CHANGE"), "\(shown)")
        #expect(!shown.contains("Did you mean"), "\(shown)")
    }

    @Test("a provision refused as early shows every warning recording would raise, in both languages", arguments: Language.allCases)
    func refusalShowsEveryWarning(language: Language) throws {
        let session = try makeSession(language: language, setup: [
            #"customer add a --name A --program open"#,
            #"license add a "Office 365 E3" --seats 5 --assigned 5 --expires 2027-06-30"#,
            "invite a", "accept a",
        ])
        let before = try SessionTests.Snapshot(session.store)
        let reply = session.execute(#"provision a "Microsoft 365 E3" --seats 5 --replaces L1"#)
        let shown = TextRenderer(language: language).render(reply)
        guard case .error(let error) = reply.items.first else { Issue.record("no error: \(shown)"); return }
        #expect(error.code == .confirmRequired)
        for code in ["W-EARLY-PROVISION", "W-OFFER-CHANGE", "W-NO-ADMIN-RIGHTS"] {
            #expect(shown.contains(code), "\(code) missing: \(shown)")
        }
        #expect(try SessionTests.Snapshot(session.store) == before)
    }

    @Test("two originals of one offer offer the pooled --replaces, in both languages", arguments: [
        (Language.en, "add `--replaces L1,L2` for one subscription taking over from all of them, or `--replaces L1` to choose one"),
        (Language.ptBR, "acrescente `--replaces L1,L2` para uma só assinatura substituir todas, ou `--replaces L1` para escolher uma"),
    ])
    func pooledReplacement(language: Language, expected: String) throws {
        let session = try makeSession(language: language, setup: Self.customer + [#"license add a "Office 365 E3" --seats 3 --expires 2026-12-20"#])
        let before = try SessionTests.Snapshot(session.store)
        let reply = session.execute(#"provision a "Office 365 E3" --seats 8"#)
        let shown = TextRenderer(language: language).render(reply)
        guard case .error(let error) = reply.items.first else { Issue.record("no error: \(shown)"); return }
        #expect(error.code == .ambiguousOffer)
        #expect(shown.contains(expected), "\(shown)")
        #expect(try SessionTests.Snapshot(session.store) == before)
    }
}
