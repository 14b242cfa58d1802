import MigrationGuide

/// `license list [HANDLE] [--ending PERIOD] [--all]`: a customer's originals with days left and
/// their CSP counterparts; with `--ending`, those ending in a month, on a day or between two
/// days, across the portfolio when no customer is named or selected.
public struct LicenseList: AssistantCommand, Equatable {
    static let ending = FlagKey("--ending", .period, "PERIOD", help: LocalizedText(
        en: "only originals ending in this month (2026-12), on this day, or between two days (2026-12-01..2027-01-31; ..2026-12-31 from today)",
        pt: "só as originais que terminam neste mês (2026-12 ou 12/2026), neste dia, ou entre dois dias (2026-12-01..2027-01-31; ..2026-12-31 a partir de hoje)"))

    public static let spec = CommandSpec(
        ["license", "list"],
        arguments: [CommonKeys.customer],
        flags: [ending, CommonKeys.all],
        summary: LocalizedText(en: "List a customer's original subscriptions, or those ending in a period", pt: "Lista as assinaturas originais de um cliente, ou as que terminam num período"),
        examples: ["license list contoso", "license list --ending 2026-12", "license list --ending 2026-12-01..2027-01-31"])

    /// The customer as typed (a handle or a name); nil for the selected one.
    public var reference: String?
    public var ending: DatePeriod?
    public var all: Bool

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        reference = try arguments[CommonKeys.customer]
        ending = try arguments[Self.ending]
        all = arguments[CommonKeys.all]
    }

    public var changesState: Bool { false }

    public func run(in session: Session) throws(CommandError) -> Reply {
        // Without a period or --all, one customer's originals, as always.
        guard ending != nil || all else {
            let customer = try session.customer(reference, for: Self.spec)
            return Reply(.licenseList(customer.handle, session.guide.guidance(for: customer, on: session.today).originals))
        }
        let customers: [Customer]
        switch session.scope(reference, all: all) {
        case .portfolio: customers = try session.allCustomers()
        case .customer(let reference): customers = [try session.customer(reference, for: Self.spec)]
        }
        var rows: [EndingOriginal] = []
        for customer in customers {
            for status in session.guide.guidance(for: customer, on: session.today).originals
            where ending?.contains(status.original.expires, today: session.today) ?? true {
                rows.append(EndingOriginal(customer: customer.handle, name: customer.name, status: status))
            }
        }
        rows.sort { ($0.status.original.expires, $0.customer.rawValue, $0.status.original.id.number) < ($1.status.original.expires, $1.customer.rawValue, $1.status.original.id.number) }
        return Reply(.originalsEnding(OriginalsEnding(period: ending, from: ending.map { $0.from ?? session.today }, to: ending?.to, originals: rows)))
    }
}

extension LicenseList {
    /// `license list contoso`.
    static func line(_ customer: some LineValue) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(CommonKeys.customer, customer)
    }

    /// `license list --ending 2026-12`, for one customer or (`all` when one is selected) every one.
    static func ending(_ period: DatePeriod, customer: Handle?, all: Bool) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(CommonKeys.customer, customer?.rawValue).with(Self.ending, period.description).with(CommonKeys.all, all)
    }
}
