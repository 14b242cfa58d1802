// libFuzzer target: any bytes as a transcript file, read, replayed and reported.
// Built by scripts/fuzz with -sanitize=fuzzer; an ordinary build gets a main that says so.
import Assistant
import FuzzDriver
import Foundation
import MigrationStore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTranscript(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let transcript = try? Transcript.parse(Data(bytes: data, count: size), path: "fuzz.txt") else { return 0 }
    // Replays at most a few commands: the reader is under test, not the whole engine's speed.
    var short = transcript
    short.entries = Array(transcript.entries.prefix(8))
    if let result = try? TranscriptReplayer.replay(short, store: InMemoryStore()) {
        _ = ReplayReport.summary(result)
        _ = ReplayReport.updatedText(result)
    }
    return 0
}

@main
enum FuzzTranscriptMain {
    static func main() { runFuzzer(fuzzTranscript, name: "transcript") }
}
