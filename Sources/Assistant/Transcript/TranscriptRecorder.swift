import Foundation
import MigrationGuide

/// Writes the session as a transcript while it runs: a header with the session's date and language,
/// then each command with its output, flushed after each so a crash loses nothing written.
public final class TranscriptRecorder {
    public let path: String
    private let file: FileHandle

    /// - Parameters:
    ///   - path: where the transcript goes; `writtenAt` is where it is really written (a replay's sandbox).
    ///   - overwrite: an existing file is replaced only when asked (`--force`).
    public init(path: String, writtenAt: String? = nil, title: String?, today: CalendarDate, language: Language, agent: String, overwrite: Bool, width: Int = Transcript.defaultWidth, unicode: Bool = true, context: Transcript.Context = Transcript.Context()) throws(CommandError) {
        self.path = path
        let target = writtenAt ?? path
        if !overwrite, FileManager.default.fileExists(atPath: target) { throw .file(path: path, problem: .exists) }
        let header = Transcript.headerText(title: title, today: today, language: language, agent: agent, width: width, unicode: unicode, context: context)
        guard FileManager.default.createFile(atPath: target, contents: Data(header.utf8)),
              let file = FileHandle(forWritingAtPath: target) else {
            throw .file(path: path, problem: .notWritable)
        }
        file.seekToEndOfFile()
        self.file = file
    }

    deinit { try? file.close() }

    /// One command as the terminal showed it; `output` is the plain text (no colour).
    public func append(prompt: String, line: String, output: String) {
        let lines = Transcript.lines(output)
        file.write(Data(Transcript.entryText(prompt: prompt, command: line, output: lines).utf8))
        try? file.synchronize()
    }
}

extension Reply {
    /// The reply as a transcript keeps it: the journal's wall-clock times, which no replay can
    /// repeat, read as the transcript's clock, the same the replay writes.
    var asRecorded: Reply {
        var recorded = self
        recorded.items = items.map { item in
            guard case .journal(let entries) = item else { return item }
            return .journal(entries.map { entry in
                var entry = entry
                entry.recordedAt = Transcript.journalTime
                return entry
            })
        }
        return recorded
    }
}
