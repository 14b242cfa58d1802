import MigrationGuide

/// `invite HANDLE [--email ADDR] [--on DATE]`: step 1. Explains how to request the reseller
/// relationship in Partner Center, prints the invitation message, and records it as pending.
/// `--dry-run` shows the same instructions and message and records nothing.
public struct Invite: AssistantCommand, Equatable {
    static let email = FlagKey("--email", .email, "ADDR", help: LocalizedText(
        en: "the global admin to write to (default: the customer's \(CustomerAdd.email.flagSpec.name))",
        pt: "o administrador global destinatário (padrão: o \(CustomerAdd.email.flagSpec.name) do cliente)"))

    public static let spec = CommandSpec(
        ["invite"], aliases: ["convidar"],
        arguments: [CommonKeys.customer],
        flags: [email, CommonKeys.on, CommonKeys.dryRun],
        summary: LocalizedText(en: "Step 1: request the reseller relationship and record the invitation", pt: "Etapa 1: solicita a relação de revenda e registra o convite"),
        examples: ["invite contoso", "invite contoso --email ti@contoso.com.br --on 2026-11-02"])

    /// The customer as typed (a handle or a name); nil for the selected one.
    public var reference: String?
    public var email: String?
    public var on: CalendarDate?
    public var dryRun: Bool

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        reference = try arguments[CommonKeys.customer]
        email = try arguments[Self.email]
        on = try arguments[CommonKeys.on]
        dryRun = arguments[CommonKeys.dryRun]
    }

    public var changesState: Bool { !dryRun }

    public func run(in session: Session) throws(CommandError) -> Reply {
        let date = session.date(on)
        let (customer, (invitation, resent)) = try session.change(reference, for: Self.spec, recording: !dryRun) { customer throws(GuideError) in
            let resent = customer.invitation != nil && !customer.isAccepted
            return (try customer.invite(on: date, email: email, today: session.today), resent)
        }
        return Reply(.invitation(InvitationReply(customer: customer, invitation: invitation, resent: resent, preview: dryRun, partnerName: try session.partnerName())))
    }
}

extension Invite {
    /// `invite contoso`.
    static func line(_ customer: some LineValue) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(CommonKeys.customer, customer)
    }
}
