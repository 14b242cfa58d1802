/// `lang [en|pt-BR|auto]`: show or switch the language of replies; `auto` follows each question.
public struct Lang: AssistantCommand, Equatable {
    static let language = OptionalArgumentKey("LANGUAGE", .languageSetting, help: LocalizedText(en: "en, pt-BR, or auto to answer each question in its own language", pt: "en, pt-BR, ou auto para responder cada pergunta no idioma dela"))

    public static let spec = CommandSpec(
        ["lang"], aliases: ["idioma", "language"],
        arguments: [language],
        summary: LocalizedText(en: "Show or switch the language (en, pt-BR)", pt: "Mostra ou troca o idioma (en, pt-BR)"),
        examples: ["lang pt-BR", "lang en", "lang auto"])

    /// nil shows the current setting.
    public var setting: LanguageSetting?

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        setting = try arguments[Self.language]
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        switch setting {
        case .auto:
            session.followsQuestionLanguage = true
        case .fixed(let language):
            session.language = language
            session.followsQuestionLanguage = false
        case nil:
            break
        }
        if let setting { session.languageChanged?(setting) }
        return Reply(.language(session.language, auto: session.followsQuestionLanguage))
    }
}
