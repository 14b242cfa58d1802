import Foundation
import StoreTestSupport
import Testing

/// The interactive shell through a real pseudo-terminal: tmux runs it, the test types keys and reads
/// the rendered screen, as a person would.
final class TerminalSession {
    let socket = "csp-test-\(UUID().uuidString.prefix(8))"
    let home: URL

    /// - Parameters:
    ///   - editrc: the user's `~/.editrc` (`bind -v` for vi mode).
    ///   - program: what runs the shell, with `arguments` after it: the binary itself by default.
    init(arguments: String = "--today 2026-11-28", editrc: String = "", program: String = Binary.url.path, columns: Int = 120) throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("csp-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        if !editrc.isEmpty { try (editrc + "\n").write(to: home.appendingPathComponent(".editrc"), atomically: true, encoding: .utf8) }
        let command = "env -u NO_COLOR HOME=\(home.path) XDG_STATE_HOME=\(home.path)/state XDG_DATA_HOME=\(home.path)/data LANG=C.UTF-8 TERM=xterm "
            + "\(program) \(arguments); echo EXIT=$?; sleep 60"
        // The server started here must not inherit our pipes, or reading them would never end.
        try tmux(["new-session", "-d", "-x", "\(columns)", "-y", "40", command], capture: false)
        try waitFor("the first prompt") { $0.contains("csp>") }
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: home)
    }

    var historyFile: URL { home.appendingPathComponent("state/csp-migrate/history") }

    @discardableResult
    func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-L", socket] + arguments
        process.standardError = FileHandle.nullDevice
        guard capture else {
            try Self.spawnClosingDescriptors(["tmux", "-L", socket] + arguments)
            return ""
        }
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Runs a command with only /dev/null for its standard streams and every other descriptor
    /// closed: the tmux server it starts outlives it, and must not hold any of the test's pipes.
    static func spawnClosingDescriptors(_ arguments: [String]) throws {
        try StoreTestSupport.spawnClosingDescriptors(arguments)
    }

    func type(_ text: String) throws { try tmux(["send-keys", "-t", "0", "-l", text]) }
    func press(_ keys: String...) throws { try tmux(["send-keys", "-t", "0"] + keys) }
    func screen() throws -> String { try tmux(["capture-pane", "-t", "0", "-p"]) }

    /// Polls the screen until `condition` holds; fails after five seconds showing the screen.
    func waitFor(_ what: String = "", _ condition: (String) -> Bool) throws {
        let deadline = Date().addingTimeInterval(5)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("timed out waiting for \(what); screen:\n\(last)")
        throw CancellationError()
    }

    /// The screen's last non-empty line.
    func lastLine() throws -> String {
        try screen().split(separator: "\n").last.map(String.init) ?? ""
    }
}

@Suite("At a terminal", .serialized)
struct TerminalTests {
    @Test("he + Tab completes help")
    func tabCompletion() throws {
        let terminal = try TerminalSession()
        try terminal.type("he")
        try terminal.press("Tab")
        try terminal.waitFor("completion") { _ in (try? terminal.lastLine()) == "csp> help" }
        try terminal.press("Enter")
        try terminal.waitFor("help output") { $0.contains("COMMAND --help") }
    }

    @Test("Tab after import offers the format words, then completes a file's name; the import runs")
    func importCompletion() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("samples/import").path
        let terminal = try TerminalSession()
        try terminal.type("import partner-")
        try terminal.press("Tab")
        try terminal.waitFor("the format word") { _ in (try? terminal.lastLine()) == "csp> import partner-center" }
        try terminal.type("customers \(folder)/Cust")
        try terminal.press("Tab")
        try terminal.waitFor("the file name") { _ in (try? terminal.lastLine()) == "csp> import partner-center customers \(folder)/Customers.csv" }
        try terminal.press("Enter")
        try terminal.waitFor("the summary") { $0.contains("3 new, 0 changed, 0 unchanged, 0 skipped. Recorded.") }
    }

    @Test("Tab lists several candidates")
    func tabListing() throws {
        let terminal = try TerminalSession()
        try terminal.type("customer ")
        try terminal.press("Tab")
        try terminal.waitFor("candidates") { $0.contains("add") && $0.contains("remove") && $0.contains("show") }
    }

    @Test("Up recalls the previous line")
    func upArrow() throws {
        let terminal = try TerminalSession()
        try terminal.type("today 2026-12-01")
        try terminal.press("Enter")
        try terminal.waitFor("reply") { $0.contains("Today is now 2026-12-01.") }
        try terminal.press("Up")
        try terminal.waitFor("recall") { _ in (try? terminal.lastLine()) == "csp> today 2026-12-01" }
    }

    @Test("Ctrl-C drops a half-typed line and the shell stays")
    func interrupt() throws {
        let terminal = try TerminalSession()
        try terminal.type("statu")
        try terminal.waitFor("echo") { $0.contains("csp> statu") }
        try terminal.press("C-c")
        try terminal.waitFor("fresh prompt") { _ in (try? terminal.lastLine()) == "csp>" }
        try terminal.type("today")
        try terminal.press("Enter")
        try terminal.waitFor("still alive") { $0.contains("Today is 2026-11-28.") }
        #expect(try !terminal.screen().contains("EXIT="))
    }

    @Test("Ctrl-D exits 0 and the history file holds the lines typed, blank ones left out")
    func endOfInput() throws {
        let terminal = try TerminalSession()
        for line in ["today", "", "help steps"] {
            try terminal.type(line)
            try terminal.press("Enter")
        }
        try terminal.waitFor("replies") { $0.contains("Usage: steps") }
        try terminal.press("C-d")
        try terminal.waitFor("exit") { $0.contains("EXIT=0") }
        let history = try String(contentsOf: terminal.historyFile, encoding: .utf8)
        #expect(history == "_HiStOrY_V2_\ntoday\nhelp\\040steps\n")
    }

    @Test("after a failed command, leaving the shell is still status 0", arguments: ["C-d", "quit", "exit"])
    func leaveAfterFailure(way: String) throws {
        let terminal = try TerminalSession()
        try terminal.type("status nobody")
        try terminal.press("Enter")
        try terminal.waitFor("the error") { $0.contains("E-UNKNOWN-CUSTOMER") }
        // A key sent before libedit has put the terminal back in raw mode can be flushed with the
        // mode change, so the way out is sent only once the next prompt is on screen.
        try terminal.waitFor("a fresh prompt") { _ in (try? terminal.lastLine()) == "csp>" }
        if way.hasPrefix("C-") {
            try terminal.press(way)
        } else {
            try terminal.type(way)
            try terminal.press("Enter")
        }
        try terminal.waitFor("exit") { $0.contains("EXIT=") }
        #expect(try terminal.screen().contains("EXIT=0"))
    }

    @Test("quit leaves with status 0")
    func quit() throws {
        let terminal = try TerminalSession()
        try terminal.type("quit")
        try terminal.press("Enter")
        try terminal.waitFor("exit") { $0.contains("EXIT=0") }
    }

    @Test("a UTF-8 name edited with the arrow keys comes out intact")
    func utf8Editing() throws {
        let terminal = try TerminalSession()
        try terminal.type(#"customer add sol --name "Soluções Ltda""#)
        try terminal.waitFor("echo") { $0.contains("Ltda\"") }
        // Five characters back is just after the space; Backspace removes it.
        try terminal.press("Left", "Left", "Left", "Left", "Left")
        try terminal.press("BSpace")
        try terminal.type("ç")
        try terminal.press("Enter")
        try terminal.waitFor("reply") { $0.contains("Added Soluçõesç") }
        #expect(try terminal.screen().contains("Added SoluçõesçLtda as sol"))
    }

    @Test("the prompt shows the selected customer")
    func prompt() throws {
        let terminal = try TerminalSession()
        try terminal.type("customer add contoso --name C")
        try terminal.press("Enter")
        try terminal.type("use contoso")
        try terminal.press("Enter")
        try terminal.waitFor("prompt") { _ in (try? terminal.lastLine()) == "csp(contoso)>" }
    }

    @Test("log fits the terminal's width, and follows the window when it is resized")
    func logFitsTheWindow() throws {
        let terminal = try TerminalSession()
        try terminal.type(#"customer add contoso --name "Contoso Comércio e Serviços de Informática Ltda" --program open --email ti@contoso.example"#)
        try terminal.press("Enter")
        try terminal.waitFor("reply") { $0.contains("Added Contoso") }
        /// The journal's lines as the terminal shows them, wrapped lines joined again (`-J`).
        func logLines() throws -> [Substring] {
            try terminal.press("C-l")
            try terminal.type("log")
            try terminal.press("Enter")
            try terminal.waitFor("the journal") { $0.contains("When") && $0.split(separator: "\n").last == "csp>" }
            let joined = try terminal.tmux(["capture-pane", "-t", "0", "-p", "-J"]).split(separator: "\n")
            return joined.drop { !$0.contains("When") }.prefix { !$0.hasPrefix("csp>") }
        }
        let wide = try logLines()
        #expect(wide.count >= 2)
        #expect(wide.allSatisfy { $0.count <= 120 }, "\(wide)")
        try terminal.tmux(["resize-window", "-t", "0", "-x", "80"])
        let narrow = try logLines()
        #expect(narrow.count > wide.count, "\(narrow)")
        #expect(narrow.allSatisfy { $0.count <= 80 }, "\(narrow)")
    }

    @Test("at 60 columns, status and advice in Portuguese are fitted by the shell: the terminal folds no line")
    func repliesFitANarrowWindow() throws {
        let terminal = try TerminalSession(arguments: "--today 2026-11-28 --lang pt-BR")
        try terminal.tmux(["resize-window", "-t", "0", "-x", "60"])
        for (line, reply) in [(#"customer add contoso --name "Contoso Comércio e Serviços de Informática Ltda" --program open --email ti@contoso.example"#, "contoso"),
                              (#"license add contoso "Microsoft 365 Business Premium" --seats 50 --expires 2026-12-20"#, "L1"),
                              ("accept contoso", "contoso")] {
            try terminal.type(line)
            try terminal.press("Enter")
            try terminal.waitFor("reply") { $0.contains(reply) }
            try terminal.waitFor("a fresh prompt") { _ in (try? terminal.lastLine()) == "csp>" }
        }
        try terminal.press("C-l")
        try terminal.type("status contoso")
        try terminal.press("Enter")
        try terminal.waitFor("the status") { $0.contains("Próximo passo") && $0.split(separator: "\n").last == "csp>" }
        // `-J` joins the lines the terminal folded: equal screens mean it folded none.
        let shown = try terminal.screen()
        let joined = try terminal.tmux(["capture-pane", "-t", "0", "-p", "-J"])
        #expect(shown.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                == joined.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }, "\(shown)")
        #expect(shown.contains("Contoso Comércio e Serviços de Informática Ltda"))
    }

    @Test("a question typed at the prompt is answered in colour, with the command it ran")
    func questionInColour() throws {
        let terminal = try TerminalSession()
        try terminal.type("customer add contoso --name Contoso")
        try terminal.press("Enter")
        try terminal.type("o que falta para a contoso?")
        try terminal.press("Enter")
        try terminal.waitFor("answer") { $0.contains("→ advise contoso") }
        // Colour codes are drawn, never shown as text.
        let screen = try terminal.screen()
        #expect(!screen.contains("\\u{1B}"))
        let attributes = try terminal.tmux(["capture-pane", "-t", "0", "-p", "-e"])
        #expect(attributes.contains("\u{1B}["))
    }

    @Test("SIGTERM and SIGHUP: history saved, exit status 128 + signal", arguments: [("TERM", 15), ("HUP", 1)])
    func termination(signal: String, number: Int) throws {
        let terminal = try TerminalSession()
        try terminal.type("today")
        try terminal.press("Enter")
        try terminal.waitFor("reply") { $0.contains("Today is 2026-11-28.") }
        // The signal is sent while the shell waits at its next prompt, as when a window is closed.
        try terminal.waitFor("a fresh prompt") { _ in (try? terminal.lastLine()) == "csp>" }
        let pid = try terminal.tmux(["display-message", "-p", "-t", "0", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        // The pane runs a shell whose child is csp-migrate.
        let children = try String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8).split(separator: " ")
        let child = try #require(children.first.flatMap { Int32($0) })
        kill(child, signal == "TERM" ? SIGTERM : SIGHUP)
        try terminal.waitFor("exit") { $0.contains("EXIT=\(128 + number)") }
        #expect(try String(contentsOf: terminal.historyFile, encoding: .utf8).contains("today"))
    }

    @Test("Ctrl-C during a history search leaves the search and keeps the shell, in emacs and vi modes", arguments: ["", "bind -v"])
    func interruptSearch(editrc: String) throws {
        let terminal = try TerminalSession(editrc: editrc)
        try terminal.type("today 2026-12-24")
        try terminal.press("Enter")
        try terminal.waitFor("reply") { $0.contains("Today is now 2026-12-24.") }
        // Until the shell reads keys again the terminal is in cooked mode, where Ctrl-R is the
        // driver's own "reprint line" and never reaches the shell.
        try terminal.waitFor("a fresh prompt") { _ in (try? terminal.lastLine()) == "csp>" }
        if editrc.contains("-v") {
            // vi: Escape to command mode, then `/` searches the history.
            try terminal.press("Escape")
            try terminal.type("/")
        } else {
            try terminal.press("C-r")
        }
        try terminal.type("12-2")
        // The search's own prompt, not the earlier line, which holds 12-2 too.
        let searching = editrc.contains("-v") ? "/12-2" : "(history search) 12-2:"
        try terminal.waitFor("searching") { $0.contains(searching) }
        try terminal.press("C-c")
        try terminal.waitFor("a fresh prompt") { _ in (try? terminal.lastLine()) == "csp>" }
        // vi may leave a cancelled search in command mode, as vi does; an empty line brings back
        // a prompt in insert mode whichever mode it came back in.
        if editrc.contains("-v") { try terminal.press("Enter") }
        // Still the same session: the date set before the search is kept.
        try terminal.type("today")
        try terminal.press("Enter")
        try terminal.waitFor("the session kept") { $0.contains("Today is 2026-12-24.") }
        #expect(try !terminal.screen().contains("EXIT="))
    }

    @Test("Ctrl-R searches the history under a prompt that says so; Ctrl-R again goes further back; Enter runs the line found")
    func reverseSearch() throws {
        let terminal = try TerminalSession()
        for (line, reply) in [("today 2026-12-24", "Today is now 2026-12-24."), ("today 2026-12-25", "Today is now 2026-12-25."), ("steps", "advise HANDLE")] {
            try terminal.type(line)
            try terminal.press("Enter")
            try terminal.waitFor("reply") { $0.contains(reply) }
        }
        try terminal.waitFor("a fresh prompt") { _ in (try? terminal.lastLine()) == "csp>" }
        try terminal.press("C-r")
        try terminal.waitFor("the search's prompt") { _ in (try? terminal.lastLine()) == "(history search):" }
        try terminal.type("12-2")
        try terminal.waitFor("the newest match") { _ in (try? terminal.lastLine()) == "(history search) 12-2: today 2026-12-25" }
        try terminal.press("C-r")
        try terminal.waitFor("an older match") { _ in (try? terminal.lastLine()) == "(history search) 12-2: today 2026-12-24" }
        try terminal.press("Enter")
        try terminal.waitFor("the line found, run") { $0.components(separatedBy: "Today is now 2026-12-24.").count == 3 }
        // The line run is shown after the ordinary prompt, and libedit's bare `bck:` never appears.
        #expect(try terminal.screen().contains("csp> today 2026-12-24\nToday is now 2026-12-24."))
        #expect(try !terminal.screen().contains("bck"))
    }

    /// Over 4,096 bytes, yet short enough that the search's prompt stays on the screen.
    @Test("Ctrl-R then Ctrl-G on a line of 2,200 accented letters (4,426 bytes) gives the whole line back")
    func reverseSearchLongLine() throws {
        let terminal = try TerminalSession()
        try terminal.type("customer add long --name \"" + String(repeating: "é", count: 2_200) + "\"")
        try terminal.waitFor("the whole line typed") { $0.contains("é\"\n") }
        try terminal.press("C-r")
        try terminal.waitFor("the search's prompt") { $0.contains("(history search):") }
        try terminal.press("C-g")
        try terminal.waitFor("the typed line back") { !$0.contains("(history search)") }
        try terminal.press("Enter")
        try terminal.waitFor("the reply to the whole line") { $0.contains("--name is longer than 200 characters") }
    }

    @Test("Ctrl-R after the window was widened draws at the new width, not the one the shell started with")
    func reverseSearchAfterResize() throws {
        let terminal = try TerminalSession(columns: 40)
        try terminal.type("customer add contoso --name Contoso")
        try terminal.press("Enter")
        try terminal.waitFor("reply") { $0.contains("Added Contoso") }
        try terminal.waitFor("a fresh prompt") { _ in (try? terminal.lastLine()) == "csp>" }
        try terminal.tmux(["resize-window", "-t", "0", "-x", "60"])
        try terminal.waitFor("the wider window") { _ in (try? terminal.tmux(["display-message", "-p", "-t", "0", "#{pane_width}"]))?.hasPrefix("60") == true }
        try terminal.press("C-r")
        try terminal.waitFor("the search's prompt") { _ in (try? terminal.lastLine()) == "(history search):" }
        try terminal.type("conto")
        try terminal.waitFor("the match on one row") { _ in (try? terminal.lastLine()) == "(history search) conto: customer add contoso --name Contoso" }
        try terminal.press("C-g")
    }

    @Test("Ctrl-R in Portuguese: not found is said, and Ctrl-G gives the typed line back")
    func reverseSearchNotFound() throws {
        let terminal = try TerminalSession(arguments: "--today 2026-11-28 --lang pt-BR")
        try terminal.type("today 2026-12-24")
        try terminal.press("Enter")
        try terminal.waitFor("reply") { $0.contains("2026-12-24") }
        try terminal.waitFor("a fresh prompt") { _ in (try? terminal.lastLine()) == "csp>" }
        try terminal.type("status")
        try terminal.press("C-r")
        try terminal.type("zzz")
        try terminal.waitFor("not found") { _ in (try? terminal.lastLine()) == "(busca no histórico: não encontrada) zzz:" }
        try terminal.press("C-g")
        try terminal.waitFor("the typed line back") { _ in (try? terminal.lastLine()) == "csp> status" }
    }

    @Test("under make, Ctrl-C at the prompt then quit leaves make with the program's status 0, not 130")
    func ctrlCUnderMake() throws {
        // make's own `run` recipe builds a release first; this one only launches, as it does.
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csp-make-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let makefile = folder.appendingPathComponent("Makefile")
        try "run:\n\t@\(repository.path)/scripts/run \(Binary.url.path) $(ARGS)\n".write(to: makefile, atomically: true, encoding: .utf8)
        let terminal = try TerminalSession(arguments: "ARGS='--today 2026-11-28'", program: "make -s -f \(makefile.path) run")
        try terminal.type("status")
        try terminal.waitFor("the echo") { _ in (try? terminal.lastLine()) == "csp> status" }
        try terminal.press("C-c")
        try terminal.waitFor("a fresh prompt") { _ in (try? terminal.lastLine()) == "csp>" }
        try terminal.type("quit")
        try terminal.press("Enter")
        // Interrupted, make would have died with the signal, and the shell running it too.
        try terminal.waitFor("make's status") { $0.contains("EXIT=0") }
    }

    @Test("Tab Tab lists the candidates once")
    func tabTwiceListsOnce() throws {
        let terminal = try TerminalSession()
        try terminal.type("customer ")
        try terminal.press("Tab")
        try terminal.waitFor("candidates") { $0.contains("remove") }
        try terminal.press("Tab")
        // A key after the second Tab: once it shows, the Tab before it was handled.
        try terminal.type("s")
        try terminal.waitFor("the key after") { _ in (try? terminal.lastLine()) == "csp> customer s" }
        let screen = try terminal.screen()
        #expect(screen.components(separatedBy: "remove").count == 2, "\(screen)")
    }
}
