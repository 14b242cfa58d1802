import CLibEdit
import Foundation
import MigrationGuide

/// A person at a terminal: libedit with emacs keys, `~/.editrc`, history, Ctrl-R search, tab
/// completion and a prompt showing the selected customer.
public final class EditLineSource: LineSource {
    private let editor: OpaquePointer
    private let history: OpaquePointer
    private let historyPath: String?
    private let context: Unmanaged<EditLineContext>

    /// - Parameters:
    ///   - historyPath: where history is loaded from and saved to; nil keeps none.
    ///   - prompt: the prompt for the next line (`csp> `, `csp(contoso)> `).
    ///   - complete: tab completion for the text before the cursor.
    ///   - language: the session's language, for the history search's prompt.
    public init?(historyPath: String?, prompt: @escaping () -> String, complete: @escaping (String) -> Completer.Completion,
                 language: @escaping () -> Language = { .en }) {
        guard let editor = csp_el_init("csp-migrate"), let history = csp_history_init() else { return nil }
        self.editor = editor
        self.history = history
        self.historyPath = historyPath
        context = Unmanaged.passRetained(EditLineContext(prompt: prompt, complete: complete, language: language, history: history))

        csp_history_set_size(history, 1000)
        csp_history_set_unique(history, 1)
        if let historyPath { _ = csp_history_load(history, historyPath) }

        csp_el_set_client_data(editor, context.toOpaque())
        csp_el_set_editor(editor, "emacs")
        // Our own SIGINT handler (no SA_RESTART) makes el_gets return on Ctrl-C; libedit's own
        // signal handling would instead kill the shell or wait for Enter.
        csp_el_set_signal(editor, 0)
        csp_el_set_prompt(editor, editLinePrompt, 0)
        csp_el_set_history(editor, history)
        csp_el_add_function(editor, "csp-complete", "Complete a command, flag, customer or offer", editLineComplete)
        csp_el_bind(editor, "^I", "csp-complete")
        // libedit's own search (em-inc-search-prev) shows a bare `bck:` under the line: ours says
        // what it is, in the session's language, and shows the line found in place of the typed one.
        csp_el_add_function(editor, "csp-search-history", "Search the history backwards", editLineSearch)
        csp_el_bind(editor, "^R", "csp-search-history")
        // After our bindings, so that a user's ~/.editrc can change them.
        _ = csp_el_source(editor, nil)
        csp_install_interrupt_handler()
        csp_install_termination_handlers()
    }

    deinit {
        csp_el_end(editor)
        csp_history_end(history)
        context.release()
    }

    public func nextLine() -> LineEvent {
        _ = csp_take_interrupt()
        context.takeUnretainedValue().listedFor = nil
        var count: Int32 = 0
        // The window may have been resized since the last line (libedit is not told: EL_SIGNAL is off).
        el_resize(editor)
        guard let raw = csp_el_gets(editor, &count) else {
            let signal = csp_termination_signal()
            if signal != 0 {
                csp_write_stdout("\n")
                return .terminated(signal: signal)
            }
            // Inside a Ctrl-R search libedit reports Ctrl-C as an end of input (count 0), not as an
            // interrupted read: the flag the handler set tells them apart, so the shell stays.
            if csp_take_interrupt() != 0 || (count < 0 && errno == EINTR) {
                csp_write_stdout("^C\n")
                csp_el_reset(editor)
                return .interrupted
            }
            csp_write_stdout("\n")
            return .end
        }
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    public func lineHandled(_ line: String) {
        // Blank lines are never stored; trailing spaces (left by completion) are not kept.
        var entry = Substring(line)
        while let last = entry.last, last.isWhitespace { entry.removeLast() }
        guard !entry.isEmpty else { return }
        csp_history_enter(history, String(entry))
        save()
    }

    public func finish() {
        save()
    }

    /// Saved after every command: two shells then lose at most each other's latest lines, and a
    /// killed shell loses nothing.
    private func save() {
        guard let historyPath else { return }
        let folder = (historyPath as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        _ = csp_history_save(history, historyPath)
    }

    /// `$XDG_STATE_HOME/csp-migrate/history`, else `~/.local/state/csp-migrate/history`.
    public static func defaultHistoryPath(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/csp-migrate/history"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/csp-migrate/history"
    }
}

/// What libedit's C callbacks reach through EL_CLIENTDATA.
final class EditLineContext {
    let prompt: () -> String
    let complete: (String) -> Completer.Completion
    let language: () -> Language
    let history: OpaquePointer
    /// The prompt's C string, kept alive until the next prompt.
    var promptBuffer: UnsafeMutablePointer<CChar>?
    /// The text whose candidates are on screen: a second Tab on it does not list them again.
    var listedFor: String?
    /// The prompt while a history search runs (`(history search) tod: `), in place of `prompt`.
    var searchPrompt: String?

    init(prompt: @escaping () -> String, complete: @escaping (String) -> Completer.Completion, language: @escaping () -> Language, history: OpaquePointer) {
        self.prompt = prompt
        self.complete = complete
        self.language = language
        self.history = history
    }

    deinit { free(promptBuffer) }

    static func from(_ editor: OpaquePointer?) -> EditLineContext? {
        guard let editor, let data = csp_el_client_data(editor) else { return nil }
        return Unmanaged<EditLineContext>.fromOpaque(data).takeUnretainedValue()
    }
}

private func editLinePrompt(_ editor: OpaquePointer?) -> UnsafeMutablePointer<CChar>? {
    guard let context = EditLineContext.from(editor) else { return nil }
    free(context.promptBuffer)
    context.promptBuffer = strdup(context.searchPrompt ?? context.prompt())
    return context.promptBuffer
}

/// The line being edited, whole or up to the cursor, however long.
private func editedText(_ editor: OpaquePointer, whole: Bool) -> String {
    var length: Int32 = 0
    guard let bytes = csp_el_line(editor, whole ? 1 : 0, &length) else { return "" }
    return String(decoding: UnsafeRawBufferPointer(start: bytes, count: Int(length)), as: UTF8.self)
}

private func editLineComplete(_ editor: OpaquePointer?, _ key: Int32) -> UInt8 {
    guard let editor, let context = EditLineContext.from(editor) else { return UInt8(CC_ERROR) }
    // With EL_SIGNAL off libedit never hears SIGWINCH: without this it draws the search at the
    // width the window had when the shell started, cutting and overwriting the line.
    el_resize(editor)
    let text = editedText(editor, whole: false)
    let completion = context.complete(text)
    if let replacement = completion.replacement {
        csp_el_delete(editor, Int32(completion.wordLength))
        _ = csp_el_insert(editor, replacement)
        context.listedFor = nil
        return UInt8(CC_REFRESH)
    }
    // The list is printed once: pressing Tab again on the same text only beeps.
    guard completion.candidates.count > 1, context.listedFor != text else { return UInt8(CC_REFRESH_BEEP) }
    context.listedFor = text
    let width = Terminal.width(environment: ProcessInfo.processInfo.environment)
    csp_write_stdout("\n" + CandidateColumns.layout(completion.candidates, width: width) + "\n")
    return UInt8(CC_REDISPLAY)
}

/// Ctrl-R: an incremental search back through history. Each key typed narrows it, Ctrl-R again
/// finds the next older match, Backspace widens it; Enter runs the line found, Ctrl-G gives the
/// typed line back, and any other key (an arrow, Ctrl-A, Esc) stops the search on the line found
/// and then does what it always does. Ctrl-C drops the line, as at the prompt.
private func editLineSearch(_ editor: OpaquePointer?, _ key: Int32) -> UInt8 {
    guard let editor, let context = EditLineContext.from(editor) else { return UInt8(CC_ERROR) }
    // With EL_SIGNAL off libedit never hears SIGWINCH: without this it draws the search at the
    // width the window had when the shell started, cutting and overwriting the line.
    el_resize(editor)
    let typed = editedText(editor, whole: true)
    var search = HistorySearch(entries: context.historyEntries())
    let phrases = TextRenderer(language: context.language()).phrases
    // libedit's refresh redraws from where it believes the line starts: the cursor is taken back
    // there first, past the rows a long line took, and what was drawn is cleared.
    let columns = max(1, Terminal.width(environment: ProcessInfo.processInfo.environment))
    var cursorColumn = Table.width(context.prompt()) + Table.width(editedText(editor, whole: false))
    func redraw(_ line: String) {
        let rows = cursorColumn / columns
        csp_write_stdout("\r" + (rows > 0 ? "\u{1B}[\(rows)A" : "") + "\u{1B}[J")
        csp_el_replace_line(editor, line)
        csp_el_refresh(editor)
        cursorColumn = Table.width(context.searchPrompt ?? context.prompt()) + Table.width(line)
    }
    func show() {
        let label = phrases.label(search.found == nil && !search.pattern.isEmpty ? .historySearchNotFound : .historySearch)
        context.searchPrompt = search.pattern.isEmpty ? "\(label): " : "\(label) \(search.pattern): "
        redraw(search.found.map { search.entries[$0] } ?? (search.pattern.isEmpty ? typed : ""))
    }
    func finish(_ line: String) {
        context.searchPrompt = nil
        redraw(line)
    }
    show()
    while true {
        var scalar: UInt32 = 0
        guard csp_el_getc(editor, &scalar) == 1, let character = Unicode.Scalar(scalar) else {
            // Ctrl-C or the end of input: the shell drops the line (or leaves) as it does at the prompt.
            finish(typed)
            return UInt8(CC_EOF)
        }
        let found = search.found.map { search.entries[$0] }
        switch scalar {
        case 0x12: search.older()                                   // Ctrl-R
        case 0x7F, 0x08: search.narrow(to: String(search.pattern.dropLast()))
        case 0x0D, 0x0A:                                            // Enter: as pressed on the line found
            finish(found ?? typed)
            csp_el_push(editor, scalar)
            return UInt8(CC_REFRESH)
        case 0x07:                                                  // Ctrl-G
            finish(typed)
            return UInt8(CC_REFRESH)
        case 0..<0x20:
            finish(found ?? typed)
            csp_el_push(editor, scalar)
            return UInt8(CC_REFRESH)
        default: search.narrow(to: search.pattern + String(character))
        }
        show()
    }
}

/// The history search's state: what is typed, and which entry (newest first) it found.
struct HistorySearch {
    let entries: [String]
    private(set) var pattern = ""
    private(set) var found: Int?

    init(entries: [String]) { self.entries = entries }

    /// A new pattern: the newest entry holding it, case and accents ignored.
    mutating func narrow(to pattern: String) {
        self.pattern = pattern
        found = pattern.isEmpty ? nil : match(from: 0)
    }

    /// The next older entry holding the pattern, other than the line found (history keeps a line
    /// typed again later); the current one stays when there is none.
    mutating func older() {
        guard !pattern.isEmpty, let next = match(from: (found ?? -1) + 1, besides: found.map { entries[$0] }) else { return }
        found = next
    }

    private func match(from start: Int, besides shown: String? = nil) -> Int? {
        let folded = caseAndAccentFolded(pattern)
        guard start < entries.count else { return nil }
        return entries[start...].firstIndex { $0 != shown && caseAndAccentFolded($0).contains(folded) }
    }
}

extension EditLineContext {
    /// History, newest first.
    func historyEntries() -> [String] {
        var entries: [String] = []
        var next = csp_history_walk(history, 1)
        while let line = next {
            entries.append(String(cString: line))
            next = csp_history_walk(history, 0)
        }
        return entries
    }
}

/// Candidates listed in columns, as shells list completions.
enum CandidateColumns {
    static func layout(_ candidates: [String], width: Int) -> String {
        let shown = candidates.map(ShellQuote.quote)
        let column = (shown.map(Table.width).max() ?? 0) + 2
        let perLine = max(1, width / max(column, 1))
        var lines: [String] = []
        var index = 0
        while index < shown.count {
            let row = shown[index..<min(index + perLine, shown.count)]
            lines.append(row.map { $0 + String(repeating: " ", count: column - Table.width($0)) }.joined().trimmingCharacters(in: .whitespaces))
            index += perLine
        }
        return lines.joined(separator: "\n")
    }
}
