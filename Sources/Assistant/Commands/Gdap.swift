import MigrationGuide

/// `gdap request HANDLE [--roles "License Administrator,User Administrator"] [--on DATE]`: admin
/// rights asked of the customer's Global Administrator (the reseller relationship carries none).
public struct GdapRequest: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["gdap", "request"],
        arguments: [.customer],
        flags: [
            FlagSpec("--roles", .text, "ROLES", help: LocalizedText(
                en: "comma-separated: \(GDAPRole.allCases.map(\.rawValue).joined(separator: ", ")) (default License Administrator, User Administrator)",
                pt: "separadas por vírgula: \(GDAPRole.allCases.map(\.rawValue).joined(separator: ", ")) (padrão License Administrator, User Administrator)")),
            .on,
        ],
        summary: LocalizedText(en: "Record a GDAP (admin rights) request sent to the customer", pt: "Registra uma solicitação GDAP (direitos de administrador) enviada ao cliente"),
        examples: ["gdap request contoso", #"gdap request contoso --roles "License Administrator""#])

    public var handle: String?
    public var roles: [GDAPRole]
    public var on: CalendarDate?

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        handle = arguments[argument: "HANDLE"]
        roles = []
        if let text = try arguments.text("--roles") {
            for name in text.split(separator: ",") {
                guard let role = GDAPRole(named: String(name)) else {
                    throw .badValue(field: "--roles", text: String(name), choices: GDAPRole.allCases.map(\.rawValue))
                }
                roles.append(role)
            }
        }
        on = try arguments.date("--on")
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        var customer = try session.customer(handle, for: Self.spec)
        do {
            _ = try customer.requestGDAP(roles: roles, on: session.date(on), today: session.today)
        } catch {
            throw .guide(error)
        }
        try session.save(customer)
        return Reply(.gdap(GDAPReply(customer: customer, change: .requested, on: session.today, settings: session.guide.settings)))
    }
}

/// `gdap accept HANDLE [--on DATE] [--expires DATE]`: the Global Administrator accepted.
public struct GdapAccept: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["gdap", "accept"],
        arguments: [.customer],
        flags: [
            .on,
            FlagSpec("--expires", .date, "YYYY-MM-DD", help: LocalizedText(
                en: "when the relationship ends (default: two years after acceptance)", pt: "quando a relação termina (padrão: dois anos após o aceite)")),
        ],
        summary: LocalizedText(en: "Record that the customer accepted the GDAP request", pt: "Registra que o cliente aceitou a solicitação GDAP"),
        examples: ["gdap accept contoso", "gdap accept contoso --on 2026-11-30 --expires 2027-11-30"])

    public var handle: String?
    public var on: CalendarDate?
    public var expires: CalendarDate?

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        handle = arguments[argument: "HANDLE"]
        on = try arguments.date("--on")
        expires = try arguments.date("--expires")
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        var customer = try session.customer(handle, for: Self.spec)
        do {
            _ = try customer.acceptGDAP(on: session.date(on), expires: expires, today: session.today, settings: session.guide.settings)
        } catch {
            throw .guide(error)
        }
        try session.save(customer)
        return Reply(.gdap(GDAPReply(customer: customer, change: .accepted, on: session.today, settings: session.guide.settings)))
    }
}

/// `gdap show HANDLE`: where the customer's admin rights stand.
public struct GdapShow: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["gdap", "show"],
        arguments: [.customer],
        summary: LocalizedText(en: "Show whether the partner has admin rights (GDAP) for a customer", pt: "Mostra se o parceiro tem direitos de administrador (GDAP) para um cliente"),
        examples: ["gdap show contoso"])

    public var handle: String?

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        handle = arguments[argument: "HANDLE"]
    }

    public var changesState: Bool { false }

    public func run(in session: Session) throws(CommandError) -> Reply {
        let customer = try session.customer(handle, for: Self.spec)
        return Reply(.gdap(GDAPReply(customer: customer, change: nil, on: session.today, settings: session.guide.settings)))
    }
}
