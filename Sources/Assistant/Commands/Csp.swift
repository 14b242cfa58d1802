import MigrationGuide

/// `csp cancel HANDLE C1 [--on DATE] [--confirm]`: a CSP subscription cancelled in Partner Center
/// inside its correction window. It goes straight to Deleted, so it needs --confirm.
public struct CspCancel: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["csp", "cancel"],
        arguments: [.customer, .cspSubscription],
        flags: [.on, .confirm],
        summary: LocalizedText(en: "Record a CSP subscription cancelled inside its correction window", pt: "Registra uma assinatura CSP cancelada dentro da janela de correção"),
        examples: ["csp cancel contoso C1 --confirm"])

    public var handle: String?
    public var subscription: String
    public var on: CalendarDate?
    public var confirm: Bool

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        handle = arguments[argument: "HANDLE"]
        subscription = try arguments.required("SUBSCRIPTION")
        on = try arguments.date("--on")
        confirm = arguments.isSet("--confirm")
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        var customer = try session.customer(handle, for: Self.spec)
        let result: (CSPSubscription, overridden: [Finding])
        do {
            result = try customer.cancelCSP(subscription, on: session.date(on), today: session.today, confirmed: confirm, guide: session.guide)
        } catch {
            throw .guide(error)
        }
        try session.save(customer, warnings: result.overridden.map(\.code))
        return Reply(.cspChanged(CSPChangeReply(handle: customer.handle, subscription: result.0, change: .cancelled, overridden: result.overridden, afterWindow: false)))
    }
}

/// `csp edit HANDLE C1 [--seats N] [--replaces L1[,L2]|none] [--offer OFFER]`: corrects a record
/// typed by mistake; nothing changes in Partner Center.
public struct CspEdit: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["csp", "edit"],
        arguments: [.customer, .cspSubscription],
        flags: [
            FlagSpec("--seats", .count, "N", help: LocalizedText(en: "the seats actually provisioned", pt: "as licenças realmente provisionadas")),
            FlagSpec("--replaces", .license, "L1[,L2]", help: LocalizedText(en: "the originals it takes over from; none for a new service", pt: "as originais que ela substitui; none para um serviço novo")),
            FlagSpec("--offer", .offer, "OFFER", help: LocalizedText(en: "the CSP offer's name", pt: "o nome da oferta CSP")),
        ],
        summary: LocalizedText(en: "Correct a CSP subscription recorded by mistake", pt: "Corrige uma assinatura CSP registrada por engano"),
        examples: ["csp edit contoso C2 --replaces L1", "csp edit contoso C1 --seats 20"])

    public var handle: String?
    public var subscription: String
    public var seats: Int?
    public var replaces: String?
    public var offer: String?

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        handle = arguments[argument: "HANDLE"]
        subscription = try arguments.required("SUBSCRIPTION")
        seats = try arguments.count("--seats", in: seatRange)
        replaces = try arguments.text("--replaces")
        offer = try arguments.text("--offer")
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        var customer = try session.customer(handle, for: Self.spec)
        let edited: CSPSubscription
        let before: CSPSubscription
        do {
            before = try customer.resolveCSP(subscription)
            let references = replaces.map { offerKey($0) == "none" ? [] : $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            edited = try customer.editCSP(subscription, seats: seats, offer: offer, replaces: references)
        } catch {
            throw .guide(error)
        }
        try session.save(customer)
        // Partner Center allows fewer seats only inside the window: after it, this fixes a typo only.
        let closes = before.provisionedOn.adding(days: session.guide.settings.cspCorrectionDays)
        let afterWindow = edited.seats < before.seats && session.today >= closes
        return Reply(.cspChanged(CSPChangeReply(handle: customer.handle, subscription: edited, change: .edited, overridden: [], afterWindow: afterWindow)))
    }
}

/// `csp remove HANDLE C1`: removes a CSP record entered by mistake.
public struct CspRemove: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["csp", "remove"],
        arguments: [.customer, .cspSubscription],
        summary: LocalizedText(en: "Remove a CSP subscription recorded by mistake", pt: "Remove uma assinatura CSP registrada por engano"),
        examples: ["csp remove contoso C2"])

    public var handle: String?
    public var subscription: String

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        handle = arguments[argument: "HANDLE"]
        subscription = try arguments.required("SUBSCRIPTION")
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        var customer = try session.customer(handle, for: Self.spec)
        let removed: CSPSubscription
        do {
            removed = try customer.removeCSP(subscription)
        } catch {
            throw .guide(error)
        }
        try session.save(customer)
        return Reply(.cspChanged(CSPChangeReply(handle: customer.handle, subscription: removed, change: .removed, overridden: [], afterWindow: false)))
    }
}
