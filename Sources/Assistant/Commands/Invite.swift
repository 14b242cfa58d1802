import MigrationGuide

/// `invite HANDLE [--email ADDR] [--on DATE]`: step 1. Explains how to request the reseller
/// relationship in Partner Center, prints the invitation message, and records it as pending.
/// `--dry-run` shows the same instructions and message and records nothing.
public struct Invite: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["invite"], aliases: ["convidar"],
        arguments: [.customer],
        flags: [
            FlagSpec("--email", .email, "ADDR", help: LocalizedText(en: "the global admin to write to (default: the customer's --email)", pt: "o administrador global destinatário (padrão: o --email do cliente)")),
            .on,
            .dryRun,
        ],
        summary: LocalizedText(en: "Step 1: request the reseller relationship and record the invitation", pt: "Etapa 1: solicita a relação de revenda e registra o convite"),
        examples: ["invite contoso", "invite contoso --email ti@contoso.com.br --on 2026-11-02"])

    public var handle: String?
    public var email: String?
    public var on: CalendarDate?
    public var dryRun: Bool

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        handle = arguments[argument: "HANDLE"]
        email = try arguments.email("--email")
        on = try arguments.date("--on")
        dryRun = arguments.isSet("--dry-run")
    }

    public var changesState: Bool { !dryRun }

    public func run(in session: Session) throws(CommandError) -> Reply {
        var customer = try session.customer(handle, for: Self.spec)
        let resent = customer.invitation != nil && !customer.isAccepted
        let invitation: Invitation
        do {
            invitation = try customer.invite(on: session.date(on), email: email, today: session.today)
        } catch {
            throw .guide(error)
        }
        if !dryRun { try session.save(customer) }
        return Reply(.invitation(InvitationReply(customer: customer, invitation: invitation, resent: resent, preview: dryRun)))
    }
}
