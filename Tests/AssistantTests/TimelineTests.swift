import Foundation
@testable import Assistant
import MigrationGuide
import MigrationStore
import PropertyBased
import Testing

/// Customers at each step of the move, on 2026-11-28, for the timeline goldens.
enum TimelineFixture {
    static let lines = [
        // Step 1: invited, waiting for the customer; two originals ending on different days.
        #"customer add contoso --name "Contoso Ltda" --program open --email ti@contoso.com.br"#,
        #"license add contoso "Office 365 E3" --seats 50 --assigned 48 --expires 2027-03-31 --price 23 --currency USD"#,
        #"license add contoso "Visio Plan 2" --seats 5 --expires 2027-01-15"#,
        "invite contoso --on 2026-11-10",
        "gdap request contoso --on 2026-11-10",
        // Step 2: accepted and provisioned early, so both are paid for a while.
        #"customer add fabrikam --name "Fabrikam Comércio e Serviços de Tecnologia da Informação SA" --program mosp"#,
        #"license add fabrikam "Microsoft 365 Business Premium" --seats 10 --expires 2026-12-20"#,
        "invite fabrikam --on 2026-11-01",
        "accept fabrikam --on 2026-11-05",
        "gdap request fabrikam --on 2026-11-05",
        "gdap accept fabrikam --on 2026-11-08 --expires 2027-02-08",
        #"provision fabrikam "Microsoft 365 Business Premium" --seats 10 --on 2026-11-25 --confirm"#,
        // Step 3: the original ran out; it is in its Expired stage.
        #"customer add relecloud --name "Relecloud" --program ea"#,
        #"license add relecloud "Office 365 E5" --seats 20 --expires 2026-11-20"#,
        "invite relecloud --on 2026-10-01",
        "accept relecloud --on 2026-10-03",
        #"provision relecloud "Office 365 E5" --seats 20 --on 2026-11-15 --confirm"#,
        "expire relecloud L1",
    ]

    /// The commands whose output the goldens keep.
    static let shown = ["timeline contoso", "timeline fabrikam", "timeline relecloud", "timeline relecloud --from 2026-11-01 --to 2026-12-31", "timeline"]
}

@Suite("Timelines drawn for the terminal")
struct TimelineTests {
    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Goldens/timeline")

    static func rendered(language: Language, width: Int, unicode: Bool, style: Style = .plain) throws -> String {
        let session = try makeSession(language: language, setup: TimelineFixture.lines)
        return TimelineFixture.shown.map { line in
            "csp> \(line)\n" + TextRenderer(language: language, style: style, width: width, unicode: unicode).render(session.execute(line)) + "\n"
        }.joined()
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var language: Language
        var width: Int
        var unicode: Bool
        var file: String { "\(language.rawValue)-\(unicode ? "unicode" : "ascii")-\(width).txt" }
        var testDescription: String { file }
    }

    static let cases = Language.allCases.flatMap { language in
        [40, 80, 132].flatMap { width in [true, false].map { Case(language: language, width: width, unicode: $0) } }
    }

    @Test("each step and the portfolio match the golden files, in both languages, ASCII and Unicode, at 40, 80 and 132 columns", arguments: cases)
    func golden(_ test: Case) throws {
        let text = try Self.rendered(language: test.language, width: test.width, unicode: test.unicode)
        let url = Self.goldens.appendingPathComponent(test.file)
        if ProcessInfo.processInfo.environment["CSP_UPDATE_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(at: Self.goldens, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "differs from \(test.file); CSP_UPDATE_GOLDENS=1 rewrites it (review the diff)")
    }

    @Test("at 40 columns the heading wraps whole and a row's label breaks between words, in both languages", arguments: Language.allCases)
    func narrowHeadingAndLabels(language: Language) throws {
        let text = try Self.rendered(language: language, width: 40, unicode: true)
        let fabrikam = try #require(text.components(separatedBy: "csp> timeline fabrikam\n").last?.components(separatedBy: "csp> ").first)
        let lines = fabrikam.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        // The heading runs up to the axis, whose first line holds only years.
        let heading = lines.prefix { $0.split(separator: " ").first.map { $0.count == 4 && $0.allSatisfy(\.isNumber) } != true }.joined(separator: " ")
        #expect(heading.hasPrefix("Fabrikam Comércio e Serviços de Tecnologia da Informação SA (fabrikam) · 2026-"), "\(heading)")
        #expect(!heading.contains("…"), "\(heading)")
        #expect(lines.contains("Microsoft 365 Business Premium"), "\(fabrikam)")
        #expect(!fabrikam.contains("Microsof\n"), "\(fabrikam)")
    }

    @Test("the legend says plainly which mark hides another on the same day, in both languages", arguments: [
        (Language.en, "◆ hides ◇ on the same day"),
        (Language.ptBR, "◆ encobre ◇ no mesmo dia"),
    ])
    func sameDayLegend(language: Language, expected: String) throws {
        #expect(try Self.rendered(language: language, width: 80, unicode: true).contains(expected))
    }

    @Test("no line is wider than the width, and ASCII drawings hold only ASCII", arguments: cases)
    func widthAndCharset(_ test: Case) throws {
        let text = try Self.rendered(language: test.language, width: test.width, unicode: test.unicode)
        for line in text.split(separator: "\n") where !line.hasPrefix("csp> ") {
            #expect(Table.width(String(line)) <= test.width, "\(line)")
            if !test.unicode {
                // Portuguese words keep their accents; the drawing itself is ASCII.
                #expect(!line.unicodeScalars.contains { $0.value >= 0x2000 }, "\(line)")
            }
        }
    }

    @Test("colour changes no column: without the escape codes the lines are the plain ones")
    func colourTakesNoColumns() throws {
        let plain = try Self.rendered(language: .en, width: 80, unicode: true)
        let coloured = try Self.rendered(language: .en, width: 80, unicode: true, style: Style(enabled: true))
        #expect(coloured.contains("\u{1B}[32m"))
        #expect(coloured.replacing(/\x{1B}\[[0-9]+m/, with: "") == plain)
    }

    @Test("what the drawing shows: today, the near-end window, the Expired stage, the paid-twice days and the CSP window")
    func content() throws {
        let text = try Self.rendered(language: .en, width: 80, unicode: true)
        #expect(text.contains("│ today 2026-11-28"))
        #expect(text.contains("━ near its end: time to retire it"))
        #expect(text.contains("▒ expired: users keep access"))
        #expect(text.contains("▚ paid twice (original still running)"))
        #expect(text.contains("▓ CSP correction window"))
        #expect(text.contains("Contoso Ltda (contoso) · 2026-11-10 → "))
        // The portfolio: what is overdue on top (contoso's invitation), then the rows most urgent
        // first, each with its next deadline and the command.
        let portfolio = try #require(text.components(separatedBy: "csp> timeline\n").last)
        #expect(portfolio.contains("Overdue: not done in time\n  ! 2026-11-25 · invite contoso --dry-run · contoso invitation unanswered:"))
        let rows = try #require(portfolio.components(separatedBy: "│ today").first?.components(separatedBy: "Feb\n").dropFirst().first)
        let fabrikam = try #require(rows.range(of: "fabrikam"))
        let contoso = try #require(rows.range(of: "contoso"))
        #expect(fabrikam.lowerBound < contoso.lowerBound)
        #expect(portfolio.contains("◆ 2026-12-02 · advise fabrikam · C1 (Microsoft 365 Business Premium) CSP\n      correction window closes"))
    }

    /// One portfolio row labelled `abcde GDAP` (10 columns in both languages) over `from`…`to`, so
    /// that the bar starts at column 11.
    static func axisLines(from: CalendarDate, to: CalendarDate, width: Int, language: Language) throws -> (years: String, months: String) {
        let handle = try #require(Handle("abcde"))
        let timeline = Timeline(from: from, to: to, today: from, rows: [Timeline.Row(subject: .adminRights, spans: [Timeline.Span(.pending, from, to)], customer: Timeline.Owner(handle: handle, name: "A"))])
        let lines = TimelineRenderer(width: width, charset: .unicode, language: language, style: .plain).lines(timeline, heading: "h")
        func padded(_ line: String) -> String { line + String(repeating: " ", count: max(0, width - line.count)) }
        return (padded(lines[1]), padded(lines[2]))
    }

    static func text(_ line: String, at column: Int, _ count: Int) -> String {
        let characters = Array(line)
        guard column >= 0, column + count <= characters.count else { return "" }
        return String(characters[column..<(column + count)])
    }

    @Test("every month with room for its label is labelled, a stub too short for its own is skipped (not the next), and the year stands at the first month and at each year change",
          arguments: [40, 60, 80, 132])
    func monthLabels(width: Int) throws {
        let gutter = 11, columns = width - 11
        let starts = ["2026-11-01", "2026-11-28", "2026-11-30", "2026-12-31"].compactMap { CalendarDate(iso: $0) }
        for language in Language.allCases {
            for from in starts {
                for to in [from.adding(days: 45), from.adding(days: 120), CalendarDate(year: 2027, month: 7, day: 29) ?? from] {
                    let (years, months) = try Self.axisLines(from: from, to: to, width: width, language: language)
                    let days = from.days(until: to) + 1
                    func column(_ date: CalendarDate) -> Int { date < from ? 0 : from.days(until: date) * columns / days }
                    var month = CalendarDate(year: from.components.year, month: from.components.month, day: 1) ?? from
                    var labelled: [(name: String, column: Int, year: Int)] = []
                    var yearColumns: [Int: Range<Int>] = [:]
                    while month <= to {
                        let next = month.adding(months: 1)
                        let start = column(month), end = next <= to ? column(next) : columns
                        let name = TimelineWords.month(month.components.month, language)
                        let room = end - start - (next <= to ? 1 : 0)
                        let shown = Self.text(months, at: gutter + start, name.count) == name
                        if name.count <= room {
                            #expect(shown, "\(language) \(width) \(from)…\(to): \(name) \(month.components.year) has \(room) columns but is not labelled:\n\(months)")
                        }
                        if shown { labelled.append((name, start, month.components.year)) }
                        let year = month.components.year
                        yearColumns[year] = (yearColumns[year]?.lowerBound ?? start)..<end
                        month = next
                    }
                    // Nothing else is written on the months line: no label spills over another's room.
                    var rest = Array(months)
                    for label in labelled { for offset in 0..<label.name.count { rest[gutter + label.column + offset] = " " } }
                    #expect(rest.allSatisfy { $0 == " " }, "\(language) \(width) \(from)…\(to): stray text on\n\(months)")
                    let lastYear = yearColumns.keys.max()
                    for (year, range) in yearColumns where range.count >= 4 + (year == lastYear ? 0 : 1) && labelled.contains(where: { $0.year == year }) {
                        let first = try #require(labelled.first { $0.year == year })
                        let at = Self.text(years, at: gutter + first.column, 4) == "\(year)"
                        let near = (range.lowerBound...first.column).contains { Self.text(years, at: gutter + $0, 4) == "\(year)" }
                        #expect(at || near, "\(language) \(width) \(from)…\(to): \(year) is not over \(first.name):\n\(years)\n\(months)")
                    }
                    #expect(years.count == width && months.count == width)
                }
            }
        }
        // The trial's case: a range begun late in November, at 80 columns, labels December and the new year.
        let (years, months) = try Self.axisLines(from: try #require(CalendarDate(iso: "2026-11-28")), to: try #require(CalendarDate(iso: "2027-07-29")), width: 80, language: .en)
        #expect(months.contains("Dec") && months.contains("Jan") && months.contains("Feb"))
        #expect(years.contains("2026") && years.contains("2027"))
    }

    @Test("a terminal narrower than 20 columns gets a notice that fits it, in both languages, never a wider drawing")
    func narrowerThanTheDrawing() throws {
        for language in Language.allCases {
            let session = try makeSession(language: language, setup: TimelineFixture.lines)
            for width in [1, 5, 12, 19] {
                for command in ["timeline contoso", "timeline"] {
                    let text = TextRenderer(language: language, width: width).render(session.execute(command))
                    for line in text.split(separator: "\n") {
                        #expect(Table.width(String(line)) <= width, "\(command) at \(width): \(line)")
                    }
                }
            }
            let text = TextRenderer(language: language, width: 19).render(session.execute("timeline contoso"))
            #expect(text.hasSuffix(language == .en ? "Minimum: 20 columns" : "Mínimo: 20 colunas"))
        }
    }

    @Test("a customer's timeline says its dates under the drawing: each deadline in the range, the plan's, the invitation's and the GDAP's, in both languages",
          arguments: Language.allCases)
    func datesUnderTheDrawing(language: Language) throws {
        let session = try makeSession(language: language, setup: TimelineFixture.lines)
        let text = TextRenderer(language: language, width: 80).render(session.execute("timeline contoso"))
        // A date's words wrapped onto more lines (indented) read as one line.
        let lines = text.split(separator: "\n").map(String.init).reduce(into: [String]()) { lines, line in
            if line.hasPrefix("    "), !lines.isEmpty { lines[lines.count - 1] += " " + line.drop { $0 == " " } } else { lines.append(line) }
        }
        let en = language == .en
        for expected in [
            en ? "◇ 2026-11-10 · invitation sent" : "◇ 2026-11-10 · convite enviado",
            en ? "◇ 2026-11-10 · admin rights (GDAP) requested" : "◇ 2026-11-10 · direitos de admin (GDAP) solicitados",
            en ? "▒ 2027-01-15 · L2 (Visio Plan 2) original ends" : "▒ 2027-01-15 · L2 (Visio Plan 2) a original termina",
            en ? "▒ 2027-03-31 · L1 (Office 365 E3) original ends" : "▒ 2027-03-31 · L1 (Office 365 E3) a original termina",
        ] {
            #expect(lines.contains(expected), "\(expected)\n\(text)")
        }
        // Every deadline of the range is there on its own line, from what the guide computes.
        let customer = try session.customer("contoso", for: ShowTimeline.spec)
        let deadlines = session.guide.deadlines(for: customer, today: session.today)
        #expect(deadlines.contains { $0.kind == .provisionFrom } && deadlines.contains { $0.kind == .provisionBy } && deadlines.contains { $0.kind == .usersLoseAccess })
        for deadline in deadlines {
            let words = TimelineWords.deadline(deadline)(language)
            let subject = deadline.subscription.map { "\($0) (" } ?? ""
            #expect(lines.contains { $0.contains("\(deadline.date) · \(subject)") && $0.hasSuffix(words) },
                    "\(deadline.kind) \(deadline.date)\n\(text)")
        }
        // In date order.
        let dates = lines.compactMap { line in line.split(separator: " ").dropFirst().first.flatMap { CalendarDate(iso: String($0)) } }
        #expect(dates.count >= deadlines.count + 2 && dates == dates.sorted())
    }

    @Test("the portfolio gives each original with a deadline in the 90 days its own row and date; --json spans each belong to one subscription and stay inside the range")
    func portfolioOriginals() throws {
        let session = try makeSession(setup: [
            #"customer add tailspin --name "Tailspin" --program mosp"#,
            #"license add tailspin "Office 365 E1" --seats 5 --expires 2026-12-20"#,
            #"license add tailspin "Visio Plan 2" --seats 2 --expires 2027-01-31"#,
            "invite tailspin --on 2026-11-20",
            "accept tailspin --on 2026-11-21",
        ])
        let text = TextRenderer(language: .en, width: 100).render(session.execute("timeline"))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("tailspin L1 ") }, "\(text)")
        #expect(lines.contains { $0.hasPrefix("tailspin L2 ") }, "\(text)")
        #expect(lines.contains { $0.contains("· L1 (Office 365 E1) ") } && lines.contains { $0.contains("· L2 (Visio Plan 2) ") }, "\(text)")

        let json = JSONRenderer(language: .en).render(session.execute("timeline"), command: "timeline")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let data = try #require((object["items"] as? [[String: Any]])?.first?["data"] as? [String: Any])
        let timeline = try #require(data["timeline"] as? [String: Any])
        let from = try #require(timeline["from"] as? String), to = try #require(timeline["to"] as? String)
        let rows = try #require(timeline["rows"] as? [[String: Any]])
        #expect(Set(rows.compactMap { ($0["subject"] as? [String: Any])?["id"] as? String }) == ["L1", "L2"])
        for row in rows {
            let subject = try #require(row["subject"] as? [String: Any])
            #expect(subject["kind"] as? String == "original" && subject["offer"] is String, "\(row)")
            #expect((row["customer"] as? [String: Any])?["handle"] as? String == "tailspin")
            #expect((row["next"] as? [String: Any])?["subscription"] as? String == subject["id"] as? String)
            for span in try #require(row["spans"] as? [[String: Any]]) {
                let start = try #require(span["start"] as? String), end = try #require(span["end"] as? String)
                #expect(from <= start && start <= end && end <= to, "\(span) outside \(from)…\(to)")
            }
        }
    }

    @Test("--json of a customer's timeline keeps spans inside --from and --to")
    func customerSpansClipped() throws {
        let session = try makeSession(setup: TimelineFixture.lines)
        let json = JSONRenderer(language: .en).render(session.execute("timeline fabrikam --from 2026-11-20 --to 2026-12-10"), command: "timeline")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let data = try #require((object["items"] as? [[String: Any]])?.first?["data"] as? [String: Any])
        let rows = try #require((data["timeline"] as? [String: Any])?["rows"] as? [[String: Any]])
        let spans = rows.flatMap { ($0["spans"] as? [[String: Any]]) ?? [] }
        #expect(!spans.isEmpty)
        for span in spans {
            #expect((span["start"] as? String ?? "") >= "2026-11-20" && (span["end"] as? String ?? "") <= "2026-12-10", "\(span)")
        }
    }

    @Test("at 60 and 40 columns a long row label goes on under its bar instead of being cut, in both languages", arguments: Language.allCases)
    func labelsWrap(language: Language) throws {
        let session = try makeSession(language: language, setup: TimelineFixture.lines)
        for (width, command, expected) in [
            (60, "timeline contoso", ["L1 Office 365", "  E3"]),
            (60, "timeline fabrikam", ["L1 Microsoft", "  365 Business Premium"]),
            (40, "timeline contoso", ["L1 Office", "  365 E3"]),
        ] {
            let text = TextRenderer(language: language, width: width).render(session.execute(command))
            let lines = text.split(separator: "\n").map(String.init)
            let first = try #require(lines.firstIndex { $0.hasPrefix(expected[0] + " ") }, "\(text)")
            for (offset, part) in expected.enumerated().dropFirst() {
                #expect(lines[first + offset] == part, "\(width) \(command):\n\(text)")
            }
            #expect(!lines.contains { $0.hasPrefix("L1") && $0.contains("…") }, "\(text)")
            #expect(lines.allSatisfy { Table.width($0) <= width })
        }
    }

    @Test("a long heading wraps between words and is never cut; wide characters count two columns")
    func longAndWideText() throws {
        let session = try makeSession(setup: [
            #"customer add wide --name "オフィス株式会社 (東京) のとても長い名前" --program open"#,
            #"license add wide "オフィス 365 エンタープライズ E3 ライセンス" --seats 5 --expires 2027-01-31"#,
        ])
        for width in [20, 33, 57] {
            let text = TextRenderer(language: .en, width: width).render(session.execute("timeline wide"))
            for line in text.split(separator: "\n") {
                #expect(Table.width(String(line)) <= width, "\(line)")
            }
            let heading = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            #expect(heading.contains("オフィス株式会社 (東京) のとても長い名前 (wide) · "), "\(text)")
        }
    }

    @Test("--to before --from is refused with E-BAD-DATE in both languages, and nothing is drawn")
    func backwardsRange() throws {
        for language in Language.allCases {
            let session = try makeSession(language: language, setup: TimelineFixture.lines)
            let reply = session.execute("timeline contoso --from 2027-02-01 --to 2027-01-01")
            #expect(reply.isFailure)
            let text = TextRenderer(language: language).render(reply)
            #expect(text.hasPrefix(language == .en ? "error E-BAD-DATE: --to (2027-01-01) is before --from (2027-02-01)" : "erro E-BAD-DATE: --to (2027-01-01) é anterior a --from (2027-02-01)"))
        }
    }

    @Test("--json gives the rows and their spans with kind, start and end")
    func json() throws {
        let session = try makeSession(setup: TimelineFixture.lines)
        let line = JSONRenderer(language: .en).render(session.execute("timeline fabrikam"), command: "timeline fabrikam")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let items = try #require(object["items"] as? [[String: Any]])
        let data = try #require(items.first?["data"] as? [String: Any])
        #expect(data["customer"] as? String == "fabrikam")
        let timeline = try #require(data["timeline"] as? [String: Any])
        let rows = try #require(timeline["rows"] as? [[String: Any]])
        let csp = try #require(rows.first { ($0["subject"] as? [String: Any])?["kind"] as? String == "csp" })
        let spans = try #require(csp["spans"] as? [[String: Any]])
        #expect(spans.contains { $0["kind"] as? String == "cspWindow" && $0["start"] as? String == "2026-11-25" && $0["end"] as? String == "2026-12-01" })
        #expect(spans.contains { $0["kind"] as? String == "overlap" && $0["end"] as? String == "2026-12-19" })
    }

    @Test("for random customers, dates and widths, no line is ever wider than the width")
    func randomWidths() async {
        let input = zip(Gen.int(in: -400...400), Gen.int(in: -60...60), Gen.int(in: 0...200), Gen.int(in: 20...220), Gen.int(in: 0...7))
        await propertyCheck(count: 200, input: input) { end, invited, provisioned, width, flags in
            let today = RandomSessionTests.start
            let lines = [
                #"customer add r --name "Random Customer Name" --program mosp"#,
                #"license add r "Office 365 E3" --seats 5 --expires \#(today.adding(days: end))"#,
                #"license add r "Visio" --seats 1 --expires \#(today.adding(days: end / 2 + 10))"#,
                "invite r --on \(today.adding(days: invited))",
                "accept r --on \(today.adding(days: invited + 3))",
                #"provision r "Office 365 E3" --seats 5 --on \#(today.adding(days: invited + 3 + provisioned))"#,
            ]
            guard let session = try? Session(store: InMemoryStore(), today: today) else { return }
            for line in lines { _ = session.execute(line) }
            let language: Language = flags & 1 == 0 ? .en : .ptBR
            for command in ["timeline r", "timeline", "timeline r --from \(today.adding(days: -end)) --to \(today.adding(days: abs(end) + 1))"] {
                let text = TextRenderer(language: language, width: width, unicode: flags & 2 == 0).render(session.execute(command))
                for line in text.split(separator: "\n") {
                    #expect(Table.width(String(line)) <= width, "\(command) at \(width): \(line)")
                }
            }
        }
    }
}
