/// The languages replies are rendered in.
public enum Language: String, CaseIterable, Sendable, Codable {
    case en
    case ptBR = "pt-BR"

    /// `en`, `pt-BR`, and the spellings people type: `pt`, `pt_br`, `portugues`, `english`.
    public init?(loose text: String) {
        let key = text.lowercased().replacingOccurrences(of: "_", with: "-")
        switch key {
        case "en", "en-us", "en-gb", "english", "ingles", "inglês": self = .en
        case "pt", "pt-br", "portuguese", "portugues", "português": self = .ptBR
        default: return nil
        }
    }

    /// From a POSIX locale value such as `LANG=pt_BR.UTF-8`: Portuguese for `pt*`, else English.
    public init(localeValue: String?) {
        self = (localeValue?.lowercased().hasPrefix("pt") ?? false) ? .ptBR : .en
    }
}

/// How replies are written: for people, or one JSON object per command for scripts.
public enum OutputFormat: String, CaseIterable, Sendable, Codable {
    case text, json
}

/// The `lang` setting: one language, or `auto` to answer each question in the language it was asked in.
public enum LanguageSetting: Equatable, Sendable {
    case fixed(Language)
    case auto

    /// `en`, `pt-BR` (and their loose spellings), or `auto`.
    public init?(_ text: String) {
        if text.lowercased() == "auto" {
            self = .auto
        } else if let language = Language(loose: text) {
            self = .fixed(language)
        } else {
            return nil
        }
    }

    /// As typed: `en`, `pt-BR`, `auto`.
    public var name: String {
        switch self {
        case .fixed(let language): language.rawValue
        case .auto: "auto"
        }
    }

    /// What staff type for it, for errors and completion.
    public static let names = Language.allCases.map(\.rawValue) + ["auto"]
}

extension ValueReader where Value == LanguageSetting {
    public static var languageSetting: Self {
        Self(.language) { text, field, _ throws(CommandError) in
            guard let setting = LanguageSetting(text) else { throw .badValue(field: field, text: text, choices: LanguageSetting.names) }
            return setting
        }
    }
}
