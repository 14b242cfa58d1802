/// Turns a command line into a typed command, or an error that says what was wrong and where.
public struct Parser: Sendable {
    public let catalogue: CommandCatalogue
    /// After any command, its help instead of running it: `cancel --help` (or `-h`).
    static let helpFlag = "--help"
    static let helpFlags = [helpFlag, "-h"]

    public init(catalogue: CommandCatalogue = .standard) {
        self.catalogue = catalogue
    }

    /// The outcome of one line.
    public enum Outcome: Sendable {
        /// Blank, or only a comment.
        case empty
        case command(any AssistantCommand)
    }

    /// - Parameter language: the session's, for values written its way (`31/03/2027` in Portuguese).
    public func parse(_ line: String, language: Language = .en) throws(CommandError) -> Outcome {
        let words: [Word]
        do {
            words = try Tokenizer.words(line)
        } catch {
            throw .syntax(error, line: line)
        }
        guard !words.isEmpty else { return .empty }
        return .command(try parse(words: words.map(\.text), language: language))
    }

    func parse(words: [String], language: Language = .en) throws(CommandError) -> any AssistantCommand {
        let type: any AssistantCommand.Type, rest: [String]
        do {
            (type, rest) = try resolve(words: words)
        } catch .missingSubcommand(let group, _) where words.contains(where: Self.helpFlags.contains) {
            return Help(topic: group)
        }
        if rest.contains(where: Self.helpFlags.contains) {
            return Help(topic: type.spec.name)
        }
        var arguments = try Self.sort(rest, by: type.spec)
        arguments.language = language
        return try type.init(arguments)
    }

    /// The command that `words` start, and the words left for its arguments and flags: the one
    /// rule for names, aliases and groups (`customer add`), shared with tab completion.
    func resolve(words: [String]) throws(CommandError) -> (command: any AssistantCommand.Type, rest: [String]) {
        guard let first = words.first else { throw .unknownCommand("", suggestion: nil) }
        let name = first.lowercased()
        let candidates = catalogue.byAlias[name] ?? catalogue.byFirstWord[name] ?? []
        guard var type = candidates.first else {
            throw .unknownCommand(first, suggestion: Suggestion.closest(to: name, among: catalogue.topLevelNames))
        }
        var rest = Array(words.dropFirst())
        let isAlias = candidates.count == 1 && type.spec.aliases.contains(name)
        if !isAlias, candidates.count > 1 || type.spec.path.count > 1 {
            // A group such as `customer` or `import partner-center`: the next words pick the
            // command; a group's default command (`record FILE`, `import FILE`) takes any other word.
            var pool = candidates
            var depth = 1
            var group = name
            while pool.contains(where: { $0.spec.path.count > depth }) {
                let choices = Self.unique(pool.compactMap { $0.spec.path.count > depth ? $0.spec.path[depth] : nil })
                guard let word = rest.first, !word.hasPrefix("--") else {
                    throw .missingSubcommand(group, choices: choices)
                }
                let deeper = pool.filter { $0.spec.path.count > depth && $0.spec.path[depth] == word.lowercased() }
                if deeper.isEmpty {
                    guard let groupDefault = pool.first(where: { $0.spec.isGroupDefault }) else {
                        throw .unknownSubcommand(group, word: word, suggestion: Suggestion.closest(to: word, among: choices))
                    }
                    return (groupDefault, rest)
                }
                pool = deeper
                rest.removeFirst()
                group += " " + word.lowercased()
                depth += 1
            }
            guard let chosen = pool.first(where: { $0.spec.path.count == depth }) else { throw .missingSubcommand(group, choices: []) }
            type = chosen
        }
        return (type, rest)
    }

    static func unique(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return words.filter { seen.insert($0).inserted }
    }

    /// Whether the customer handle, the first argument, is left out for the selected customer
    /// (`use`): when fewer positionals are given than the command needs. Completion applies the
    /// same rule to the words typed so far.
    static func leavesOutCustomer(_ spec: CommandSpec, positionals: Int) -> Bool {
        let needed = spec.arguments.filter { $0.requirement != .optional }.count
        return spec.arguments.first?.requirement == .customerOrSelected && positionals < needed
    }

    /// Sorts words into the spec's flags and positional arguments.
    static func sort(_ words: [String], by spec: CommandSpec) throws(CommandError) -> ParsedArguments {
        var parsed = ParsedArguments(spec: spec)
        var positionals: [String] = []
        var index = 0
        var flagsEnded = false
        while index < words.count {
            let word = words[index]
            index += 1
            if !flagsEnded, word == "--" {
                flagsEnded = true
                continue
            }
            guard !flagsEnded, word.hasPrefix("--") else {
                positionals.append(word)
                continue
            }
            var name = word
            var inlineValue: String?
            if let equals = word.firstIndex(of: "=") {
                name = String(word[..<equals])
                inlineValue = String(word[word.index(after: equals)...])
            }
            name = name.lowercased()
            guard let flag = spec.flag(name) else {
                throw .unknownFlag(command: spec, flag: name, suggestion: Suggestion.closest(to: name, among: spec.flags.map(\.name)))
            }
            if flag.isSwitch {
                guard inlineValue == nil else { throw .unexpectedArgument(command: spec, word: word) }
                parsed.flags[name] = ""
            } else if let inlineValue {
                parsed.flags[name] = inlineValue
            } else if index < words.count {
                parsed.flags[name] = words[index]
                index += 1
            } else {
                throw .missingFlagValue(command: spec, flag: name, valueName: flag.valueName)
            }
        }
        var arguments = spec.arguments
        if leavesOutCustomer(spec, positionals: positionals.count) {
            // The selected customer (`use`) stands in for it.
            arguments.removeFirst()
        }
        if arguments.last?.kind == .command, !arguments.isEmpty, positionals.count > arguments.count {
            // A command's name may be several words: `help customer add`, `help import partner-center customers`.
            let name = positionals[(arguments.count - 1)...].joined(separator: " ")
            if positionals.count == arguments.count + 1 || CommandCatalogue.standard.specs.contains(where: { $0.name == name.lowercased() }) {
                positionals = Array(positionals.prefix(arguments.count - 1)) + [name]
            }
        }
        for (argument, word) in zip(arguments, positionals) {
            parsed.arguments[argument.name] = word
        }
        if let last = arguments.last, last.requirement == .oneOrMore, positionals.count >= arguments.count {
            // `FILE...`: the last argument takes every word left.
            parsed.lists[last.name] = Array(positionals.dropFirst(arguments.count - 1))
        } else if positionals.count > arguments.count {
            throw .unexpectedArgument(command: spec, word: positionals[arguments.count])
        }
        if let missing = arguments.dropFirst(positionals.count).first(where: { $0.requirement == .required }) {
            throw .missingArgument(command: spec, argument: missing.name)
        }
        if let missing = spec.flags.first(where: { $0.required && parsed.flags[$0.name] == nil }) {
            throw .missingFlag(command: spec, flag: missing.name)
        }
        return parsed
    }
}
