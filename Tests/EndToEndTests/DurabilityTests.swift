import Foundation
import Testing

@Suite("State on disk, across processes")
struct DurabilityTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csp-durable-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("a process killed right after a command printed its reply loses nothing it recorded")
    func killedAfterReply() throws {
        let db = try folder().appendingPathComponent("state.sqlite").path
        let shell = try Binary.start(["--db", db, "--today", "2026-11-28"])
        let process = shell.process
        shell.input.write(Data("customer add durable --name Durable\n".utf8))
        _ = shell.read(until: "Added Durable")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        // Wide enough for each journal entry on one line (a pipe is 80 columns otherwise).
        let after = try Binary.run(["--db", db, "-c", "customer show durable", "-c", "log durable"], environment: ["COLUMNS": "200"])
        #expect(after.status == 0)
        #expect(after.stdout.contains("Durable (durable)"))
        #expect(after.stdout.contains("customer add durable --name Durable"))
    }

    @Test("stopped with SIGTERM while piped changes are still queued, the program has printed the whole reply of every change it recorded")
    func stoppedWithBacklog() throws {
        let folder = try folder()
        let db = folder.appendingPathComponent("state.sqlite").path
        let script = folder.appendingPathComponent("adds.txt")
        let count = 3_000
        let handles = (1...count).map { "n" + String(1_000_000 + $0).dropFirst(3) }
        try handles.map { "customer add \($0) --name \"Name \($0)\"\n" }.joined().write(to: script, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = Binary.url
        process.arguments = ["--db", db, "--today", "2026-11-28"]
        process.environment = Binary.isolated([:])
        // A file on standard input: every line is ready at once, as in a pipe's backlog.
        process.standardInput = try FileHandle(forReadingFrom: script)
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let shell = Binary.Running(process: process, input: FileHandle.nullDevice, output: output.fileHandleForReading)
        var text = shell.read(until: "Added ")
        Thread.sleep(forTimeInterval: 0.3)
        kill(process.processIdentifier, SIGTERM)
        text += String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        let log = try Binary.run(["--db", db, "-c", "log"], environment: ["COLUMNS": "200"]).stdout
        let recorded = handles.filter { log.contains("customer add \($0) ") }
        // Stopped part-way, with changes recorded and changes never run.
        #expect(!recorded.isEmpty)
        #expect(recorded.count < count)
        #expect(text.isEmpty || text.hasSuffix("\n"))
        for handle in recorded where !text.contains("Added Name \(handle) as \(handle) (") || !text.contains("`invite \(handle)`.\n") {
            Issue.record("customer add \(handle) was recorded but its reply was not printed whole")
            break
        }
    }

    @Test("a reply that never comes fails the test in time and stops the shell, instead of hanging the run")
    func missingReplyDoesNotHang() throws {
        let shell = try Binary.start(["--db", ":memory:", "--today", "2026-11-28"])
        shell.input.write(Data("today\n".utf8))
        withKnownIssue {
            _ = shell.read(until: "a reply this program never prints", seconds: 2)
        }
        shell.process.waitUntilExit()
        #expect(shell.process.terminationReason == .uncaughtSignal)
    }

    @Test("two processes writing to one file: nothing lost, nothing duplicated, each sees the other")
    func twoWriters() throws {
        let db = try folder().appendingPathComponent("state.sqlite").path
        _ = try Binary.run(["--db", db, "-c", "customer add shared --name Shared"])
        let processes = (0..<2).map { writer -> (Process, Pipe) in
            let process = Process()
            process.executableURL = Binary.url
            process.arguments = ["--db", db, "--today", "2026-11-28"]
            process.environment = Binary.isolated([:])
            var script = ""
            for index in 0..<40 {
                script += "customer add w\(writer)-\(index) --name \"Writer \(writer) #\(index)\"\n"
                script += "license add shared \"Offer \(writer)-\(index)\" --seats 1 --expires 2027-01-01\n"
            }
            let input = Pipe(), output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            input.fileHandleForWriting.write(Data(script.utf8))
            try? input.fileHandleForWriting.close()
            return (process, output)
        }
        for (process, _) in processes { try process.run() }
        var succeeded = 0, retried = 0
        for (process, output) in processes {
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            succeeded += text.components(separatedBy: "Recorded L").count - 1
            retried += text.components(separatedBy: "E-STORAGE").count - 1
        }
        let list = try Binary.run(["--db", db, "-c", "customer list", "-c", "license list shared"])
        for writer in 0..<2 {
            for index in 0..<40 { #expect(list.stdout.contains("w\(writer)-\(index) ")) }
        }
        // Every license add either landed once or was told to retry.
        #expect(succeeded + retried == 80)
        let originals = list.stdout.components(separatedBy: "\n").filter { $0.contains("Offer 0-") || $0.contains("Offer 1-") }
        #expect(originals.count == succeeded)
        #expect(Set(originals.map { $0.split(separator: " ").prefix(3).joined(separator: " ") }).count == succeeded)
    }

    @Test("a shell left open sees every change another process makes, in every portfolio view, also once it keeps the portfolio")
    func portfolioViewFollowsOtherProcesses() throws {
        let db = try folder().appendingPathComponent("state.sqlite").path
        #expect(try Binary.run(["--db", db, "-c", "customer add alpha --name Alpha"]).status == 0)
        let shell = try Binary.start(["--db", db, "--today", "2026-11-28"])
        defer {
            try? shell.input.close()
            shell.process.waitUntilExit()
        }
        /// The reply to `line`, read up to the reply of `today` sent after it.
        func ask(_ line: String) -> String {
            shell.input.write(Data("\(line)\ntoday\n".utf8))
            return shell.read(until: "Today is")
        }
        // Read twice: from the second whole read on, the shell keeps the portfolio.
        #expect(ask("customer list").contains("Alpha"))
        #expect(ask("advise").contains("alpha"))
        #expect(try Binary.run(["--db", db, "-c", "customer add beta --name Beta"]).status == 0)
        #expect(try Binary.run(["--db", db, "-c", "license add alpha \"Office 365 E3\" --seats 5 --expires 2027-01-01"]).status == 0)
        let list = ask("customer list")
        #expect(list.contains("Beta"))
        let alphaRow = list.split(separator: "\n").first { $0.contains("Alpha") }.map(String.init) ?? ""
        #expect(alphaRow.split(separator: " ").contains("1"))
        #expect(ask("advise").contains("beta"))
        #expect(ask("status").contains("beta"))
        #expect(ask("who needs attention today?").contains("beta"))
        // A question compares names read as they are now, not as the shell last kept them.
        #expect(ask("what's next for Beta?").contains("advise beta"))
        #expect(try Binary.run(["--db", db, "-c", "customer remove beta"]).status == 0)
        #expect(!ask("customer list").contains("Beta"))
        #expect(!ask("advise").contains("beta"))
        #expect(!ask("status").contains("beta"))
    }

    @Test("one-shot portfolio views read kept summaries, and each follows every change another process makes")
    func oneShotViewsFollowOtherProcesses() throws {
        let db = try folder().appendingPathComponent("state.sqlite").path
        let setUp = """
            customer add alpha --name Alpha
            license add alpha "Office 365 E3" --seats 5 --expires 2027-03-01
            customer add beta --name Beta
            license add beta "Office 365 E3" --seats 8 --expires 2027-02-01

            """
        #expect(try Binary.run(["--db", db, "--today", "2026-11-28"], input: setUp).status == 0)
        func view(_ command: String, today: String = "2026-11-28") throws -> String {
            let result = try Binary.run(["--db", db, "--today", today, "-c", command], environment: ["COLUMNS": "200"])
            #expect(result.status == 0)
            return result.stdout
        }
        // The first view judges and keeps, the second reads what was kept: the same reply.
        let first = try view("advise")
        #expect(first.contains("invite alpha"))
        #expect(try view("advise") == first)
        let list = try view("customer list")
        #expect(try view("customer list") == list)
        // Another process moves alpha on: every view tells the new state at once.
        #expect(try Binary.run(["--db", db, "--today", "2026-11-28", "-c", "invite alpha"]).status == 0)
        let after = try view("advise")
        #expect(after != first)
        #expect(!after.contains("invite alpha"))
        #expect(after.contains("invite beta"))
        #expect(try Binary.run(["--db", db, "--today", "2026-11-28", "-c", "license add alpha \"Visio Plan 2\" --seats 2 --expires 2027-03-01"]).status == 0)
        #expect(try view("customer list") != list)
        #expect(try view("status").contains("alpha"))
        // Another day is judged on that day, not read from the one before.
        let later = try view("advise", today: "2027-01-20")
        #expect(later != after)
        #expect(later.contains("W-"))
        #expect(try Binary.run(["--db", db, "-c", "customer remove beta --force"]).status == 0)
        #expect(!(try view("advise", today: "2027-01-20")).contains("beta"))
    }

    @Test("a damaged database gives a clear error naming the file, and the program writes nothing")
    func damaged() throws {
        let db = try folder().appendingPathComponent("notes.sqlite").path
        try Data("not a database".utf8).write(to: URL(fileURLWithPath: db))
        let result = try Binary.run(["--db", db, "-c", "status"])
        #expect(result.status == 1)
        #expect(result.stderr.contains(db))
        #expect(result.stderr.contains("E-STORAGE"))
        #expect(try String(contentsOfFile: db, encoding: .utf8) == "not a database")
    }

    @Test("with no --db the state lives under XDG_DATA_HOME and survives the process")
    func defaultLocation() throws {
        let home = try folder()
        let environment = ["XDG_DATA_HOME": home.path, "HOME": home.path]
        #expect(try Binary.run(["-c", "customer add kept --name Kept"], environment: environment).status == 0)
        #expect(FileManager.default.fileExists(atPath: home.path + "/csp-migrate/state.sqlite"))
        #expect(try Binary.run(["-c", "status kept"], environment: environment).stdout.contains("Kept (kept)"))
    }
}
