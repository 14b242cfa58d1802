import MigrationGuide

/// `explain TOPIC`: a step, a policy or a message code in plain words.
public struct Explain: AssistantCommand, Equatable {
    static let topic = ArgumentKey("TOPIC", .topic, help: LocalizedText(
        en: Topic.primaryNames.joined(separator: ", ") + ", or a code such as W-EARLY-CANCEL",
        pt: Topic.primaryNames.joined(separator: ", ") + ", ou um código como W-EARLY-CANCEL"))

    public static let spec = CommandSpec(
        ["explain"], aliases: ["explicar"],
        arguments: [topic],
        summary: LocalizedText(en: "Explain a step, a policy or a warning code", pt: "Explica uma etapa, uma política ou um código de aviso"),
        examples: ["explain cancellation", "explain W-COVERAGE-GAP"])

    public var topic: Topic

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        topic = try arguments[Self.topic]
    }

    public var changesState: Bool { false }

    public func run(in session: Session) throws(CommandError) -> Reply { Reply(.explanation(topic)) }
}

extension Explain {
    /// `explain reassignment`, `explain W-EARLY-CANCEL`.
    static func line(_ topic: Topic) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(Self.topic, topic.name)
    }
}
