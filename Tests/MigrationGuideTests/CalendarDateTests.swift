import MigrationGuide
import Testing

@Suite("Calendar dates")
struct CalendarDateTests {
    @Test("real days parse and print back the same", arguments: ["2026-11-28", "2028-02-29", "2000-02-29", "1999-12-31", "0001-01-01", "9999-12-31"])
    func roundTrip(text: String) throws {
        let parsed = try #require(CalendarDate(iso: text))
        #expect(parsed.description == text)
    }

    @Test("days that do not exist or are badly written are refused", arguments: [
        "2027-02-29", "2100-02-29", "2027-02-30", "2027-13-01", "2027-00-10", "0000-00-00", "2027-04-31",
        "2027-1-01", "27-01-01", "2027/01/01", "2027-01-01x", "", "２０２７-01-01", "-027-01-01",
    ])
    func refused(text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test("day counts cross month ends and leap days")
    func dayCounts() {
        #expect(date("2028-02-28").days(until: date("2028-03-01")) == 2)
        #expect(date("2027-02-28").days(until: date("2027-03-01")) == 1)
        #expect(date("2026-12-31").adding(days: 1) == date("2027-01-01"))
        #expect(date("2027-01-01").days(until: date("2026-12-31")) == -1)
        #expect(date("1970-01-01").daysSinceEpoch == 0)
    }

    @Test("adding months clamps to the month's last day")
    func months() {
        #expect(date("2027-01-31").adding(months: 1) == date("2027-02-28"))
        #expect(date("2028-01-31").adding(months: 1) == date("2028-02-29"))
        #expect(date("2026-11-15").adding(months: 2) == date("2027-01-15"))
    }

    @Test("days from year 1 to 9999, and years outside, are written as padded parts wrote them")
    func descriptionAgreesWithPaddedParts() throws {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        let first = try #require(CalendarDate(year: 1, month: 1, day: 1)).daysSinceEpoch
        let last = try #require(CalendarDate(year: 9999, month: 12, day: 31)).daysSinceEpoch
        // Every day of 1900–2200, and every 37th day of the rest.
        let near = try #require(CalendarDate(year: 1900, month: 1, day: 1)).daysSinceEpoch...(try #require(CalendarDate(year: 2200, month: 12, day: 31)).daysSinceEpoch)
        for days in Array(near) + Array(stride(from: first - 800, through: last + 800, by: 37)) {
            let date = CalendarDate(daysSinceEpoch: days)
            let (year, month, day) = date.components
            #expect(date.description == "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))")
        }
    }
}
