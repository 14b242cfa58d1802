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
        if let words = asciiWords(folded) { return words }
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

    /// `words` for folded text that is all ASCII, as most names and questions are, on its bytes:
    /// the first question of a session folds every customer's name, and going through Characters
    /// and Foundation's trimming was most of its time.
    private static func asciiWords(_ folded: String) -> [String]? {
        let apostrophe = UInt8(ascii: "'"), hyphen = UInt8(ascii: "-"), slash = UInt8(ascii: "/")
        var words: [String] = []
        var current: [UInt8] = []
        func finish() {
            defer { current.removeAll(keepingCapacity: true) }
            var word = current[...]
            if word.count >= 2, word.last == UInt8(ascii: "s"), word[word.endIndex - 2] == apostrophe { word.removeLast(2) }
            let kept = word.contains(apostrophe) ? ArraySlice(word.filter { $0 != apostrophe }) : word
            var start = kept.startIndex, end = kept.endIndex
            while start < end, kept[start] == hyphen || kept[start] == slash { start += 1 }
            while end > start, kept[end - 1] == hyphen || kept[end - 1] == slash { end -= 1 }
            if start < end { words.append(String(decoding: kept[start..<end], as: UTF8.self)) }
        }
        for byte in folded.utf8 {
            switch byte {
            case 0x80...: return nil
            case apostrophe, hyphen, slash, UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                current.append(byte)
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
