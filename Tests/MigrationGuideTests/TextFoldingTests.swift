@testable import MigrationGuide
import PropertyBased
import Testing

@Suite("Text folding")
struct TextFoldingTests {
    @Test("isBlank agrees with Character.isWhitespace on every ASCII character and on Unicode blanks")
    func blank() {
        var characters = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }
        characters += ["\r\n", "\u{A0}", "\u{2003}", "\u{3000}", "\u{85}", "é", "ç", "\u{200B}"]
        for character in characters {
            #expect(isBlank(character) == character.isWhitespace, "\(character.unicodeScalars.map(\.value))")
        }
    }

    @Test("offers compare with case, accents and spacing ignored")
    func offers() {
        #expect(sameOffer("Office 365  E3", "office 365 e3"))
        #expect(sameOffer("Office\t365\u{A0}E3", "OFFICE 365 E3"))
        #expect(!sameOffer("Office 365 E3", "Office 365 E1"))
    }

    @Test("ASCII offers split into the words that splitting on letters and numbers gives")
    func asciiOfferWords() {
        let alphabet = Array("aZ09 -_.(+)/\t&,".utf8)
        // Seeded, so that a failure reproduces.
        var generator = Xoshiro(seed: (2026, 11, 29, 7))
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...16, using: &generator)
            let text = String(decoding: (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? 0x20 }, as: UTF8.self)
            let byCharacters = Set(text.split { !($0.isLetter || $0.isNumber) }.map(String.init))
            #expect(asciiWords(text) == byCharacters, "\(text.debugDescription)")
        }
    }

    @Test("ASCII offers compare byte by byte as their comparison keys do")
    func asciiSameKeyAgreesWithKeys() {
        let alphabet = Array("aAbB3 \t\n\u{0B}\u{0C}\r-".utf8)
        // Seeded, so that a failure reproduces.
        var generator = Xoshiro(seed: (2026, 11, 29, 8))
        func text() -> String {
            String(decoding: (0..<Int.random(in: 0...7, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? 0x20 }, as: UTF8.self)
        }
        for _ in 0..<50_000 {
            let (lhs, rhs) = (text(), text())
            #expect(asciiSameKey(lhs, rhs) == (comparisonKey(lhs) == comparisonKey(rhs)), "\(lhs.debugDescription) \(rhs.debugDescription)")
        }
        #expect(asciiSameKey("Office E3", "office é3") == nil)
        #expect(sameOffer(" Visio  PLAN 2", "visio plan\t2 "))
        #expect(sameOffer("Plano Padrão", "plano padrao"))
    }
}
