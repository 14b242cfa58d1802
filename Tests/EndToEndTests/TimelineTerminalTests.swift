import Foundation
import Testing

@Suite("A timeline at a terminal", .serialized)
struct TimelineTerminalTests {
    static let setup = [
        #"customer add contoso --name "Contoso Ltda" --program open"#,
        #"license add contoso "Office 365 E3" --seats 50 --expires 2027-03-31"#,
        "invite contoso --on 2026-11-10",
        "accept contoso --on 2026-11-12",
        #"provision contoso "Office 365 E3" --seats 50 --on 2026-11-25 --confirm"#,
    ]

    /// Clears the screen (Ctrl-L), draws the timeline, and reads the screen three ways.
    func drawn(_ terminal: TerminalSession) throws -> (plain: String, coloured: String, joined: String) {
        try terminal.press("C-l")
        try terminal.waitFor("a cleared screen") { !$0.contains("Recorded") && !$0.contains("today 2026") }
        try terminal.type("timeline contoso")
        try terminal.press("Enter")
        try terminal.waitFor("the timeline") { $0.contains("today 2026-11-28") && (try? terminal.lastLine()) == "csp>" }
        let plain = try terminal.screen()
        let coloured = try terminal.tmux(["capture-pane", "-t", "0", "-p", "-e"])
        // -J joins lines the terminal wrapped (and keeps trailing spaces, which are dropped here).
        let joined = try terminal.tmux(["capture-pane", "-t", "0", "-p", "-J"])
        return (Self.trimmed(plain), coloured, Self.trimmed(joined))
    }

    /// tmux hands a resize to the program's terminal a moment after the command returns, so a
    /// drawing made at once may still be at the old width: draw again until one fits (5 seconds).
    func drawnAfterResize(_ terminal: TerminalSession, width: Int) throws -> (plain: String, coloured: String, joined: String) {
        let deadline = Date().addingTimeInterval(5)
        var screen = try drawn(terminal)
        while Date() < deadline, screen.joined.split(separator: "\n").contains(where: { $0.count > width }) {
            screen = try drawn(terminal)
        }
        return screen
    }

    static func trimmed(_ screen: String) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.replacing(/\ +$/, with: "") }
            .joined(separator: "\n")
            .replacing(/\n+$/, with: "")
    }

    @Test("timeline contoso fills the terminal's width without wrapping, in colour, with its dates under it, and follows a resized window down to 40 columns")
    func drawsToWidth() throws {
        let terminal = try TerminalSession()
        for line in Self.setup {
            try terminal.type(line)
            try terminal.press("Enter")
        }
        try terminal.waitFor("provisioned") { $0.contains("Recorded C1") }

        let wide = try drawn(terminal)
        let lines = wide.plain.split(separator: "\n")
        let row = try #require(lines.first { $0.hasPrefix("L1 Office 365 E3") })
        #expect(row.count == 120, "the row fills the 120 columns: \(row)")
        #expect(lines.allSatisfy { $0.count <= 120 })
        #expect(wide.joined == wide.plain, "no line was wrapped by the terminal")
        #expect(wide.coloured.contains("\u{1B}[32m█"), "CSP in green")
        #expect(wide.coloured.contains("\u{1B}[33m━"), "near-end window in yellow")
        #expect(wide.coloured.contains("\u{1B}[1m│ today 2026-11-28"))
        // The dates under the drawing; C1 covers L1's users, so they lose no access to count down to.
        #expect(lines.contains("▒ 2027-03-31 · L1 (Office 365 E3) original ends"), "\(wide.plain)")
        #expect(!wide.plain.contains("users lose access"))
        let past = try #require(wide.coloured.split(separator: "\n").first { $0.contains("2026-11-10 · invitation sent") })
        #expect(past.contains(/\x{1B}\[([0-9]+;)*2m/), "a day already past is dimmed: \(past)")

        try terminal.tmux(["resize-window", "-t", "0", "-x", "64"])
        let narrow = try drawn(terminal)
        let narrowRow = try #require(narrow.plain.split(separator: "\n").last { $0.hasPrefix("L1 Office") })
        #expect(narrowRow.count == 64, "\(narrowRow)")
        #expect(narrow.joined == narrow.plain)

        // At 40 columns the label goes on under its bar; the terminal wraps nothing.
        try terminal.tmux(["resize-window", "-t", "0", "-x", "40"])
        let tight = try drawnAfterResize(terminal, width: 40)
        let tightLines = tight.plain.split(separator: "\n").map(String.init)
        let labelRow = try #require(tightLines.lastIndex { $0.hasPrefix("L1 Office ") }, "\(tight.plain)")
        #expect(tightLines[labelRow].count == 40, "\(tightLines[labelRow])")
        #expect(tightLines[labelRow + 1] == "  365 E3")
        #expect(tightLines.allSatisfy { $0.count <= 40 })
        #expect(tight.joined == tight.plain)
    }
}
