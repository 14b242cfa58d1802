import ArgumentParser
import Assistant
import Foundation
import MigrationStore

/// `csp-migrate replay FILE...`: checks transcripts against what the program says now.
struct Replay: ParsableCommand {
    static let configuration = CommandConfiguration(
        // Named here: otherwise the name is derived from the type's by reflection, at every start.
        commandName: ProgramSubcommand.replay.name,
        abstract: "Replay transcripts and check every command's output against the file.",
        discussion: "Each file runs on a fresh in-memory store unless --db FILE is given (before or after `replay`): then on that database file, which keeps the state afterwards. Exit status 0 only when every file matches.")

    @Argument(help: "Transcript files.", completion: .file(extensions: ["txt"]))
    var files: [String]

    @Flag(name: .customLong(ProgramOption.replayUpdate.long), help: ProgramOption.replayUpdate.argumentHelp)
    var update = false

    @Flag(name: .customLong(ProgramOption.replayShow.long), help: ProgramOption.replayShow.argumentHelp)
    var show = false

    @Flag(name: .customLong(ProgramOption.replayStep.long), help: ProgramOption.replayStep.argumentHelp)
    var step = false

    /// `--db` is the program's own option, which takes it wherever it is written
    /// (`csp-migrate --db FILE replay ...` and `csp-migrate replay --db FILE ...`); a second
    /// declaration here was never filled in.
    @ParentCommand var program: CSPMigrate

    func run() throws {
        Terminal.useUTF8Locale()
        var allPassed = true
        for path in files {
            let transcript: Transcript
            do {
                transcript = try Transcript.load(path)
            } catch {
                print(ReplayReport.failure(error))
                allPassed = false
                continue
            }
            let observer = TranscriptReplayer.Observer(
                show: show || step ? { text in print(text, terminator: "") } : nil,
                beforeCommand: step ? { _ in
                    print("[Enter] ", terminator: "")
                    _ = readLine()
                } : nil)
            do {
                let result = try TranscriptReplayer.replay(transcript, store: openStore(path: program.db ?? StoreLocation.memoryArgument), observer: observer)
                if update, !result.passed {
                    try ReplayReport.updatedText(result).write(toFile: path, atomically: true, encoding: .utf8)
                    print("updated \(path) (\(result.mismatches.count) commands rewritten)")
                } else {
                    print(ReplayReport.summary(result))
                    allPassed = allPassed && result.passed
                }
            } catch let error as StoreError {
                print("ERROR   \(path): " + TextRenderer(language: transcript.language ?? .en).render(.failure(.storage(error))))
                allPassed = false
            }
        }
        if !allPassed { throw ExitCode(1) }
    }
}
