import MigrationGuide

/// `provision HANDLE OFFER --seats N [--replaces L1] [--on DATE]`: step 2, a CSP subscription.
public struct Provision: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["provision"], aliases: ["provisionar"],
        arguments: [.customer, ArgumentSpec("OFFER", .offer, help: LocalizedText(en: "the CSP offer's name", pt: "o nome da oferta CSP"))],
        flags: [
            FlagSpec("--seats", .count, "N", required: true, help: LocalizedText(en: "licenses provisioned (1 to 1,000,000)", pt: "licenças provisionadas (1 a 1.000.000)")),
            FlagSpec("--replaces", .license, "LICENSE", help: LocalizedText(
                en: "the original it takes over from (default: the one original of the same offer)",
                pt: "a original que ela substitui (padrão: a única original da mesma oferta)")),
            .on,
        ],
        summary: LocalizedText(en: "Step 2: record a CSP subscription provisioned for the customer", pt: "Etapa 2: registra uma assinatura CSP provisionada para o cliente"),
        examples: [#"provision contoso "Office 365 E3" --seats 50"#, #"provision contoso "Microsoft 365 Business Premium" --seats 20 --replaces L2"#])

    public var handle: String?
    public var offer: String
    public var seats: Int
    public var replaces: String?
    public var on: CalendarDate?

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        handle = arguments[argument: "HANDLE"]
        offer = try arguments.text("OFFER") ?? ""
        seats = try arguments.count("--seats", in: seatRange) ?? 0
        replaces = try arguments.text("--replaces")
        on = try arguments.date("--on")
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        var customer = try session.customer(handle, for: Self.spec)
        let subscription: CSPSubscription
        do {
            subscription = try customer.provision(offer: offer, seats: seats, replaces: replaces, on: session.date(on))
        } catch {
            throw .guide(error)
        }
        // What now applies to the new subscription: its correction window, an offer change, a shortfall.
        let findings = session.guide.guidance(for: customer, on: session.today).findings.filter { finding in
            switch finding {
            case .cspWindow(let window): window.subscription == subscription.id
            case .offerChange(let change): change.replacement == subscription.id
            case .seatShortfall(let shortfall): shortfall.original == subscription.replaces
            default: false
            }
        }
        let reply = ProvisionedReply(
            handle: customer.handle, subscription: subscription,
            replaced: subscription.replaces.flatMap(customer.original), findings: findings)
        try session.save(customer, warnings: findings.map(\.code))
        return Reply(.provisioned(reply))
    }
}
