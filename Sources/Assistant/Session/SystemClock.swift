import Foundation
import MigrationGuide

/// The only place that reads the wall clock. Everything else gets "today" from the session.
public enum SystemClock {
    /// Today in the machine's time zone.
    /// Through the C library's `localtime_r` (the same TZ and /etc/localtime): Foundation's
    /// `Calendar.current` loads the locale and the ICU calendar first, a sixteenth of a one-shot
    /// command's start-up.
    public static func today() -> CalendarDate {
        var now = time(nil)
        var parts = tm()
        guard localtime_r(&now, &parts) != nil,
              let date = CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday)) else {
            return CalendarDate(daysSinceEpoch: Int(now / 86_400))
        }
        return date
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
