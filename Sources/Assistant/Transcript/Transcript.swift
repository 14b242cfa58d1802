import Foundation
import MigrationGuide

/// A saved session that reads like the terminal did:
///
///     # title: Contoso moves to CSP
///     # today: 2026-11-28
///     # lang: en
///     csp> status contoso
///     Contoso Ltda (contoso) · Open License · step 1 of 4: invite
///     ...
///     csp(contoso)> advise
///
/// `# key: value` lines before the first command are the header (`today` and `lang` set the
/// replay's date and language); any other `#` line is a comment. A line starting with the prompt
/// (`csp> `, `csp(HANDLE)> `) is a command; the lines up to the next command are its expected
/// output. An output line that would start with `#`, `\` or a prompt is written with a leading
/// backslash, which replay removes.
public struct Transcript: Equatable, Sendable {
    public var path: String
    /// `# key: value` lines of the header, in order.
    public var header: [(key: String, value: String)]
    /// Every line before the first command, as written (header, comments, blank lines).
    public var preamble: [String]
    public var entries: [Entry]

    public static func == (lhs: Transcript, rhs: Transcript) -> Bool {
        lhs.path == rhs.path && lhs.entries == rhs.entries && lhs.preamble == rhs.preamble
    }

    public struct Entry: Equatable, Sendable {
        /// The prompt as written: `csp> ` or `csp(contoso)> `.
        public var prompt: String
        public var command: String
        public var expected: [String]
        /// 1-based line of the command in the file.
        public var line: Int
        /// Comment lines met in or after the output, kept after it when the file is rewritten.
        public var comments: [String] = []
    }

    public var today: CalendarDate? { value(for: "today").flatMap(CalendarDate.init(iso:)) }
    public var language: Language? { value(for: "lang").flatMap(Language.init(loose:)) }
    public var title: String? { value(for: "title") }

    public func value(for key: String) -> String? {
        header.first { $0.key == key }?.value
    }

    /// What can be wrong with a transcript file, with the line it was found on.
    public enum Failure: Error, Equatable, Sendable {
        case unreadable(path: String)
        case invalidUTF8(path: String, line: Int)
        case missingDate(path: String)
        case badDate(path: String, line: Int, text: String)
        case badLanguage(path: String, line: Int, text: String)
        case outputBeforeCommand(path: String, line: Int)
    }

    // MARK: - Reading

    public static func load(_ path: String) throws(Failure) -> Transcript {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
        return try parse(data, path: path)
    }

    public static func parse(_ data: Data, path: String) throws(Failure) -> Transcript {
        guard let text = String(data: data, encoding: .utf8) else {
            throw .invalidUTF8(path: path, line: firstInvalidLine(data))
        }
        let lines = Self.lines(text)
        var transcript = Transcript(path: path, header: [], preamble: [], entries: [])
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : raw
            if let prompt = promptPrefix(of: line) {
                transcript.entries.append(Entry(prompt: prompt, command: String(line.dropFirst(prompt.count)), expected: [], line: number))
            } else if line.hasPrefix("#") {
                guard transcript.entries.isEmpty else {
                    transcript.entries[transcript.entries.count - 1].comments.append(line)
                    continue
                }
                transcript.preamble.append(line)
                let body = line.dropFirst().trimmingCharacters(in: .whitespaces)
                if let colon = body.firstIndex(of: ":") {
                    let key = body[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                    let value = body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                    if key == "today", CalendarDate(iso: value) == nil { throw .badDate(path: path, line: number, text: value) }
                    if key == "lang", Language(loose: value) == nil { throw .badLanguage(path: path, line: number, text: value) }
                    if !key.isEmpty, !key.contains(" ") { transcript.header.append((key, value)) }
                }
            } else {
                guard !transcript.entries.isEmpty else {
                    // Blank lines may separate the header from the first command.
                    if line.trimmingCharacters(in: .whitespaces).isEmpty {
                        transcript.preamble.append(line)
                        continue
                    }
                    throw .outputBeforeCommand(path: path, line: number)
                }
                transcript.entries[transcript.entries.count - 1].expected.append(unescaped(line))
            }
        }
        guard transcript.today != nil else { throw .missingDate(path: path) }
        return transcript
    }

    /// Lines without their terminators; a final newline does not start an empty line. Split on
    /// bytes: splitting on Characters walks grapheme clusters (and sees "\r\n" as one), and
    /// Foundation's `components(separatedBy:)` is slower still.
    static func lines(_ text: String) -> [String] {
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// `csp> ` or `csp(handle)> ` at the start of `line`, if it is a command line.
    static func promptPrefix(of line: String) -> String? {
        if line.hasPrefix("csp> ") || line == "csp>" { return line == "csp>" ? "csp>" : "csp> " }
        guard line.hasPrefix("csp("), let close = line.range(of: ")> ") else { return nil }
        let handle = line[line.index(line.startIndex, offsetBy: 4)..<close.lowerBound]
        guard Handle(String(handle)) != nil else { return nil }
        return String(line[..<close.upperBound])
    }

    private static func firstInvalidLine(_ data: Data) -> Int {
        var line = 1
        var start = data.startIndex
        for index in data.indices where data[index] == UInt8(ascii: "\n") {
            if String(data: data[start..<index], encoding: .utf8) == nil { return line }
            line += 1
            start = data.index(after: index)
        }
        return line
    }

    // MARK: - Writing

    /// An output line as stored: escaped when it could be mistaken for a comment or a command.
    static func escaped(_ line: String) -> String {
        line.hasPrefix("#") || line.hasPrefix("\\") || promptPrefix(of: line) != nil ? "\\" + line : line
    }

    static func unescaped(_ line: String) -> String {
        line.hasPrefix("\\") ? String(line.dropFirst()) : line
    }

    /// What a session had before its recording started that its commands may rely on: the
    /// selected customer (`use`), JSON output, and the questions a follow-up ("and relecloud?")
    /// continues. A replay restores them before the first command.
    public struct Context: Equatable, Sendable {
        public var selected: Handle?
        public var json = false
        /// The question and its follow-ups so far, in order; a replay asks them again, unseen.
        public var questions: [String] = []

        public init(selected: Handle? = nil, json: Bool = false, questions: [String] = []) {
            self.selected = selected
            self.json = json
            self.questions = questions
        }
    }

    /// The header a recording starts with. Width and charset are written only when they differ
    /// from a replay's defaults (80 columns, Unicode), since timelines are drawn with them; the
    /// context only when there is some.
    public static func headerText(title: String?, today: CalendarDate, language: Language, agent: String, width: Int = defaultWidth, unicode: Bool = true, context: Context = Context()) -> String {
        var text = ""
        if let title { text += "# title: \(title)\n" }
        text += "# today: \(today)\n# lang: \(language.rawValue)\n# agent: \(agent)\n"
        if width != defaultWidth { text += "# width: \(width)\n" }
        if !unicode { text += "# charset: ascii\n" }
        if context.json { text += "# format: json\n" }
        if let selected = context.selected { text += "# selected: \(selected)\n" }
        for question in context.questions { text += "# question: \(question)\n" }
        return text
    }

    /// `# selected:`, `# format:` and each `# question:` of the header.
    public var context: Context {
        Context(selected: value(for: "selected").flatMap(Handle.init), json: value(for: "format") == "json",
                questions: header.filter { $0.key == "question" }.map(\.value))
    }

    /// Columns a replay draws timelines in when the header gives no `# width:`.
    public static let defaultWidth = 80

    /// `# width: 100`: the terminal columns the session was recorded in.
    public var width: Int { value(for: "width").flatMap(Int.init).map { max(1, $0) } ?? Self.defaultWidth }
    /// `# charset: ascii`: recorded where the terminal took no Unicode.
    public var unicode: Bool { value(for: "charset")?.lowercased() != "ascii" }

    /// Who the replayed journal names: the recording's agent, or `transcript` for a written one.
    public var agent: String { value(for: "agent") ?? "transcript" }

    /// What the journal's time reads in a transcript, recorded and replayed alike: a transcript
    /// has no wall clock, so `log` replays whenever it is run.
    public static let journalTime = "replay"

    /// One command and its output, as a transcript stores them.
    public static func entryText(prompt: String, command: String, output: [String]) -> String {
        ([prompt + command] + output.map(escaped)).joined(separator: "\n") + "\n"
    }

    /// The whole file: header lines and comments before the first command are kept as they were.
    public func text(withOutputs outputs: [[String]]) -> String {
        var text = preamble.map { $0 + "\n" }.joined()
        for (entry, output) in zip(entries, outputs) {
            text += Self.entryText(prompt: entry.prompt, command: entry.command, output: output)
            text += entry.comments.map { $0 + "\n" }.joined()
        }
        return text
    }
}

