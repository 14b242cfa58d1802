/// A calendar day with no time of day or time zone: subscription end dates, invitation dates and the
/// session's "today" are all whole days, and "days left" is a difference of two of them.
///
/// Stored as the number of days since 1970-01-01, so that arithmetic and comparison are integer
/// operations and nothing depends on the machine's calendar or time zone.
public struct CalendarDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public let daysSinceEpoch: Int

    public init(daysSinceEpoch: Int) {
        self.daysSinceEpoch = daysSinceEpoch
    }

    /// A date from its parts, or nil when the day does not exist (`2027-02-30`, month 13, year 0).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        daysSinceEpoch = CalendarDate.daysFromCivil(year: year, month: month, day: day)
    }

    /// Parses exactly `YYYY-MM-DD`; anything else, or a day that does not exist, is nil.
    public init?(iso text: String) {
        // Parsed from the UTF-8 bytes in place, without copying: a portfolio load reads many
        // thousands, and stepping through a string's UTF-8 view byte by byte was most of it.
        guard text.utf8.count == 10,
              let parts = text.utf8.withContiguousStorageIfAvailable(Self.isoParts) ?? Self.isoParts(text.utf8)
        else { return nil }
        self.init(year: parts.0, month: parts.1, day: parts.2)
    }

    /// Year, month and day of ten bytes written `YYYY-MM-DD`, not yet checked as a real day.
    private static func isoParts(_ bytes: some Collection<UInt8>) -> (Int, Int, Int)? {
        var parts = (0, 0, 0)
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch index {
            case 0..<4: parts.0 = parts.0 * 10 + digit
            case 5..<7: parts.1 = parts.1 * 10 + digit
            default: parts.2 = parts.2 * 10 + digit
            }
        }
        return parts
    }

    public var components: (year: Int, month: Int, day: Int) {
        CalendarDate.civil(fromDays: daysSinceEpoch)
    }

    /// `2026-11-28`.
    public var description: String {
        let (year, month, day) = components
        guard (0...9999).contains(year) else { return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }
        // Ten digits and dashes written in place: interpolating padded parts was a few percent
        // of every reply, which names dates everywhere.
        return String(unsafeUninitializedCapacity: 10) { buffer in
            func put(_ value: Int, at offset: Int, digits: Int) {
                var value = value
                for index in (offset..<offset + digits).reversed() {
                    buffer[index] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
            }
            put(year, at: 0, digits: 4)
            buffer[4] = UInt8(ascii: "-")
            put(month, at: 5, digits: 2)
            buffer[7] = UInt8(ascii: "-")
            put(day, at: 8, digits: 2)
            return 10
        }
    }

    public func adding(days: Int) -> CalendarDate {
        CalendarDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// Calendar days from `self` to `other`: positive when `other` is later.
    public func days(until other: CalendarDate) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// The same day `months` later, clamped to the month's last day (Jan 31 + 1 month = Feb 28/29).
    public func adding(months: Int) -> CalendarDate {
        let (year, month, day) = components
        let index = year * 12 + (month - 1) + months
        let newYear = index / 12, newMonth = index % 12 + 1
        let newDay = min(day, CalendarDate.daysIn(month: newMonth, year: newYear))
        return CalendarDate(year: newYear, month: newMonth, day: newDay) ?? self
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        lhs.daysSinceEpoch < rhs.daysSinceEpoch
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    // Encoded as its ISO text, which is what people and JSON consumers expect to read.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    // Proleptic Gregorian conversions (the "days from civil" algorithm, done by era of 400 years).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
