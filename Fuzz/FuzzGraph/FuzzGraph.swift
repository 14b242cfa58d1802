// libFuzzer target: any bytes as a Microsoft Graph answer, read and mapped onto a customer.
// Built by scripts/fuzz with -sanitize=fuzzer; an ordinary build gets a main that says so.
import Assistant
import Foundation
import FuzzDriver
import MigrationGuide

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGraph(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let (answer, problems) = GraphReader.read(Data(bytes: data, count: size), file: "fuzz.json")
    guard problems.isEmpty, GraphImport.duplicates(in: answer).isEmpty, let handle = Handle("fuzz") else { return 0 }
    let customer = Customer(handle: handle, name: "Fuzz", tenantID: "00000000-0000-4000-8000-000000000000")
    let mapping = GraphImport(partnerTenant: "4f1c2a9e-0b7d-4c55-8e21-6a3d9b7c1e02", settings: GuideSettings(), today: CalendarDate(daysSinceEpoch: 20_000))
    let (updated, _, refused) = mapping.apply(answer, to: customer)
    guard refused.isEmpty else { return 0 }
    // Applying the same answer again must find everything already recorded.
    let (again, lines, _) = mapping.apply(answer, to: updated)
    precondition(again == updated && lines.allSatisfy { $0.outcome != .new }, "re-applying a Graph answer changed the record")
    return 0
}

@main
enum FuzzGraphMain {
    static func main() { runFuzzer(fuzzGraph, name: "graph") }
}
