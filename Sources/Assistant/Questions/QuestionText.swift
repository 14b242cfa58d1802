import Foundation

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
        let folded = fold(text)
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

    /// Lower case without accents. Latin letters are folded here; only other scripts go through
    /// Foundation, which is far slower (the first question of a session folds every customer's name).
    static func fold(_ text: String) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A: folded.append(Unicode.Scalar(UInt8(scalar.value + 0x20)))
            case 0..<0x80: folded.append(scalar)
            case 0x300...0x36F: continue   // combining accents, from decomposed text
            default:
                guard let base = latinBase[scalar] else {
                    return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
                }
                folded.append(base)
            }
        }
        return String(folded)
    }

    private static let latinBase: [Unicode.Scalar: Unicode.Scalar] = {
        let groups: [(String, Unicode.Scalar)] = [
            ("ÀÁÂÃÄÅàáâãäå", "a"), ("Çç", "c"), ("ÈÉÊËèéêë", "e"), ("ÌÍÎÏìíîï", "i"), ("Ññ", "n"),
            ("ÒÓÔÕÖòóôõö", "o"), ("ÙÚÛÜùúûü", "u"), ("Ýýÿ", "y"),
        ]
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (letters, base) in groups {
            for scalar in letters.unicodeScalars { table[scalar] = base }
        }
        return table
    }()

    /// The same folding for one name or phrase from the store or a table.
    static func key(_ text: String) -> String { words(text).joined(separator: " ") }

    /// Ends with a question mark: no command does, so the line is a question whatever its first word.
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
