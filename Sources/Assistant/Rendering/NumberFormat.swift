import Foundation
import MigrationGuide

/// Numbers, money and dates as each language writes them. Done by hand rather than through
/// Foundation's locales so that output is identical on every machine (transcripts replay byte for byte).
enum NumberFormat {
    /// `1,234,567` in English, `1.234.567` in Portuguese.
    static func integer(_ value: Int, _ language: Language) -> String {
        group(String(value.magnitude), separator: language == .en ? "," : ".", negative: value < 0)
    }

    /// `$1,234.56` in English, `R$ 1.234,56` in Portuguese; unknown currencies by code (`CHF 10.00`).
    static func money(_ money: Money, _ language: Language) -> String {
        let rounded = money.roundedAmount
        let negative = rounded < 0
        let text = (negative ? -rounded : rounded).description
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts[0])
        var cents = parts.count > 1 ? String(parts[1]) : ""
        cents = String((cents + "00").prefix(2))
        let (thousands, decimal) = language == .en ? (",", ".") : (".", ",")
        let number = group(whole, separator: thousands, negative: false) + decimal + cents
        let sign = negative ? "-" : ""
        switch language {
        case .en:
            let symbol = ["USD": "$", "BRL": "R$", "EUR": "€", "GBP": "£"][money.currency]
            return symbol.map { sign + $0 + number } ?? "\(sign)\(money.currency) \(number)"
        case .ptBR:
            let symbol = ["BRL": "R$", "USD": "US$", "EUR": "€", "GBP": "£"][money.currency] ?? money.currency
            return "\(sign)\(symbol) \(number)"
        }
    }

    private static func group(_ digits: String, separator: String, negative: Bool) -> String {
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += separator }
            result.append(digit)
        }
        return (negative ? "-" : "") + result
    }
}

/// Quotes a word for a command line only when it needs it, so suggested commands can be pasted.
enum ShellQuote {
    static func quote(_ word: String) -> String {
        if isPlain(word) { return word }
        return "\"" + word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// Letters, digits and `-_.@:/` only. ASCII words (handles, ids, dates: nearly all) are checked
    /// on their bytes: every suggested command in a whole-portfolio reply quotes its words.
    private static func isPlain(_ word: String) -> Bool {
        guard !word.isEmpty else { return false }
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return word.utf8.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                     UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "@"), UInt8(ascii: ":"), UInt8(ascii: "/"): true
                default: false
                }
            }
        }
        return word.allSatisfy { $0.isLetter || $0.isNumber || "-_.@:/".contains($0) }
    }
}
