// libFuzzer target: any bytes as a line, through the tokenizer, the parser, the question reader
// and a session.
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
    // A small portfolio, so that commands reach their rules, not only "unknown customer", and a
    // question asked first, so that the line may also be read as a follow-up.
    for setup in [
        "customer add contoso --name Contoso", "license add contoso E3 --seats 5 --expires 2027-01-31",
        "license add contoso \"Visio Plan 2\" --seats 2 --expires 2026-12-20", "accept contoso",
        "customer add padaria-sao-joao --name \"Padaria São João\"", "can contoso cancel the E3?",
    ] {
        _ = session.execute(setup)
    }
    for input in [line, "e a padaria?"] {
        let reply = session.execute(input)
        _ = TextRenderer(language: .ptBR, style: Style(enabled: true)).render(reply)
        _ = JSONRenderer(language: .en).render(reply, command: input)
    }
    return 0
}

@main
enum FuzzParserMain {
    static func main() { runFuzzer(fuzzParser, name: "parser") }
}
