import Foundation
@testable import Assistant
import MigrationGuide
import Testing

/// No phrasebook holds a policy figure: with every setting moved off its default, no reply in
/// either language still states a default figure.
@Suite("Every policy figure comes from the settings")
struct UnusualSettingsTests {
    /// Each default moved by three: days stay days, counts stay counts.
    static let unusual: [(GuideSettings.Name, Int)] = GuideSettings.Name.allCases.map { ($0, $0.defaultValue + 3) }

    /// Replies that state policy figures: every warning, plan, explanation and code.
    static let lines: [String] = [
        #"customer add ea --name "EA Co" --program ea --ea-term multi-year"#,
        #"license add ea "Office 365 E3" --seats 40 --expires 2027-03-03 --price 20 --currency USD"#,
        #"customer add web --name "Web Co" --program mosp"#,
        #"license add web "Office 365 E1" --seats 8 --expires 2027-03-03 --price 10 --currency USD --auto-renew on"#,
        #"license add web "Visio Plan 2" --seats 3 --expires 2026-12-16"#,
        "invite web --on 2026-11-01",
        "accept ea",
        "gdap request ea --on 2026-11-01",
        "advise ea",
        "advise web",
        #"provision ea "Microsoft 365 E3" --seats 50 --replaces L1 --price 30"#,
        #"provision ea "Microsoft 365 E3" --seats 50 --replaces L1 --price 30 --confirm"#,
        "advise ea",
        "cancel ea L1 --dry-run",
        "cancel web L1 --dry-run",
        "cancel web L2 --dry-run",
        "csp cancel ea C1",
        "settings",
        "steps",
    ] + Topic.primaryNames.map { "explain \($0)" } + MessageCode.allCases.map { "explain \($0.rawValue)" }

    /// A default figure with its unit, as a phrasebook would write it.
    static let defaultFigure = #"\b(30|14|7|90|60|730|150|25)(-day| (days?|dias?|licenses|licenças|subscriptions|assinaturas))\b"#

    @Test("no reply shows a default figure once every setting has changed", arguments: [Language.en, .ptBR])
    func noDefaultFigure(language: Language) throws {
        let session = try makeSession(language: language, setup: Self.unusual.map { "settings \($0.0.rawValue) \($0.1)" })
        for (name, value) in Self.unusual { #expect(session.guide.settings[name] == value) }
        for line in Self.lines {
            let text = TextRenderer(language: language, settings: session.guide.settings).render(session.execute(line))
            for match in text.matches(of: try Regex(Self.defaultFigure)) {
                Issue.record("`\(line)` says \(text[match.range]) in: \(text)")
            }
        }
    }
}
