import MigrationGuide

/// `status [HANDLE]`: where a customer stands, or with no customer, a table of the whole portfolio.
public struct Status: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["status"], aliases: ["situacao", "situação"],
        arguments: [CommonKeys.customer],
        flags: [CommonKeys.all],
        summary: LocalizedText(en: "Where a customer stands, or every customer's stage", pt: "Em que ponto está um cliente, ou a etapa de todos"),
        examples: ["status contoso", "status", "status --all"])

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
            return Reply(.portfolioStatus(try session.portfolioRows()))
        case .customer(let reference):
            let customer = try session.customer(reference, for: Self.spec)
            return Reply(.status(session.guide.guidance(for: customer, on: session.today)))
        }
    }
}

extension Status {
    /// `status contoso`, or `status` for the portfolio.
    static func line(_ customer: Handle?) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(CommonKeys.customer, customer?.rawValue)
    }
}
