import MigrationGuide

/// What tab completion may offer beyond the fixed command words: the portfolio's handles and offers.
public protocol CompletionData {
    func completionHandles() -> [String]
    /// Offer names and ids (`L1`) of a customer's originals; the selected customer's when nil.
    func completionLicenses(for handle: String?) -> [String]
    func completionOffers(for handle: String?) -> [String]
    /// The customer selected with `use`, whose handle commands may leave out.
    var completionSelected: String? { get }
    /// Paths of files and folders (folders end in `/`) that start with `prefix`.
    func completionFiles(_ prefix: String) -> [String]
}

/// Tab completion as a pure function of the text before the cursor: command names, then the
/// command's subcommands, flags and values, with handles and offers from `CompletionData`.
public struct Completer {
    public let catalogue: CommandCatalogue

    public init(catalogue: CommandCatalogue = .standard) {
        self.catalogue = catalogue
    }

    /// The word under the cursor and what could replace it.
    public struct Completion: Equatable, Sendable {
        /// Characters of the current word (as typed, quote included) to replace.
        public var wordLength: Int
        /// The current word without its opening quote.
        public var prefix: String
        /// Full candidates, sorted, each matching `prefix` (case-insensitively).
        public var candidates: [String]

        /// What to put in place of the current word: the one candidate, quoted if need be and
        /// followed by a space; or the candidates' longest common prefix when it adds something.
        public var replacement: String? {
            // A folder is completed without the space, so its files can follow.
            if candidates.count == 1, let only = candidates.first { return ShellQuote.quote(only) + (only.hasSuffix("/") ? "" : " ") }
            let common = Completion.commonPrefix(candidates)
            guard common.count > prefix.count, ShellQuote.quote(common) == common else { return nil }
            return common
        }

        static func commonPrefix(_ words: [String]) -> String {
            guard var prefix = words.first else { return "" }
            for word in words.dropFirst() {
                while !word.lowercased().hasPrefix(prefix.lowercased()) { prefix.removeLast() }
            }
            return prefix
        }
    }

    public func complete(_ textBeforeCursor: String, data: any CompletionData) -> Completion {
        let (words, current, currentLength) = Self.split(textBeforeCursor)
        let candidates = self.candidates(words: words, current: current, data: data)
        let key = current.lowercased()
        let matching = Set(candidates.filter { $0.lowercased().hasPrefix(key) }).sorted()
        return Completion(wordLength: currentLength, prefix: current, candidates: matching)
    }

    func candidates(words: [String], current: String, data: any CompletionData) -> [String] {
        guard let first = words.first?.lowercased() else {
            return catalogue.specs.map { $0.path[0] } + ["exit"]
        }
        let group = catalogue.specs.filter { $0.path[0] == first || $0.aliases.contains(first) }
        guard !group.isEmpty else { return [] }
        var rest = Array(words.dropFirst())
        var spec = group[0]
        if group.count > 1 || spec.path.count > 1 {
            // Walk down the group's words (`import partner-center customers`); a group that is also
            // a command by itself (`import FILE`) offers its next words beside the command's values.
            var pool = group
            var depth = 1
            var offered: [String] = []
            while pool.contains(where: { $0.path.count > depth }) {
                let bare = pool.first { $0.path.count == depth }
                guard let sub = rest.first?.lowercased() else {
                    offered = Parser.unique(pool.compactMap { $0.path.count > depth ? $0.path[depth] : nil })
                    if bare == nil { return offered }
                    pool = bare.map { [$0] } ?? pool
                    break
                }
                let deeper = pool.filter { $0.path.count > depth && $0.path[depth] == sub }
                if deeper.isEmpty {
                    guard let bare else { return [] }
                    pool = [bare]
                    break
                }
                pool = deeper
                rest.removeFirst()
                depth += 1
            }
            guard let chosen = pool.first(where: { $0.path.count == depth }) ?? pool.first else { return [] }
            spec = chosen
            if !offered.isEmpty, !current.hasPrefix("-") {
                return offered + candidates(spec: spec, rest: rest, current: current, data: data)
            }
        }
        return candidates(spec: spec, rest: rest, current: current, data: data)
    }

    private func candidates(spec: CommandSpec, rest: [String], current: String, data: any CompletionData) -> [String] {
        // The value of a flag just typed?
        if let last = rest.last, let flag = spec.flag(last.lowercased()), let kind = flag.value {
            return values(of: kind, choices: flag.choices, handle: handle(in: rest, spec: spec), data: data, current: current)
        }
        if current.hasPrefix("-") {
            let used = Set(rest.map { $0.lowercased() })
            return spec.flags.map(\.name).filter { !used.contains($0) } + ["--help"]
        }
        // Which positional comes next: count the positionals already typed, skipping flags.
        var positionals: [String] = []
        var index = 0
        while index < rest.count {
            let word = rest[index]
            if let flag = spec.flag(word.lowercased()) {
                index += flag.isSwitch ? 1 : 2
                continue
            }
            positionals.append(word)
            index += 1
        }
        var arguments = spec.arguments
        if let firstArgument = arguments.first, firstArgument.requirement == .customerOrSelected,
           let typed = positionals.first, !data.completionHandles().contains(typed) {
            arguments.removeFirst()
        }
        guard positionals.count < arguments.count || arguments.last?.requirement == .oneOrMore, let last = arguments.last else { return [] }
        let argument = positionals.count < arguments.count ? arguments[positionals.count] : last
        if argument.requirement == .customerOrSelected, positionals.isEmpty, data.completionSelected != nil,
           let next = spec.arguments.dropFirst().first {
            // After `use`, the handle is usually left out: offer what comes after it.
            return values(of: next.kind, choices: [], handle: nil, data: data, current: current)
        }
        return values(of: argument.kind, choices: [], handle: handle(in: rest, spec: spec), data: data, current: current)
    }

    private func handle(in words: [String], spec: CommandSpec) -> String? {
        guard spec.arguments.first?.kind == .handle, let first = words.first, !first.hasPrefix("--") else { return nil }
        return first
    }

    private func values(of kind: ValueKind, choices: [String], handle: String?, data: any CompletionData, current: String) -> [String] {
        if !choices.isEmpty { return choices }
        switch kind {
        case .handle: return data.completionHandles()
        case .offer: return data.completionOffers(for: handle)
        case .license: return data.completionLicenses(for: handle)
        case .topic: return Topic.primaryNames + MessageCodeNames.all
        case .command: return catalogue.specs.map(\.name)
        case .language: return LanguageSetting.names
        case .format: return OutputFormat.allCases.map(\.rawValue)
        case .setting: return SettingNames.all
        case .program: return ProgramNames.all
        case .onOff: return ["on", "off"]
        case .file: return data.completionFiles(current)
        case .newHandle, .date, .count, .amount, .currency, .text, .email: return []
        }
    }

    /// Complete words before the cursor, the word being typed (quote removed) and its typed length.
    /// Lenient: an open quote is the current word, not an error.
    static func split(_ text: String) -> (words: [String], current: String, currentLength: Int) {
        var words: [String] = []
        var current = ""
        var length = 0
        var quote: Character?
        var escaping = false
        for character in text {
            if escaping {
                current.append(character)
                length += 1
                escaping = false
            } else if let open = quote {
                length += 1
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                length += 1
            } else if character == "\\" {
                escaping = true
                length += 1
            } else if character.isWhitespace {
                if length > 0 { words.append(current) }
                current = ""
                length = 0
            } else {
                current.append(character)
                length += 1
            }
        }
        return (words, current, length)
    }
}

enum MessageCodeNames { static let all = MessageCode.allCases.map(\.rawValue) }
enum SettingNames { static let all = GuideSettings.Name.allCases.map(\.rawValue) + [Settings.partnerTenantName] }
enum ProgramNames { static let all = Program.allCases.map(\.rawValue) }
