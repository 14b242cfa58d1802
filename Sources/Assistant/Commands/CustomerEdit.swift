import MigrationGuide

/// `customer edit HANDLE [flags of customer add]`: change what is recorded about a customer.
public struct CustomerEdit: AssistantCommand, Equatable {
    static let name = FlagKey("--name", .text(), "NAME", help: LocalizedText(en: "the customer's company name", pt: "a razão social do cliente"))
    static let program = FlagKey("--program", ValueReader<Program>.program, "PROGRAM", help: LocalizedText(
        en: "where it buys today: open, mosp, ea, retail or other", pt: "onde compra hoje: open, mosp, ea, retail ou other"))

    public static let spec = CommandSpec(
        ["customer", "edit"],
        arguments: [CommonKeys.customer],
        flags: [name, CustomerAdd.domain, program, CustomerAdd.email] + CustomerFactKeys.all,
        summary: LocalizedText(en: "Change what is recorded about a customer", pt: "Altera o que está registrado sobre um cliente"),
        examples: ["customer edit fabrikam --billing-account mca", "customer edit litware --ea-term multi-year"])

    /// The customer as typed (a handle or a name); nil for the selected one.
    public var reference: String?
    public var name: String?
    public var domain: String?
    public var program: Program?
    public var email: String?
    var facts: CustomerFacts

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        reference = try arguments[CommonKeys.customer]
        name = try arguments[Self.name]
        domain = try arguments[CustomerAdd.domain]
        program = try arguments[Self.program]
        email = try arguments[CustomerAdd.email]
        facts = try CustomerFacts(arguments)
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        let (customer, _) = try session.change(reference, for: Self.spec) { customer throws(GuideError) in
            if let name { customer.name = name }
            if let domain { customer.domain = domain }
            if let program { customer.program = program }
            if let email { customer.adminEmail = email }
            facts.apply(to: &customer, createdOn: session.today, settings: session.guide.settings)
        }
        return Reply(.customerUpdated(customer))
    }
}

extension CustomerEdit {
    /// `customer edit contoso --billing-account mosa`: recording a web-direct billing account.
    static func billingAccountLine(_ customer: some LineValue, _ account: BillingAccount) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(CommonKeys.customer, customer).with(CustomerFactKeys.billingAccount, account.rawValue)
    }

    /// `customer edit padaria --domain padaria.com.br`: the tenant's domain, by which an import finds the customer.
    static func domainLine(_ customer: some LineValue, _ domain: String) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(CommonKeys.customer, customer).with(CustomerAdd.domain, domain)
    }

    /// `customer edit HANDLE --billing-account mosa|mca`: the accounts that change the advice.
    static func billingAccountTemplate(_ customer: some LineValue) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(CommonKeys.customer, customer).with(CustomerFactKeys.billingAccount, oneOf: [.mosa, .mca])
    }
}
