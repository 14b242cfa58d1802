// libFuzzer target: any bytes as a CSV portfolio, validated and planned for import.
// Built by scripts/fuzz with -sanitize=fuzzer; an ordinary build gets a main that says so.
import Assistant
import MigrationGuide

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    _ = try? PortfolioImport.plan(csv: text, existing: [], defaultCurrency: "BRL")
    return 0
}

#if FUZZING
import Glibc

// libFuzzer's own driver, started from our main (SwiftPM renames an executable's entry point, so
// libFuzzer's main cannot be used).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt
#endif

@main
enum FuzzCSVMain {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, fuzzCSV))
        #else
        print("This is a libFuzzer target: run scripts/fuzz csv")
        #endif
    }
}
