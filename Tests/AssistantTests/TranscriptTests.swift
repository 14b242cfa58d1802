import Foundation
@testable import Assistant
import MigrationGuide
import MigrationStore
import StoreTestSupport
import Testing

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Every saved case in transcripts/, replayed: the project's golden tests.
let transcriptFiles: [String] = {
    let folder = packageRoot.appendingPathComponent("transcripts")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0).path }
}()

func replay(_ transcript: Transcript) throws -> TranscriptReplayer.Result {
    try TranscriptReplayer.replay(transcript, store: InMemoryStore())
}

@Suite("Transcripts")
struct TranscriptTests {
    @Test("there are at least twelve saved cases, each with a title")
    func enough() throws {
        #expect(transcriptFiles.count >= 12)
        for path in transcriptFiles { #expect(try Transcript.load(path).title != nil, "\(path) has no title") }
    }

    @Test("every transcript replays exactly", arguments: transcriptFiles)
    func golden(path: String) throws {
        // Transcripts name sample files relative to the package root, where `swift test` runs.
        #expect(FileManager.default.fileExists(atPath: "samples/portfolio.csv"), "run the tests from the package root")
        let result = try replay(try Transcript.load(path))
        #expect(result.passed, Comment(rawValue: ReplayReport.summary(result)))
    }

    /// `:memory:` and replays use the plain in-memory store; staff use SQLite files. The same
    /// transcripts must give the same output on both.
    @Test("every transcript replays the same on an SQLite file", arguments: transcriptFiles)
    func goldenOnSQLite(path: String) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("csp-golden-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file + suffix) } }
        let result = try TranscriptReplayer.replay(try Transcript.load(path), store: SQLiteStore(path: file))
        #expect(result.passed, Comment(rawValue: ReplayReport.summary(result)))
    }

    /// And on the team store, connected as a database role named `transcript`: the journal names
    /// the role, which is the name transcripts show.
    @Test("every transcript replays the same on the PostgreSQL team store", .enabled(if: TeamDatabase.server != nil), arguments: transcriptFiles)
    func goldenOnPostgres(path: String) throws {
        let team = try TeamDatabase(owner: "transcript")
        let result = try TranscriptReplayer.replay(try Transcript.load(path), store: PostgresStore(conninfo: team.conninfo(as: "transcript")))
        #expect(result.passed, Comment(rawValue: ReplayReport.summary(result)))
    }

    @Test("a recorded session replays identically")
    func roundTrip() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csp-rec-\(UUID().uuidString).txt").path
        let session = try makeSession(setup: [])
        session.recorder = try TranscriptRecorder(path: path, title: "round trip", today: session.today, language: .ptBR, agent: session.agent, overwrite: false)
        session.language = .ptBR
        var written = ""
        let loop = ShellLoop(session: session, write: { written += $0 })
        let lines = SessionTests.contoso + ["use contoso", "advise", "# a comment line", "cancel L1", "#help", "\\weird", "bogus", "lang en", "status"]
        _ = loop.run(ScriptLineSource(lines))
        let transcript = try Transcript.load(path)
        #expect(transcript.entries.count == lines.count)
        #expect(transcript.entries.map(\.prompt).contains("csp(contoso)> "))
        let result = try replay(transcript)
        #expect(result.passed, Comment(rawValue: ReplayReport.summary(result)))
    }

    @Test("a recording with every kind of command, the journal included, replays; wall-clock times and the agent do not get in the way")
    func roundTripEveryCommand() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csp-rec-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try Session(store: InMemoryStore(), today: CalendarDate(iso: "2026-11-28") ?? CalendarDate(daysSinceEpoch: 0),
                                  agent: "ana.souza", timestamp: { "2026-11-29T10:11:12Z" })
        // Every file the examples write (exports) goes to the test's folder, the transcript too.
        session.fileSandbox = folder.path
        var written = ""
        let loop = ShellLoop(session: session, write: { written += $0 })
        let examples = CommandCatalogue.standard.specs.filter { !["quit", "record start", "record stop"].contains($0.name) && !$0.name.hasPrefix("import") }.flatMap(\.examples)
        let lines = ["record start session.txt"] + SessionTests.contoso + ["accept contoso", "log", "log --json"] + examples + ["log contoso", "record stop"]
        _ = loop.run(ScriptLineSource(lines))
        let transcript = try Transcript.load(session.writablePath("session.txt"))
        #expect(transcript.entries.contains { $0.command == "log" })
        #expect(transcript.agent == "ana.souza")
        let result = try replay(transcript)
        #expect(result.passed, Comment(rawValue: ReplayReport.summary(result)))
    }

    @Test("record refuses to replace a file without --force, and a second record says one is running")
    func recordingSafety() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csp-rec-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "keep me\n".write(toFile: path, atomically: true, encoding: .utf8)
        let session = try makeSession()
        let refused = session.execute("record \(path)")
        #expect(refused.isFailure)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me\n")
        let started = text(session, "record \(path) --force")
        // contoso and fabrikam are already in the store: a replay would not have them.
        #expect(started.contains("already holds 2 customers"))
        #expect(text(session, "record other.txt").contains("Already recording to \(path)"))
        #expect(session.recorder?.path == path)
        _ = session.execute("record stop")
    }

    @Test("a replayed transcript writes no file outside its own temporary folder")
    func replaySandbox() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("csp-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        let targets = ["evil.csv", "evil.json", "evil.txt"].map { outside.appendingPathComponent($0).path }
        let hostile = """
            # today: 2026-11-28
            csp> customer add a --name A
            csp> export \(targets[0])
            csp> export \(targets[1])
            csp> export ../\(outside.lastPathComponent)/evil2.csv
            csp> record \(targets[2])
            csp> status
            csp> record stop

            """
        _ = try replay(try Transcript.parse(Data(hostile.utf8), path: "hostile.txt"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: "evil2.csv"))
    }

    @Test("an edited expected line fails with a diff naming the file, command and line; --update fixes it")
    func editedLine() throws {
        let original = try Transcript.load(transcriptFiles[0])
        var text = try String(contentsOfFile: transcriptFiles[0], encoding: .utf8)
        text = text.replacingOccurrences(of: "Today is now 2026-11-05.", with: "Today is now 2026-11-06.")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csp-edit-\(UUID().uuidString).txt").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let edited = try Transcript.load(path)
        let result = try replay(edited)
        #expect(!result.passed)
        #expect(result.mismatches.count == 1)
        let entry = try #require(original.entries.first { $0.command == "today 2026-11-05" })
        let report = ReplayReport.summary(result)
        #expect(report.contains("FAILED  \(path): 1 of \(original.entries.count) commands differ"))
        #expect(report.contains("--- \(path):\(entry.line) expected"))
        #expect(report.contains("@@ csp(contoso)> today 2026-11-05 @@"))
        #expect(report.contains("-Today is now 2026-11-06.\n+Today is now 2026-11-05."))
        try ReplayReport.updatedText(result).write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try replay(try Transcript.load(path)).passed)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == (try String(contentsOfFile: transcriptFiles[0], encoding: .utf8)))
    }

    @Test("a changed prompt is a mismatch, and --update rewrites it")
    func prompt() throws {
        let transcript = try Transcript.parse(Data("# today: 2026-11-28\ncsp(contoso)> today\nToday is 2026-11-28.\n".utf8), path: "p.txt")
        let result = try replay(transcript)
        #expect(result.mismatches.first?.actualPrompt == "csp> ")
        #expect(ReplayReport.updatedText(result) == "# today: 2026-11-28\ncsp> today\nToday is 2026-11-28.\n")
    }

    @Test("malformed transcripts are reported with file and line", arguments: [
        ("csp> help\n", Transcript.Failure.missingDate(path: "m.txt")),
        ("# today: 2026-11-28\nan output line\ncsp> help\n", .outputBeforeCommand(path: "m.txt", line: 2)),
        ("# today: 2027-02-30\ncsp> help\n", .badDate(path: "m.txt", line: 1, text: "2027-02-30")),
        ("# today: 2026-11-28\n# lang: klingon\n", .badLanguage(path: "m.txt", line: 2, text: "klingon")),
    ])
    func malformed(text: String, failure: Transcript.Failure) {
        #expect(throws: failure) { try Transcript.parse(Data(text.utf8), path: "m.txt") }
    }

    @Test("invalid UTF-8 names its line")
    func invalidUTF8() {
        let data = Data("# today: 2026-11-28\ncsp> help\n".utf8) + Data([0x66, 0xFF, 0x0A])
        #expect(throws: Transcript.Failure.invalidUTF8(path: "u.txt", line: 3)) { try Transcript.parse(data, path: "u.txt") }
    }

    @Test("output lines that look like comments or commands are escaped and read back")
    func escaping() throws {
        let text = Transcript.entryText(prompt: "csp> ", command: "x", output: ["# not a comment", "csp> not a command", "\\back", "plain"])
        let transcript = try Transcript.parse(Data(("# today: 2026-11-28\n" + text).utf8), path: "e.txt")
        #expect(transcript.entries.first?.expected == ["# not a comment", "csp> not a command", "\\back", "plain"])
    }

    @Test("the diff lists removed lines before added ones")
    func diff() {
        #expect(UnifiedDiff.lines(expected: ["a", "b", "c"], actual: ["a", "x", "c"]) == [" a", "-b", "+x", " c"])
    }
}

@Suite("Transcript files from other systems")
struct TranscriptLineEndingTests {
    @Test("Windows line endings read the same")
    func crlf() throws {
        let text = "# today: 2026-11-28\r\n# lang: en\r\ncsp> today\r\nToday is 2026-11-28.\r\n"
        let transcript = try Transcript.parse(Data(text.utf8), path: "w.txt")
        #expect(transcript.entries.map(\.command) == ["today"])
        #expect(try replay(transcript).passed)
    }
}
