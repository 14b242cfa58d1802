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
        // The portfolio: most urgent first, each with its next deadline and the command.
        let portfolio = try #require(text.components(separatedBy: "csp> timeline\n").last)
        let fabrikam = try #require(portfolio.range(of: "fabrikam"))
        let contoso = try #require(portfolio.range(of: "contoso"))
        #expect(fabrikam.lowerBound < contoso.lowerBound)
        #expect(portfolio.contains("◆ 2026-12-02 · advise fabrikam · C1 CSP correction window closes"))
    }

    @Test("a long name is cut with an ellipsis, never wrapped; wide characters count two columns")
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
            #expect(text.contains("…"))
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
