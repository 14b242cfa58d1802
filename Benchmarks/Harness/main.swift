// csp-bench: in-process timings and deterministic inputs for Benchmarks/run.py.
//
//   csp-bench generate-csv --customers N --out FILE      portfolio CSV, 5 originals per customer
//   csp-bench generate-progress --customers N --out FILE  commands moving that portfolio's customers to every step
//   csp-bench generate-transcript --commands N --today D --out FILE  mixed commands, header only (outputs filled by replay --update)
//   csp-bench portfolio --db FILE                          median timings of portfolio commands, as JSON
//   csp-bench generate-spreadsheet --rows N --out FILE     what Excel in Portuguese saves: ; BOM CRLF, 23,50, 31/03/2027
//   csp-bench generate-graph --skus N --out PREFIX         PREFIX-skus.json and PREFIX-subscriptions.json, raw Graph answers
import Assistant
import Foundation
import MigrationGuide
import MigrationStore

/// SplitMix64: a fixed seed gives the same inputs on every machine.
struct Seeded {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
}

let offers = ["Office 365 E3", "Office 365 E1", "Microsoft 365 Business Standard", "Microsoft 365 Business Premium", "Visio Plan 2", "Project Plan 3", "Exchange Online (Plan 1)"]
let programs = ["open", "mosp", "ea", "retail", "other"]

func option(_ name: String) -> String? {
    guard let index = CommandLine.arguments.firstIndex(of: name), index + 1 < CommandLine.arguments.count else { return nil }
    return CommandLine.arguments[index + 1]
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

/// One original of the generated portfolio, as the CSV and the commands that move it on name it.
struct GeneratedOriginal {
    var handle: String
    var program: String
    var offer: String
    var seats: Int
    var assigned: Int
    var expires: String
    var price: Int
    var renews: Bool
}

/// The generated portfolio, five originals per customer (one list for the CSV and for the
/// commands that move customers on, so both name the same offers).
func generatedPortfolio(customers: Int) -> [[GeneratedOriginal]] {
    var random = Seeded(state: 20_261_128)
    return (0..<customers).map { index in
        let handle = "c\(index)"
        let program = programs[random.int(0...4)]
        var chosen = offers
        for _ in 0..<2 { chosen.remove(at: random.int(0...(chosen.count - 1))) }
        return chosen.map { offer in
            let seats = random.int(1...300)
            let assigned = max(0, seats - random.int(0...3))
            let expires = "2027-\(String(format: "%02d", random.int(1...12)))-\(String(format: "%02d", random.int(1...28)))"
            let price = random.int(4...30)
            // Only programs with recurring billing renew by themselves (E-NO-AUTO-RENEW otherwise).
            let renews = random.int(0...2) == 0 && Program(rawValue: program)?.hasRecurringBilling == true
            return GeneratedOriginal(handle: handle, program: program, offer: offer, seats: seats, assigned: assigned, expires: expires, price: price, renews: renews)
        }
    }
}

func generateCSV(customers: Int, to path: String) {
    var text = "handle,name,domain,program,offer,seats,assigned,expires,price,currency,auto_renew\n"
    text.reserveCapacity(customers * 500)
    for (index, originals) in generatedPortfolio(customers: customers).enumerated() {
        for o in originals {
            text += "\(o.handle),Cliente Número \(index) Ltda,\(o.handle).com.br,\(o.program),\(o.offer),\(o.seats),\(o.assigned),\(o.expires),\(o.price).50,BRL,\(o.renews ? "on" : "off")\n"
        }
    }
    guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else { fail("cannot write \(path)") }
}

/// Commands that move the imported portfolio (`generate-csv`, imported on 2026-11-28) on, so that
/// its customers stand at every step, as a desk's do: by the customer's number, three in ten are
/// left to invite, one invited weeks ago (a stale invitation), one invited days ago, two accepted,
/// and three accepted with their first original's replacement bought (paid twice until that
/// original ends, seats short where users were added). Warnings follow from the dates, as they do
/// for staff.
func generateProgress(customers: Int, to path: String) {
    var text = ""
    for (index, originals) in generatedPortfolio(customers: customers).enumerated() {
        let h = originals[0].handle
        switch index % 10 {
        case 0...2: continue
        case 3: text += "invite \(h) --on 2026-10-01\n"
        case 4: text += "invite \(h) --on 2026-11-24\n"
        default:
            text += "invite \(h) --on 2026-11-02\naccept \(h) --on 2026-11-09\n"
            guard index % 10 >= 7 else { continue }
            let first = originals[0]
            text += "provision \(h) \"\(first.offer)\" --seats \(max(1, first.assigned - index % 3)) --replaces L1 --on 2026-11-2\(index % 8 + 1) --confirm\n"
        }
    }
    guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else { fail("cannot write \(path)") }
}

/// A Brazilian spreadsheet of `rows` originals, five per customer, with Portuguese column names.
func generateSpreadsheet(rows: Int, to path: String) {
    var random = Seeded(state: 20_261_129)
    var text = "\u{FEFF}cliente;nome;programa;oferta;licenças;usuários;termina;preço;moeda;renovação automática\r\n"
    text.reserveCapacity(rows * 120)
    for index in 0..<rows {
        let customer = index / 5
        let offer = offers[(index % 5 + customer) % offers.count]
        let seats = random.int(1...1_500)
        let assigned = max(0, seats - random.int(0...3))
        let seatsText = seats >= 1_000 ? "\(seats / 1_000).\(String(format: "%03d", seats % 1_000))" : "\(seats)"
        let program = ["varejo", "open", "mosp", "ea", "outro"][customer % 5]
        text += "cli-\(customer);Cliente Número \(customer) Ltda;\(program);\(offer);\(seatsText);\(assigned);"
        let ends = "\(String(format: "%02d", random.int(1...28)))/\(String(format: "%02d", random.int(1...12)))/2027"
        let price = "\(random.int(4...130)),\(random.int(10...99))"
        // Only web direct and other programs bill by recurrence; the import refuses auto-renew on the others.
        let renews = random.int(0...2) == 0 && (program == "mosp" || program == "outro")
        text += "\(ends);\(price);BRL;\(renews ? "Sim" : "Não")\r\n"
    }
    guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else { fail("cannot write \(path)") }
}

/// Graph answers for one tenant holding `skus` SKUs, each with one subscription.
func generateGraph(skus: Int, prefix: String) {
    var random = Seeded(state: 500)
    let known = ["ENTERPRISEPACK", "SPE_E3", "SPB", "O365_BUSINESS_PREMIUM", "VISIOCLIENT", "PROJECTPROFESSIONAL", "EXCHANGESTANDARD"]
    var skuEntries: [String] = []
    var subscriptions: [String] = []
    for index in 0..<skus {
        let code = index < known.count ? known[index] : "CUSTOM_SKU_\(index)"
        let skuId = String(format: "%08x-0000-4000-8000-%012x", index, index)
        let seats = random.int(1...500)
        skuEntries.append(#"{"skuId":"\#(skuId)","skuPartNumber":"\#(code)","appliesTo":"User","capabilityStatus":"Enabled","consumedUnits":\#(max(0, seats - random.int(0...5))),"prepaidUnits":{"enabled":\#(seats),"suspended":0,"warning":0,"lockedOut":0}}"#)
        subscriptions.append(#"{"id":"\#(String(format: "%08x-1111-4000-8000-%012x", index, index))","skuId":"\#(skuId)","skuPartNumber":"\#(code)","status":"Enabled","totalLicenses":\#(seats),"createdDateTime":"2025-01-01T00:00:00Z","nextLifecycleDateTime":"2027-\#(String(format: "%02d", random.int(1...12)))-15T00:00:00Z","isTrial":false,"ownerTenantId":""}"#)
    }
    for (suffix, entries) in [("skus", skuEntries), ("subscriptions", subscriptions)] {
        let path = "\(prefix)-\(suffix).json"
        guard FileManager.default.createFile(atPath: path, contents: Data(("{\"value\":[" + entries.joined(separator: ",") + "]}").utf8)) else { fail("cannot write \(path)") }
    }
}

/// Eight commands per customer, the mix of a working day: add, record, invite, accept, provision,
/// look, ask, retire.
/// Dates are relative to `today` (the real date when run.py pipes the commands with the real
/// clock): half the originals end within the plan's lead time (14 days for the same offer) and so
/// within the near-end window, so their replacement needs no --confirm; the others end months
/// later, and their replacement is confirmed. Cancelling an Open or retail original before its
/// end brings nothing back, so the program asks for --confirm on any day before it; web direct
/// and other programs ask only outside the near-end window. Every command succeeds (make bench
/// checks the exit status).
func generateTranscript(commands: Int, today: CalendarDate, to path: String) {
    // An Enterprise Agreement original cannot be cancelled before its end (E-NOT-CANCELLABLE), so
    // the day's customers come from the other programs.
    let cancellablePrograms = programs.filter { $0 != "ea" }
    var random = Seeded(state: 7)
    var text = "# title: generated benchmark session\n# today: \(today)\n# lang: en\n"
    for index in 0..<(commands / 8) {
        let h = "t\(index)"
        let offer = offers[random.int(0...(offers.count - 1))]
        let seats = random.int(5...200)
        let nearEnd = random.int(0...1) == 0
        let expires = nearEnd ? today.adding(days: random.int(1...13)) : today.adding(days: random.int(100...380))
        let program = cancellablePrograms[random.int(0...(cancellablePrograms.count - 1))]
        text += "csp> customer add \(h) --name \"Customer \(index)\" --program \(program)\n"
        text += "csp> license add \(h) \"\(offer)\" --seats \(seats) --expires \(expires) --price 23.00 --currency USD\n"
        text += "csp> invite \(h)\n"
        text += "csp> accept \(h)\n"
        text += "csp> provision \(h) \"\(offer)\" --seats \(seats)\(nearEnd ? "" : " --confirm")\n"
        text += "csp> status \(h)\n"
        text += "csp> advise \(h)\n"
        text += "csp> cancel \(h) L1\(nearEnd && !["open", "retail"].contains(program) ? "" : " --confirm")\n"
    }
    guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else { fail("cannot write \(path)") }
}

/// Median wall time of `body` in milliseconds.
func median(runs: Int, _ body: () -> Void) -> Double {
    let clock = ContinuousClock()
    var times: [Double] = []
    for _ in 0..<runs {
        let elapsed = clock.measure(body)
        times.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
    }
    return times.sorted()[times.count / 2]
}

func portfolio(db path: String) throws {
    let store = try SQLiteStore(path: path)
    let session = try Session(store: store, today: CalendarDate(iso: "2026-11-28") ?? CalendarDate(daysSinceEpoch: 0))
    let loop = ShellLoop(session: session, write: { _ in })
    let handles = try store.handles()
    guard !handles.isEmpty else { fail("empty database") }
    var random = Seeded(state: 1)
    // Each command as staff run it: parsed, executed against the file, rendered to text.
    func command(_ line: String) { _ = loop.render(session.execute(line), line: line) }
    let results: [(String, Double)] = [
        // Reading the whole portfolio from the file, as the first portfolio command after start-up
        // does; the commands below then run as in a shell left open, where it is kept in memory.
        ("load", median(runs: 11) { _ = try? SQLiteStore(path: path).allCustomers() }),
        ("advise", median(runs: 11) { command("advise") }),
        ("customer list", median(runs: 11) { command("customer list") }),
        ("status --all", median(runs: 11) { command("status --all") }),
        ("status HANDLE", median(runs: 101) { command("status \(handles[random.int(0...(handles.count - 1))])") }),
        ("advise HANDLE", median(runs: 101) { command("advise \(handles[random.int(0...(handles.count - 1))])") }),
        // A question reads every customer's name to find the one it names.
        ("question", median(runs: 21) { command("what's next for \(handles[random.int(0...(handles.count - 1))])?") }),
    ]
    let fields = results.map { "\"\($0.0)\": \(String(format: "%.3f", $0.1))" }
    print("{" + fields.joined(separator: ", ") + ", \"customers\": \(handles.count)}")
}

switch CommandLine.arguments.dropFirst().first {
case "generate-csv":
    guard let count = option("--customers").flatMap(Int.init), let out = option("--out") else { fail("generate-csv --customers N --out FILE") }
    generateCSV(customers: count, to: out)
case "generate-progress":
    guard let count = option("--customers").flatMap(Int.init), let out = option("--out") else { fail("generate-progress --customers N --out FILE") }
    generateProgress(customers: count, to: out)
case "generate-transcript":
    guard let count = option("--commands").flatMap(Int.init), let out = option("--out"),
          let today = option("--today").flatMap(CalendarDate.init(iso:)) else { fail("generate-transcript --commands N --today YYYY-MM-DD --out FILE") }
    generateTranscript(commands: count, today: today, to: out)
case "portfolio":
    guard let db = option("--db") else { fail("portfolio --db FILE") }
    try portfolio(db: db)
case "generate-spreadsheet":
    guard let rows = option("--rows").flatMap(Int.init), let out = option("--out") else { fail("generate-spreadsheet --rows N --out FILE") }
    generateSpreadsheet(rows: rows, to: out)
case "generate-graph":
    guard let skus = option("--skus").flatMap(Int.init), let out = option("--out") else { fail("generate-graph --skus N --out PREFIX") }
    generateGraph(skus: skus, prefix: out)
default:
    fail("usage: csp-bench generate-csv|generate-progress|generate-transcript|portfolio|generate-spreadsheet|generate-graph ...")
}
