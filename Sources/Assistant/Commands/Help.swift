import MigrationGuide

/// `help [COMMAND]`: every command with a one-line summary, or one command's usage, flags and example.
public struct Help: AssistantCommand, Equatable {
    /// One or two words: `help cancel`, `help customer add`.
    static let command = OptionalArgumentKey("COMMAND", .word(.command), help: LocalizedText(en: "a command to describe", pt: "um comando a descrever"))

    public static let spec = CommandSpec(
        ["help"], aliases: ["?", "ajuda"],
        arguments: [command],
        summary: LocalizedText(en: "List the commands, or show how to use one", pt: "Lista os comandos ou mostra como usar um deles"),
        examples: ["help", "help provision", "cancel --help"])

    public var topic: String?

    public init(topic: String?) {
        self.topic = topic
    }

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        topic = try arguments[Self.command]
    }

    public var changesState: Bool { false }

    public func run(in session: Session) throws(CommandError) -> Reply {
        let catalogue = session.parser.catalogue
        guard let topic else {
            return Reply(.help(HelpReply(specs: catalogue.specs, isListing: true)))
        }
        let specs = catalogue.specs(named: topic)
        guard !specs.isEmpty else {
            throw .unknownCommand(topic, suggestion: Suggestion.closest(to: topic, among: catalogue.topLevelNames))
        }
        return Reply(.help(HelpReply(specs: specs, isListing: false)))
    }
}

extension Help {
    /// `help cancel`, or `help` for the list.
    static func line(_ command: (some LineValue)?) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(Self.command, command)
    }
}
