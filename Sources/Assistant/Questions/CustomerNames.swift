import MigrationGuide
import MigrationStore

/// Each customer's name and handle as question words, worked out once per name and kept: a
/// question compares itself with every customer, and folding 10,000 names each time is slow.
final class CustomerNames {
    final class Words {
        /// The handle split at hyphens: `blue-yonder` → `blue yonder`.
        let handleParts: [String]
        /// The name's words without fillers such as `ltda` or `inc`.
        let significant: [String]
        /// Every word above, to skip customers sharing none with the question (a few words: an
        /// array is quicker to build and search than a set).
        let all: [String]
        private var distinctiveWords: Set<String>?

        init(handleParts: [String], significant: [String]) {
            self.handleParts = handleParts
            self.significant = significant
            all = handleParts + significant
        }

        /// Words that alone point at this customer: three letters or more, not used by questions.
        /// Worked out only for the few customers that share a word with a question, or when no
        /// customer matched and near misses are looked for.
        func distinctive(_ lexicon: Lexicon) -> Set<String> {
            if let distinctiveWords { return distinctiveWords }
            let words = Set(all).filter { $0.count >= 3 && !lexicon.isQuestionWord($0) && !lexicon.nameFillers.contains($0) }
            distinctiveWords = words
            return words
        }
    }

    private var cache: [Handle: (name: String, words: Words)] = [:]
    /// Whether words are kept for the next question: set after a session's first question, so a
    /// one-shot question does not fill (and free) a table of every customer for nothing.
    var keeps = false

    init() {}

    func words(of customer: NamedCustomer, lexicon: Lexicon) -> Words {
        if let cached = cache[customer.handle], cached.name == customer.name { return cached.words }
        let handleParts = customer.handle.rawValue.split(separator: "-").map(String.init)
        let significant = QuestionText.words(customer.name).filter { !lexicon.nameFillers.contains($0) }
        let words = Words(handleParts: handleParts, significant: significant)
        if keeps { cache[customer.handle] = (customer.name, words) }
        return words
    }
}
