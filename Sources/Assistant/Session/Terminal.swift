import CLibEdit

/// Facts about the process's terminal, read once at start.
public enum Terminal {
    public static var stdinIsTerminal: Bool { csp_stdin_is_tty() != 0 }
    public static var stdoutIsTerminal: Bool { csp_stdout_is_tty() != 0 }

    /// See `csp_use_utf8_locale`. True when the user's own locale is UTF-8, so the terminal shows
    /// Unicode drawings; false when the program had to switch to C.UTF-8 itself.
    @discardableResult
    public static func useUTF8Locale() -> Bool { csp_use_utf8_locale() != 0 }

    /// Columns for drawings: a positive COLUMNS wins, then the terminal's own size, else 80 (a
    /// pipe or a file).
    public static func width(environment: [String: String]) -> Int {
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        let columns = Int(csp_terminal_columns())
        return columns > 0 ? columns : 80
    }

    /// Unblocks SIGTERM, SIGHUP and SIGINT, whatever mask the process was started with.
    public static func acceptStopSignals() { _ = csp_accept_stop_signals() }

    /// Runs `body` with SIGTERM, SIGHUP and SIGINT held back; one that arrives meanwhile takes
    /// effect when `body` returns.
    public static func holdingStopSignals<Result>(_ body: () -> Result) -> Result {
        _ = csp_hold_stop_signals()
        defer { _ = csp_release_stop_signals() }
        return body()
    }
}
