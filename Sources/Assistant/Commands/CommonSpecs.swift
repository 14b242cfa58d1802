import MigrationGuide

/// Argument and flag declarations shared by several commands, so each reads the same everywhere.
extension ArgumentSpec {
    static let customer = ArgumentSpec("HANDLE", .handle, .customerOrSelected, help: LocalizedText(
        en: "the customer's handle; may be left out after `use HANDLE`",
        pt: "o identificador do cliente; pode ser omitido depois de `use HANDLE`"))

    static let cspSubscription = ArgumentSpec("SUBSCRIPTION", .license, help: LocalizedText(
        en: "a CSP subscription's id (C1)", pt: "o id de uma assinatura CSP (C1)"))

    static let license = ArgumentSpec("LICENSE", .license, help: LocalizedText(
        en: "an original's id (L1) or an unambiguous part of its offer name",
        pt: "o id de uma assinatura original (L1) ou parte inequívoca do nome da oferta"))
}

extension FlagSpec {
    static let on = FlagSpec("--on", .date, "YYYY-MM-DD", help: LocalizedText(
        en: "when it happened (default: the session's today)",
        pt: "quando aconteceu (padrão: a data da sessão)"))

    static let dryRun = FlagSpec("--dry-run", help: LocalizedText(
        en: "show what it would do and warn about, and record nothing",
        pt: "mostra o que faria e os avisos, sem registrar nada"))

    static let started = FlagSpec("--started", .date, "YYYY-MM-DD", help: LocalizedText(
        en: "when the current term started or last renewed (web direct: judges the refund window)",
        pt: "quando o período atual começou ou renovou (compra direta: decide a janela de reembolso)"))

    static let confirm = FlagSpec("--confirm", help: LocalizedText(
        en: "go ahead despite the warning, which stays on record",
        pt: "segue apesar do aviso, que fica registrado"))

    /// The facts of a customer that `customer add` and `customer edit` both set.
    static let customerFacts: [FlagSpec] = [
        FlagSpec("--billing-account", .choice, "ACCOUNT", choices: BillingAccount.allCases.map(\.rawValue), help: LocalizedText(
            en: "web direct: mosa, mca or unknown (Billing → Billing accounts; an MCA account has a billing profile)",
            pt: "compra direta: mosa, mca ou unknown (Cobrança → Contas de cobrança; uma conta MCA tem perfil de cobrança)")),
        FlagSpec("--ea-term", .choice, "TERM", choices: EATerm.allCases.map(\.rawValue), help: LocalizedText(
            en: "Enterprise Agreement: standard or multi-year (longer disabled stage)",
            pt: "Enterprise Agreement: standard ou multi-year (estágio desabilitado mais longo)")),
        FlagSpec("--created-in-partner-center", .onOff, "on|off", choices: ["on", "off"], help: LocalizedText(
            en: "created in Partner Center, so it has a default GDAP relationship",
            pt: "criado no Partner Center, então tem uma relação GDAP padrão")),
        FlagSpec("--currency", .currency, "CODE", help: LocalizedText(
            en: "the currency the customer is billed in (BRL, USD...); prices without one take it",
            pt: "a moeda em que o cliente é cobrado (BRL, USD...); preços sem moeda usam esta")),
    ]

    static let all = FlagSpec("--all", help: LocalizedText(
        en: "every customer, even when one is selected",
        pt: "todos os clientes, mesmo com um cliente selecionado"))
}

/// The customer facts of `customer add` and `customer edit`, typed; nil where not given.
struct CustomerFacts: Equatable, Sendable {
    var billingAccount: BillingAccount?
    var eaTerm: EATerm?
    var createdInPartnerCenter: Bool?
    var currency: String?

    init(_ arguments: ParsedArguments) throws(CommandError) {
        billingAccount = try arguments.choice("--billing-account", as: BillingAccount.self)
        eaTerm = try arguments.choice("--ea-term", as: EATerm.self)
        createdInPartnerCenter = try arguments.onOff("--created-in-partner-center")
        currency = try arguments.currency("--currency")
    }

    func apply(to customer: inout Customer) {
        if let billingAccount { customer.billingAccount = billingAccount }
        if let eaTerm { customer.eaTerm = eaTerm }
        if let createdInPartnerCenter { customer.createdInPartnerCenter = createdInPartnerCenter }
        if let currency { customer.currency = currency }
    }
}

/// Seats and users: 1 to 1,000,000 (E-BAD-NUMBER outside).
let seatRange = 1...1_000_000
/// Assigned users may be zero (licenses bought but not yet handed out).
let assignedRange = 0...1_000_000
