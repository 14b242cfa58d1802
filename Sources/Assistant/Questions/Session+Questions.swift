import MigrationGuide
import MigrationStore

/// The line showing which command answered a question: `→ advise contoso`.
public struct QuestionAnswer: Sendable, Equatable, Encodable {
    /// Exactly what ran; typing it gives the same reply.
    public var command: String
    public var intent: Intent
    /// What records the change the question asked for (`license edit … --auto-renew off`): named,
    /// never made, since questions change nothing.
    public var change: String? = nil
}

extension Session {
    /// Answers `line` as a question when it reads as one, else nil (the line stays a command, or
    /// its parse error stands). Questions run read-only commands only: they never change state.
    func answerIfQuestion(_ line: String, parseError: CommandError) -> Reply? {
        let text = QuestionText(line)
        let lexicon = Lexicon.standard
        guard Self.readsAsQuestion(text, parseError: parseError, lexicon: lexicon) else { return nil }
        // Names only: the full record is read for the one customer a question is about.
        let customers: [NamedCustomer]
        let reading: Reading
        let followsUp: Bool
        do throws(CommandError) {
            customers = try customerNames()
            (reading, followsUp) = try read(text, customers: customers, lexicon: lexicon)
        } catch {
            return .failure(error)
        }
        questionWords.keeps = true
        if reading.intent == nil, reading.customers.isEmpty, !Self.isUnknownCommand(parseError) {
            // A command with a mistake in it, not a sentence: its own error says more.
            return nil
        }
        if followsQuestionLanguage, let language = reading.language { self.language = language }
        let planner = QuestionPlanner { [unowned self] in
            // The whole portfolio is read only when a question about one customer names none.
            PortfolioRanking.ranked((try? self.portfolioRows()) ?? []).map(\.handle)
        }
        switch planner.plan(reading, selected: selected) {
        case .unsure(let unsure):
            return Reply(.unsure(unsure))
        case .run(let command, let intent, let change):
            lastQuestion = reading
            questionLines = followsUp ? questionLines + [line] : [line]
            var reply = runReadOnly(command.description)
            reply.items.insert(.question(QuestionAnswer(command: command.description, intent: intent, change: change?.description)), at: 0)
            return reply
        }
    }

    /// The question on its own, or as a follow-up of the last one when it only adds a date, a
    /// customer or an original ("and on March 10?").
    private func read(_ text: QuestionText, customers: [NamedCustomer], lexicon: Lexicon) throws(CommandError) -> (Reading, followsUp: Bool) {
        let reader = QuestionReader(lexicon: lexicon)
        let record = { [unowned self] (handle: Handle) throws(CommandError) -> Customer? in try self.loadCustomer(handle) }
        let reading = try reader.read(text, customers: customers, selected: selected, today: today, names: questionWords, record: record)
        guard let previous = lastQuestion else { return (reading, false) }
        var asFollowUp = reading
        if reading.customers.isEmpty, previous.customers.count == 1, let subject = previous.customers.first {
            // Read with the last question's customer, so that "and the visio?" finds its original.
            asFollowUp = try reader.read(text, customers: customers, selected: subject, today: today, names: questionWords, record: record)
        }
        return asFollowUp.continuing(previous).map { ($0, true) } ?? (reading, false)
    }

    /// Runs a planned command. The planner only names read-only ones; refusing any other keeps
    /// that true whatever the tables say.
    private func runReadOnly(_ line: String) -> Reply {
        do {
            guard case .command(let command) = try parser.parse(line, language: language), !command.changesState else {
                return .failure(.unknownCommand(line, suggestion: nil))
            }
            return try command.run(in: self)
        } catch {
            return .failure(error)
        }
    }

    /// Only a line the parser refused can be a question:
    /// - an unknown first word: a question when the line ends in `?`; otherwise unless it is a typo
    ///   of a command (did-you-mean comes first) or a lone word, that no question uses;
    /// - a line that cannot be split into words: when it ends in `?`, or an apostrophe inside a
    ///   word broke the quoting (`tailspin's`);
    /// - a command word starting a sentence (`cancelar o E3 da contoso`): when words left over
    ///   include one only sentences hold.
    static func readsAsQuestion(_ text: QuestionText, parseError: CommandError, lexicon: Lexicon) -> Bool {
        guard let first = text.words.first else { return text.endsWithQuestionMark }
        switch parseError {
        case .unknownCommand(_, let suggestion):
            if text.endsWithQuestionMark { return true }
            // One word alone is a question only when questions use it (`ajuda`); `toys` stays unknown.
            guard text.words.count > 1 else { return lexicon.isQuestionWord(first) }
            return suggestion == nil || lexicon.isQuestionWord(first)
        case .syntax:
            return text.endsWithQuestionMark || Self.hasApostropheInsideWord(text.line)
        case .unexpectedArgument, .unknownSubcommand:
            // Flags (`--on`) are the command's own words, never a sentence's.
            let words = text.line.split(whereSeparator: \.isWhitespace).dropFirst().filter { !$0.hasPrefix("-") }
            return words.flatMap { QuestionText.words(String($0)) }.contains(where: lexicon.isSentenceWord)
        default:
            // A bad value for a flag or argument: the command was meant, and its error says which.
            return false
        }
    }

    private static func isUnknownCommand(_ error: CommandError) -> Bool {
        if case .unknownCommand = error { true } else { false }
    }

    /// `tailspin's`, `don't`: a letter, an apostrophe, a letter.
    private static func hasApostropheInsideWord(_ line: String) -> Bool {
        let characters = Array(line)
        guard characters.count >= 3 else { return false }
        return (1..<(characters.count - 1)).contains { index in
            (characters[index] == "'" || characters[index] == "’") && characters[index - 1].isLetter && characters[index + 1].isLetter
        }
    }
}
