import MigrationGuide

import MigrationStore

/// `customer remove HANDLE [--force]`: forget a customer; refused while it has subscriptions.
public struct CustomerRemove: AssistantCommand, Equatable {
    static let force = SwitchKey("--force", help: LocalizedText(
        en: "remove it even though subscriptions are recorded", pt: "remove mesmo com assinaturas registradas"))

    public static let spec = CommandSpec(
        ["customer", "remove"],
        arguments: [CommonKeys.customer],
        flags: [force, CommonKeys.dryRun],
        summary: LocalizedText(en: "Remove a customer (refused while it has subscriptions)", pt: "Remove um cliente (recusado enquanto tiver assinaturas)"),
        examples: ["customer remove contoso", "customer remove contoso --dry-run", "customer remove contoso --force"])

    /// The customer as typed (a handle or a name); nil for the selected one.
    public var reference: String?
    public var force: Bool
    /// Say what removing it would forget, and remove nothing.
    public var dryRun: Bool

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        reference = try arguments[CommonKeys.customer]
        force = arguments[Self.force]
        dryRun = arguments[CommonKeys.dryRun]
    }

    public var changesState: Bool { !dryRun }

    public func run(in session: Session) throws(CommandError) -> Reply {
        let customer = try session.customer(reference, for: Self.spec)
        let originals = customer.originals.count, csp = customer.cspSubscriptions.count
        if dryRun { return Reply(.customerRemovalPreview(customer.handle, originals: originals, csp: csp)) }
        if originals + csp > 0, !force {
            throw .hasSubscriptions(customer.handle, originals: originals, csp: csp)
        }
        do {
            try session.store.remove(customer.handle, journal: session.journalEntry(customer: customer.handle))
        } catch {
            throw .storage(error)
        }
        if session.selected == customer.handle { session.selected = nil }
        return Reply(.customerRemoved(customer.handle, originals: originals, csp: csp))
    }
}

extension CustomerRemove {
    /// `customer remove contoso --force`.
    static func line(_ customer: Handle, force: Bool) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(CommonKeys.customer, customer.rawValue).with(Self.force, force)
    }
}
