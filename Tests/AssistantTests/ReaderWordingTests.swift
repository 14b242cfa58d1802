@testable import Assistant
import MigrationGuide
import MigrationStore
import Testing

/// Words as a reader meets them, in both languages: real plurals, one name for the disabled stage
/// and for web direct, lists joined in the reader's language, future dates in the future tense.
@Suite("Plurals, stage names, web direct, lists and tenses in both languages")
struct ReaderWordingTests {
    static func say(_ line: String, _ language: Language, today: String = "2026-11-29") throws -> String {
        let session = try ProgramPortfolio.session(language: language, today: today)
        return TextRenderer(language: language).render(session.execute(line))
    }

    @Test("counts take their real plural, never (s) or (is)", arguments: Language.allCases)
    func plurals(_ language: Language) throws {
        let refused = try Self.say("customer remove ret", language)
        #expect(refused.contains(language == .ptBR ? "1 assinatura original e nenhuma CSP" : "1 original and no CSP subscriptions"), "\(refused)")
        let ending = try Self.say("license list --ending 2027-06", language)
        #expect(ending.contains(language == .ptBR ? "3 assinaturas de 3 clientes" : "3 subscriptions of 3 customers"), "\(ending)")
        for text in [refused, ending] {
            #expect(!text.contains("(s)") && !text.contains("(is)"), "\(text)")
        }
    }

    @Test("Portuguese says 'desabilitada' for the disabled stage everywhere, in lower case mid-sentence")
    func disabledStage() throws {
        let timeline = try Self.say("timeline ea1", .ptBR)
        #expect(timeline.contains("desabilitada: só administradores"), "\(timeline)")
        let calendar = TimelineWords.detail(
            CustomerDeadline(kind: .usersLoseAccess, date: CalendarDate(daysSinceEpoch: 0), customer: try #require(Handle("ea1"))),
            settings: GuideSettings(), stages: GuideSettings().stages(for: .ea, eaTerm: .standard))(.ptBR)
        #expect(calendar.contains("fica desabilitada"), "\(calendar)")
        for text in [timeline, calendar] {
            #expect(!text.lowercased().contains("desativad"), "\(text)")
            #expect(!text.contains(" Desabilitada") && !text.contains(" Expirado"), "\(text)")
        }
    }

    @Test("`explain sources` joins two page titles with the language's own word", arguments: Language.allCases)
    func sourcesJoinTitles(_ language: Language) throws {
        let text = try Self.say("explain sources", language)
        let joined = "\"New commerce experience cancellation policy\" \(language == .ptBR ? "e" : "and") \"Subscription lifecycle\""
        #expect(text.contains(joined), "\(text)")
    }

    @Test("a cancellation weighed for a later day names that day and speaks of the window in the future; Portuguese calls web direct 'compra direta'",
          arguments: Language.allCases)
    func laterDayAndFutureTense(_ language: Language) throws {
        let text = try Self.say("cancel webz L1 --dry-run --on 2026-12-03", language)
        #expect(!text.contains(language == .ptBR ? "agora é cedo" : "now is early"), "\(text)")
        #expect(text.contains(language == .ptBR ? "em 2026-12-03 é cedo" : "on 2026-12-03 is early"), "\(text)")
        #expect(text.contains(language == .ptBR ? "a partir de 2027-05-18 ela estará" : "from 2027-05-18 it will be"), "\(text)")
        if language == .ptBR {
            #expect(text.contains("conta de compra direta") && !text.contains("web direct"), "\(text)")
        }
    }
}
