import MigrationGuide

/// `gdap request HANDLE [--roles "License Administrator,User Administrator"] [--on DATE]`: admin
/// rights asked of the customer's Global Administrator (the reseller relationship carries none).
public struct GdapRequest: AssistantCommand, Equatable {
    static let roles = FlagKey("--roles", .text(), "ROLES", help: LocalizedText(
        en: "comma-separated: \(GDAPRole.allCases.map(\.rawValue).joined(separator: ", ")) (default License Administrator, User Administrator)",
        pt: "separadas por vírgula: \(GDAPRole.allCases.map(\.rawValue).joined(separator: ", ")) (padrão License Administrator, User Administrator)"))

    public static let spec = CommandSpec(
        ["gdap", "request"],
        arguments: [CommonKeys.customer],
        flags: [roles, CommonKeys.on, CommonKeys.confirm],
        summary: LocalizedText(en: "Record a GDAP (admin rights) request sent to the customer", pt: "Registra uma solicitação GDAP (direitos de administrador) enviada ao cliente"),
        examples: ["gdap request contoso", #"gdap request contoso --roles "License Administrator""#])

    /// The customer as typed (a handle or a name); nil for the selected one.
    public var reference: String?
    public var roles: [GDAPRole]
    public var on: CalendarDate?
    public var confirm: Bool

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        reference = try arguments[CommonKeys.customer]
        confirm = arguments[CommonKeys.confirm]
        roles = []
        if let text = try arguments[Self.roles] {
            for name in text.split(separator: ",") {
                guard let role = GDAPRole(named: String(name)) else {
                    throw .badValue(field: Self.roles.flagSpec.name, text: String(name), choices: GDAPRole.allCases.map(\.rawValue))
                }
                roles.append(role)
            }
        }
        on = try arguments[CommonKeys.on]
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        let date = session.date(on)
        let (customer, _) = try session.change(reference, for: Self.spec) { customer throws(GuideError) in
            try customer.requestGDAP(roles: roles, on: date, today: session.today, confirmed: confirm)
        }
        return Reply(.gdap(GDAPReply(customer: customer, change: .requested, on: session.today, settings: session.guide.settings)))
    }
}

extension GdapRequest {
    /// `gdap request contoso`.
    static func line(_ customer: some LineValue) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(CommonKeys.customer, customer)
    }
}

/// `gdap accept HANDLE [--on DATE] [--expires DATE]`: the Global Administrator accepted.
public struct GdapAccept: AssistantCommand, Equatable {
    static let expires = FlagKey("--expires", .date, "YYYY-MM-DD", help: LocalizedText(
        en: "when the relationship ends (default: two years after acceptance)", pt: "quando a relação termina (padrão: dois anos após o aceite)"))

    public static let spec = CommandSpec(
        ["gdap", "accept"],
        arguments: [CommonKeys.customer],
        flags: [CommonKeys.on, expires],
        summary: LocalizedText(en: "Record that the customer accepted the GDAP request", pt: "Registra que o cliente aceitou a solicitação GDAP"),
        examples: ["gdap accept contoso", "gdap accept contoso --on 2026-11-30 --expires 2027-11-30"])

    /// The customer as typed (a handle or a name); nil for the selected one.
    public var reference: String?
    public var on: CalendarDate?
    public var expires: CalendarDate?

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        reference = try arguments[CommonKeys.customer]
        on = try arguments[CommonKeys.on]
        expires = try arguments[Self.expires]
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        let date = session.date(on)
        let (customer, _) = try session.change(reference, for: Self.spec) { customer throws(GuideError) in
            try customer.acceptGDAP(on: date, expires: expires, today: session.today, settings: session.guide.settings)
        }
        return Reply(.gdap(GDAPReply(customer: customer, change: .accepted, on: session.today, settings: session.guide.settings)))
    }
}

extension GdapAccept {
    /// `gdap accept contoso`.
    static func line(_ customer: some LineValue) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(CommonKeys.customer, customer)
    }
}

/// `gdap show HANDLE`: where the customer's admin rights stand.
public struct GdapShow: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["gdap", "show"],
        arguments: [CommonKeys.customer],
        summary: LocalizedText(en: "Show whether the partner has admin rights (GDAP) for a customer", pt: "Mostra se o parceiro tem direitos de administrador (GDAP) para um cliente"),
        examples: ["gdap show contoso"])

    /// The customer as typed (a handle or a name); nil for the selected one.
    public var reference: String?

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        reference = try arguments[CommonKeys.customer]
    }

    public var changesState: Bool { false }

    public func run(in session: Session) throws(CommandError) -> Reply {
        let customer = try session.customer(reference, for: Self.spec)
        return Reply(.gdap(GDAPReply(customer: customer, change: nil, on: session.today, settings: session.guide.settings)))
    }
}

extension GdapShow {
    /// `gdap show contoso`.
    static func line(_ customer: some LineValue) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(CommonKeys.customer, customer)
    }
}
