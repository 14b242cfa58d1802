/// `advise [HANDLE]`: the next action, why, and every warning most urgent first; with no customer,
/// the whole portfolio ranked by urgency, so a shift can start with `advise`.
public struct Advise: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["advise"], aliases: ["next", "aconselhar", "proximo", "próximo"],
        arguments: [.customer],
        flags: [.all],
        summary: LocalizedText(en: "What to do next, and every warning, most urgent first", pt: "O que fazer a seguir e todos os avisos, do mais urgente ao menos"),
        examples: ["advise", "advise contoso"])

    public var handle: String?
    public var all: Bool

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        handle = arguments[argument: "HANDLE"]
        all = arguments.isSet("--all")
    }

    public var changesState: Bool { false }

    public func run(in session: Session) throws(CommandError) -> Reply {
        if all || (handle == nil && session.selected == nil) {
            let rows = try session.allCustomers().map(session.portfolioRow)
            return Reply(.portfolioAdvice(PortfolioRanking.ranked(rows)))
        }
        let customer = try session.customer(handle, for: Self.spec)
        return Reply(.advice(session.guide.guidance(for: customer, on: session.today)))
    }
}

/// The order in which a shift should work through its customers.
enum PortfolioRanking {
    /// Customers with warnings first, most urgent first; then those with something to do; then the
    /// ones waiting or complete. Ties by handle, so the order never depends on storage.
    static func ranked(_ rows: [PortfolioRow]) -> [PortfolioRow] {
        rows.sorted { lhs, rhs in
            let left = key(lhs), right = key(rhs)
            if left.0 != right.0 { return left.0 < right.0 }
            if left.1 != right.1 { return left.1 < right.1 }
            return lhs.handle < rhs.handle
        }
    }

    private static func key(_ row: PortfolioRow) -> (Int, Int) {
        if let finding = row.mostUrgent {
            return (finding.urgency.rank, finding.urgency.daysLeft)
        }
        switch row.nextAction {
        case .invite, .provision, .addSeats, .getAdminRights, .reassign, .turnOffAutoRenew, .recordOriginals: return (20, 0)
        case .retire(_, _, let daysLeft, _): return (21, daysLeft)
        case .awaitAcceptance(_, let pending, _): return (22, -pending)
        case .waitToProvision(_, _, let from, _, _): return (23, from.daysSinceEpoch)
        case .waitForWindow(_, let opensOn, _, _): return (23, opensOn.daysSinceEpoch)
        case .complete: return (30, 0)
        }
    }
}
