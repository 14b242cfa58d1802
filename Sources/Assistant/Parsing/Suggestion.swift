import MigrationGuide

/// "Did you mean ...?": the closest candidate by edit distance, when it is close enough to be a typo.
enum Suggestion {
    static func closest(to word: String, among candidates: [String]) -> String? {
        let word = word.lowercased()
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(word, candidate.lowercased())
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        // One typo per three letters, at least one, at most three.
        let allowed = min(3, max(1, word.count / 3))
        if best.distance <= allowed { return best.candidate }
        // A prefix of a single command ("prov") is also what the user meant.
        let prefixed = candidates.filter { $0.lowercased().hasPrefix(word) }
        return word.count >= 2 && prefixed.count == 1 ? prefixed.first : nil
    }

    /// Levenshtein distance, with a transposition counted as one edit.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        MigrationGuide.editDistance(lhs, rhs)
    }

    /// A handle made from any text, to suggest one: `Soluções Ltda` → `solucoes-ltda`.
    static func handle(from text: String) -> String {
        let mapped = caseAndAccentFolded(text).map { $0.isASCII && ($0.isLetter || $0.isNumber) ? String($0) : "-" }.joined()
        let handle = mapped.split(separator: "-").joined(separator: "-")
        return String(handle.prefix(Handle.maximumLength)).trimmingCharacters(in: ["-"])
    }
}
