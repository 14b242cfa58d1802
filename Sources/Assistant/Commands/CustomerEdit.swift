import MigrationGuide

/// `customer edit HANDLE [flags of customer add]`: change what is recorded about a customer.
public struct CustomerEdit: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["customer", "edit"],
        arguments: [.customer],
        flags: [
            FlagSpec("--name", .text, "NAME", help: LocalizedText(en: "the customer's company name", pt: "a razão social do cliente")),
            FlagSpec("--domain", .text, "DOMAIN", help: LocalizedText(en: "the tenant's domain", pt: "o domínio do locatário")),
            FlagSpec("--program", .program, "PROGRAM", choices: Program.allCases.map(\.rawValue), help: LocalizedText(
                en: "where it buys today: open, mosp, ea, retail or other", pt: "onde compra hoje: open, mosp, ea, retail ou other")),
            FlagSpec("--email", .email, "ADMIN_EMAIL", help: LocalizedText(en: "the global admin who accepts the invitation", pt: "o administrador global que aceita o convite")),
        ] + FlagSpec.customerFacts,
        summary: LocalizedText(en: "Change what is recorded about a customer", pt: "Altera o que está registrado sobre um cliente"),
        examples: ["customer edit fabrikam --billing-account mca", "customer edit litware --ea-term multi-year"])

    public var handle: String?
    public var name: String?
    public var domain: String?
    public var program: Program?
    public var email: String?
    var facts: CustomerFacts

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        handle = arguments[argument: "HANDLE"]
        name = try arguments.text("--name")
        domain = try arguments.domain("--domain")
        program = try arguments.choice("--program", as: Program.self)
        email = try arguments.email("--email")
        facts = try CustomerFacts(arguments)
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        var customer = try session.customer(handle, for: Self.spec)
        if let name { customer.name = name }
        if let domain { customer.domain = domain }
        if let program { customer.program = program }
        if let email { customer.adminEmail = email }
        facts.apply(to: &customer)
        try session.save(customer)
        return Reply(.customerUpdated(customer))
    }
}
