import MigrationGuide

/// Arguments and flags shared by several commands, so each reads the same everywhere.
enum CommonKeys {
    /// A customer's handle or name; the selected customer stands in when it is left out.
    static let customer = OptionalArgumentKey("HANDLE", .word(.handle), selectable: true, help: LocalizedText(
        en: "the customer's handle; may be left out after `\(Use.line(.placeholder).inEachLanguage.en)`",
        pt: "o identificador do cliente; pode ser omitido depois de `\(Use.line(.placeholder).inEachLanguage.pt)`"))

    /// An original's id or part of its offer name, resolved against the customer.
    static let license = ArgumentKey("LICENSE", .word(.license), help: LocalizedText(
        en: "an original's id (L1) or an unambiguous part of its offer name",
        pt: "o id de uma assinatura original (L1) ou parte inequívoca do nome da oferta"))

    static let on = FlagKey("--on", .date, "YYYY-MM-DD", help: LocalizedText(
        en: "when it happened (default: the session's today)",
        pt: "quando aconteceu (padrão: a data da sessão)"))

    static let dryRun = SwitchKey("--dry-run", help: LocalizedText(
        en: "show what it would do and warn about, and record nothing",
        pt: "mostra o que faria e os avisos, sem registrar nada"))

    static let confirm = SwitchKey("--confirm", help: LocalizedText(
        en: "go ahead even though it costs money or service; the warning stays on record",
        pt: "segue mesmo com custo ou interrupção; o aviso fica registrado"))

    static let started = FlagKey("--started", .date, "YYYY-MM-DD", help: LocalizedText(
        en: "when the current term started or last renewed (web direct: judges the refund window)",
        pt: "quando o período atual começou ou renovou (compra direta: decide a janela de reembolso)"))

    /// A CSP subscription's id.
    static let cspSubscription = ArgumentKey("SUBSCRIPTION", .word(.license), help: LocalizedText(
        en: "a CSP subscription's id (C1)", pt: "o id de uma assinatura CSP (C1)"))

    static let all = SwitchKey("--all", help: LocalizedText(
        en: "every customer, even when one is selected",
        pt: "todos os clientes, mesmo com um cliente selecionado"))
}

/// Seats and users: 1 to 1,000,000 (E-BAD-NUMBER outside).
let seatRange = 1...1_000_000
/// Assigned users may be zero (licenses bought but not yet handed out).
let assignedRange = 0...1_000_000

/// The facts of a customer that `customer add` and `customer edit` both set, declared once.
enum CustomerFactKeys {
    static let billingAccount = FlagKey("--billing-account", .choice(.choice) as ValueReader<BillingAccount>, "ACCOUNT", help: LocalizedText(
        en: "web direct: mosa, mca or unknown (Billing → Billing accounts; an MCA account has a billing profile)",
        pt: "compra direta: mosa, mca ou unknown (Cobrança → Contas de cobrança; uma conta MCA tem perfil de cobrança)"))
    static let eaTerm = FlagKey("--ea-term", .choice(.choice) as ValueReader<EATerm>, "TERM", help: LocalizedText(
        en: "Enterprise Agreement: standard or multi-year (a longer disabled stage)",
        pt: "Enterprise Agreement: standard ou multi-year (estágio desabilitado mais longo)"))
    static let createdInPartnerCenter = FlagKey("--created-in-partner-center", .onOff, "on|off", help: LocalizedText(
        en: "created in Partner Center, so it has a default GDAP relationship",
        pt: "criado no Partner Center, então tem uma relação GDAP padrão"))
    static let currency = FlagKey("--currency", .currency, "CODE", help: LocalizedText(
        en: "the currency the customer is billed in (BRL, USD...); prices without one take it",
        pt: "a moeda em que o cliente é cobrado (BRL, USD...); preços sem moeda usam esta"))

    static let all: [any FlagDeclaration] = [billingAccount, eaTerm, createdInPartnerCenter, currency]
}

/// Those facts as typed; nil where not given.
struct CustomerFacts: Equatable, Sendable {
    var billingAccount: BillingAccount?
    var eaTerm: EATerm?
    var createdInPartnerCenter: Bool?
    var currency: String?

    init(_ arguments: ParsedArguments) throws(CommandError) {
        billingAccount = try arguments[CustomerFactKeys.billingAccount]
        eaTerm = try arguments[CustomerFactKeys.eaTerm]
        createdInPartnerCenter = try arguments[CustomerFactKeys.createdInPartnerCenter]
        currency = try arguments[CustomerFactKeys.currency]
    }

    /// `createdOn`: the day a customer created in Partner Center got its default relationship.
    func apply(to customer: inout Customer, createdOn: CalendarDate, settings: GuideSettings) {
        if let billingAccount { customer.billingAccount = billingAccount }
        if let eaTerm { customer.eaTerm = eaTerm }
        if let createdInPartnerCenter {
            if createdInPartnerCenter {
                customer.createdInPartnerCenter(on: customer.invitation?.acceptedOn ?? createdOn, settings: settings)
            } else {
                customer.createdInPartnerCenter = false
            }
        }
        if let currency { customer.currency = currency }
    }
}
