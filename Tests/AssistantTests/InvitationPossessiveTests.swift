@testable import Assistant
import MigrationGuide
import MigrationStore
import Testing

/// The invitation message is sent to customers as written: its English must be right.
@Suite("The invitation's possessive")
struct InvitationPossessiveTests {
    @Test("a name ending in s takes the apostrophe alone; any other name takes 's",
          arguments: [("Tailspin Toys", "Tailspin Toys' Microsoft subscriptions"), ("Contoso Ltda", "Contoso Ltda's Microsoft subscriptions"),
                      ("WIDE WORLD IMPORTERS", "WIDE WORLD IMPORTERS' Microsoft subscriptions")])
    func possessive(name: String, expected: String) throws {
        let session = try makeSession(setup: [#"customer add t --name "\#(name)" --program open"#])
        let reply = text(session, "invite t")
        #expect(reply.contains(expected))
        #expect(!reply.contains("s's "))
    }
}
