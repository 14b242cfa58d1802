import MigrationGuide
import MigrationStore

/// `log [HANDLE] [--since DATE] [--json]`: the audit journal of state-changing commands: when, who,
/// the command as typed and the warnings shown, so a supervisor sees every override.
public struct Log: AssistantCommand, Equatable {
    static let since = FlagKey("--since", .date, "YYYY-MM-DD", help: LocalizedText(en: "only from this session date on", pt: "só a partir desta data de sessão"))
    static let json = SwitchKey("--json", help: LocalizedText(en: "write this reply as JSON", pt: "escreve esta resposta em JSON"))

    public static let spec = CommandSpec(
        ["log"], aliases: ["journal", "historico", "histórico"],
        arguments: [CommonKeys.customer],
        flags: [since, CommonKeys.all, json],
        summary: LocalizedText(en: "The journal of every change: when, who, what, and the warnings shown", pt: "O diário de cada alteração: quando, quem, o quê e os avisos mostrados"),
        examples: ["log", "log contoso --since 2026-11-01", "log --json"])

    /// The customer as typed (a handle or a name); nil for the selected one.
    public var reference: String?
    public var since: CalendarDate?
    public var all: Bool
    public var json: Bool

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        reference = try arguments[CommonKeys.customer]
        since = try arguments[Self.since]
        all = arguments[CommonKeys.all]
        json = arguments[Self.json]
    }

    public var changesState: Bool { false }

    public func run(in session: Session) throws(CommandError) -> Reply {
        var customer: Handle?
        if case .customer(let reference) = session.scope(reference, all: all) {
            // A removed customer's journal is still readable by its handle.
            if let reference, let removed = Handle(reference.lowercased()), (try? session.loadCustomer(removed)) == nil {
                customer = removed
            } else {
                customer = try session.customer(reference, for: Self.spec).handle
            }
        }
        let entries: [JournalEntry]
        do {
            entries = try session.store.journal(for: customer, since: since)
        } catch {
            throw .storage(error)
        }
        var reply = Reply(.journal(entries))
        if json { reply.format = .json }
        return reply
    }
}

extension Log {
    /// `log contoso`, or `log` for every customer.
    static func line(_ customer: Handle?) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(CommonKeys.customer, customer?.rawValue)
    }
}
