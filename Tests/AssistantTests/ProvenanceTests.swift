import Foundation
@testable import Assistant
import MigrationGuide
import Testing

/// Every policy figure says where it comes from: a Microsoft page, partners' reports, an inference,
/// or our own choice. `settings` shows it beside each value and `explain sources` groups them, never
/// passing a choice or an inference off as Microsoft's.
@Suite("Where each setting comes from")
struct ProvenanceTests {
    static let languages: [Language] = [.en, .ptBR]

    /// The figures Microsoft does not set: chosen by us, or inferred from a page that has no row for them.
    static let ourChoices: [GuideSettings.Name] = [.nearEndDays, .leadDays, .reassignmentLeadDays, .inviteStaleDays, .gdapStaleDays, .gdapExpiringDays]
    static let inferred: [GuideSettings.Name] = [.retailExpiredDays, .retailDisabledDays, .otherExpiredDays, .otherDisabledDays]

    static func render(_ session: Session, _ line: String, _ language: Language) -> String {
        TextRenderer(language: language, settings: session.guide.settings).render(session.execute(line))
    }

    /// The `settings` row of `name`.
    static func row(_ text: String, _ name: GuideSettings.Name) -> String {
        text.split(separator: "\n").first { $0.split(separator: " ").first.map(String.init) == name.rawValue }.map(String.init) ?? ""
    }

    @Test("the house defaults and the inferred stage lengths are declared as such; the rest cite a Microsoft page")
    func declared() {
        for name in GuideSettings.Name.allCases {
            switch name.provenance {
            case .ourChoice: #expect(Self.ourChoices.contains(name), "\(name)")
            case .inferred(let page): #expect(Self.inferred.contains(name) && page == .lifecycle, "\(name)")
            case .microsoft: #expect(!Self.ourChoices.contains(name) && !Self.inferred.contains(name), "\(name)")
            case .partners: Issue.record("\(name): no setting is known only from partners")
            }
        }
    }

    @Test("`settings` shows each setting's provenance beside its value", arguments: languages)
    func settingsTable(language: Language) throws {
        let session = try makeSession(language: language, setup: [])
        let table = Self.render(session, "settings", language)
        for name in GuideSettings.Name.allCases {
            let row = Self.row(table, name)
            switch name.provenance {
            case .microsoft(let page): #expect(row.contains("Microsoft, ") && row.hasSuffix("(\(page.date))"), "\(row)")
            case .inferred: #expect(row.hasSuffix(language == .en ? "inferred from Microsoft's lifecycle page" : "inferido da página de ciclo de vida da Microsoft"), "\(row)")
            case .ourChoice: #expect(row.hasSuffix(language == .en ? "our choice" : "escolha nossa"), "\(row)")
            case .partners: break
            }
        }
        #expect(Self.row(table, .eaDisabledDays).hasSuffix(language == .en ? "Microsoft, lifecycle page (2025-02-06)" : "Microsoft, página de ciclo de vida (2025-02-06)"))
        #expect(Self.row(table, .tenantSubscriptionLimit).contains("2023-01"))
    }

    @Test("a changed setting shows as changed by the partner, still naming its default and where the default comes from", arguments: languages)
    func changedSetting(language: Language) throws {
        let session = try makeSession(language: language, setup: ["settings near-end-days 45", "settings ea-expired-days 60"])
        let table = Self.render(session, "settings", language)
        #expect(Self.row(table, .nearEndDays).hasSuffix(language == .en ? "45 days  changed by the partner; default 30: our choice" : "45 dias  alterado pelo parceiro; padrão 30: escolha nossa"), "\(table)")
        #expect(Self.row(table, .eaExpiredDays).hasSuffix(language == .en
            ? "60 days  changed by the partner; default 90: Microsoft, lifecycle page (2025-02-06)"
            : "60 dias  alterado pelo parceiro; padrão 90: Microsoft, página de ciclo de vida (2025-02-06)"), "\(table)")
        let sources = Self.render(session, "explain sources", language)
        #expect(sources.contains(language == .en ? "near-end-days (changed by the partner to 45; default 30)" : "near-end-days (alterado pelo parceiro para 45; padrão 30)"), "\(sources)")
        #expect(sources.contains(language == .en ? "ea-expired-days (changed by the partner to 60; default 90)" : "ea-expired-days (alterado pelo parceiro para 60; padrão 90)"), "\(sources)")
        // Back to the default, nothing is said to be changed.
        _ = session.execute("settings near-end-days 30")
        #expect(Self.row(Self.render(session, "settings", language), .nearEndDays).hasSuffix(language == .en ? "30 days  our choice" : "30 dias  escolha nossa"))
    }

    @Test("`explain sources` lists each setting under Microsoft's page, the inference, or our choice; never a choice among Microsoft's", arguments: languages)
    func sourcesGrouped(language: Language) throws {
        let session = try makeSession(language: language, setup: [])
        let lines = Self.render(session, "explain sources", language).split(separator: "\n").map(String.init)
        #expect(!lines.joined().contains(language == .en ? "come from these Microsoft pages" : "vêm destas páginas da Microsoft"))
        let inferredHeading = try #require(lines.firstIndex { $0.hasPrefix(language == .en ? "Inferred by us" : "Inferidos por nós") })
        let partnersHeading = try #require(lines.firstIndex { $0.hasPrefix(language == .en ? "Reported by partners only" : "Relatados só por parceiros") })
        let ourHeading = try #require(lines.firstIndex { $0.hasPrefix(language == .en ? "Our choice" : "Escolha nossa") })
        #expect(inferredHeading < partnersHeading && partnersHeading < ourHeading)
        func names(_ range: Range<Int>) -> Set<String> {
            Set(lines[range].filter { $0.hasPrefix("  ") }.flatMap { $0.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init) })
        }
        let stated = names(0..<inferredHeading), guessed = names(inferredHeading..<partnersHeading), chosen = names(ourHeading..<lines.count)
        for name in GuideSettings.Name.allCases {
            switch name.provenance {
            case .microsoft(let page):
                #expect(stated.contains(name.rawValue), "\(name)")
                // Under its own page: the settings line follows the page's line.
                let pageLine = try #require(lines.firstIndex { $0.contains(page.address) && $0.contains(page.date) })
                #expect(lines[pageLine + 1].contains(name.rawValue), "\(name) not under \(page)")
            case .inferred: #expect(guessed.contains(name.rawValue) && !stated.contains(name.rawValue), "\(name)")
            case .ourChoice: #expect(chosen.contains(name.rawValue) && !stated.contains(name.rawValue), "\(name)")
            case .partners: break
            }
        }
    }

    @Test("`explain expiry` marks the inferred stage lengths as ours, and a changed one as the partner's", arguments: languages)
    func expiryMarksInference(language: Language) throws {
        let session = try makeSession(language: language, setup: ["settings ea-expired-days 60"])
        let lines = Self.render(session, "explain expiry", language).split(separator: "\n").map(String.init)
        let inferred = language == .en ? "(inferred by us" : "(inferido por nós"
        for program in language == .en ? ["Retail:", "Other program:"] : ["Varejo:", "Outro programa:"] {
            #expect(lines.contains { $0.hasPrefix(program) && $0.contains(inferred) }, "\(program): \(lines)")
        }
        #expect(!lines.contains { $0.hasPrefix("Open License:") && $0.contains(inferred) })
        #expect(lines.contains { $0.hasPrefix("Enterprise Agreement:") && $0.contains(language == .en ? "(changed by the partner)" : "(alterado pelo parceiro)") }, "\(lines)")
    }

    @Test("`settings` as JSON keeps every figure by name, with the partner's currency and each figure's provenance")
    func settingsJSON() throws {
        let session = try makeSession(setup: ["settings currency BRL", "settings ea-expired-days 60"])
        let line = JSONRenderer(language: .en, settings: session.guide.settings).render(session.execute("settings"), command: "settings")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let item = try #require((object["items"] as? [[String: Any]])?.first)
        #expect(item["type"] as? String == "settings")
        let data = try #require(item["data"] as? [String: Any])
        for name in GuideSettings.Name.allCases { #expect(data[name.rawValue] as? Int == session.guide.settings[name], "\(name)") }
        #expect(data["currency"] as? String == "BRL")
        let provenance = try #require(data["provenance"] as? [String: [String: Any]])
        #expect(provenance["near-end-days"]?["source"] as? String == "ourChoice")
        #expect(provenance["retail-expired-days"]?["source"] as? String == "inferred")
        let ea = try #require(provenance["ea-expired-days"])
        #expect(ea["source"] as? String == "microsoft" && ea["date"] as? String == "2025-02-06" && ea["changed"] as? Bool == true && ea["defaultValue"] as? Int == 90)
    }
}
