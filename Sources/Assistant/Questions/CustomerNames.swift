import MigrationGuide

/// Each customer's name and handle as question words, worked out once per name and kept: a
/// question compares itself with every customer, and folding 10,000 names each time is slow.
final class CustomerNames {
    struct Words {
        /// The handle split at hyphens: `blue-yonder` → `blue yonder`.
        let handleParts: [String]
        /// The name's words without fillers such as `ltda` or `inc`.
        let significant: [String]
        /// Words that alone point at this customer: three letters or more, not used by questions.
        let distinctive: Set<String>
        /// Every word above, to skip customers sharing none with the question.
        let all: Set<String>
    }

    private var cache: [Handle: (name: String, words: Words)] = [:]

    init() {}

    func words(of customer: Customer, lexicon: Lexicon) -> Words {
        if let cached = cache[customer.handle], cached.name == customer.name { return cached.words }
        let handleParts = customer.handle.rawValue.split(separator: "-").map(String.init)
        let significant = QuestionText.words(customer.name).filter { !lexicon.nameFillers.contains($0) }
        let distinctive = Set(significant + handleParts).filter { $0.count >= 3 && !lexicon.isQuestionWord($0) && !lexicon.nameFillers.contains($0) }
        let words = Words(handleParts: handleParts, significant: significant, distinctive: distinctive, all: Set(handleParts + significant))
        cache[customer.handle] = (customer.name, words)
        return words
    }
}
