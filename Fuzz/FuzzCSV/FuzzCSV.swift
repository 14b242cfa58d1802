// libFuzzer target: any bytes as a CSV portfolio, validated and planned for import.
// Built by scripts/fuzz with -sanitize=fuzzer; an ordinary build gets a main that says so.
import Assistant
import FuzzDriver
import MigrationGuide

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    _ = try? PortfolioImport.plan(csv: text, existing: [], defaultCurrency: "BRL")
    return 0
}

@main
enum FuzzCSVMain {
    static func main() { runFuzzer(fuzzCSV, name: "csv") }
}
