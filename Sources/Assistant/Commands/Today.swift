import MigrationGuide

/// `today [YYYY-MM-DD]`: show or set the session's date, the "today" every rule counts from.
public struct Today: AssistantCommand, Equatable {
    static let date = OptionalArgumentKey("DATE", .day, help: LocalizedText(
        en: "the date to work as of; also today, tomorrow, \"next week\"", pt: "a data de referência; também hoje, amanhã, \"semana que vem\""))

    public static let spec = CommandSpec(
        ["today"], aliases: ["hoje"],
        arguments: [date],
        summary: LocalizedText(en: "Show or set the session's date", pt: "Mostra ou define a data da sessão"),
        examples: ["today", "today 2026-12-01", "today tomorrow"])

    public var date: DayReference?

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        date = try arguments[Self.date]
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        if let date { session.today = date.resolved(from: session.today) }
        return Reply(.today(session.today, changed: date != nil))
    }
}
