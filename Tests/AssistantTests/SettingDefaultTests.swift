@testable import Assistant
import MigrationGuide
import MigrationStore
import Testing

/// A figure changed by the partner can be put back to its default by name, without knowing the
/// number: the default's provenance then describes it again.
@Suite("A setting back to its default")
struct SettingDefaultTests {
    @Test("default (padrão in Portuguese) puts the figure back, and it is journaled like any change",
          arguments: [(Language.en, "default"), (.ptBR, "padrão"), (.ptBR, "default")])
    func backToDefault(language: Language, word: String) throws {
        let session = try makeSession(language: language, setup: ["settings near-end-days 45"])
        #expect(session.guide.settings.isChanged(.nearEndDays))
        let entries = try session.store.journal(for: nil, since: nil).count
        #expect(!session.execute("settings near-end-days \(word)").isFailure)
        #expect(session.guide.settings[.nearEndDays] == GuideSettings.Name.nearEndDays.defaultValue)
        #expect(!session.guide.settings.isChanged(.nearEndDays))
        #expect(!(try session.store.loadSettings()).isChanged(.nearEndDays))
        #expect(try session.store.journal(for: nil, since: nil).count == entries + 1)
    }

    @Test("a word that is neither a number nor default is refused, and nothing changes")
    func refused() throws {
        let session = try makeSession(setup: ["settings near-end-days 45"])
        #expect(session.execute("settings near-end-days standard").isFailure)
        #expect(session.guide.settings[.nearEndDays] == 45)
    }
}
