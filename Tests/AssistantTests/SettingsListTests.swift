@testable import Assistant
import Foundation
import MigrationGuide
import Testing

@Suite("The settings list")
struct SettingsListTests {
    @Test("every setting is listed, partner-tenant included, each figure with its unit, in both languages", arguments: [
        (Language.en, "Settings", "30 days"),
        (Language.ptBR, "Configurações", "30 dias"),
    ])
    func everySetting(language: Language, heading: String, nearEnd: String) throws {
        let session = try makeSession(language: language, setup: ["settings partner-tenant 72f988bf-86f1-41af-91ab-2d7cd011db47"])
        let lines = TextRenderer(language: language).render(session.execute("settings")).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.first == heading)
        #expect(lines.contains { $0.hasPrefix("partner-tenant") && $0.contains("72f988bf-86f1-41af-91ab-2d7cd011db47") })
        #expect(lines.contains { $0.hasPrefix("near-end-days") && $0.contains(nearEnd) })
        #expect(lines.contains { $0.hasPrefix("tenant-subscription-limit") && $0.contains(" 150 ") })
        for name in [Settings.partnerCurrencyName, Settings.partnerNameName] { #expect(lines.contains { $0.hasPrefix(name) }) }
    }
}
