import MigrationGuide

/// `customer add HANDLE --name NAME [--domain D] [--program P] [--email E]`: a customer to move.
public struct CustomerAdd: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["customer", "add"],
        arguments: [ArgumentSpec("HANDLE", .newHandle, help: LocalizedText(
            en: "a short name to type: lowercase letters, digits and -", pt: "um nome curto para digitar: letras minúsculas, dígitos e -"))],
        flags: [
            FlagSpec("--name", .text, "NAME", required: true, help: LocalizedText(en: "the customer's company name", pt: "a razão social do cliente")),
            FlagSpec("--domain", .text, "DOMAIN", help: LocalizedText(en: "the tenant's domain (contoso.onmicrosoft.com)", pt: "o domínio do locatário (contoso.onmicrosoft.com)")),
            FlagSpec("--program", .program, "PROGRAM", choices: Program.allCases.map(\.rawValue), help: LocalizedText(
                en: "where it buys today: open, mosp, ea, retail or other (default other)",
                pt: "onde compra hoje: open, mosp, ea, retail ou other (padrão other)")),
            FlagSpec("--email", .email, "ADMIN_EMAIL", help: LocalizedText(en: "the global admin who accepts the invitation", pt: "o administrador global que aceita o convite")),
        ] + FlagSpec.customerFacts,
        summary: LocalizedText(en: "Record a customer to move to CSP", pt: "Registra um cliente a migrar para o CSP"),
        examples: [#"customer add contoso --name "Contoso Ltda" --program open --email admin@contoso.com"#])

    public var handle: Handle
    public var name: String
    public var domain: String?
    public var program: Program
    public var email: String?
    var facts: CustomerFacts

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        let text = try arguments.required("HANDLE")
        guard let handle = Handle(text) else { throw .badHandle(text) }
        self.handle = handle
        name = try arguments.text("--name") ?? ""
        domain = try arguments.domain("--domain")
        program = try arguments.choice("--program", as: Program.self) ?? .other
        email = try arguments.email("--email")
        facts = try CustomerFacts(arguments)
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        var customer = Customer(handle: handle, name: name, domain: domain, program: program, adminEmail: email)
        facts.apply(to: &customer)
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

extension ParsedArguments {
    /// An e-mail address: something@domain.tld, no spaces.
    func email(_ name: String) throws(CommandError) -> String? {
        guard let text = try text(name) else { return nil }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !text.contains(where: \.isWhitespace) else {
            throw .badValue(field: name, text: text, choices: ["name@example.com"])
        }
        return text
    }

    /// A DNS domain: letters, digits, dots and hyphens, with at least one dot.
    func domain(_ name: String) throws(CommandError) -> String? {
        guard let text = try text(name) else { return nil }
        guard text.contains("."), text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }) else {
            throw .badValue(field: name, text: text, choices: ["contoso.onmicrosoft.com"])
        }
        return text.lowercased()
    }
}
