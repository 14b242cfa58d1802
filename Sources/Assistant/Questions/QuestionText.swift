import Foundation
import MigrationGuide

/// A line as the question reader sees it: lower case, without accents, without punctuation, split
/// into words. Normalising happens here and only here; every comparison in `Questions/` is between
/// words made by `QuestionText.words`, the vocabulary tables' included.
struct QuestionText: Sendable {
    let line: String
    let words: [String]

    init(_ line: String) {
        self.line = line
        words = Self.words(line)
    }

    /// `When does Tailspin's E3 end?` → `when does tailspin e3 end`. Hyphens and slashes stay inside
    /// words, so handles (`blue-yonder`), codes (`w-early-cancel`) and dates (`2027-03-15`,
    /// `15/03`) survive; a possessive `'s` goes, other apostrophes join their word (`dont`).
    static func words(_ text: String) -> [String] {
        let folded = caseAndAccentFolded(text)
        var words: [String] = []
        var current = ""
        func finish() {
            var word = current
            current = ""
            if word.hasSuffix("'s") { word.removeLast(2) }
            word.removeAll { $0 == "'" }
            let trimmed = word.trimmingCharacters(in: CharacterSet(charactersIn: "-/"))
            if !trimmed.isEmpty { words.append(trimmed) }
        }
        for character in folded {
            switch character {
            case "’", "‘", "'": current.append("'")
            case "-", "/": current.append(character)
            case _ where character.isLetter || character.isNumber: current.append(character)
            default: finish()
            }
        }
        finish()
        return words
    }

    /// Ends with a question mark: a line the parser refused is then a question, not a mistyped command.
    var endsWithQuestionMark: Bool {
        line.trimmingCharacters(in: .whitespaces).hasSuffix("?")
    }

    /// Whether `phrase` (already normalised words) occurs as consecutive words.
    func contains(_ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, phrase.count <= words.count else { return false }
        for start in 0...(words.count - phrase.count) where words[start] == phrase[0] {
            if Array(words[start..<(start + phrase.count)]) == phrase { return true }
        }
        return false
    }
}
