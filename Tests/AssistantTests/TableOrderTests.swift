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

    @Test("the order columns go under their rows depends on the columns, never on the order they are given in")
    func movingOrderIgnoresGivenOrder() {
        let widths = [2, 10, 10, 7, 10, 12]
        let orders = [[1, 2, 3, 4, 5], [5, 4, 3, 2, 1], [2, 5, 1, 4, 3], [4, 1, 5, 3, 2], [3, 2, 4, 5, 1, 9]]
        for order in orders {
            #expect(Table.movingOrder(order, widths: widths) == [5, 4, 2, 1, 3], "given \(order)")
        }
    }
}
