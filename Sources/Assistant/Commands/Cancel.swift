import MigrationGuide

/// `cancel HANDLE LICENSE [--on DATE] [--confirm]`: step 3 by cancellation. Refused when it would
/// forfeit paid time (W-EARLY-CANCEL) or cut users off (W-COVERAGE-GAP), unless `--confirm`.
/// `--dry-run` answers "can we cancel now, and what would it cost?" and records nothing.
public struct Cancel: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["cancel"], aliases: ["cancelar"],
        arguments: [.customer, .license],
        flags: [
            .on,
            FlagSpec("--confirm", help: LocalizedText(
                en: "cancel even though it costs money or service; the warning stays on record",
                pt: "cancela mesmo com custo ou interrupção; o aviso fica registrado")),
            .dryRun,
        ],
        summary: LocalizedText(en: "Step 3: record the cancellation of an original (warns first)", pt: "Etapa 3: registra o cancelamento de uma original (avisa antes)"),
        examples: ["cancel contoso L1 --dry-run", "cancel contoso L1", "cancel contoso L1 --confirm"])

    public var handle: String?
    public var license: String
    public var on: CalendarDate?
    public var confirm: Bool
    public var dryRun: Bool

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        handle = arguments[argument: "HANDLE"]
        license = try arguments.required("LICENSE")
        on = try arguments.date("--on")
        confirm = arguments.isSet("--confirm")
        dryRun = arguments.isSet("--dry-run")
    }

    public var changesState: Bool { !dryRun }

    public func run(in session: Session) throws(CommandError) -> Reply {
        var customer = try session.customer(handle, for: Self.spec)
        if dryRun {
            let date = session.date(on)
            do {
                let (original, risks) = try customer.cancellationCheck(license, on: date, guide: session.guide)
                return Reply(.cancellationCheck(CancellationCheck(
                    handle: customer.handle, original: original, on: date, risks: risks,
                    replacements: customer.replacements(of: original.id).map(\.id), givenDate: on != nil)))
            } catch {
                throw .guide(error)
            }
        }
        let result: (OriginalSubscription, overridden: [Finding])
        do {
            result = try customer.cancel(license, on: session.date(on), today: session.today, confirmed: confirm, guide: session.guide)
        } catch {
            throw .guide(error)
        }
        try session.save(customer, warnings: result.overridden.map(\.code))
        return Reply(.cancelled(CancelledReply(handle: customer.handle, original: result.0, overridden: result.overridden)))
    }
}
