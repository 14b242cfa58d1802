import Foundation
@testable import Assistant
import MigrationGuide
import PropertyBased
import Testing

/// Amounts are written by rounding whole cents as integers; Foundation's decimal rounding and
/// `description`, which wrote them before, stay the reference.
@Suite("Money formatting")
struct MoneyFormatTests {
    /// The former formatting: Foundation rounds, `description` gives the digits.
    static func byFoundation(_ money: Money, _ language: Language) -> String {
        let rounded = money.amount.rounded(scale: 2)
        let negative = rounded < 0
        let parts = (negative ? -rounded : rounded).description.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts[0])
        let cents = String(((parts.count > 1 ? String(parts[1]) : "") + "00").prefix(2))
        let (thousands, decimal) = language == .en ? (",", ".") : (".", ",")
        var grouped = ""
        for (index, digit) in whole.enumerated() {
            if index > 0, (whole.count - index) % 3 == 0 { grouped += thousands }
            grouped.append(digit)
        }
        let number = grouped + decimal + cents, sign = negative ? "-" : ""
        switch language {
        case .en:
            let symbol = ["USD": "$", "BRL": "R$", "EUR": "€", "GBP": "£"][money.currency]
            return symbol.map { sign + $0 + number } ?? "\(sign)\(money.currency) \(number)"
        case .ptBR:
            let symbol = ["BRL": "R$", "USD": "US$", "EUR": "€", "GBP": "£"][money.currency] ?? money.currency
            return "\(sign)\(symbol) \(number)"
        }
    }

    static let currencies = ["USD", "BRL", "EUR", "GBP", "CHF"]

    @Test("random amounts are written as Foundation's rounding and digits wrote them, in both languages")
    func randomAmounts() {
        // Seeded, so that a failure reproduces.
        var generator = Xoshiro(seed: (2026, 11, 29, 1))
        for _ in 0..<50_000 {
            // Up to 19 digits at any scale from 10^-24 to 10^6, either sign; computed amounts
            // (products and quotients) too.
            let digits = UInt64.random(in: 0...UInt64(Int64.max), using: &generator) >> UInt64.random(in: 0...63, using: &generator)
            var amount = Decimal(sign: Bool.random(using: &generator) ? .minus : .plus, exponent: Int.random(in: -24...6, using: &generator), significand: Decimal(digits))
            if Int.random(in: 0..<4, using: &generator) == 0 { amount = amount * Decimal(Int.random(in: 1...500, using: &generator)) / Decimal(Int.random(in: 1...36, using: &generator)) }
            let money = Money(amount: amount, currency: Self.currencies.randomElement(using: &generator) ?? "USD")
            for language in [Language.en, .ptBR] {
                #expect(NumberFormat.money(money, language) == Self.byFoundation(money, language), "\(amount)")
            }
        }
    }

    @Test("halves of a cent round away from zero; amounts past 64 bits keep Foundation's digits", arguments: [
        "0.005", "-0.005", "0.0049999", "2.345", "-2.345", "0.001", "-0.001", "0", "999.995", "18446744073709551615",
        "1844674407370955.1615", "123456789012345678901234567890", "-98765432109876543210.555",
    ])
    func boundaries(text: String) throws {
        let money = Money(amount: try #require(Decimal(string: text)), currency: "BRL")
        for language in [Language.en, .ptBR] {
            #expect(NumberFormat.money(money, language) == Self.byFoundation(money, language))
        }
    }

    @Test("whole numbers are grouped by thousands as character by character grouping did")
    func integers() {
        // Seeded, so that a failure reproduces.
        var generator = Xoshiro(seed: (2026, 11, 29, 2))
        for _ in 0..<20_000 {
            let value = Int.random(in: Int.min...Int.max, using: &generator) >> Int.random(in: 0...63, using: &generator)
            for (language, separator) in [(Language.en, ","), (.ptBR, ".")] {
                let digits = String(value.magnitude)
                var grouped = ""
                for (index, digit) in digits.enumerated() {
                    if index > 0, (digits.count - index) % 3 == 0 { grouped += separator }
                    grouped.append(digit)
                }
                #expect(NumberFormat.integer(value, language) == (value < 0 ? "-" : "") + grouped)
            }
        }
    }
}
