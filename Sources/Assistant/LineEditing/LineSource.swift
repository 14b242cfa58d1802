import Foundation

/// Where the session's lines come from: a person at libedit, a pipe, `-c` arguments or a transcript.
/// All of them feed the same loop.
public protocol LineSource: AnyObject {
    func nextLine() -> LineEvent
    /// Called after each line is handled (libedit saves history here).
    func lineHandled(_ line: String)
    /// Called once when the loop ends (history saved, terminal restored).
    func finish()
    /// Whether the next line is already read, so nobody waits for the replies before it yet.
    var hasLineReady: Bool { get }
}

public enum LineEvent: Equatable, Sendable {
    case line(String)
    /// Ctrl-C on a half-typed line: drop it and prompt again.
    case interrupted
    /// SIGTERM or SIGHUP: leave now with 128 + signal.
    case terminated(signal: Int32)
    /// A line that is not valid UTF-8: reported, never run.
    case undecodable
    case end
}

extension LineSource {
    public func lineHandled(_ line: String) {}
    public func finish() {}
    public var hasLineReady: Bool { false }
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

    public var hasLineReady: Bool { !lines.isEmpty }
}

/// Plain lines from standard input, with no prompt and no editing: pipes and redirected files.
/// Bytes are checked as UTF-8 line by line (the standard `readLine` would quietly replace bad
/// bytes, and a command would then run on text nobody typed).
public final class PlainLineSource: LineSource {
    private let input = FileHandle.standardInput
    private var buffer: [UInt8] = []
    /// Where the unread part of `buffer` begins: lines are taken from the front without moving
    /// the rest, which was copied down once per line.
    private var start = 0
    private var finished = false

    public init() {}

    public func nextLine() -> LineEvent {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                let bytes = buffer[start..<newline]
                start = newline + 1
                return Self.decode(bytes)
            }
            if finished {
                guard start < buffer.count else { return .end }
                defer { buffer.removeAll(); start = 0 }
                return Self.decode(buffer[start...])
            }
            buffer.removeSubrange(..<start)
            start = 0
            let chunk = input.availableData
            if chunk.isEmpty { finished = true } else { buffer += chunk }
        }
    }

    public var hasLineReady: Bool { buffer[start...].contains(UInt8(ascii: "\n")) }

    static func decode(_ bytes: ArraySlice<UInt8>) -> LineEvent {
        // Windows line endings from files edited elsewhere.
        let content = bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes
        guard let line = String(validating: content, as: UTF8.self) else { return .undecodable }
        return .line(line)
    }
}
