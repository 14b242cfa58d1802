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

    @Test("a piped line that is not UTF-8 is reported with its number and not run; the rest runs")
    func invalidUTF8() throws {
        let shell = try Binary.start(["--db", ":memory:", "--today", "2026-11-28"])
        shell.input.write(Data("today\r\ncustomer add x --name \"".utf8) + Data([0xC3, 0x28]) + Data("\"\ntoday 2026-12-01\n".utf8))
        try shell.input.close()
        let text = String(decoding: shell.output.readDataToEndOfFile(), as: UTF8.self)
        shell.process.waitUntilExit()
        #expect(shell.process.terminationStatus == 1)
        // Piped, replies fit 80 columns.
        #expect(text == "Today is 2026-11-28.\nerror E-SYNTAX: Line 2 is not valid UTF-8 text, so it was not run. Save the file\nas UTF-8.\nToday is now 2026-12-01.\n")
    }

    @Test("a 1 MiB line is a clear error, records nothing, and the next line still runs")
    func longLine() throws {
        let result = try Binary.run(["--db", ":memory:", "--today", "2026-11-28"], input: "customer add big --name \"" + String(repeating: "x", count: 1 << 20) + "\"\ncustomer list\ntoday\n")
        #expect(result.status == 1)
        #expect(result.stdout == "error E-BAD-VALUE: --name is longer than 200 characters; check what was pasted.\nNo customers yet. Add one with `customer add HANDLE --name NAME`.\nToday is 2026-11-28.\n")
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

    @Test("an explicit --db in a folder that does not exist is refused, and nothing is created")
    func missingFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csp-missing-\(UUID().uuidString)")
        let result = try Binary.run(["--db", folder.appendingPathComponent("sub/x.sqlite").path, "-c", "status"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("does not exist"))
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test("a default folder that cannot be created is named, in one sentence with the system's words")
    func defaultFolderCannotBeCreated() throws {
        let blocker = FileManager.default.temporaryDirectory.appendingPathComponent("csp-blocker-\(UUID().uuidString)")
        try Data("a file where a folder should be".utf8).write(to: blocker)
        defer { try? FileManager.default.removeItem(at: blocker) }
        let result = try Binary.run(["-c", "status"], environment: ["XDG_DATA_HOME": blocker.path, "LANG": "C.UTF-8"])
        #expect(result.status == 1)
        #expect(result.stderr.contains(blocker.path + "/csp-migrate/state.sqlite cannot be created"))
        #expect(!result.stderr.contains(".."))
        #expect(try String(contentsOf: blocker, encoding: .utf8) == "a file where a folder should be")
    }

    @Test("lang is remembered for the next session, as a personal preference; --lang still wins")
    func rememberedLanguage() throws {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("csp-config-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: config) }
        let environment = ["XDG_CONFIG_HOME": config, "LANG": "C.UTF-8"]
        _ = try Binary.run(["--db", ":memory:", "--today", "2026-11-28", "-c", "lang pt-BR"], environment: environment)
        #expect(try Binary.run(["--db", ":memory:", "--today", "2026-11-28", "-c", "today"], environment: environment).stdout == "A data da sessão é 2026-11-28.\n")
        #expect(try Binary.run(["--db", ":memory:", "--today", "2026-11-28", "--lang", "en", "-c", "today"], environment: environment).stdout == "Today is 2026-11-28.\n")
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

    /// Replies to lines already queued may leave together; a change to a database file is
    /// flushed at once (DurabilityTests).
    @Test("the last reply is flushed before the program waits for the next line")
    func flushedBeforeWaiting() throws {
        let shell = try Binary.start(["--db", ":memory:", "--today", "2026-11-28"])
        defer { shell.process.terminate() }
        shell.input.write(Data("today\n".utf8))
        // The pipe stays open: the reply must arrive without the program exiting.
        let first = shell.output.availableData
        #expect(String(decoding: first, as: UTF8.self) == "Today is 2026-11-28.\n")
        try shell.input.close()
        shell.process.waitUntilExit()
        #expect(shell.process.terminationStatus == 0)
    }
}

@Suite("The replay command")
struct ReplayCommandTests {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("replay prints one line per file and exits 0 when all match")
    func allMatch() throws {
        let file = root.appendingPathComponent("transcripts/03-early-cancellation-refused-then-confirmed.txt").path
        let result = try Binary.run(["replay", file, file])
        #expect(result.status == 0)
        #expect(result.stdout == "ok      \(file) (9 commands)\nok      \(file) (9 commands)\n")
    }

    @Test("--show prints the session as it replays")
    func show() throws {
        let file = root.appendingPathComponent("transcripts/03-early-cancellation-refused-then-confirmed.txt").path
        let result = try Binary.run(["replay", "--show", file])
        #expect(result.stdout.contains("csp> cancel tailspin L1\nerror E-CONFIRM-REQUIRED"))
    }

    @Test("--step waits for Enter before each command")
    func step() throws {
        let file = root.appendingPathComponent("transcripts/06-seat-shortfall.txt").path
        let result = try Binary.run(["replay", "--step", file], input: String(repeating: "\n", count: 7))
        #expect(result.stdout.components(separatedBy: "[Enter] ").count == 8)
        #expect(result.status == 0)
    }

    @Test("a mismatch or a malformed file exits 1, and --update rewrites the file")
    func mismatch() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csp-replay-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("case.txt").path
        try "# today: 2026-11-28\ncsp> today\nToday is 1999-01-01.\n".write(toFile: file, atomically: true, encoding: .utf8)
        let failed = try Binary.run(["replay", file])
        #expect(failed.status == 1)
        #expect(failed.stdout.contains("-Today is 1999-01-01.\n+Today is 2026-11-28."))
        #expect(try Binary.run(["replay", "--update", file]).status == 0)
        #expect(try Binary.run(["replay", file]).status == 0)
        let bad = folder.appendingPathComponent("bad.txt").path
        try "csp> help\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let malformed = try Binary.run(["replay", bad])
        #expect(malformed.status == 1)
        #expect(malformed.stdout.contains("ERROR   \(bad):1:"))
    }

    @Test("replay --db FILE, and --db FILE before replay, replay on that file, which holds the state afterwards", arguments: [true, false])
    func replayOnFile(optionAfterReplay: Bool) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csp-replay-db-\(UUID().uuidString)")
        let db = folder.appendingPathComponent("replayed.sqlite").path
        let file = root.appendingPathComponent("transcripts/03-early-cancellation-refused-then-confirmed.txt").path
        let arguments = optionAfterReplay ? ["replay", "--db", db, file] : ["--db", db, "replay", file]
        let result = try Binary.run(arguments)
        #expect(result.status == 0)
        #expect(result.stdout == "ok      \(file) (9 commands)\n")
        #expect(FileManager.default.fileExists(atPath: db))
        // Wide enough for each journal entry on one line (a pipe is 80 columns otherwise).
        let after = try Binary.run(["--db", db, "-c", "log tailspin"], environment: ["COLUMNS": "200"])
        #expect(after.status == 0)
        #expect(after.stdout.contains("cancel tailspin L1 --confirm"))
        #expect(after.stdout.contains("W-EARLY-CANCEL"))
    }

    @Test("--record writes a transcript that replays")
    func record() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("csp-rec-\(UUID().uuidString).txt").path
        let session = try Binary.run(["--db", ":memory:", "--today", "2026-11-28", "--record", file], input: "customer add a --name A\nuse a\nadvise\n")
        #expect(session.status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("# today: 2026-11-28\n# lang: "))
        #expect(try Binary.run(["replay", file]).status == 0)
    }
}
