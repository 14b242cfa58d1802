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
        let (words, current, currentLength) = Tokenizer.wordsBeforeCursor(textBeforeCursor)
        let candidates = self.candidates(words: words, current: current, data: data)
        let key = current.lowercased()
        let matching = Set(candidates.filter { $0.lowercased().hasPrefix(key) }).sorted()
        return Completion(wordLength: currentLength, prefix: current, candidates: matching)
    }

    /// Words come from the parser's tokenizer and the command from the parser's own resolution, so
    /// completion and parsing agree on the command, its subcommand and where the handle is.
    func candidates(words: [String], current: String, data: any CompletionData) -> [String] {
        guard !words.isEmpty else {
            return catalogue.specs.map { $0.path[0] } + ["exit"]
        }
        let spec: CommandSpec, rest: [String]
        do {
            let resolved = try Parser(catalogue: catalogue).resolve(words: words)
            (spec, rest) = (resolved.command.spec, resolved.rest)
        } catch .missingSubcommand(let group, let choices) where group.split(separator: " ").count == words.count {
            // A group with a default command (`import FILE`) offers its words and that command's values.
            guard let groupDefault = catalogue.specs.first(where: { $0.isGroupDefault && $0.name == group }), let first = groupDefault.arguments.first else { return choices }
            return choices + values(of: first.kind, choices: [], handle: nil, data: data, current: current)
        } catch {
            return []
        }
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
        // The word being completed counts as a positional; at the first one, the handle is left
        // out only when a customer is selected to stand in for it.
        var arguments = spec.arguments
        let leftOut = Parser.leavesOutCustomer(spec, positionals: positionals.count + 1)
            && (data.completionSelected != nil || !positionals.isEmpty)
        if leftOut { arguments.removeFirst() }
        // `FILE...` takes as many words as are typed.
        guard let last = arguments.last, positionals.count < arguments.count || last.requirement == .oneOrMore else { return [] }
        let handle = leftOut ? nil : handle(in: rest, spec: spec)
        let argument = positionals.count < arguments.count ? arguments[positionals.count] : last
        return values(of: argument.kind, choices: [], handle: handle, data: data, current: current)
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
        case .newHandle, .date, .count, .amount, .currency, .text, .email, .choice: return []
        }
    }
}

enum MessageCodeNames { static let all = MessageCode.allCases.map(\.rawValue) }
enum SettingNames { static let all = GuideSettings.Name.allCases.map(\.rawValue) + [Settings.partnerTenantName, Settings.partnerCurrencyName, Settings.partnerNameName] }
enum ProgramNames { static let all = Program.allCases.map(\.rawValue) }
