import Foundation
import MigrationGuide

/// The only place that reads the wall clock. Everything else gets "today" from the session.
public enum SystemClock {
    /// Today in the machine's time zone.
    public static func today() -> CalendarDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? CalendarDate(daysSinceEpoch: 0)
    }

    /// Now, as ISO 8601 in UTC to the second (`2026-11-29T06:40:12Z`), for the journal. Written out
    /// from the seconds since the epoch: a formatter made for every journaled change took most of
    /// a piped session's time.
    @Sendable public static func timestamp() -> String {
        timestamp(secondsSinceEpoch: Int64(time(nil)))
    }

    static func timestamp(secondsSinceEpoch seconds: Int64) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let second = seconds - days * 86_400
        let date = CalendarDate(daysSinceEpoch: Int(days))
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(date.description)T\(two(second / 3600)):\(two(second / 60 % 60)):\(two(second % 60))Z"
    }
}
