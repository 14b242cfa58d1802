/// Where the session's lines come from: a person at libedit, a pipe, `-c` arguments or a transcript.
/// All of them feed the same loop.
public protocol LineSource: AnyObject {
    func nextLine() -> LineEvent
    /// Called after each line is handled (libedit saves history here).
    func lineHandled(_ line: String)
    /// Called once when the loop ends (history saved, terminal restored).
    func finish()
}

public enum LineEvent: Equatable, Sendable {
    case line(String)
    /// Ctrl-C on a half-typed line: drop it and prompt again.
    case interrupted
    /// SIGTERM or SIGHUP: leave now with 128 + signal.
    case terminated(signal: Int32)
    case end
}

extension LineSource {
    public func lineHandled(_ line: String) {}
    public func finish() {}
}

/// Lines given up front: `-c "status" -c "advise"`.
public final class ScriptLineSource: LineSource {
    private var lines: [String]

    public init(_ lines: [String]) {
        self.lines = lines.reversed()
    }

    public func nextLine() -> LineEvent {
        lines.popLast().map(LineEvent.line) ?? .end
    }
}

/// Plain lines from standard input, with no prompt and no editing: pipes and redirected files.
public final class PlainLineSource: LineSource {
    public init() {}

    public func nextLine() -> LineEvent {
        guard let line = readLine(strippingNewline: true) else { return .end }
        // Windows line endings from files edited elsewhere.
        return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }
}
