// libFuzzer target: any bytes as a transcript file, read, replayed and reported.
// Built by scripts/fuzz with -sanitize=fuzzer; an ordinary build gets a main that says so.
import Assistant
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
enum FuzzTranscriptMain {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, fuzzTranscript))
        #else
        print("This is a libFuzzer target: run scripts/fuzz transcript")
        #endif
    }
}
