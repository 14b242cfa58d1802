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
        return Decimal(plainText: text.contains(",") ? text.replacingOccurrences(of: ",", with: ".") : text)
    }
}

extension Decimal {
    /// Parses a plain decimal as `description` writes it (`23.45`, `-1`, `0.0001`), without a
    /// locale or a formatter: exact, and fast enough for tens of thousands of rows. At most 19 digits.
    public init?(plainText text: String) {
        guard let parts = text.utf8.withContiguousStorageIfAvailable(Self.plainParts) ?? Self.plainParts(text.utf8) else { return nil }
        self.init(sign: parts.negative ? .minus : .plus, exponent: -parts.decimals, significand: Decimal(parts.significand))
    }

    /// Sign, digits and decimal places of a plain decimal's UTF-8 bytes (read in place: stepping
    /// through a string's UTF-8 view byte by byte was most of reading a price).
    private static func plainParts(_ bytes: some Collection<UInt8>) -> (negative: Bool, significand: UInt64, decimals: Int)? {
        var significand: UInt64 = 0
        var decimals = 0
        var seenPoint = false
        var negative = false
        var digits = 0
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where index == 0: negative = true
            case UInt8(ascii: "."):
                guard !seenPoint else { return nil }
                seenPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard digits < 19 else { return nil }
                significand = significand * 10 + UInt64(byte - UInt8(ascii: "0"))
                digits += 1
                if seenPoint { decimals += 1 }
            default: return nil
            }
        }
        guard digits > 0 else { return nil }
        return (negative, significand, decimals)
    }

    /// The significand's digits as an integer, when they fit 64 bits (checked by converting
    /// back, so never truncated).
    public var exactSignificand: UInt64? {
        guard !isNaN else { return nil }
        let significand = significand
        let digits = NSDecimalNumber(decimal: significand).uint64Value
        return Decimal(digits) == significand ? digits : nil
    }

    /// An amount of whole cents, written as `rounded(scale: 2)` leaves one: without trailing zeros
    /// (`12.3`, `40`).
    public init(cents: Int64) {
        var digits = cents.magnitude, exponent = -2
        while exponent < 0, digits != 0, digits % 10 == 0 {
            digits /= 10
            exponent += 1
        }
        if digits == 0 { exponent = 0 }
        self.init(sign: cents < 0 ? .minus : .plus, exponent: exponent, significand: Decimal(digits))
    }

    /// Rounded half away from zero to `scale` decimal places.
    public func rounded(scale: Int) -> Decimal {
        var source = self
        var result = Decimal()
        NSDecimalRound(&result, &source, scale, .plain)
        return result
    }
}
