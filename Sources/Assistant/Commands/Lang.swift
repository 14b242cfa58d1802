/// `lang [en|pt-BR|auto]`: show or switch the language of replies; `auto` follows each question.
public struct Lang: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["lang"], aliases: ["idioma", "language"],
        arguments: [ArgumentSpec("LANGUAGE", .language, .optional, help: LocalizedText(en: "en, pt-BR, or auto to answer each question in its own language", pt: "en, pt-BR, ou auto para responder cada pergunta no idioma dela"))],
        summary: LocalizedText(en: "Show or switch the language (en, pt-BR)", pt: "Mostra ou troca o idioma (en, pt-BR)"),
        examples: ["lang pt-BR", "lang en", "lang auto"])

    public var language: Language?
    public var auto = false

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        guard let text = arguments[argument: "LANGUAGE"] else { return }
        if text.lowercased() == "auto" {
            auto = true
            return
        }
        guard let language = Language(loose: text) else {
            throw .badValue(field: "LANGUAGE", text: text, choices: Language.allCases.map(\.rawValue) + ["auto"])
        }
        self.language = language
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        if auto {
            session.followsQuestionLanguage = true
        } else if let language {
            session.language = language
            session.followsQuestionLanguage = false
        }
        return Reply(.language(session.language, auto: session.followsQuestionLanguage))
    }
}
