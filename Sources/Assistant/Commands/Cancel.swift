import MigrationGuide

/// `cancel HANDLE LICENSE [--on DATE] [--confirm]`: step 3 by cancellation. Refused when it would
/// forfeit paid time (W-EARLY-CANCEL) or cut users off (W-COVERAGE-GAP), unless `--confirm`.
/// `--dry-run` answers "can we cancel now, and what would it cost?" and records nothing.
public struct Cancel: AssistantCommand, Equatable {

    public static let spec = CommandSpec(
        ["cancel"], aliases: ["cancelar"],
        arguments: [CommonKeys.customer, CommonKeys.license],
        flags: [CommonKeys.on, CommonKeys.confirm, CommonKeys.dryRun],
        summary: LocalizedText(en: "Step 3: record the cancellation of an original (warns first)", pt: "Etapa 3: registra o cancelamento de uma original (avisa antes)"),
        examples: ["cancel contoso L1 --dry-run", "cancel contoso L1", "cancel contoso L1 --confirm"])

    /// The customer as typed (a handle or a name); nil for the selected one.
    public var reference: String?
    public var license: String
    public var on: CalendarDate?
    public var confirm: Bool
    public var dryRun: Bool

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        reference = try arguments[CommonKeys.customer]
        license = try arguments[CommonKeys.license]
        on = try arguments[CommonKeys.on]
        confirm = arguments[CommonKeys.confirm]
        dryRun = arguments[CommonKeys.dryRun]
    }

    public var changesState: Bool { !dryRun }

    public func run(in session: Session) throws(CommandError) -> Reply {
        try session.refuseCustomerAsOriginal(reference, original: license, for: Self.spec)
        let date = session.date(on)
        if dryRun {
            let customer = try session.customer(reference, for: Self.spec)
            let (original, risks): (OriginalSubscription, [Finding])
            do { (original, risks) = try customer.cancellationCheck(license, on: date, guide: session.guide) } catch { throw .guide(error) }
            return Reply(.cancellationCheck(CancellationCheck(
                handle: customer.handle, original: original, on: date, risks: risks,
                replacements: customer.replacements(of: original.id).map(\.id), givenDate: on != nil,
                paidTimeLeft: session.guide.paidTimeLeft(of: original, in: customer, on: date),
                program: customer.program, refund: session.guide.refund(for: original, in: customer, on: date),
                onlineCancelLimit: session.guide.onlineCancelLimit(for: original, in: customer))))
        }
        let (customer, result) = try session.change(reference, for: Self.spec, warnings: { $0.overridden.map(\.code) }) { customer throws(GuideError) in
            try customer.cancel(license, on: date, today: session.today, confirmed: confirm, guide: session.guide)
        }
        return Reply(.cancelled(CancelledReply(handle: customer.handle, original: result.0, overridden: result.overridden)))
    }
}

extension Cancel {
    /// `cancel contoso L1`; callers add `--dry-run`, `--on` or `--confirm` in the order they show them.
    static func line(_ customer: Handle, _ license: LicenseID) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(CommonKeys.customer, customer.rawValue).with(CommonKeys.license, license.description)
    }
}
