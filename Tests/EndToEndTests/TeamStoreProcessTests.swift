import Foundation
import StoreTestSupport
import Testing

/// The team store as staff and their scripts run it: separate processes, real flags.
@Suite("The team store from the command line", .enabled(if: TeamDatabase.server != nil, "needs the test run's PostgreSQL server"))
struct TeamStoreProcessTests {
    /// Reads what the process wrote until `marker` shows (or its output ends).
    static func read(_ shell: Binary.Running, until marker: String) -> String {
        var output = ""
        while !output.contains(marker) {
            let chunk = shell.output.availableData
            if chunk.isEmpty { break }
            output += String(decoding: chunk, as: UTF8.self)
        }
        return output
    }

    @Test("a piped run prints nothing of colleagues' changes, yet sees them")
    func pipedRunStaysQuiet() throws {
        let team = try TeamDatabase()
        let url = try TeamTerminalTests.url(team, role: try #require(ProcessInfo.processInfo.environment["PGUSER"]))
        let shell = try Binary.start(["--db", url, "--today", "2026-11-28"])
        shell.input.write(Data("customer list\n".utf8))
        #expect(Self.read(shell, until: "No customers yet").contains("No customers yet"))
        let colleague = try Binary.run(["--db", url, "-c", "customer add contoso --name Contoso"])
        #expect(colleague.status == 0)
        // The announcement is only for a person at a terminal; the portfolio is fresh all the same.
        Thread.sleep(forTimeInterval: 0.2)
        shell.input.write(Data("customer list\n".utf8))
        try shell.input.close()
        let rest = String(decoding: shell.output.readDataToEndOfFile(), as: UTF8.self)
        shell.process.waitUntilExit()
        #expect(rest.contains("contoso"))
        #expect(!rest.contains("recorded `"))
    }

    @Test("a password in the connection string: accepted with a warning pointing at ~/.pgpass, and blotted out of the arguments ps shows")
    func passwordHidden() throws {
        let team = try TeamDatabase()
        let environment = ProcessInfo.processInfo.environment
        let host = try #require(environment["PGHOST"]).replacingOccurrences(of: "/", with: "%2F")
        // The test server trusts its socket, so the password is accepted and never checked.
        let url = "postgresql://\(try #require(environment["PGUSER"])):hunter2@\(host):\(try #require(environment["PGPORT"]))/postgres?options=-csearch_path%3D\(team.schema)"
        let shell = try Binary.start(["--db", url, "--today", "2026-11-28"])
        shell.input.write(Data("today\n".utf8))
        _ = Self.read(shell, until: "Today is")
        let arguments = try String(contentsOfFile: "/proc/\(shell.process.processIdentifier)/cmdline", encoding: .utf8)
        try shell.input.close()
        shell.process.waitUntilExit()
        #expect(!arguments.contains("hunter2"))
        #expect(arguments.contains(":xxxxxxx@"))

        let warned = try Binary.run(["--db", url, "-c", "status"])
        #expect(warned.status == 0)
        #expect(warned.stderr.contains("the connection string holds a password") && warned.stderr.contains("~/.pgpass"))
        #expect(!warned.stdout.contains("hunter2") && !warned.stderr.contains("hunter2"))
        let refused = try Binary.run(["--db", url.replacingOccurrences(of: "%2F", with: "%2Fnowhere%2F"), "-c", "status"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("E-STORAGE") && !refused.stderr.contains("hunter2"), "\(refused.stderr)")
    }

    @Test("CSP_MIGRATE_DB selects the team store; the journal names the role, and --agent is refused there in both languages, recording nothing")
    func agentIsTheRole() throws {
        let team = try TeamDatabase()
        let role = try #require(ProcessInfo.processInfo.environment["PGUSER"])
        // Wide enough for each journal entry on one line (a pipe is 80 columns otherwise).
        let environment = ["CSP_MIGRATE_DB": team.conninfo, "COLUMNS": "200"]
        let added = try Binary.run(["--today", "2026-11-28", "-c", "customer add contoso --name Contoso", "-c", "log"], environment: environment)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("  \(role)  contoso  customer add contoso --name Contoso"), "\(added.stdout)")
        let refused = try Binary.run(["--agent", "bruno", "-c", "customer add fabrikam --name Fabrikam"], environment: environment)
        // A program flag that does not fit the store: usage (2), as for any bad flag.
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--agent cannot be used with a team database: the history names the database role of each change (here \(role))"), "\(refused.stderr)")
        let recusado = try Binary.run(["--agent", "bruno", "--lang", "pt-BR", "-c", "status"], environment: environment)
        #expect(recusado.status == 2)
        #expect(recusado.stderr.contains("--agent não pode ser usado com um banco de dados da equipe"), "\(recusado.stderr)")
        #expect(try team.sql("SELECT handle FROM customer") == [["contoso"]])
        #expect(try team.sql("SELECT agent FROM journal") == [[role]])
    }

    @Test("sslmode is honoured: require against a server without TLS is refused, naming the server")
    func sslModeHonoured() throws {
        let team = try TeamDatabase()
        // Over TCP: libpq never uses TLS on a Unix socket, whatever sslmode says.
        let plain = try Binary.run(["--db", team.conninfo + " host=127.0.0.1 sslmode=disable", "-c", "status"])
        #expect(plain.status == 0, "\(plain.stderr)")
        let result = try Binary.run(["--db", team.conninfo + " host=127.0.0.1 sslmode=require", "-c", "status"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("E-STORAGE: The team database postgresql://") && result.stderr.contains("SSL"), "\(result.stderr)")
    }

    @Test("the team store's library is loaded only when a team store is opened")
    func libpqLoadedOnlyWhenUsed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csp-ld-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let onFile = try Binary.run(["--db", folder.appendingPathComponent("s.sqlite").path, "-c", "status"], environment: ["LD_DEBUG": "libs"])
        #expect(onFile.status == 0)
        #expect(!onFile.stderr.contains("libpq"))
        let team = try TeamDatabase()
        let onTeam = try Binary.run(["--db", team.conninfo, "-c", "status"], environment: ["LD_DEBUG": "libs"])
        #expect(onTeam.status == 0)
        #expect(onTeam.stderr.contains("libpq.so.5"))
    }
}
