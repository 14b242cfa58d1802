import Foundation
import Testing

@Suite("Without a terminal: pipes, files and -c")
struct PipedModeTests {
    @Test("piped help prints the commands with no prompt or escape codes, and exits 0")
    func pipedHelp() throws {
        let result = try Binary.run([], input: "help\n")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Commands\n"))
        #expect(!result.stdout.contains("csp>"))
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test("a script runs line by line; any failure makes the status 1")
    func scriptFailure() throws {
        let result = try Binary.run(["--db", ":memory:", "--today", "2026-11-28"], input: "customer add a --name A\nprovison a\nstatus a\n")
        #expect(result.status == 1)
        #expect(result.stdout.contains("Did you mean `provision`?"))
        #expect(result.stdout.contains("A (a)"))
    }

    @Test("--stop-on-error stops at the failing line and names it")
    func stopOnError() throws {
        let result = try Binary.run(["--stop-on-error"], input: "help quit\n\n# comment\nnope\nhelp\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("stopped at line 4"))
        #expect(!result.stdout.contains("Commands\n"))
    }

    @Test("several -c run in order, then the program exits")
    func commandsInOrder() throws {
        let result = try Binary.run(["--db", ":memory:", "-c", "customer add zoe --name \"Zoë 日本\"", "-c", "customer list", "--today", "2026-11-28"])
        #expect(result.status == 0)
        let added = try #require(result.stdout.range(of: "Added Zoë 日本 as zoe"))
        let listed = try #require(result.stdout.range(of: "zoe     Zoë 日本"))
        #expect(added.upperBound < listed.lowerBound)
    }

    @Test("a failing -c exits 1")
    func failingCommand() throws {
        #expect(try Binary.run(["-c", "cancel nobody L1"]).status == 1)
    }

    @Test("bad program flags exit 2", arguments: [["--bogus"], ["--today", "2027-02-30"], ["--lang", "fr"], ["-c"]])
    func badFlags(arguments: [String]) throws {
        let result = try Binary.run(arguments)
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
    }

    @Test("--help exits 0")
    func help() throws {
        #expect(try Binary.run(["--help"]).status == 0)
    }

    @Test("--json writes one object per command")
    func json() throws {
        let result = try Binary.run(["--db", ":memory:", "--json", "--today", "2026-11-28"], input: "customer add a --name A\n\nstatus a\nbogus\n")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        for line in lines {
            #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any])
        }
        #expect(result.status == 1)
    }

    @Test("the language follows --lang, then LANG")
    func language() throws {
        #expect(try Binary.run(["--lang", "pt-BR", "-c", "today"]).stdout.hasPrefix("A data da sessão"))
        #expect(try Binary.run(["-c", "today"], environment: ["LANG": "pt_BR.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]).stdout.hasPrefix("A data da sessão"))
        #expect(try Binary.run(["-c", "today"], environment: ["LANG": "C", "LC_ALL": "", "LC_MESSAGES": ""]).stdout.hasPrefix("Today is"))
    }

    @Test("each reply is flushed as soon as it is complete")
    func flushedPerCommand() throws {
        let process = Process()
        process.executableURL = Binary.url
        process.arguments = ["--db", ":memory:", "--today", "2026-11-28"]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        defer { process.terminate() }
        stdin.fileHandleForWriting.write(Data("today\n".utf8))
        // The pipe stays open: the reply must arrive without the program exiting.
        let first = stdout.fileHandleForReading.availableData
        #expect(String(decoding: first, as: UTF8.self) == "Today is 2026-11-28.\n")
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
