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
        let (negative, whole, cents) = roundedParts(money.amount)
        let (thousands, decimal) = language == .en ? (",", ".") : (".", ",")
        let number = group(whole, separator: thousands, negative: false) + decimal + cents
        let sign = negative ? "-" : ""
        switch language {
        case .en:
            let symbol: String? = switch money.currency {
            case "USD": "$"
            case "BRL": "R$"
            case "EUR": "€"
            case "GBP": "£"
            default: nil
            }
            return symbol.map { sign + $0 + number } ?? "\(sign)\(money.currency) \(number)"
        case .ptBR:
            let symbol = switch money.currency {
            case "BRL": "R$"
            case "USD": "US$"
            case "EUR": "€"
            case "GBP": "£"
            default: money.currency
            }
            return "\(sign)\(symbol) \(number)"
        }
    }

    /// The amount rounded half away from zero to cents: its sign, whole digits and two cents
    /// digits. Amounts whose digits fit 64 bits (all but absurd ones) are rounded as integers:
    /// Foundation's `NSDecimalRound` and `description` were most of writing an amount.
    static func roundedParts(_ amount: Decimal) -> (negative: Bool, whole: String, cents: String) {
        if let cents = roundedCents(amount) {
            let whole = String(cents.magnitude / 100), fraction = cents.magnitude % 100
            return (cents.negative, whole, fraction < 10 ? "0" + String(fraction) : String(fraction))
        }
        let rounded = amount.rounded(scale: 2)
        let negative = rounded < 0
        let text = (negative ? -rounded : rounded).description
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let cents = parts.count > 1 ? String(parts[1]) : ""
        return (negative, String(parts[0]), String((cents + "00").prefix(2)))
    }

    /// The amount in whole cents, rounded half away from zero; nil when its digits or the result
    /// do not fit 64 bits.
    private static func roundedCents(_ amount: Decimal) -> (negative: Bool, magnitude: UInt64)? {
        guard let digits = amount.exactSignificand else { return nil }
        let shift = amount.exponent + 2
        var cents: UInt64
        if shift >= 0 {
            guard shift <= 19 else { return nil }
            let (scaled, overflow) = digits.multipliedReportingOverflow(by: power(of10: shift))
            guard !overflow else { return nil }
            cents = scaled
        } else if shift >= -19 {
            let divisor = power(of10: -shift)
            cents = digits / divisor
            // Half a cent or more rounds up (compared without doubling, which could overflow).
            let remainder = digits % divisor
            if remainder >= divisor - remainder { cents += 1 }
        } else {
            cents = 0
        }
        return (amount.sign == .minus && cents != 0, cents)
    }

    private static func power(of10 exponent: Int) -> UInt64 {
        var result: UInt64 = 1
        for _ in 0..<exponent { result &*= 10 }
        return result
    }

    /// ASCII digits with `separator` between thousands, on bytes (every figure of every reply).
    private static func group(_ digits: String, separator: String, negative: Bool) -> String {
        let count = digits.utf8.count
        if count <= 3 { return negative ? "-" + digits : digits }
        var result = negative ? "-" : ""
        result.reserveCapacity(count + count / 3 + 1)
        var index = 0
        for digit in digits.utf8 {
            if index > 0, (count - index) % 3 == 0 { result += separator }
            result.unicodeScalars.append(Unicode.Scalar(digit))
            index += 1
        }
        return result
    }
}

/// Quotes a word for a command line only when it needs it, so suggested commands can be pasted.
enum ShellQuote {
    static func quote(_ word: String) -> String {
        if isPlain(word) { return word }
        // Most quoted words (names with spaces) hold nothing to escape.
        guard word.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") }) else { return "\"" + word + "\"" }
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
