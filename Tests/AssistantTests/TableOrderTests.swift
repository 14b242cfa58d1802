@testable import Assistant
import Testing

@Suite("Table layout order")
struct TableOrderTests {
    @Test("of equally wide text columns that do not fit, the last goes under its row, in every run")
    func tiedColumnsMoveLastFirst() {
        var table = Table([("ID", .left), ("First", .left), ("Second", .left), ("Third", .left), ("Fourth", .left)])
        table.add(["L1", "aaaaaaaaaa", "bbbbbbbbbb", "cccccccccc", "dddddddddd"])
        // 52 columns wide; at 45 exactly one of the four (all 10 wide) must move under the row.
        let lines = table.lines(fitting: 45, wrapping: [1, 2, 3, 4])
        #expect(lines == [
            "  ID  First       Second      Third",
            "      Fourth",
            "  L1  aaaaaaaaaa  bbbbbbbbbb  cccccccccc",
            "      dddddddddd",
        ])
    }
}
