import MigrationGuide

/// `csp cancel HANDLE C1 [--on DATE] [--confirm]`: a CSP subscription cancelled in Partner Center
/// inside its correction window. It goes straight to Deleted, so it needs --confirm.
public struct CspCancel: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["csp", "cancel"],
        arguments: [CommonKeys.customer, CommonKeys.cspSubscription],
        flags: [CommonKeys.on, CommonKeys.confirm],
        summary: LocalizedText(en: "Record a CSP subscription cancelled inside its correction window", pt: "Registra uma assinatura CSP cancelada dentro da janela de correção"),
        examples: ["csp cancel contoso C1 --confirm"])

    /// The customer as typed (a handle or a name); nil for the selected one.
    public var reference: String?
    public var subscription: String
    public var on: CalendarDate?
    public var confirm: Bool

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        reference = try arguments[CommonKeys.customer]
        subscription = try arguments[CommonKeys.cspSubscription]
        on = try arguments[CommonKeys.on]
        confirm = arguments[CommonKeys.confirm]
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        let date = session.date(on)
        let (customer, result) = try session.change(reference, for: Self.spec, warnings: { $0.overridden.map(\.code) }) { customer throws(GuideError) in
            try customer.cancelCSP(subscription, on: date, today: session.today, confirmed: confirm, guide: session.guide)
        }
        return Reply(.cspChanged(CSPChangeReply(handle: customer.handle, subscription: result.0, change: .cancelled, overridden: result.overridden, afterWindow: false)))
    }
}

extension CspCancel {
    /// `csp cancel contoso C1`.
    static func line(_ customer: Handle, _ subscription: LicenseID) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(CommonKeys.customer, customer.rawValue).with(CommonKeys.cspSubscription, subscription.description)
    }
}

/// `csp edit HANDLE C1 [--seats N] [--replaces L1[,L2]|none] [--offer OFFER]`: corrects a record
/// typed by mistake; nothing changes in Partner Center.
public struct CspEdit: AssistantCommand, Equatable {
    static let seats = FlagKey("--seats", .count(in: seatRange), "N", help: LocalizedText(en: "the seats actually provisioned", pt: "as licenças realmente provisionadas"))
    static let replaces = FlagKey("--replaces", .text(.license), "L1[,L2]", help: LocalizedText(en: "the originals it takes over from; none for a new service", pt: "as originais que ela substitui; none para um serviço novo"))
    static let offer = FlagKey("--offer", .text(.offer), "OFFER", help: LocalizedText(en: "the CSP offer's name", pt: "o nome da oferta CSP"))
    static let provisioned = FlagKey("--provisioned", .date, "YYYY-MM-DD", help: LocalizedText(en: "the day it was bought in Partner Center", pt: "o dia em que foi comprada no Partner Center"))

    public static let spec = CommandSpec(
        ["csp", "edit"],
        arguments: [CommonKeys.customer, CommonKeys.cspSubscription],
        flags: [seats, replaces, offer, provisioned],
        summary: LocalizedText(en: "Correct a CSP subscription recorded by mistake", pt: "Corrige uma assinatura CSP registrada por engano"),
        examples: ["csp edit contoso C2 --replaces L1", "csp edit contoso C1 --seats 20", "csp edit contoso C1 --provisioned 2026-11-02"])

    /// The customer as typed (a handle or a name); nil for the selected one.
    public var reference: String?
    public var subscription: String
    public var seats: Int?
    public var replaces: String?
    public var offer: String?
    public var provisioned: CalendarDate?

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        reference = try arguments[CommonKeys.customer]
        subscription = try arguments[CommonKeys.cspSubscription]
        seats = try arguments[Self.seats]
        replaces = try arguments[Self.replaces]
        offer = try arguments[Self.offer]
        provisioned = try arguments[Self.provisioned]
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        let references = replaces.map { comparisonKey($0) == "none" ? [] : $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        let (customer, (before, edited, acceptedBefore)) = try session.change(reference, for: Self.spec) { customer throws(GuideError) in
            let before = try customer.resolveCSP(subscription)
            let acceptedBefore = customer.invitation?.acceptedOn
            return (before, try customer.editCSP(subscription, seats: seats, offer: offer, replaces: references, provisionedOn: provisioned, today: session.today),
                    acceptedBefore)
        }
        // Partner Center allows fewer seats only inside the window: after it (or with no purchase
        // date to tell), this fixes a typo only.
        let closes = edited.provisionedOn.map { $0.adding(days: session.guide.settings.cspCorrectionDays) }
        let afterWindow = edited.seats < before.seats && closes.map { session.today >= $0 } ?? true
        // A corrected quantity or link is judged as `provision` judges a new one: seats short or spare.
        // An offer change is news only when the link or the offer was what changed.
        let relinked = replaces != nil || offer != nil
        let seatFindings = Provision.findings(concerning: edited, in: customer, session: session).filter { finding in
            finding.code == .seatSurplus || finding.code == .seatShortfall || (relinked && finding.code == .offerChange)
        }
        return Reply(.cspChanged(CSPChangeReply(
            handle: customer.handle, subscription: edited, change: .edited, overridden: [], afterWindow: afterWindow, findings: seatFindings,
            acceptanceMovedFrom: acceptedBefore == customer.invitation?.acceptedOn ? nil : acceptedBefore)))
    }
}

extension CspEdit {
    /// `csp edit contoso C1`.
    static func line(_ customer: Handle, _ subscription: LicenseID) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(CommonKeys.customer, customer.rawValue).with(CommonKeys.cspSubscription, subscription.description)
    }

    /// `csp edit contoso C1 --provisioned YYYY-MM-DD`: recording the purchase date.
    static func datingLine(_ customer: Handle, _ subscription: LicenseID) -> SuggestedCommand {
        line(customer, subscription).with(provisioned, Placeholder.declared)
    }
}

/// `csp remove HANDLE C1`: removes a CSP record entered by mistake.
public struct CspRemove: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["csp", "remove"],
        arguments: [CommonKeys.customer, CommonKeys.cspSubscription],
        summary: LocalizedText(en: "Remove a CSP subscription recorded by mistake", pt: "Remove uma assinatura CSP registrada por engano"),
        examples: ["csp remove contoso C2"])

    /// The customer as typed (a handle or a name); nil for the selected one.
    public var reference: String?
    public var subscription: String

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        reference = try arguments[CommonKeys.customer]
        subscription = try arguments[CommonKeys.cspSubscription]
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        let (customer, removed) = try session.change(reference, for: Self.spec) { customer throws(GuideError) in
            try customer.removeCSP(subscription)
        }
        return Reply(.cspChanged(CSPChangeReply(handle: customer.handle, subscription: removed, change: .removed, overridden: [], afterWindow: false)))
    }
}

extension CspRemove {
    /// `csp remove contoso C1`.
    static func line(_ customer: Handle, _ subscription: LicenseID) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(CommonKeys.customer, customer.rawValue).with(CommonKeys.cspSubscription, subscription.description)
    }
}
