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
}
