import MigrationGuide
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
}
