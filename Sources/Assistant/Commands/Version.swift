/// `version`: which build this is (the same line as `csp-migrate --version`), for a bug report.
public struct Version: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["version"], aliases: ["versão"],
        summary: LocalizedText(en: "Show the program's version and the commit it was built from", pt: "Mostra a versão do programa e o commit de que foi compilado"),
        examples: ["version"])

    public init() {}
    public init(_ arguments: ParsedArguments) throws(CommandError) {}

    public var changesState: Bool { false }

    public func run(in session: Session) throws(CommandError) -> Reply { Reply(.version(.current)) }
}
