import MigrationGuide

/// The days `license list --ending` looks at: a month (`2026-12`), one day (`2026-12-15`), or a
/// range of days, both ends included (`2026-12-01..2027-01-31`; `..2026-12-31` starts at the
/// session's today, `2027-01-01..` has no end).
public struct DatePeriod: Sendable, Hashable, CustomStringConvertible {
    /// nil: the session's today.
    public var from: CalendarDate?
    /// nil: no end.
    public var to: CalendarDate?
    /// Written as a month, and so shown again as one.
    public var isMonth = false

    public init(from: CalendarDate?, to: CalendarDate?) {
        self.from = from
        self.to = to
    }

    /// The whole month that `date` falls in.
    public init(monthOf date: CalendarDate) {
        let first = date.adding(days: 1 - date.components.day)
        from = first
        to = first.adding(months: 1).adding(days: -1)
        isMonth = true
    }

    /// As the flag takes it, so that a question's `→` line can be typed as shown.
    public var description: String {
        if isMonth, let from {
            let (year, month, _) = from.components
            return "\(year)-\(month < 10 ? "0" : "")\(month)"
        }
        if let from, from == to { return from.description }
        return "\(from?.description ?? "")..\(to?.description ?? "")"
    }

    /// Whether `date` falls in the period, counted from `today` when it has no start.
    public func contains(_ date: CalendarDate, today: CalendarDate) -> Bool {
        date >= (from ?? today) && (to.map { date <= $0 } ?? true)
    }
}

extension ValueReader where Value == DatePeriod {
    /// `2026-12` (also `12/2026` in Portuguese), a date as `.date` reads it, or `FROM..TO`.
    public static var period: Self {
        Self(.date) { text, field, language throws(CommandError) in
            let date = ValueReader<CalendarDate>.date
            if let dots = text.range(of: "..") {
                let start = String(text[..<dots.lowerBound]), end = String(text[dots.upperBound...])
                guard !(start.isEmpty && end.isEmpty) else { throw .badPeriod(field: field, text: text) }
                let from = start.isEmpty ? nil : try date.read(start, field: field, language: language)
                let to = end.isEmpty ? nil : try date.read(end, field: field, language: language)
                if let from, let to, to < from { throw .badPeriod(field: field, text: text) }
                return DatePeriod(from: from, to: to)
            }
            if let first = month(text, dayFirst: language == .ptBR) { return DatePeriod(monthOf: first) }
            // Neither a month nor a day: say every form the flag takes, or the day it can only mean.
            guard let day = try? date.read(text, field: field, language: language) else {
                if language == .en, let meant = CalendarDate.unambiguousSlashDate(text) { throw .badDate(field: field, text: text, meant: meant) }
                // `12/2026` is a month as Portuguese writes it: in English, the month it can only mean is the hint.
                if language == .en, text.contains("/"), let first = month(text, dayFirst: true) {
                    throw .badPeriod(field: field, text: text, meant: DatePeriod(monthOf: first))
                }
                throw .badPeriod(field: field, text: text)
            }
            return DatePeriod(from: day, to: day)
        }
    }

    /// The first day of `2026-12`, or of `12/2026` where dates are written day first.
    private static func month(_ text: String, dayFirst: Bool) -> CalendarDate? {
        let parts = text.split(separator: dayFirst && text.contains("/") ? "/" : "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        let (yearText, monthText) = parts[0].count == 4 ? (parts[0], parts[1]) : (parts[1], parts[0])
        guard yearText.count == 4, monthText.count <= 2, let year = Int(yearText), let month = Int(monthText) else { return nil }
        return CalendarDate(year: year, month: month, day: 1)
    }
}
