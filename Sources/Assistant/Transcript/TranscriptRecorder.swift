import Foundation
import MigrationGuide

/// Writes the session as a transcript while it runs: a header with the session's date and language,
/// then each command with its output, flushed after each so a crash loses nothing written.
public final class TranscriptRecorder {
    public let path: String
    private let file: FileHandle

    public init(path: String, title: String?, today: CalendarDate, language: Language, width: Int = Transcript.defaultWidth, unicode: Bool = true) throws(CommandError) {
        self.path = path
        let header = Transcript.headerText(title: title, today: today, language: language, width: width, unicode: unicode)
        guard FileManager.default.createFile(atPath: path, contents: Data(header.utf8)),
              let file = FileHandle(forWritingAtPath: path) else {
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
