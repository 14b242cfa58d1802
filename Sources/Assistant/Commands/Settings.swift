import MigrationGuide

/// `settings [NAME [DAYS]]`: the policy figures behind the advice (near-end window, CSP correction
/// window, stale invitation, lifecycle stages), shown or changed.
public struct Settings: AssistantCommand, Equatable {
    /// A policy figure, or who the partner is (`partner-tenant`), which is not a figure.
    enum Setting: Equatable, Sendable {
        case figure(GuideSettings.Name)
        case partnerTenant
        /// The currency of prices no customer's currency covers (`settings currency BRL`).
        case partnerCurrency
        /// The partner's name, which signs the invitation message (`settings partner-name "..."`).
        case partnerName
    }

    static let figureName: ValueReader<GuideSettings.Name> = .choice(.setting)
    static let name = OptionalArgumentKey("NAME", ValueReader<Setting>(.setting, choices: SettingNames.all) { text, field, _ throws(CommandError) in
        if text.lowercased() == partnerTenantName { return .partnerTenant }
        if text.lowercased() == partnerCurrencyName { return .partnerCurrency }
        if text.lowercased() == partnerNameName { return .partnerName }
        do { return .figure(try figureName.read(text, field: field)) } catch {
            throw .badValue(field: field, text: text, choices: SettingNames.all)
        }
    }, help: LocalizedText(
        en: "the figure to show or change: " + SettingNames.all.joined(separator: ", "),
        pt: "o prazo a mostrar ou alterar: " + SettingNames.all.joined(separator: ", ")))
    /// Each figure has its own range (days, or the tenant limit as a count).
    static func daysReader(_ name: GuideSettings.Name) -> ValueReader<Int> { .count(in: name.allowed) }
    static let days = OptionalArgumentKey("DAYS", .word(.count), help: LocalizedText(
        en: "the new value, in days; for partner-tenant, the partner's own Microsoft tenant id; for currency, the code (BRL, USD...) of prices whose customer has none; for partner-name, the name that signs invitation messages; none clears any of these; default puts a figure back to its default",
        pt: "o novo valor, em dias; para partner-tenant, o ID de locatário Microsoft do próprio parceiro; para currency, o código (BRL, USD...) dos preços cujo cliente não tem moeda; para partner-name, o nome que assina as mensagens de convite; none apaga qualquer um deles; padrão (ou default) volta um prazo ao valor padrão"))

    public static let spec = CommandSpec(
        ["settings"], aliases: ["config"],
        arguments: [name, days],
        summary: LocalizedText(en: "Show or change the policy figures (in days)", pt: "Mostra ou altera os prazos da política (em dias)"),
        examples: ["settings", "settings near-end-days 45", "settings near-end-days default", "settings partner-tenant 72f988bf-86f1-41af-91ab-2d7cd011db47", "settings currency BRL", #"settings partner-name "Contoso Cloud Partners""#])

    /// `settings near-end-days default`: the figure goes back to its default.
    static let defaultWords: Set<String> = ["default", "padrão", "padrao"]

    /// Not a policy figure: who the partner is, so that `import graph` knows its CSP subscriptions.
    static let partnerTenantName = "partner-tenant"
    static let partnerCurrencyName = "currency"
    /// Stored with the partner's other settings (`loadPartnerSetting`), under this name.
    static let partnerNameName = "partner-name"
    /// `settings partner-name "NAME"`, as the invitation suggests it.
    static func partnerNameLine(_ name: String) -> SuggestedCommand {
        SuggestedCommand(Settings.self).with(Self.name, partnerNameName).with(days, name)
    }
    /// `settings currency CODE`, as error messages suggest it.
    static func partnerCurrencyLine(_ code: String?) -> SuggestedCommand {
        SuggestedCommand(Settings.self).with(name, partnerCurrencyName).with(days, code)
    }

    public var name: GuideSettings.Name?
    public var days: Int?
    /// `settings partner-tenant [ID|none]`: shown, or set (nil inside: cleared).
    public var partnerTenant: String??
    /// `settings currency [CODE|none]`: shown, or set (empty inside: cleared).
    public var partnerCurrency: String??
    /// `settings partner-name [NAME|none]`: shown, or set (empty inside: cleared).
    public var partnerName: String??

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        let value = try arguments[Self.days]
        switch try arguments[Self.name] {
        case .partnerTenant?:
            guard let value else { partnerTenant = .some(nil); return }
            guard value.lowercased() == "none" || PartnerCenterReader.isTenantID(value) else {
                throw .badValue(field: Self.partnerTenantName, text: value, choices: ["xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "none"])
            }
            partnerTenant = .some(value.lowercased() == "none" ? "" : value.lowercased())
        case .partnerCurrency?:
            guard let value else { partnerCurrency = .some(nil); return }
            partnerCurrency = .some(value.lowercased() == "none" ? "" : try ValueReader<String>.currency.read(value, field: Self.partnerCurrencyName))
        case .partnerName?:
            guard let value else { partnerName = .some(nil); return }
            partnerName = .some(value.lowercased() == "none" ? "" : try ValueReader<String>.text().read(value, field: Self.partnerNameName))
        case .figure(let figure)?:
            name = figure
            days = try value.map { text throws(CommandError) in
                // Back to the figure's default, whatever it is in this version.
                if Self.defaultWords.contains(text.lowercased()) { return figure.defaultValue }
                return try Self.daysReader(figure).read(text, field: Self.days.argumentSpec.name)
            }
        case nil:
            if let value { throw .unexpectedArgument(command: Self.spec, word: value) }
        }
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        if case .some(let given) = partnerTenant {
            if let given {
                let tenant = given.isEmpty ? nil : given
                do {
                    try session.store.savePartnerTenant(tenant, journal: session.journalEntry(customer: nil))
                } catch {
                    throw .storage(error)
                }
            }
            return Reply(.partnerTenant(try session.partnerTenant(), changed: given != nil))
        }
        if case .some(let given) = partnerCurrency {
            if let given {
                do {
                    try session.store.savePartnerCurrency(given.isEmpty ? nil : given, journal: session.journalEntry(customer: nil))
                } catch {
                    throw .storage(error)
                }
            }
            return Reply(.partnerCurrency(try session.partnerCurrency(), changed: given != nil))
        }
        if case .some(let given) = partnerName {
            if let given {
                do {
                    try session.store.savePartnerSetting(Self.partnerNameName, given.isEmpty ? nil : given, journal: session.journalEntry(customer: nil))
                } catch {
                    throw .storage(error)
                }
            }
            return Reply(.partnerName(try session.partnerName(), changed: given != nil))
        }
        // Another shell on the same file, or a colleague on the team store, may have changed a
        // setting since this session read them: show and change the stored figures, not a copy.
        var settings: GuideSettings
        do {
            settings = try session.store.loadSettings()
            if let name, let days {
                try session.store.saveSetting(name, days, journal: session.journalEntry(customer: nil))
                settings[name] = days
            }
        } catch {
            throw .storage(error)
        }
        session.guide.settings = settings
        let shown = name.map { [$0] } ?? GuideSettings.Name.allCases
        return Reply(.settings(shown.map { SettingValue(name: $0, value: session.guide.settings[$0]) }, changed: days == nil ? nil : name,
                               partner: name == nil ? PartnerSettings(tenant: try session.partnerTenant(), currency: try session.partnerCurrency(), name: try session.partnerName()) : nil))
    }
}
