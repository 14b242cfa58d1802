import Foundation
import StoreTestSupport
import Testing

/// `csp-migrate copy`: one person's portfolio file into the desk's team database.
@Suite("Copying a portfolio into the team store", .enabled(if: TeamDatabase.server != nil, "needs the test run's PostgreSQL server"))
struct TeamCopyTests {
    @Test("all of it once; refused into a non-empty database; --merge adds nothing twice and lists conflicts, writing nothing")
    func copy() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csp-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("mine.sqlite").path
        let made = try Binary.run(["--db", file, "--today", "2026-11-28", "--agent", "ana"],
                                  input: "import samples/portfolio.csv\ninvite contoso\nsettings near-end-days 45\n")
        #expect(made.status == 0, "\(made.stdout)\(made.stderr)")
        let team = try TeamDatabase()
        let url = try TeamTerminalTests.url(team, role: try #require(ProcessInfo.processInfo.environment["PGUSER"]))
        func counts() throws -> [[String?]] {
            try team.sql("SELECT (SELECT count(*) FROM customer), (SELECT count(*) FROM original), (SELECT count(*) FROM journal), (SELECT count(*) FROM setting)")
        }

        // The import is journaled against each of its 36 customers, then invite and settings.
        let first = try Binary.run(["copy", "--from", file, "--to", url])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("Copied 36 customers and 38 history entries from \(file) to postgresql://"), "\(first.stdout)")
        let copied = try counts()
        // Both stores answer alike, and the history keeps who wrote it.
        let onFile = try Binary.run(["--db", file, "--today", "2026-11-28", "-c", "status", "-c", "settings"])
        let onTeam = try Binary.run(["--db", url, "--today", "2026-11-28", "-c", "status", "-c", "settings"])
        #expect(onTeam.stdout == onFile.stdout)
        #expect(try team.sql("SELECT DISTINCT agent FROM journal") == [["ana"]])

        let again = try Binary.run(["copy", "--from", file, "--to", url])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already holds 36 customers and 38 history entries. Nothing was copied."), "\(again.stderr)")
        #expect(try counts() == copied)

        let merged = try Binary.run(["copy", "--from", file, "--to", url, "--merge"])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout.contains("Copied 0 customers and 0 history entries"), "\(merged.stdout)")
        #expect(merged.stdout.contains("36 customers and 38 entries were there already."), "\(merged.stdout)")
        #expect(try counts() == copied)

        // A colleague moved contoso on in the team database; the file still has it as it was.
        let changed = try Binary.run(["--db", url, "--today", "2026-11-29", "-c", "accept contoso"])
        #expect(changed.status == 0, "\(changed.stdout)\(changed.stderr)")
        let before = try counts()
        let conflict = try Binary.run(["copy", "--from", file, "--to", url, "--merge", "--lang", "pt-BR"])
        #expect(conflict.status == 1)
        #expect(conflict.stderr.contains("Nada foi copiado: estes clientes estão registrados de forma diferente no arquivo e em postgresql://"), "\(conflict.stderr)")
        #expect(conflict.stderr.contains(": contoso. Deixe cada um igual"), "\(conflict.stderr)")
        #expect(try counts() == before)
    }

    @Test("a file that does not exist, or a target that is not a team database, is refused")
    func badArguments() throws {
        let missing = try Binary.run(["copy", "--from", "/nonexistent/mine.sqlite", "--to", "postgresql://localhost/csp"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no such file"))
        let notTeam = try Binary.run(["copy", "--from", "samples/portfolio.csv", "--to", "other.sqlite"])
        #expect(notTeam.status == 2)
        #expect(notTeam.stderr.contains("--to must name a team database"))
    }
}
