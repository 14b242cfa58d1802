import Foundation
@testable import MigrationGuide
import PropertyBased
import Testing

/// What seats cost for some days is computed in whole cents as one exact fraction; Foundation's
/// decimal arithmetic and rounding, which computed it before, stay the reference.
@Suite("Value of seats for days")
struct MoneyValueTests {
    static func byFoundation(_ seats: Int, _ price: Money, _ days: Int) -> Money {
        let amount = Decimal(seats) * price.amount * Decimal(days) * 12 / 365
        return Money(amount: amount.rounded(scale: 2), currency: price.currency)
    }

    @Test("random seats, prices and days give Foundation's amount, to its digits")
    func randomValues() {
        // Seeded, so that a failure reproduces.
        var generator = Xoshiro(seed: (2026, 11, 29, 6))
        let guide = Guide()
        for _ in 0..<50_000 {
            // Prices as typed (up to four decimals), seats and days as recorded, some far too large.
            let price = Money(amount: Decimal(sign: .plus, exponent: -Int.random(in: 0...4, using: &generator),
                                              significand: Decimal(UInt64.random(in: 0...10_000_000, using: &generator) >> UInt64.random(in: 0...20, using: &generator))),
                              currency: "BRL")
            let seats = Int.random(in: 0...300_000, using: &generator) >> Int.random(in: 0...16, using: &generator)
            let days = Int.random(in: 0...2_000, using: &generator)
            let value = guide.value(of: seats, seatsAt: price, for: days), expected = Self.byFoundation(seats, price, days)
            #expect(value == expected && value.amount.description == expected.amount.description, "\(seats) × \(price.amount) × \(days)")
        }
    }

    @Test("halves of a cent, zero, and figures past 64 bits", arguments: [
        (1, "0.365", 5), (1, "0.365", 15), (3, "12.5", 0), (0, "10", 30), (1, "1", 1), (7, "9999.9999", 2_000),
        (1_000_000, "99999999999", 100_000), (12, "0.0001", 1),
    ])
    func boundaries(seats: Int, price: String, days: Int) throws {
        let money = Money(amount: try #require(Decimal(string: price)), currency: "USD")
        let value = Guide().value(of: seats, seatsAt: money, for: days), expected = Self.byFoundation(seats, money, days)
        #expect(value == expected && value.amount.description == expected.amount.description)
    }
}
