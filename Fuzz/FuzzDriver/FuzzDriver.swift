// The entry point shared by the libFuzzer targets. SwiftPM renames an executable's entry point,
// so libFuzzer's own main cannot be used: ours starts libFuzzer's driver instead.
#if FUZZING
import Glibc

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt
#endif

/// Runs `target` under libFuzzer when built by scripts/fuzz; an ordinary build only says how.
public func runFuzzer(_ target: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt, name: String) {
    #if FUZZING
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(runFuzzerDriver(&argc, &argv, target))
    #else
    print("This is a libFuzzer target: run scripts/fuzz \(name)")
    #endif
}
