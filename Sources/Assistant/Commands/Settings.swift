import MigrationGuide

/// `settings [NAME [DAYS]]`: the policy figures behind the advice (near-end window, CSP correction
/// window, stale invitation, lifecycle stages), shown or changed.
public struct Settings: AssistantCommand, Equatable {
    static let name = OptionalArgumentKey("NAME", .choice(.setting) as ValueReader<GuideSettings.Name>, help: LocalizedText(
        en: "the figure to show or change: " + GuideSettings.Name.allCases.map(\.rawValue).joined(separator: ", "),
        pt: "o prazo a mostrar ou alterar: " + GuideSettings.Name.allCases.map(\.rawValue).joined(separator: ", ")))
    static let days = OptionalArgumentKey("DAYS", .count(in: GuideSettings.allowedDays), help: LocalizedText(en: "the new value, in days", pt: "o novo valor, em dias"))

    public static let spec = CommandSpec(
        ["settings"], aliases: ["config"],
        arguments: [name, days],
        summary: LocalizedText(en: "Show or change the policy figures (in days)", pt: "Mostra ou altera os prazos da política (em dias)"),
        examples: ["settings", "settings near-end-days 45"])

    public var name: GuideSettings.Name?
    public var days: Int?

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        name = try arguments[Self.name]
        days = try arguments[Self.days]
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        if let name, let days {
            var settings = session.guide.settings
            settings[name] = days
            do {
                try session.store.saveSettings(settings, journal: session.journalEntry(customer: nil))
            } catch {
                throw .storage(error)
            }
            session.guide.settings = settings
        }
        let shown = name.map { [$0] } ?? GuideSettings.Name.allCases
        return Reply(.settings(shown.map { SettingValue(name: $0, value: session.guide.settings[$0]) }, changed: days == nil ? nil : name))
    }
}
