import MigrationGuide

/// `provision HANDLE OFFER --seats N [--replaces L1] [--on DATE]`: step 2, a CSP subscription.
public struct Provision: AssistantCommand, Equatable {
    static let offer = ArgumentKey("OFFER", .text(.offer), help: LocalizedText(en: "the CSP offer's name", pt: "o nome da oferta CSP"))
    static let seats = RequiredFlagKey("--seats", .count(in: seatRange), "N", help: LocalizedText(en: "licenses provisioned (1 to 1,000,000)", pt: "licenças provisionadas (1 a 1.000.000)"))
    static let replaces = FlagKey("--replaces", .text(.license), "LICENSE", help: LocalizedText(
        en: "the original it takes over from (default: the one original of the same offer)",
        pt: "a original que ela substitui (padrão: a única original da mesma oferta)"))

    public static let spec = CommandSpec(
        ["provision"], aliases: ["provisionar"],
        arguments: [CommonKeys.customer, offer],
        flags: [seats, replaces, CommonKeys.on],
        summary: LocalizedText(en: "Step 2: record a CSP subscription provisioned for the customer", pt: "Etapa 2: registra uma assinatura CSP provisionada para o cliente"),
        examples: [#"provision contoso "Office 365 E3" --seats 50"#, #"provision contoso "Microsoft 365 Business Premium" --seats 20 --replaces L2"#])

    /// The customer as typed (a handle or a name); nil for the selected one.
    public var reference: String?
    public var offer: String
    public var seats: Int
    public var replaces: String?
    public var on: CalendarDate?

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        reference = try arguments[CommonKeys.customer]
        offer = try arguments[Self.offer]
        seats = try arguments[Self.seats]
        replaces = try arguments[Self.replaces]
        on = try arguments[CommonKeys.on]
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        let date = session.date(on)
        let (customer, (subscription, findings)) = try session.change(reference, for: Self.spec, warnings: { $0.1.map(\.code) }) { customer throws(GuideError) in
            let subscription = try customer.provision(offer: offer, seats: seats, replaces: replaces, on: date)
            // What now applies to the new subscription: its correction window, an offer change, a shortfall.
            let findings = session.guide.guidance(for: customer, on: session.today).findings.filter { finding in
                switch finding {
                case .cspWindow(let window): window.subscription == subscription.id
                case .offerChange(let change): change.replacement == subscription.id
                case .seatShortfall(let shortfall): shortfall.original == subscription.replaces
                default: false
                }
            }
            return (subscription, findings)
        }
        return Reply(.provisioned(ProvisionedReply(
            handle: customer.handle, subscription: subscription,
            replaced: subscription.replaces.flatMap(customer.original), findings: findings)))
    }
}

extension Provision {
    /// `provision contoso "Office 365 E3" --seats 48 --replaces L1`.
    static func line(_ customer: Handle, offer: String, seats: Int, replaces: LicenseID) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(CommonKeys.customer, customer.rawValue).with(Self.offer, offer)
            .with(Self.seats, String(seats)).with(Self.replaces, replaces.description)
    }
}
