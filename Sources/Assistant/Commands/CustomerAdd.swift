import MigrationGuide

/// `customer add HANDLE --name NAME [--domain D] [--program P] [--email E]`: a customer to move.
public struct CustomerAdd: AssistantCommand, Equatable {
    static let handle = ArgumentKey("HANDLE", .newHandle, help: LocalizedText(
        en: "a short name to type: lowercase letters, digits and -", pt: "um nome curto para digitar: letras minúsculas, dígitos e -"))
    static let name = RequiredFlagKey("--name", .text(), "NAME", help: LocalizedText(en: "the customer's company name", pt: "a razão social do cliente"))
    static let domain = FlagKey("--domain", .domain, "DOMAIN", help: LocalizedText(en: "the tenant's domain (contoso.onmicrosoft.com)", pt: "o domínio do locatário (contoso.onmicrosoft.com)"))
    static let program = FlagKey("--program", ValueReader<Program>.program, "PROGRAM", help: LocalizedText(
        en: "where it buys today: open, mosp, ea, retail or other (default other)",
        pt: "onde compra hoje: open, mosp, ea, retail ou other (padrão other)"))
    static let email = FlagKey("--email", .email, "ADMIN_EMAIL", help: LocalizedText(en: "the global admin who accepts the invitation", pt: "o administrador global que aceita o convite"))

    public static let spec = CommandSpec(
        ["customer", "add"],
        arguments: [handle],
        flags: [name, domain, program, email] + CustomerFactKeys.all,
        summary: LocalizedText(en: "Record a customer to move to CSP", pt: "Registra um cliente a migrar para o CSP"),
        examples: [#"customer add contoso --name "Contoso Ltda" --program open --email admin@contoso.com"#])

    public var handle: Handle
    public var name: String
    public var domain: String?
    public var program: Program
    public var email: String?
    var facts: CustomerFacts

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        handle = try arguments[Self.handle]
        name = try arguments[Self.name]
        domain = try arguments[Self.domain]
        program = try arguments[Self.program] ?? .other
        email = try arguments[Self.email]
        facts = try CustomerFacts(arguments)
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        var customer = Customer(handle: handle, name: name, domain: domain, program: program, adminEmail: email)
        facts.apply(to: &customer, createdOn: session.today, settings: session.guide.settings)
        do {
            try session.store.insert(customer, journal: session.journalEntry(customer: handle))
        } catch .duplicate {
            throw .duplicateCustomer(handle)
        } catch {
            throw .storage(error)
        }
        return Reply(.customerAdded(customer))
    }
}

extension CustomerAdd {
    /// `customer add HANDLE --name NAME`: the least a new customer needs.
    static let template = SuggestedCommand(Self.self).with(Self.handle, .placeholder).with(Self.name, .placeholder)
}

extension CustomerAdd {
    /// `customer add padaria-2 --name "Padaria" --domain padaria.com.br`: a customer an import found.
    static func line(_ handle: Handle, name: String, domain: String?) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(Self.handle, handle).with(Self.name, name).with(Self.domain, domain)
    }
}
