// libFuzzer target: any bytes as a command line, through the tokenizer, the parser and a session.
// Built by scripts/fuzz with -sanitize=fuzzer; an ordinary build gets a main that says so.
import Assistant
import FuzzDriver
import MigrationGuide
import MigrationStore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let line = String(validating: bytes, as: UTF8.self),
          let today = CalendarDate(iso: "2026-11-28"),
          let session = try? Session(store: InMemoryStore(), today: today) else { return 0 }
    // A small portfolio, so that commands reach their rules, not only "unknown customer".
    for setup in ["customer add contoso --name Contoso", "license add contoso E3 --seats 5 --expires 2027-01-31", "accept contoso"] {
        _ = session.execute(setup)
    }
    let reply = session.execute(line)
    _ = TextRenderer(language: .ptBR).render(reply)
    _ = JSONRenderer(language: .en).render(reply, command: line)
    return 0
}

@main
enum FuzzParserMain {
    static func main() { runFuzzer(fuzzParser, name: "parser") }
}
