import MigrationGuide

/// `plan HANDLE`: when to provision each original's replacement (recommended and latest day, the
/// lead time), and what is already in place, then the next action.
public struct Plan: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["plan"], aliases: ["plano"],
        arguments: [CommonKeys.customer],
        summary: LocalizedText(en: "The move planned with dates: when to provision each replacement", pt: "A migração planejada com datas: quando provisionar cada substituta"),
        examples: ["plan contoso"])

    /// The customer as typed (a handle or a name); nil for the selected one.
    public var reference: String?

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        reference = try arguments[CommonKeys.customer]
    }

    public var changesState: Bool { false }

    public func run(in session: Session) throws(CommandError) -> Reply {
        let customer = try session.customer(reference, for: Self.spec)
        return Reply(.plan(session.guide.guidance(for: customer, on: session.today)))
    }
}

extension Plan {
    /// `plan contoso`.
    static func line(_ customer: Handle) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(CommonKeys.customer, customer)
    }
}
