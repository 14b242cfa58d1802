import Foundation
import StoreTestSupport
import Testing

/// Two agents' shells on one team store, each in its own terminal, as a desk works.
@Suite("Two agents at their terminals", .serialized, .enabled(if: TeamDatabase.server != nil, "needs the test run's PostgreSQL server"))
struct TeamTerminalTests {
    /// A URL for `role` on the test server's schema, without spaces, for a shell command line.
    static func url(_ team: TeamDatabase, role: String) throws -> String {
        let environment = ProcessInfo.processInfo.environment
        let host = try #require(environment["PGHOST"]), port = try #require(environment["PGPORT"])
        let database = environment["PGDATABASE"] ?? "postgres"
        let socketFolder = host.replacingOccurrences(of: "/", with: "%2F")
        return "postgresql://\(role)@\(socketFolder):\(port)/\(database)?options=-csearch_path%3D\(team.schema)"
    }

    @Test("a change in one shell is announced in the other before its next prompt, in its own language, and its portfolio is fresh")
    func colleaguesHeard() throws {
        let team = try TeamDatabase(owner: "desk")
        // The tables belong to the desk's role; ana and bruno work through its privileges.
        try team.sql("DO $$ BEGIN CREATE ROLE ana LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
        try team.sql("DO $$ BEGIN CREATE ROLE bruno LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
        try team.sql("GRANT desk TO ana, bruno")
        let owner = try Binary.run(["--db", try Self.url(team, role: "desk"), "-c", "status"])
        #expect(owner.status == 0, "\(owner.stderr)")

        let ana = try TerminalSession(arguments: "--today 2026-11-28 --no-history --db '\(try Self.url(team, role: "ana"))'")
        let bruno = try TerminalSession(arguments: "--today 2026-11-28 --no-history --lang pt-BR --db '\(try Self.url(team, role: "bruno"))'")

        try ana.type(#"customer add contoso --name "Contoso Ltda" --program open"#)
        try ana.press("Enter")
        try ana.waitFor("the customer added") { $0.contains("Added Contoso Ltda") }
        try bruno.press("Enter")
        try bruno.waitFor("ana's change announced in Portuguese") { $0.contains(#"ana registrou `customer add contoso --name "Contoso Ltda" --program open`"#) }

        try bruno.type("invite contoso")
        try bruno.press("Enter")
        try bruno.waitFor("the invitation recorded") { $0.contains("Convite registrado") || $0.contains("convite") }
        try ana.press("Enter")
        try ana.waitFor("bruno's change announced in English") { $0.contains("bruno recorded `invite contoso`") }
        // Announced once only.
        try ana.press("Enter")
        try ana.waitFor("a new prompt") { screen in screen.split(separator: "\n").filter { $0.hasPrefix("csp>") }.count >= 3 }
        #expect(try ana.screen().components(separatedBy: "bruno recorded").count == 2)
        // The portfolio ana's shell keeps was read afresh: contoso is now waiting for acceptance.
        try ana.type("status contoso")
        try ana.press("Enter")
        try ana.waitFor("the fresh stage") { $0.contains("accept") || $0.contains("Invited") || $0.contains("invitation") }
        #expect(try !ana.screen().contains("registrou"))
        #expect(try !bruno.screen().contains("ana registrou `invite"))
    }
}
