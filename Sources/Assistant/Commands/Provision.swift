import Foundation
import MigrationGuide

/// `provision HANDLE OFFER --seats N [--replaces L1,L2|none] [--term T] [--billing B] [--price P]
/// [--on DATE] [--dry-run] [--confirm]`: step 2, a CSP subscription.
public struct Provision: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["provision"], aliases: ["provisionar"],
        arguments: [.customer, ArgumentSpec("OFFER", .offer, help: LocalizedText(
            en: "the CSP offer's name; a distinctive word of an original's offer (visio) names that offer",
            pt: "o nome da oferta CSP; uma palavra própria da oferta de uma original (visio) indica essa oferta"))],
        flags: [
            FlagSpec("--seats", .count, "N", required: true, help: LocalizedText(en: "licenses provisioned (1 to 1,000,000)", pt: "licenças provisionadas (1 a 1.000.000)")),
            FlagSpec("--replaces", .license, "L1[,L2]", help: LocalizedText(
                en: "the originals it takes over from, of one offer (default: found from the offer); none for a new service",
                pt: "as originais que ela substitui, de uma só oferta (padrão: encontrada pela oferta); none para um serviço novo")),
            FlagSpec("--term", .choice, "TERM", choices: CSPTerm.allCases.map(\.rawValue), help: LocalizedText(
                en: "monthly, annual or three-year (default annual)", pt: "monthly, annual ou three-year (padrão annual)")),
            FlagSpec("--billing", .choice, "BILLING", choices: BillingFrequency.allCases.map(\.rawValue), help: LocalizedText(
                en: "monthly, annual or upfront (default monthly)", pt: "monthly, annual ou upfront (padrão monthly)")),
            FlagSpec("--price", .amount, "AMOUNT", help: LocalizedText(en: "price per seat per month, in the customer's currency", pt: "preço por licença por mês, na moeda do cliente")),
            .on,
            .confirm,
            .dryRun,
        ],
        summary: LocalizedText(en: "Step 2: record a CSP subscription provisioned for the customer", pt: "Etapa 2: registra uma assinatura CSP provisionada para o cliente"),
        examples: [#"provision contoso "Office 365 E3" --seats 50"#, #"provision contoso "Microsoft 365 Business Premium" --seats 20 --replaces L2 --term annual --price 22"#])

    public var handle: String?
    public var offer: String
    public var seats: Int
    public var replaces: String?
    public var term: CSPTerm
    public var billing: BillingFrequency
    public var price: Decimal?
    public var on: CalendarDate?
    public var confirm: Bool
    public var dryRun: Bool

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        handle = arguments[argument: "HANDLE"]
        offer = try arguments.text("OFFER") ?? ""
        seats = try arguments.count("--seats", in: seatRange) ?? 0
        replaces = try arguments.text("--replaces")
        term = try arguments.choice("--term", as: CSPTerm.self) ?? .annual
        billing = try arguments.choice("--billing", as: BillingFrequency.self) ?? .monthly
        price = try arguments.amount("--price")
        on = try arguments.date("--on")
        confirm = arguments.isSet("--confirm")
        dryRun = arguments.isSet("--dry-run")
    }

    public var changesState: Bool { !dryRun }

    public func run(in session: Session) throws(CommandError) -> Reply {
        var customer = try session.customer(handle, for: Self.spec)
        let replacing: Customer.Replacing = switch replaces.map(offerKey) {
        case nil: .matched
        case "none": .nothing
        case let list?: .named(list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        }
        let outcome: Customer.ProvisionOutcome
        do {
            outcome = try customer.provision(
                offer: offer, seats: seats, replacing: replacing, term: term, billing: billing,
                price: price.map { Money(amount: $0, currency: customer.billingCurrency ?? session.defaultCurrency) },
                on: session.date(on), today: session.today, confirmed: confirm || dryRun, guide: session.guide)
        } catch {
            throw .guide(error)
        }
        let subscription = outcome.subscription
        // What now applies to the new subscription: its correction window, an offer change, seats.
        let findings = outcome.risks + session.guide.guidance(for: customer, on: session.today).findings.filter { finding in
            switch finding {
            case .cspWindow(let window): window.subscription == subscription.id
            case .offerChange(let change): change.replacement == subscription.id
            case .seatShortfall(let shortfall): !Set(shortfall.originals).isDisjoint(with: subscription.replaces)
            case .seatSurplus(let surplus): surplus.subscription == subscription.id || customer.replacements(of: subscription.replaces.first ?? subscription.id).contains { $0.id == surplus.subscription }
            case .noAdminRights, .overlap: subscription.replaces.contains(finding.subject ?? subscription.id)
            default: false
            }
        }
        let reply = ProvisionedReply(
            handle: customer.handle, subscription: subscription,
            replaced: subscription.replaces.compactMap(customer.original), findings: findings, preview: dryRun)
        if !dryRun { try session.save(customer, warnings: findings.filter { $0.code == .earlyProvision }.map(\.code)) }
        return Reply(.provisioned(reply))
    }
}
