import MigrationGuide

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
            var rows = try session.portfolioRows()
            PortfolioRanking.rank(&rows)
            return Reply(.portfolioAdvice(rows))
        case .customer(let reference):
            let customer = try session.customer(reference, for: Self.spec)
            return Reply(.advice(session.guide.guidance(for: customer, on: session.today)))
        }
    }
}

extension Advise {
    /// `advise contoso`, or `advise` for the portfolio (`advise --all` with `all`).
    static func line(_ customer: (some LineValue)?, all: Bool = false) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(CommonKeys.customer, customer).with(CommonKeys.all, all)
    }
}
