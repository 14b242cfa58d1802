import CLibEdit

/// Facts about the process's terminal, read once at start.
public enum Terminal {
    public static var stdinIsTerminal: Bool { csp_stdin_is_tty() != 0 }
    public static var stdoutIsTerminal: Bool { csp_stdout_is_tty() != 0 }

    /// See `csp_use_utf8_locale`.
    public static func useUTF8Locale() { csp_use_utf8_locale() }
}
