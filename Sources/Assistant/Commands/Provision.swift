import Foundation
import MigrationGuide

/// `provision HANDLE OFFER --seats N [--replaces L1,L2|none] [--term T] [--billing B] [--price P]
/// [--on DATE] [--confirm] [--dry-run]`: step 2, a CSP subscription.
public struct Provision: AssistantCommand, Equatable {
    static let offer = ArgumentKey("OFFER", .text(.offer), help: LocalizedText(
        en: "the CSP offer's name; a distinctive word of an original's offer (visio) names that offer",
        pt: "o nome da oferta CSP; uma palavra própria da oferta de uma original (visio) indica essa oferta"))
    static let seats = RequiredFlagKey("--seats", .count(in: seatRange), "N", help: LocalizedText(en: "licenses provisioned (1 to 1,000,000)", pt: "licenças provisionadas (1 a 1.000.000)"))
    static let replaces = FlagKey("--replaces", .text(.license), "L1[,L2]", help: LocalizedText(
        en: "the originals it takes over from, of one offer (default: found from the offer); none for a new service",
        pt: "as originais que ela substitui, de uma só oferta (padrão: encontrada pela oferta); none para um serviço novo"))
    static let term = FlagKey("--term", .choice(.choice) as ValueReader<CSPTerm>, "TERM", help: LocalizedText(
        en: "monthly, annual or three-year (default annual)", pt: "monthly, annual ou three-year (padrão annual)"))
    static let billing = FlagKey("--billing", .choice(.choice) as ValueReader<BillingFrequency>, "BILLING", help: LocalizedText(
        en: "monthly, annual or upfront (default monthly)", pt: "monthly, annual ou upfront (padrão monthly)"))
    static let price = FlagKey("--price", .amount, "AMOUNT", help: LocalizedText(en: "price per seat per month, in the customer's currency", pt: "preço por licença por mês, na moeda do cliente"))

    public static let spec = CommandSpec(
        ["provision"], aliases: ["provisionar"],
        arguments: [CommonKeys.customer, offer],
        flags: [seats, replaces, term, billing, price, LicenseAdd.currency, CommonKeys.on, CommonKeys.confirm, CommonKeys.dryRun],
        summary: LocalizedText(en: "Step 2: record a CSP subscription provisioned for the customer", pt: "Etapa 2: registra uma assinatura CSP provisionada para o cliente"),
        examples: [#"provision contoso "Office 365 E3" --seats 50"#, #"provision contoso "Microsoft 365 Business Premium" --seats 20 --replaces L2 --term annual --price 22"#])

    /// The customer as typed (a handle or a name); nil for the selected one.
    public var reference: String?
    public var offer: String
    public var seats: Int
    public var replaces: String?
    public var term: CSPTerm
    public var billing: BillingFrequency
    public var price: Decimal?
    public var currency: String?
    public var on: CalendarDate?
    public var confirm: Bool
    public var dryRun: Bool

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        reference = try arguments[CommonKeys.customer]
        offer = try arguments[Self.offer]
        seats = try arguments[Self.seats]
        replaces = try arguments[Self.replaces]
        term = try arguments[Self.term] ?? .annual
        billing = try arguments[Self.billing] ?? .monthly
        price = try arguments[Self.price]
        currency = try arguments[LicenseAdd.currency]
        on = try arguments[CommonKeys.on]
        confirm = arguments[CommonKeys.confirm]
        dryRun = arguments[CommonKeys.dryRun]
    }

    public var changesState: Bool { !dryRun }

    public func run(in session: Session) throws(CommandError) -> Reply {
        let date = session.date(on)
        let replacing: Customer.Replacing = switch replaces.map(comparisonKey) {
        case nil: .matched
        case "none": .nothing
        case let list?: .named(list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        }
        let partnerCurrency = price == nil ? nil : try session.partnerCurrency()
        let (customer, (outcome, findings)) = try session.change(
            reference, for: Self.spec, recording: !dryRun, warnings: { result in result.1.filter { (finding: Finding) in finding.severity == .warning }.map(\.code) }
        ) { customer throws(GuideError) in
            let outcome = try customer.provision(
                offer: offer, seats: seats, replacing: replacing, term: term, billing: billing,
                price: try price.map { amount throws(GuideError) in try customer.price(amount, currency: currency, partnerDefault: partnerCurrency) },
                on: date, today: session.today, confirmed: true, guide: session.guide)
            let findings = outcome.risks + Self.findings(concerning: outcome.subscription, in: customer, session: session)
            // A refusal shows every warning recording would raise about the originals, not only the
            // one refused on (the new subscription's correction window only opens once recorded).
            if !outcome.risks.isEmpty, !(confirm || dryRun) {
                throw .confirmationRequired(customer.handle, findings.filter { finding in
                    if case .cspWindow = finding { return false }
                    return finding.severity == .warning
                })
            }
            return (outcome, findings)
        }
        return Reply(.provisioned(ProvisionedReply(
            handle: customer.handle, subscription: outcome.subscription,
            replaced: outcome.subscription.replaces.compactMap(customer.original), findings: findings, preview: dryRun,
            confirmable: outcome.risks.compactMap { if case .earlyProvision(let early) = $0 { early } else { nil } })))
    }
}

extension Provision {
    /// What applies to `subscription` once recorded: its correction window, an offer change, and
    /// the seats of the pool it belongs to (shortfall or surplus).
    static func findings(concerning subscription: CSPSubscription, in customer: Customer, session: Session) -> [Finding] {
        let pool = Set(subscription.replaces.flatMap { customer.replacements(of: $0).map(\.id) })
        return session.guide.guidance(for: customer, on: session.today).findings.filter { finding in
            switch finding {
            case .cspWindow(let window): window.subscription == subscription.id
            case .offerChange(let change): change.replacement == subscription.id
            case .seatShortfall(let shortfall): !Set(shortfall.originals).isDisjoint(with: subscription.replaces)
            case .seatSurplus(let surplus): surplus.subscription == subscription.id || pool.contains(surplus.subscription)
            case .noAdminRights, .overlap: subscription.replaces.contains(finding.subject ?? subscription.id)
            default: false
            }
        }
    }

    /// `provision contoso "Office 365 E3" --seats 48 --replaces L1`.
    static func line(_ customer: Handle, offer: String, seats: Int, replaces: LicenseID) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(CommonKeys.customer, customer).with(Self.offer, offer)
            .with(Self.seats, seats).with(Self.replaces, replaces)
    }

    /// `provision HANDLE OFFER --seats N`: the least a CSP subscription needs.
    static let template = SuggestedCommand(Self.self).with(CommonKeys.customer, Placeholder.declared)
        .with(Self.offer, .placeholder).with(Self.seats, .placeholder)

    /// `provision HANDLE OFFER --seats N --term TERM --billing BILLING --price AMOUNT`: with the
    /// terms that decide what it costs.
    static let termsTemplate = template.with(Self.term, Placeholder.declared).with(Self.billing, Placeholder.declared)
        .with(Self.price, Placeholder.declared)

    /// `--replaces L1`: naming the original a new subscription takes over from.
    static func replacing(_ originals: String) -> String { "\(replaces.flagSpec.name) \(originals)" }
}
