import CLibEdit
import Foundation

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
    public init?(historyPath: String?, prompt: @escaping () -> String, complete: @escaping (String) -> Completer.Completion) {
        guard let editor = csp_el_init("csp-migrate"), let history = csp_history_init() else { return nil }
        self.editor = editor
        self.history = history
        self.historyPath = historyPath
        context = Unmanaged.passRetained(EditLineContext(prompt: prompt, complete: complete))

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
        csp_el_bind(editor, "^R", "em-inc-search-prev")
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
        var count: Int32 = 0
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
    /// The prompt's C string, kept alive until the next prompt.
    var promptBuffer: UnsafeMutablePointer<CChar>?

    init(prompt: @escaping () -> String, complete: @escaping (String) -> Completer.Completion) {
        self.prompt = prompt
        self.complete = complete
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
    context.promptBuffer = strdup(context.prompt())
    return context.promptBuffer
}

private func editLineComplete(_ editor: OpaquePointer?, _ key: Int32) -> UInt8 {
    guard let editor, let context = EditLineContext.from(editor) else { return UInt8(CC_ERROR) }
    var buffer = [CChar](repeating: 0, count: 4096)
    let length = csp_el_text_before_cursor(editor, &buffer, Int32(buffer.count))
    let text = String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let completion = context.complete(text)
    if let replacement = completion.replacement {
        csp_el_delete(editor, Int32(completion.wordLength))
        _ = csp_el_insert(editor, replacement)
        return UInt8(CC_REFRESH)
    }
    guard completion.candidates.count > 1 else { return UInt8(CC_REFRESH_BEEP) }
    csp_write_stdout("\n" + CandidateColumns.layout(completion.candidates, width: 80) + "\n")
    return UInt8(CC_REDISPLAY)
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
