import MigrationGuide

/// `settings [NAME [DAYS]]`: the policy figures behind the advice (near-end window, CSP correction
/// window, stale invitation, lifecycle stages), shown or changed.
public struct Settings: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["settings"], aliases: ["config"],
        arguments: [
            ArgumentSpec("NAME", .setting, .optional, help: LocalizedText(en: GuideSettings.Name.allCases.map(\.rawValue).joined(separator: ", "), pt: GuideSettings.Name.allCases.map(\.rawValue).joined(separator: ", "))),
            ArgumentSpec("DAYS", .count, .optional, help: LocalizedText(en: "the new value, in days", pt: "o novo valor, em dias")),
        ],
        summary: LocalizedText(en: "Show or change the policy figures (in days)", pt: "Mostra ou altera os prazos da política (em dias)"),
        examples: ["settings", "settings near-end-days 45"])

    public var name: GuideSettings.Name?
    public var days: Int?

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        name = try arguments.choice("NAME", as: GuideSettings.Name.self)
        days = try arguments.count("DAYS", in: name?.allowed ?? GuideSettings.Name.nearEndDays.allowed)
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
