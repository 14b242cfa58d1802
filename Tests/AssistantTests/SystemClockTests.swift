@testable import Assistant
import Foundation
import Testing

@Suite("The journal's wall-clock timestamp")
struct SystemClockTests {
    @Test("written as ISO8601DateFormatter writes it, across days, leap days, years and midnight",
          arguments: [0, 59, 86_399, 86_400, 951_782_400, 951_868_799, 1_709_164_800, 1_795_926_012, 4_102_444_799, -1, -86_401])
    func sameAsFoundation(seconds: Int64) {
        let expected = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        #expect(SystemClock.timestamp(secondsSinceEpoch: seconds) == expected)
    }

    @Test("now is now, to the second")
    func now() throws {
        let before = Date()
        let text = SystemClock.timestamp()
        let parsed = try #require(ISO8601DateFormatter().date(from: text))
        #expect(abs(parsed.timeIntervalSince(before)) < 2)
    }
}
