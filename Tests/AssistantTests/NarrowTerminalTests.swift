@testable import Assistant
import MigrationGuide
import Testing

/// What staff read in a narrow window (a terminal beside Partner Center): every reply fitted to the
/// width, prose broken between words, tables narrowed, their text moved under each row, or each row
/// made a record, and nothing lost on the way.
@Suite("A narrow terminal")
struct NarrowTerminalTests {
    static let widths = [40, 60, 80, 132]

    /// A customer with warnings of every shape: a paragraph, a grouped one with its items, a table
    /// of originals and CSP subscriptions, and a journal of long commands.
    static func session(_ language: Language) throws -> Session {
        try makeSession(language: language, setup: FittingReplyTests.twoNewSubscriptions + [
            #"customer add northwind --name "Northwind Traders International Holdings" --program mosp --email it@northwind.example"#,
            #"license add northwind "Microsoft 365 Business Premium" --seats 40 --assigned 38 --expires 2026-12-20 --price 22 --currency USD"#,
        ])
    }

    static func render(_ session: Session, _ line: String, width: Int) -> String {
        TextRenderer(language: session.language, width: width).render(session.execute(line))
    }

    static func words(_ text: String) -> [String] { text.split(whereSeparator: \.isWhitespace).map(String.init) }

    static let replies = ["log", "status contoso", "status", "license list contoso", "license list --ending 2026-12", "advise contoso",
                          "advise", "plan contoso", "explain W-EARLY-CANCEL", "steps", "help", "help provision", "settings", "customer list"]

    @Test("no line is wider than the terminal, in either language", arguments: [Language.en, .ptBR], widths)
    func noLineWider(language: Language, width: Int) throws {
        let session = try Self.session(language)
        for line in Self.replies {
            for shown in Self.render(session, line, width: width).split(separator: "\n") {
                // A command to copy stays whole (the terminal may fold it); nothing else is wider.
                let command = shown.trimmingPrefix(while: { $0 == " " || $0 == "→" }).hasPrefix("provision ")
                #expect(command || Table.width(String(shown)) <= width, "\(line) at \(width): \(shown)")
            }
        }
    }

    @Test("fitting loses no word: prose keeps every word in order, tables every cell", arguments: [Language.en, .ptBR], widths)
    func nothingLost(language: Language, width: Int) throws {
        let session = try Self.session(language)
        for line in Self.replies {
            let wide = Self.render(session, line, width: 1000)
            let fitted = Self.render(session, line, width: width)
            if ["advise contoso", "explain W-EARLY-CANCEL", "steps"].contains(line) {
                #expect(Self.words(fitted) == Self.words(wide), "\(line) at \(width)")
            } else {
                // A record names each field but its first, which heads it; a table's text may be
                // broken inside a long word.
                let fittedText = Self.words(fitted).joined(separator: " ")
                let firstHeaders: Set = ["ID", "Handle", "Cliente", "When", "Quando"]
                for word in Set(Self.words(wide)).subtracting(firstHeaders) where word.count < 12 {
                    #expect(fittedText.contains(word), "\(line) at \(width): \(word)")
                }
            }
        }
    }

    @Test("log is readable at 60 columns: its columns on one line, each command under its row, in both languages",
          arguments: [(Language.en, "When", "Command"), (.ptBR, "Quando", "Comando")])
    func logAtSixty(language: Language, header: String, under: String) throws {
        let session = try Self.session(language)
        let lines = Self.render(session, "log", width: 60).split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("  \(header)"))
        #expect(lines[1] == "      " + under)
        // The command reads as typed, its words together and not in a 12-column sliver.
        #expect(lines.contains(#"      provision contoso "Office 365 E3" --seats 48 --confirm"#), "\(lines.joined(separator: "\n"))")
    }

    @Test("narrower than its short columns, each journal entry is a record of its fields, in both languages",
          arguments: [(Language.en, "Command: provision contoso", "Warnings: W-EARLY-PROVISION,"), (.ptBR, "Comando: provision contoso", "Avisos: W-EARLY-PROVISION,")])
    func logAsRecords(language: Language, command: String, warnings: String) throws {
        let session = try Self.session(language)
        let rendered = Self.render(session, "log", width: 32)
        #expect(rendered.contains("\n    \(command)"), "\(rendered)")
        #expect(rendered.contains("\n    \(warnings)"), "\(rendered)")
    }

    @Test("a warning's paragraph continues two columns in, and a grouped item's text hangs under its text, in both languages",
          arguments: [(Language.en, "  warning W-CSP-WINDOW: 2 new CSP"), (.ptBR, "  aviso W-CSP-WINDOW: 2 assinaturas CSP")])
    func hangingIndent(language: Language, lead: String) throws {
        let session = try Self.session(language)
        let lines = Self.render(session, "advise contoso", width: 60).split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex { $0.hasPrefix(lead) }, "\(lines)")
        #expect(lines[start + 1].hasPrefix("    ") && !lines[start + 1].hasPrefix("     "))
        let item = try #require(lines.firstIndex { $0.hasPrefix("    - C1 (Office 365 E3)") })
        #expect(lines[item + 1].hasPrefix("      ") && !lines[item + 1].hasPrefix("       ") && !lines[item + 1].hasPrefix("      -"))
    }

    @Test("a quoted command is never broken across lines", arguments: [40, 60])
    func quotedCommandsWhole(width: Int) throws {
        let session = try Self.session(.en)
        let rendered = Self.render(session, "advise contoso", width: width)
        #expect(rendered.contains("`csp cancel contoso C1`"))
        #expect(rendered.contains("`license edit contoso L2 --auto-renew off`") || !rendered.contains("license edit contoso L2"))
    }

    @Test("the next command and the command a question ran stay one line to copy, however narrow")
    func commandLinesWhole() throws {
        let session = try Self.session(.en)
        let status = Self.render(session, "status northwind", width: 40)
        #expect(status.split(separator: "\n").contains(where: { $0 == "  invite northwind" }))
        let answer = Self.render(session, "can contoso cancel their E3 now?", width: 20)
        #expect(answer.hasPrefix("→ cancel contoso L1 --dry-run\n"), "\(answer)")
    }

    @Test("wide enough, nothing changes: a reply that fits is the reply unfitted")
    func wideIsUnchanged() throws {
        let session = try Self.session(.en)
        for line in ["status fabrikam", "license list contoso", "settings"] {
            #expect(Self.render(session, line, width: 132) == Self.render(session, line, width: 10_000), "\(line)")
        }
    }

    @Test("below 40 columns the same rules hold; only a word wider than the line is left for the terminal to fold")
    func belowForty() throws {
        let session = try Self.session(.ptBR)
        for line in ["advise contoso", "status contoso", "log"] {
            for shown in Self.render(session, line, width: 24).split(separator: "\n") where Table.width(String(shown)) > 24 {
                #expect(Self.words(String(shown)).count == 1 || shown.contains("`"), "\(line): \(shown)")
            }
        }
    }

    @Test("prose fitting: at spaces, never inside a word, list items hang")
    func paragraph() {
        #expect(Fitting.fitted("one two three four", width: 9) == ["one two", "three", "four"])
        #expect(Fitting.fitted("- one two three", width: 9) == ["- one two", "  three"])
        #expect(Fitting.fitted("12. one two three", width: 10) == ["12. one", "    two", "    three"])
        #expect(Fitting.fitted("  indented text here", width: 12) == ["  indented", "    text", "    here"])
        #expect(Fitting.fitted("run `a b c d` now", width: 8) == ["run", "`a b c d`", "now"])
        #expect(Fitting.fitted("a `lone quote b", width: 8) == ["a `lone", "quote b"])
        #expect(Fitting.fitted("unbreakableword", width: 5) == ["unbreakableword"])
        #expect(Fitting.fitted(Fitting.whole("keep this whole"), width: 5) == ["keep this whole"])
        // Colour codes take no column.
        let bold = Style(enabled: true).bold("abc") + " def"
        #expect(Fitting.fitted(bold, width: 7) == [bold])
    }
}

/// Ctrl-R's search over the history, newest entry first.
@Suite("History search")
struct HistorySearchTests {
    let entries = ["today 2026-12-25", "status contoso", "today 2026-12-25", "customer add sao --name \"São João\"", "today 2026-12-24"]

    @Test("each key narrows to the newest line holding the text, case and accents ignored; Backspace widens")
    func narrowing() {
        var search = HistorySearch(entries: entries)
        #expect(search.found == nil)
        search.narrow(to: "SAO J")
        #expect(search.found == 3)
        search.narrow(to: "12-2")
        #expect(search.found == 0)
        search.narrow(to: "12-2x")
        #expect(search.found == nil)
        search.narrow(to: "")
        #expect(search.found == nil)
    }

    @Test("Ctrl-R again goes to an older line, past a repeat of the one shown, and stays on the oldest")
    func older() {
        var search = HistorySearch(entries: entries)
        search.narrow(to: "today")
        #expect(search.found == 0)
        search.older()
        #expect(search.found == 4)
        search.older()
        #expect(search.found == 4)
    }
}
