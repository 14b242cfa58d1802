import Foundation
@testable import Assistant
import PropertyBased
import Testing

/// Lines whose every scalar is a character of its own are fitted on their scalars; fitting on
/// Characters, which every line went through before, stays the reference.
@Suite("Fitting on scalars")
struct FittingScalarTests {
    @Test("random simple lines break where fitting on characters breaks them")
    func scalarsAgreeWithCharacters() {
        // Spaces, quoted commands, list markers and separators, digits, accents, colour codes.
        let pieces = [" ", " ", " ", "  ", "`", "word", "a", "Z9", "-", "•", "→", "·", "*", ".", ")", "12", "é", "ção",
                      "\(Style.marker)[33m", "\(Style.marker)[0m", "—", "…", "x\u{A0}y"]
        // Seeded, so that a failure reproduces.
        var generator = Xoshiro(seed: (2026, 11, 29, 3))
        var compared = 0
        for _ in 0..<30_000 {
            let line = (0..<Int.random(in: 1...30, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? " " }.joined()
            let width = Int.random(in: 4...40, using: &generator)
            guard Fitting.isSimple(line), Table.width(line) > width else { continue }
            compared += 1
            #expect(Fitting.fitted(line, width: width) == Fitting.fittedByCharacters(line, width: width), "\(line.debugDescription) at \(width)")
        }
        #expect(compared > 10_000)
    }

    @Test("random simple lines get real colour codes where matching characters puts them")
    func coloursAgreeWithCharacters() {
        // Every code, codes cut short or unknown, a marker alone, and text around them.
        let marker = String(Style.marker)
        let pieces = [" ", "a", "m", "[", "1", "3", "é", "ção", "—", "→", "·", "\u{1B}", marker, marker + "[", marker + "[3m", marker + "[34m",
                      marker + "[1m", marker + "[2m", marker + "[31m", marker + "[32m", marker + "[33m", marker + "[0m", marker + "[whole]"]
        let colour = Style(enabled: true)
        // Seeded, so that a failure reproduces.
        var generator = Xoshiro(seed: (2026, 11, 29, 5))
        for _ in 0..<20_000 {
            let line = (0..<Int.random(in: 0...16, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? " " }.joined()
            var expected = line
            for code in ["1", "2", "31", "32", "33", "0"] {
                expected = expected.replacingOccurrences(of: marker + "[\(code)m", with: "\u{1B}[\(code)m")
            }
            #expect(Array(colour.activate(line).utf8) == Array(expected.utf8), "\(line.debugDescription)")
            #expect(Style.plain.activate(line) == line)
        }
    }

    @Test("combining accents, a return, and wide characters are fitted on characters")
    func notSimple() {
        #expect(!Fitting.isSimple("cafe\u{301} com leite"))
        #expect(!Fitting.isSimple("a\r\nb"))
        #expect(!Fitting.isSimple("漢字 and more"))
        #expect(Fitting.isSimple("Soluções → próximo · passo — `status acme`"))
    }

    @Test("a line's simple columns are its width when it is simple, and nothing otherwise")
    func simpleColumnsAgree() {
        let pieces = [" ", "a", "Z9", "`", "é", "ção", "•", "→", "·", "—", "\(Style.marker)[33m", "\(Style.marker)[0m",
                      "\u{301}", "\r", "\n", "漢", "😀", "\u{2028}", "\u{200D}", "\u{E000}", "\u{F8FF}", "\u{2FF}"]
        // Seeded, so that a failure reproduces.
        var generator = Xoshiro(seed: (2026, 11, 29, 4))
        for _ in 0..<30_000 {
            let line = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? " " }.joined()
            #expect(Fitting.simpleColumns(line) == (Fitting.isSimple(line) ? Table.width(line) : nil), "\(line.debugDescription)")
        }
    }
}
