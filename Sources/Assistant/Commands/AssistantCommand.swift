/// A command staff can type. Its declaration (name, arguments, flags, help), its parsing into a
/// typed value and its action sit together in one type, one file per command, named after it:
/// `cancel` lives in `Cancel.swift`. The session loop only dispatches.
public protocol AssistantCommand: Sendable {
    static var spec: CommandSpec { get }
    /// Validates the sorted words into typed fields; bad values throw the matching error.
    init(_ arguments: ParsedArguments) throws(CommandError)
    /// Does the work against the session's store and guide, and says what happened as a value.
    func run(in session: Session) throws(CommandError) -> Reply
    /// False only for commands that read: questions run nothing else.
    var changesState: Bool { get }
}

extension AssistantCommand {
    /// Assumed, so that a new command is never run for a question by mistake.
    public var changesState: Bool { true }
}

/// Every command the assistant knows, in the order `help` lists them.
public struct CommandCatalogue: Sendable {
    public let commands: [any AssistantCommand.Type]
    /// First word or alias → the commands it can start, built once (the parser's lookup).
    let byFirstWord: [String: [any AssistantCommand.Type]]
    let byAlias: [String: [any AssistantCommand.Type]]

    public init(_ commands: [any AssistantCommand.Type]) {
        self.commands = commands
        byFirstWord = Dictionary(grouping: commands) { $0.spec.path[0] }
        var aliases: [String: [any AssistantCommand.Type]] = [:]
        for command in commands {
            for alias in command.spec.aliases { aliases[alias, default: []].append(command) }
        }
        byAlias = aliases
    }

    public static let standard = CommandCatalogue([
        Help.self, Steps.self, Explain.self,
        CustomerAdd.self, CustomerEdit.self, CustomerList.self, CustomerShow.self, CustomerRemove.self,
        Use.self,
        LicenseAdd.self, LicenseEdit.self, LicenseList.self,
        Invite.self, Accept.self, GdapRequest.self, GdapAccept.self, GdapShow.self,
        Provision.self, CspCancel.self, CspEdit.self, CspRemove.self, Cancel.self, Expire.self, Reassign.self,
        Status.self, Advise.self, Plan.self, Log.self,
        Import.self, ImportGraph.self, ImportPartnerCenterCustomers.self, ImportPartnerCenterSubscriptions.self, Export.self, RecordStart.self, RecordStop.self,
        Today.self, Lang.self, Format.self, Settings.self,
        Quit.self,
    ])

    public var specs: [CommandSpec] { commands.map { $0.spec } }

    /// First words: `customer`, `status`, and aliases such as `exit`.
    public var topLevelNames: [String] {
        var seen = Set<String>()
        var names: [String] = []
        for spec in specs {
            for name in [spec.path[0]] + spec.aliases where seen.insert(name).inserted {
                names.append(name)
            }
        }
        return names
    }

    /// The spec named by `help TOPIC`: `cancel`, `customer add`, or a group's first word.
    public func specs(named name: String) -> [CommandSpec] {
        let words = name.lowercased().split(separator: " ").map(String.init)
        return specs.filter { spec in
            spec.path.starts(with: words) || (words.count == 1 && spec.aliases.contains(words[0]))
        }
    }
}
