import MigrationGuide

extension MicrosoftPage {
    /// The pages a topic's figures come from.
    static func of(_ topic: Topic) -> [MicrosoftPage] {
        switch topic {
        case .expiry: [.lifecycle]
        case .cancellation: [.lifecycle, .cancelBusiness]
        case .cspTerm, .provision: [.newCommerce]
        case .gdap: [.gdap]
        case .mosp: [.cancelBusiness]
        case .enterpriseAgreement: [.transition, .gdap]
        default: []
        }
    }
}

extension Phrasebook {
    /// Each page as one line: title, address, version date.
    func sourceLines(_ topic: Topic, heading: String, version: String) -> [String] {
        let pages = MicrosoftPage.of(topic)
        guard !pages.isEmpty else { return [] }
        return [heading] + pages.map { pageLine($0, version: version) }
    }

    /// After a program's stage lengths: whether they are inferred rather than stated, or changed by
    /// the partner, so that `explain expiry` passes neither off as Microsoft's.
    func stageSource(_ program: Program, _ eaTerm: EATerm, _ settings: GuideSettings, inferred: String, changed: String) -> String {
        guard let names = GuideSettings.lifecycleNames.first(where: { $0.program == program && $0.eaTerm == eaTerm }) else { return "" }
        if settings.isChanged(names.expired) || settings.isChanged(names.disabled) { return changed }
        if case .inferred = names.expired.provenance { return inferred }
        return ""
    }

    func pageLine(_ page: MicrosoftPage, version: String) -> String {
        "- \(page.site): \(listed(page.titles.map { "\"\($0)\"" })), \(page.address) (\(version) \(page.date))"
    }

    /// `explain sources`: every setting under where its default comes from. Microsoft's pages
    /// first, each with the settings it states; then what was inferred, and our own choices. A
    /// setting the partner changed says so, with its default.
    func sourcesLines(_ settings: GuideSettings, _ words: SourcesWords) -> [String] {
        func names(_ filter: (Provenance) -> Bool) -> [String] {
            GuideSettings.Name.allCases.filter { filter($0.provenance) }.map { name in
                settings.isChanged(name) ? "\(name.rawValue) \(words.changed(settings[name], name.defaultValue))" : name.rawValue
            }
        }
        var lines = [words.intro, words.microsoftHeading]
        for page in MicrosoftPage.allCases {
            lines.append(pageLine(page, version: words.version))
            let stated = names { $0 == .microsoft(page) }
            if !stated.isEmpty { lines.append("  " + stated.joined(separator: ", ")) }
        }
        let inferred = names { if case .inferred = $0 { true } else { false } }
        if !inferred.isEmpty { lines += [words.inferredHeading, "  " + inferred.joined(separator: ", ")] }
        let reported = names { $0 == .partners }
        lines += [words.partnersHeading, "  " + (reported.isEmpty ? words.noSettingReported : reported.joined(separator: ", "))]
        let chosen = names { $0 == .ourChoice }
        if !chosen.isEmpty { lines += [words.ourChoiceHeading, "  " + chosen.joined(separator: ", ")] }
        return lines
    }
}

/// The words around `explain sources`, per language.
struct SourcesWords {
    var intro: String
    var microsoftHeading: String
    var version: String
    var inferredHeading: String
    var partnersHeading: String
    var noSettingReported: String
    var ourChoiceHeading: String
    /// "(changed by the partner to 45; default 30)".
    var changed: (Int, Int) -> String
}

extension String {
    /// "the invitation" → "The invitation", to start a sentence.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
