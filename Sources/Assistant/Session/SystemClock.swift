import Foundation
import MigrationGuide

/// The only place that reads the wall clock. Everything else gets "today" from the session.
public enum SystemClock {
    /// Today in the machine's time zone.
    public static func today() -> CalendarDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? CalendarDate(daysSinceEpoch: 0)
    }

    /// Now, as ISO 8601 in UTC, for the journal.
    @Sendable public static func timestamp() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}
