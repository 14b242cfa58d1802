import Foundation
import MigrationGuide
import MigrationStore

/// Replays a transcript through the same session loop a typed line takes, on a fresh store, and
/// compares each command's output (and prompt) with what the file expects.
public enum TranscriptReplayer {
    public struct Mismatch: Sendable {
        public var entry: Transcript.Entry
        /// The prompt the session showed (differs from the entry's when the selection differs).
        public var actualPrompt: String
        /// nil when the command never ran (an earlier `quit`).
        public var actual: [String]?
    }

    public struct Result: Sendable {
        public var transcript: Transcript
        public var outputs: [[String]]
        public var mismatches: [Mismatch]
        public var passed: Bool { mismatches.isEmpty }
    }

    /// Hooks for watching a replay: `show` receives each prompt+command and its output as it runs;
    /// `beforeCommand` may wait (training mode, `--step`).
    public struct Observer {
        public var show: ((String) -> Void)?
        public var beforeCommand: ((Transcript.Entry) -> Void)?
        public init(show: ((String) -> Void)? = nil, beforeCommand: ((Transcript.Entry) -> Void)? = nil) {
            self.show = show
            self.beforeCommand = beforeCommand
        }
    }

    public static func replay(_ transcript: Transcript, store: any PortfolioStore, observer: Observer = Observer()) throws(StoreError) -> Result {
        let session = try Session(
            store: store, today: transcript.today ?? CalendarDate(daysSinceEpoch: 0), language: transcript.language ?? .en,
            format: transcript.context.json ? .json : .text,
            agent: transcript.agent, timestamp: { Transcript.journalTime })
        session.width = transcript.width
        session.unicode = transcript.unicode
        // Files the transcript writes go to a folder of their own, removed afterwards.
        let sandbox = FileManager.default.temporaryDirectory.appendingPathComponent("csp-replay-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: sandbox, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        session.fileSandbox = sandbox
        // What the recorded session had before its first command: the selection and the questions
        // its follow-ups continue (asked again here; questions change nothing, and their replies
        // are not part of the record).
        let context = transcript.context
        session.selected = context.selected
        for question in context.questions { _ = session.execute(question) }
        defer {
            session.recorder = nil
            try? FileManager.default.removeItem(atPath: sandbox)
        }
        var written = ""
        let loop = ShellLoop(session: session, write: { written += $0 })
        let source = EntrySource(transcript.entries, session: session, observer: observer) {
            let output = written
            written = ""
            return output
        }
        _ = loop.run(source)
        var outputs: [[String]] = []
        var mismatches: [Mismatch] = []
        for (index, entry) in transcript.entries.enumerated() {
            guard index < source.results.count else {
                mismatches.append(Mismatch(entry: entry, actualPrompt: "", actual: nil))
                continue
            }
            let (prompt, output) = source.results[index]
            outputs.append(output)
            if prompt != entry.prompt || trimmed(output) != trimmed(entry.expected) {
                mismatches.append(Mismatch(entry: entry, actualPrompt: prompt, actual: output))
            }
        }
        return Result(transcript: transcript, outputs: outputs, mismatches: mismatches)
    }

    /// Blank lines at the end of a block are layout, not output.
    static func trimmed(_ lines: [String]) -> [String] {
        var lines = lines
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Feeds the transcript's commands to the loop, noting the prompt before each and the output after.
    final class EntrySource: LineSource {
        private var pending: [Transcript.Entry]
        private let session: Session
        private let observer: Observer
        private let takeOutput: () -> String
        private var prompt = ""
        private(set) var results: [(prompt: String, output: [String])] = []

        init(_ entries: [Transcript.Entry], session: Session, observer: Observer, takeOutput: @escaping () -> String) {
            pending = entries.reversed()
            self.session = session
            self.observer = observer
            self.takeOutput = takeOutput
        }

        func nextLine() -> LineEvent {
            guard let entry = pending.popLast() else { return .end }
            observer.beforeCommand?(entry)
            prompt = session.prompt
            observer.show?(prompt + entry.command + "\n")
            return .line(entry.command)
        }

        func lineHandled(_ line: String) {
            let output = takeOutput()
            observer.show?(output)
            results.append((prompt, Transcript.lines(output)))
        }
    }
}
