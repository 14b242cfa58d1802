import CLibEdit
import Foundation

/// The session loop: read a line, run it, render the reply, flush. It knows nothing about any
/// command; every way in (terminal, pipe, `-c`, transcript) goes through it.
public final class ShellLoop {
    public struct Options: Sendable {
        /// Stop at the first failing line, naming it (`--stop-on-error`).
        public var stopOnError = false
        /// Colour for text replies.
        public var style = Style.plain
        /// A person at a terminal saw each failure as it happened: leaving (Ctrl-D, `quit`) is then
        /// status 0, as in psql and sqlite3. Pipes and `-c` keep 1 when any line failed.
        public var interactive = false
        /// Before each prompt and each command, show what colleagues recorded in the team store
        /// meanwhile (an interactive shell only: piped and `-c` runs print nothing of this).
        public var announcesColleagues = false

        public init(stopOnError: Bool = false, style: Style = .plain, interactive: Bool = false, announcesColleagues: Bool = false) {
            self.stopOnError = stopOnError
            self.style = style
            self.interactive = interactive
            self.announcesColleagues = announcesColleagues
        }
    }

    /// How the loop ended, as the process's exit status.
    public enum Outcome: Equatable, Sendable {
        case succeeded
        /// Some line failed (unknown command, bad arguments, refused action).
        case failed
        /// Stopped by `--stop-on-error` at this line.
        case stopped(line: Int)
        case terminated(signal: Int32)

        public var exitStatus: Int32 {
            switch self {
            case .succeeded: 0
            case .failed, .stopped: 1
            case .terminated(let signal): 128 + signal
            }
        }
    }

    public let session: Session
    public var options: Options
    private let write: (String) -> Void
    private let flush: () -> Void

    /// - Parameters:
    ///   - write: where rendered replies go, a reply and then its line end.
    ///   - flush: makes what was written visible; called before the loop waits for a line, so
    ///     that a person or a program reading the replies sees each one before typing the next
    ///     line, and after each change to a file or the team store; other replies to lines
    ///     already read (a pipe's backlog) leave in larger writes.
    public init(session: Session, options: Options = Options(), write: @escaping (String) -> Void = ShellLoop.writeStandardOutput,
                flush: @escaping () -> Void = ShellLoop.flushStandardOutput) {
        self.session = session
        self.options = options
        self.write = write
        self.flush = flush
    }

    public func run(_ source: any LineSource) -> Outcome {
        defer {
            flush()
            source.finish()
        }
        var failed = false
        var lineNumber = 0
        while true {
            if options.announcesColleagues { emit(session.changesByOthers(), line: "") }
            if !source.hasLineReady { flush() }
            switch source.nextLine() {
            case .end:
                return leaving(failed: failed)
            case .terminated(let signal):
                return .terminated(signal: signal)
            case .interrupted:
                continue
            case .undecodable:
                lineNumber += 1
                emit(.failure(.undecodableLine(line: lineNumber)), line: "")
                failed = true
                if options.stopOnError { return .stopped(line: lineNumber) }
            case .line(let line):
                lineNumber += 1
                // And once more before the command runs: a change heard while the line was typed
                // is shown above the reply it may have shaped.
                if options.announcesColleagues { emit(session.changesByOthers(), line: "") }
                // On a store that outlives the process, a command's change and its reply go
                // together: a stop signal waits until the reply is out.
                let reply = session.storeOutlivesProcess ? Terminal.holdingStopSignals { runAndShow(line) } : runAndShow(line)
                source.lineHandled(line)
                if reply.isFailure {
                    failed = true
                    if options.stopOnError { return .stopped(line: lineNumber) }
                }
                if reply.endsSession { return leaving(failed: failed) }
            }
        }
    }

    /// Runs one line and shows its reply. A reply to a change on a file or the team store is
    /// flushed at once, so that a program killed later, with a pipe's backlog still to read,
    /// has printed the reply of every change it made; other replies may wait to leave with the
    /// next ones (in memory, nothing survives the process anyway).
    private func runAndShow(_ line: String) -> Reply {
        let prompt = session.prompt
        let recorder = session.recorder
        let reply = session.execute(line)
        emit(reply, line: line)
        // `record FILE` and `record stop` control the recorder: they are not part of the record.
        if let recorder, recorder === session.recorder, !reply.controlsRecording {
            recorder.append(prompt: prompt, line: line, output: plainText(reply.asRecorded, line: line))
        }
        if session.lastLineChangedDurableStore { flush() }
        return reply
    }

    private func leaving(failed: Bool) -> Outcome {
        failed && !options.interactive ? .failed : .succeeded
    }

    /// Renders one reply in the session's current language and format.
    public func render(_ reply: Reply, line: String, style: Style? = nil) -> String? {
        switch reply.format ?? session.format {
        case .text:
            let text = textRenderer(style: style).render(reply)
            return text.isEmpty ? nil : text
        case .json:
            guard !reply.items.isEmpty else { return nil }
            return JSONRenderer(language: session.language, settings: session.guide.settings).render(reply, command: line)
        }
    }

    private func textRenderer(style: Style? = nil) -> TextRenderer {
        TextRenderer(language: session.language, style: style ?? options.style, settings: session.guide.settings, width: session.width, unicode: session.unicode)
    }

    /// The reply as a transcript keeps it: without colour.
    private func plainText(_ reply: Reply, line: String) -> String {
        render(reply, line: line, style: .plain).map { $0 + "\n" } ?? ""
    }

    /// Text is written as it is rendered, never held whole (the whole portfolio is megabytes),
    /// in pieces of some kilobytes rather than a write per line; as `render`, a reply of no text,
    /// or of one empty line, writes nothing.
    private func emit(_ reply: Reply, line: String) {
        guard (reply.format ?? session.format) == .text else {
            // Two writes: a whole portfolio's JSON is not copied to add its line end.
            if let text = render(reply, line: line) {
                write(text)
                write("\n")
            }
            return
        }
        var output = ""
        func writeLine(_ text: String) {
            output += text
            output += "\n"
            if output.utf8.count >= Self.writtenTogether {
                write(output)
                output.removeAll(keepingCapacity: true)
            }
        }
        // The first line waits until a second one shows the reply is more than one line.
        var pending: String?
        var started = false
        textRenderer().write(reply) { text in
            guard started else {
                started = true
                pending = text
                return
            }
            if let first = pending {
                output.reserveCapacity(Self.writtenTogether + 256)
                writeLine(first)
                pending = nil
            }
            writeLine(text)
        }
        if let only = pending, !only.isEmpty { writeLine(only) }
        if !output.isEmpty { write(output) }
    }

    /// Bytes of a reply gathered before they are written.
    private static let writtenTogether = 1 << 15

    /// Through C's stdout, the stream libedit also writes to; buffered until `flushStandardOutput`.
    public static func writeStandardOutput(_ text: String) {
        csp_write_stdout_buffered(text)
    }

    public static func flushStandardOutput() {
        csp_flush_stdout()
    }
}
