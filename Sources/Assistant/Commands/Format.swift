/// `format [text|json]`: how replies are written; JSON is one object per command, for scripts.
public struct Format: AssistantCommand, Equatable {
    static let format = OptionalArgumentKey("FORMAT", .choice(.format) as ValueReader<OutputFormat>, help: LocalizedText(en: "text or json", pt: "text ou json"))

    public static let spec = CommandSpec(
        ["format"], aliases: ["formato"],
        arguments: [format],
        summary: LocalizedText(en: "Show or switch the output format (text, json)", pt: "Mostra ou troca o formato de saída (text, json)"),
        examples: ["format json", "format text"])

    public var format: OutputFormat?

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        format = try arguments[Self.format]
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        if let format { session.format = format }
        return Reply(.format(session.format))
    }
}
