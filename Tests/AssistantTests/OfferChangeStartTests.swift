@testable import Assistant
import MigrationGuide
import MigrationStore
import Testing

/// While the same offer waits to be provisioned, a customer without admin rights is told from
/// when to provision if the offer changes instead (`reassignment-lead-days` before the end). Once
/// that day has passed, the answer is today, never a day already gone.
@Suite("Provisioning for another offer, from when")
struct OfferChangeStartTests {
    /// Accepted, no GDAP, one original ending on `ends`: today 2026-11-28.
    func session(endingOn ends: String, language: Language) throws -> Session {
        try makeSession(language: language, setup: [
            #"customer add acme --name "Acme" --program open"#,
            #"license add acme "Office 365 E3" --seats 10 --expires \#(ends)"#,
            "invite acme --on 2026-11-01", "accept acme --on 2026-11-02",
        ])
    }

    func meanwhile(_ session: Session) -> CalendarDate? {
        guard case .advice(let guidance)? = session.execute("advise acme").items.first,
              case .waitToProvision(_, _, _, _, let meanwhile) = guidance.nextAction else { return nil }
        for preparation in meanwhile { if case .requestGDAP(let from) = preparation { return from } }
        return nil
    }

    @Test("the day is 30 days before the end while that is still to come, and today once it has passed",
          arguments: [("2026-12-29", "2026-11-29"), ("2026-12-28", "2026-11-28"), ("2026-12-27", "2026-11-28"), ("2026-12-20", "2026-11-28")])
    func fromWhen(ends: String, from: String) throws {
        #expect(meanwhile(try session(endingOn: ends, language: .en)) == CalendarDate(iso: from))
    }

    @Test("in both languages, a day already gone is never given", arguments: [Language.en, .ptBR])
    func words(language: Language) throws {
        let reply = text(try session(endingOn: "2026-12-20", language: language), "advise acme")
        #expect(!reply.contains("2026-11-20"))
        #expect(reply.contains(language == .en ? "provision from 2026-11-28 instead" : "provisione a partir de 2026-11-28"))
    }
}
