import Foundation

/// An amount in one currency, in exact decimal arithmetic (never floating point: staff quote these
/// figures to customers).
public struct Money: Hashable, Sendable, Codable {
    public var amount: Decimal
    /// ISO 4217 code, upper case: `BRL`, `USD`, `EUR`.
    public var currency: String

    public init(amount: Decimal, currency: String) {
        self.amount = amount
        self.currency = currency
    }

    /// The amount rounded half-up to cents, as a plain string with a dot (`1234.56`).
    public var roundedAmount: Decimal { amount.rounded(scale: 2) }

    /// Parses a non-negative price written `12`, `12.5`, `12.50` or `12,50`, with at most four
    /// decimals. Nil for anything else (signs, exponents, thousands separators, empty).
    public static func parseAmount(_ text: String) -> Decimal? {
        var sawSeparator = false
        var decimals = 0
        var digits = 0
        for character in text {
            if character == "." || character == "," {
                guard !sawSeparator else { return nil }
                sawSeparator = true
            } else if character.isASCII, character.isNumber {
                digits += 1
                if sawSeparator { decimals += 1 }
            } else {
                return nil
            }
        }
        guard digits > 0, decimals <= 4, digits <= 18 else { return nil }
        return Decimal(string: text.replacingOccurrences(of: ",", with: "."), locale: Locale(identifier: "en_US_POSIX"))
    }
}

extension Decimal {
    /// Rounded half away from zero to `scale` decimal places.
    public func rounded(scale: Int) -> Decimal {
        var source = self
        var result = Decimal()
        NSDecimalRound(&result, &source, scale, .plain)
        return result
    }
}
