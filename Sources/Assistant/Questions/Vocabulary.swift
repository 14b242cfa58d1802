import MigrationGuide

/// What a question asks for. Each is answered by one read-only command (see `QuestionPlanner`).
public enum Intent: String, CaseIterable, Sendable, Encodable {
    /// What to do next for a customer, or for the portfolio: `advise`.
    case nextStep
    /// Where a customer stands: `status`.
    case standing
    /// Can or should we cancel, what would it cost, or "cancel it": `cancel … --dry-run`.
    case cancelCheck
    /// When an original ends, days left: `license list`.
    case endDate
    /// Which originals end in a month or by a day, across customers: `license list --ending`.
    case endingIn
    /// A customer's dates drawn, or the portfolio's coming deadlines: `timeline`.
    case timeline
    /// What reassignment is, or whether a customer needs it: `explain reassignment`, `reassign`.
    case reassignment
    /// A step, policy or code in plain words: `explain TOPIC`.
    case explainTopic
    /// The four steps: `steps`.
    case steps
    /// Who needs attention today: `advise --all`.
    case attention
    /// How to invite, or "invite them": `invite … --dry-run`, or `explain invite`.
    case inviteHow
    /// Which customers there are: `customer list`.
    case customers
    /// What was done and by whom: `log`.
    case history
    /// What the assistant can do: `help`.
    case help
    /// Whether the partner has admin rights (GDAP) for a customer: `gdap show`, or `explain gdap`.
    case adminRights
    /// What happens to users after an original ends: the customer's stages drawn (`timeline`), or
    /// `explain expiry`.
    case lifecycle
    /// Whether an Enterprise Agreement can renew to CSP (the channel transfer): `explain ea`.
    case renewToCSP
    /// "Remove the customer": what `customer remove` would take away (`--dry-run`), never a cancel.
    case removeCustomer
    /// "What if we provision now?": the provision dry run for the customer's original.
    case provisionCheck
    /// "Should we turn auto-renew off?": the explanation, naming the `license edit` that records it.
    case autoRenewOff
}

/// A relative date phrase: `tomorrow`, `next month`.
public enum DateOffset: Equatable, Sendable {
    case days(Int)
    case months(Int)
}

/// One language's words for questions. The tables are data: a new phrasing is one line in
/// `Vocabulary+English.swift` or `Vocabulary+Portuguese.swift`, and no code changes.
struct Vocabulary: Sendable {
    let language: Language
    /// `(intent, pattern)`. The pattern's words must occur in this order, next to each other except
    /// where `*` allows any words between; `a|b` accepts either. A pattern with more words is a
    /// closer match; among equals, the one with fewer words skipped by `*`, then the one listed first.
    let phrasings: [(Intent, String)]
    /// `(phrase, topic)`: words that name a topic `explain` knows, most specific first.
    let topics: [(String, Topic)]
    /// Month names and abbreviations, January first. Only read next to a day number, so that
    /// `may` or `set` alone are never taken for a month.
    let months: [[String]]
    /// Words that put a date in the future: `(phrase, offset)`.
    let relativeDates: [(String, DateOffset)]
    /// `in|em N days|weeks|months`: the words around the number.
    let countedDatePrefixes: [String]
    let dayWords: [String]
    let weekWords: [String]
    let monthWords: [String]
    /// `end of May`, `fim de maio`, `end of next month`: the month's last day.
    let monthEndWords: [String]
    /// `start of March`, `início de março`: the month's first day.
    let monthStartWords: [String]
    /// `in December`, `em dezembro`: a month name after one of these is the whole month.
    let monthPrepositions: [String]
    /// Words a command never holds but a sentence does: articles, prepositions, question words,
    /// "please". A command word followed by these is read as the start of a sentence.
    let sentenceWords: [String]
    /// Words in customer names too common to identify one (`ltda`, `inc`).
    let nameFillers: [String]
}

/// A phrasing ready to match: each position a set of accepted words.
struct CompiledPhrasing: Sendable {
    struct Position: Sendable {
        let words: Set<String>
        /// After a `*`: any words may come before it.
        let afterGap: Bool
    }

    let intent: Intent
    let positions: [Position]
}

/// All the vocabularies, normalised once through `QuestionText` when first used.
struct Lexicon: Sendable {
    let vocabularies: [Vocabulary]
    /// In table order: among equal matches the one listed first wins.
    let phrasings: [CompiledPhrasing]
    /// Every word any phrasing or sentence list uses, per language: what tells the languages apart,
    /// and which words can never be part of a customer's name for matching.
    let words: [Language: Set<String>]
    /// Each language's words that no other language's tables use: what tells the language of a question.
    let ownWords: [Language: Set<String>]
    let topics: [(phrase: [String], topic: Topic)]
    let sentenceWords: Set<String>
    /// Words in names too common to identify a customer, in every language.
    let nameFillers: Set<String>
    /// Every word the tables use, months and date words included: a question's other words may
    /// be a mistyped customer name.
    let knownWords: Set<String>

    static let standard = Lexicon([.english, .portuguese])

    init(_ vocabularies: [Vocabulary]) {
        self.vocabularies = vocabularies
        var phrasings: [CompiledPhrasing] = []
        var words: [Language: Set<String>] = [:]
        var topics: [(phrase: [String], topic: Topic)] = []
        var sentenceWords = Set<String>()
        for vocabulary in vocabularies {
            var known = Set(vocabulary.sentenceWords.flatMap(QuestionText.words))
            sentenceWords.formUnion(known)
            for (intent, pattern) in vocabulary.phrasings {
                var positions: [CompiledPhrasing.Position] = []
                var afterGap = false
                for alternatives in pattern.split(separator: " ") {
                    if alternatives == "*" {
                        afterGap = true
                        continue
                    }
                    let words = Set(alternatives.split(separator: "|").flatMap { QuestionText.words(String($0)) })
                    positions.append(.init(words: words, afterGap: afterGap))
                    afterGap = false
                }
                known.formUnion(positions.flatMap(\.words))
                phrasings.append(CompiledPhrasing(intent: intent, positions: positions))
            }
            for (phrase, topic) in vocabulary.topics {
                topics.append((QuestionText.words(phrase), topic))
            }
            words[vocabulary.language] = known
        }
        self.phrasings = phrasings
        self.words = words
        ownWords = Dictionary(uniqueKeysWithValues: words.map { language, own in
            (language, own.subtracting(words.filter { $0.key != language }.values.joined()))
        })
        self.topics = topics
        self.sentenceWords = sentenceWords
        nameFillers = Set(vocabularies.flatMap(\.nameFillers).flatMap(QuestionText.words))
        var known = words.values.reduce(into: nameFillers) { $0.formUnion($1) }
        for vocabulary in vocabularies {
            let phrases = vocabulary.months.flatMap { $0 } + vocabulary.relativeDates.map(\.0) + vocabulary.topics.map(\.0)
                + vocabulary.countedDatePrefixes + vocabulary.dayWords + vocabulary.weekWords + vocabulary.monthWords
                + vocabulary.monthEndWords + vocabulary.monthStartWords + vocabulary.monthPrepositions
            known.formUnion(phrases.flatMap(QuestionText.words))
        }
        knownWords = known
    }


    /// An article, preposition, question word or "please", in any language.
    func isSentenceWord(_ word: String) -> Bool { sentenceWords.contains(word) }

    /// A word some phrasing or sentence list uses, in any language.
    func isQuestionWord(_ word: String) -> Bool {
        words.values.contains { $0.contains(word) }
    }
}
