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
}
