import Foundation
import Testing

/// The built `csp-migrate`, run as a separate process the way staff and scripts run it.
enum Binary {
    static let url: URL = {
        if let path = ProcessInfo.processInfo.environment["CSP_MIGRATE_BINARY"] { return URL(fileURLWithPath: path) }
        // Beside the test bundle in the build folder, else the package's .build/debug.
        let bundleFolder = Bundle.main.bundleURL.deletingLastPathComponent()
        let beside = bundleFolder.appendingPathComponent("csp-migrate")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.appendingPathComponent(".build/debug/csp-migrate")
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// A running csp-migrate with pipes on both ends, for tests that talk to it line by line.
    struct Running {
        let process: Process
        let input: FileHandle
        let output: FileHandle

        /// What the program writes, read until `marker` appears, the output ends or `seconds` pass.
        /// A reply that never comes (a shell answering in another language, a prompt waiting for
        /// input) records a failure and stops the program, instead of hanging the whole test run.
        func read(until marker: String, seconds: Double = 60, sourceLocation: SourceLocation = #_sourceLocation) -> String {
            var text = ""
            let deadline = Date().addingTimeInterval(seconds)
            while !text.contains(marker) {
                let left = deadline.timeIntervalSinceNow
                var ready = pollfd(fd: output.fileDescriptor, events: Int16(POLLIN), revents: 0)
                guard left > 0, poll(&ready, 1, Int32(left * 1000)) > 0 else {
                    Issue.record("no \"\(marker)\" within \(Int(seconds)) s; the program wrote: \(text)", sourceLocation: sourceLocation)
                    // SIGKILL: the shell takes SIGTERM only once its blocked read returns.
                    kill(process.processIdentifier, SIGKILL)
                    break
                }
                let chunk = output.availableData
                if chunk.isEmpty { break }
                text += String(decoding: chunk, as: UTF8.self)
            }
            return text
        }
    }

    static func start(_ arguments: [String]) throws -> Running {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.environment = isolated([:])
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        return Running(process: process, input: input.fileHandleForWriting, output: output.fileHandleForReading)
    }

    /// This process's environment with `environment` on top, never the developer's own state: a
    /// private data and config folder unless the test names one (a language remembered by `lang`
    /// in ~/.config would change every reply).
    static func isolated(_ environment: [String: String]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        // Replies fit COLUMNS: a developer's own would change them.
        env["COLUMNS"] = nil
        env["XDG_DATA_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("csp-data-\(UUID().uuidString)").path
        env["XDG_CONFIG_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("csp-config-\(UUID().uuidString)").path
        for (key, value) in environment { env[key] = value }
        return env
    }

    /// Runs the binary with `arguments`, feeding `input` on stdin (a pipe, so not a terminal).
    static func run(_ arguments: [String], input: String = "", environment: [String: String] = [:], seconds: Double = 180, sourceLocation: SourceLocation = #_sourceLocation) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.environment = isolated(environment)
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // A run that never ends (waiting for input that never closes) is stopped and fails its
        // test, instead of hanging the whole test run.
        let watchdog = DispatchWorkItem { kill(process.processIdentifier, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(Int(seconds)), execute: watchdog)
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        if process.terminationReason == .uncaughtSignal, process.terminationStatus == SIGKILL {
            Issue.record("csp-migrate \(arguments.joined(separator: " ")) did not end within \(Int(seconds)) s", sourceLocation: sourceLocation)
        }
        return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }
}
