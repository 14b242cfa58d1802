// libFuzzer target: any bytes as a spreadsheet (any encoding, any separator), read and planned for import.
// Built by scripts/fuzz with -sanitize=fuzzer; an ordinary build gets a main that says so.
import Assistant
import Foundation
import FuzzDriver
import MigrationGuide

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = SourceText(Data(bytes: data, count: size))
    let today = CalendarDate(daysSinceEpoch: 20_000)
    let (plan, problems) = PortfolioImport.plan(source, file: "fuzz.csv", existing: [], partnerCurrency: "BRL", today: today, settings: GuideSettings())
    guard problems.isEmpty else { return 0 }
    // Planning the same file over what it recorded finds every row already there.
    let (again, _) = PortfolioImport.plan(source, file: "fuzz.csv", existing: plan.inserting, partnerCurrency: "BRL", today: today, settings: GuideSettings())
    precondition(again.lines.allSatisfy { $0.outcome == .unchanged }, "re-importing a spreadsheet would change the portfolio")
    return 0
}

@main
enum FuzzCSVMain {
    static func main() { runFuzzer(fuzzCSV, name: "csv") }
}
