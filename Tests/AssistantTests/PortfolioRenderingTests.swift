import Foundation
import MigrationGuide
import Testing
@testable import Assistant

@Suite("Rendering a whole portfolio")
struct PortfolioRenderingTests {
    /// Customers at different steps, with and without warnings, one with a name too long for any
    /// line, as `advise` and `customer list` see them.
    static let setup = SessionTests.contoso + [
        #"customer add alpine --name "Alpine Ski House" --program mosp"#,
        #"license add alpine "Microsoft 365 Business Premium" --seats 30 --expires 2026-11-15"#,
        #"customer add coho --name "Coho Vineyard & Winery, a name long enough to be folded on every terminal width there is" --program mosp"#,
        #"license add coho "Office 365 E3" --seats 12 --expires 2026-12-05 --auto-renew on"#,
        "invite coho --on 2026-11-01",
        #"customer add nodo --name "Soluções Número Um" --program open"#,
        #"license add nodo "Office 365 E1" --seats 60 --assigned 55 --expires 2027-05-31"#,
    ]

    /// The rows of a portfolio of more than two blocks (`TextRenderer.adviceRowsPerBlock`): the
    /// session's rows again and again.
    static func largePortfolio(_ session: Session, command: String) throws -> [PortfolioRow] {
        let reply = session.execute(command)
        let rows: [PortfolioRow]
        switch reply.items.first {
        case .portfolioAdvice(let found)?, .customerList(let found)?: rows = found
        default: rows = []
        }
        try #require(rows.count == 5)
        let copies = (2 * TextRenderer.adviceRowsPerBlock + 300) / rows.count + 1
        return Array(repeating: rows, count: copies).flatMap { $0 }
    }

    /// Every way the views are read: widths (none when piped to JSON's text), both languages,
    /// colour on and off.
    static let renderers: [TextRenderer] = [nil, 20, 40, 80, 132].flatMap { width in
        [Language.en, .ptBR].flatMap { language in
            [Style.plain, Style(enabled: true)].map { TextRenderer(language: language, style: $0, width: width) }
        }
    }

    @Test("a large portfolio's advice, rendered in blocks two at a time, reads as rendered a row after another")
    func adviceInBlocks() throws {
        let session = try makeSession(setup: Self.setup)
        let rows = try Self.largePortfolio(session, command: "advise")
        let reply = Reply(.portfolioAdvice(rows))
        for renderer in Self.renderers {
            var oneByOne = renderer
            oneByOne.rendersInBlocks = false
            let inBlocks = renderer.render(reply)
            #expect(inBlocks == oneByOne.render(reply), "width \(renderer.fittingWidth ?? 0), \(renderer.language), colour \(renderer.style.enabled)")
            // Numbered across the blocks, the last row included.
            #expect(inBlocks.contains("\n\(TextRenderer.adviceRowsPerBlock + 1). "))
            #expect(inBlocks.contains("\n\(rows.count). "))
        }
    }

    @Test("each line of a portfolio is escaped, fitted and coloured as on its own, however often it comes")
    func linesAsOnTheirOwn() throws {
        let session = try makeSession(setup: Self.setup)
        for command in ["advise", "customer list"] {
            let rows = try Self.largePortfolio(session, command: command)
            let item: ReplyItem = command == "advise" ? .portfolioAdvice(rows) : .customerList(rows)
            for renderer in Self.renderers where [nil, 40, 80].contains(renderer.fittingWidth) {
                let expected = renderer.lines(item).flatMap { line in
                    Fitting.fitted(InputPolicy.visible(line), width: renderer.fittingWidth ?? Int.max).map(renderer.style.activate)
                }
                #expect(renderer.render(Reply(item)) == expected.joined(separator: "\n"), "\(command), width \(renderer.fittingWidth ?? 0)")
            }
        }
    }

    @Test("a table's lines end at their last character: spaces after it go, unless they are part of it")
    func trailingSpaces() {
        var table = Table([("Handle", .left), ("Most urgent", .left), ("", .left)])
        table.add(["a", "—", ""])
        // U+0600 is written before what follows it: with a space after it, the two are one character.
        table.add(["b", "x\u{600}", ""])
        table.add(["c", "ção", ""])
        let lines = table.lines()
        #expect(lines[1] == "  a       —")
        var joined = "  b       x\u{600}" + String(repeating: " ", count: 11 - 2) + "  "
        while joined.last == " " { joined.removeLast() }
        #expect(lines[2] == joined)
        #expect(lines[2].unicodeScalars.last == " ")
        #expect(lines[3] == "  c       ção")
    }
}
