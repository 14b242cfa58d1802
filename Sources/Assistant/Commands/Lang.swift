/// `lang [en|pt-BR]`: show or switch the language of replies.
public struct Lang: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["lang"], aliases: ["idioma", "language"],
        arguments: [ArgumentSpec("LANGUAGE", .language, .optional, help: LocalizedText(en: "en or pt-BR", pt: "en ou pt-BR"))],
        summary: LocalizedText(en: "Show or switch the language (en, pt-BR)", pt: "Mostra ou troca o idioma (en, pt-BR)"),
        examples: ["lang pt-BR", "lang en"])

    public var language: Language?

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        guard let text = arguments[argument: "LANGUAGE"] else { return }
        guard let language = Language(loose: text) else {
            throw .badValue(field: "LANGUAGE", text: text, choices: Language.allCases.map(\.rawValue))
        }
        self.language = language
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        if let language { session.language = language }
        return Reply(.language(session.language))
    }
}
