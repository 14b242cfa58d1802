/// `advise [HANDLE]`: the next action, why, and every warning most urgent first; with no customer,
/// the whole portfolio ranked by urgency, so a shift can start with `advise`.
public struct Advise: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["advise"], aliases: ["next", "aconselhar", "proximo", "próximo"],
        arguments: [CommonKeys.customer],
        flags: [CommonKeys.all],
        summary: LocalizedText(en: "What to do next, and every warning, most urgent first", pt: "O que fazer a seguir e todos os avisos, do mais urgente ao menos"),
        examples: ["advise", "advise contoso"])

    /// The customer as typed (a handle or a name); nil for the selected one.
    public var reference: String?
    public var all: Bool

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        reference = try arguments[CommonKeys.customer]
        all = arguments[CommonKeys.all]
    }

    public var changesState: Bool { false }

    public func run(in session: Session) throws(CommandError) -> Reply {
        switch session.scope(reference, all: all) {
        case .portfolio:
            let rows = try session.allCustomers().map(session.portfolioRow)
            return Reply(.portfolioAdvice(PortfolioRanking.ranked(rows)))
        case .customer(let reference):
            let customer = try session.customer(reference, for: Self.spec)
            return Reply(.advice(session.guide.guidance(for: customer, on: session.today)))
        }
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
        case .invite, .provision, .addSeats, .reassign, .turnOffAutoRenew, .recordOriginals: return (20, 0)
        case .retire(_, _, let daysLeft): return (21, daysLeft)
        case .awaitAcceptance(_, let pending, _): return (22, -pending)
        case .waitForWindow(_, let opensOn, _): return (23, opensOn.daysSinceEpoch)
        case .complete: return (30, 0)
        }
    }
}
