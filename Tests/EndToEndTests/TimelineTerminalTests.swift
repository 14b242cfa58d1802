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

    static func trimmed(_ screen: String) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.replacing(/\ +$/, with: "") }
            .joined(separator: "\n")
            .replacing(/\n+$/, with: "")
    }

    @Test("timeline contoso fills the terminal's width without wrapping, in colour, and follows a resized window")
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

        try terminal.tmux(["resize-window", "-t", "0", "-x", "64"])
        let narrow = try drawn(terminal)
        let narrowRow = try #require(narrow.plain.split(separator: "\n").last { $0.hasPrefix("L1 Office") })
        #expect(narrowRow.count == 64, "\(narrowRow)")
        #expect(narrow.joined == narrow.plain)
    }
}
