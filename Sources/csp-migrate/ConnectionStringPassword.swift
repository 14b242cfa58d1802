import Foundation
import MigrationStore

/// Passwords in connection strings given on the command line.
enum ConnectionStringPassword {
    /// Copies the arguments for parsing, then overwrites every password inside them with `x` in
    /// the process's own argument memory, which is what `ps` and /proc/PID/cmdline read.
    static func hideInArguments() {
        let arguments = CommandLine.arguments
        guard arguments.contains(where: { PostgresStore.isConnectionString($0) || $0.hasPrefix("--db=") }) else { return }
        // ArgumentParser reads `CommandLine.arguments`, copied above before the memory changes.
        for index in 0..<Int(CommandLine.argc) {
            guard let argument = CommandLine.unsafeArgv[index] else { continue }
            let text = String(cString: argument)
            for range in PostgresStore.passwordRanges(in: text) {
                let start = text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound)
                let length = text.utf8.distance(from: range.lowerBound, to: range.upperBound)
                for offset in start..<(start + length) { argument[offset] = CChar(UInt8(ascii: "x")) }
            }
        }
    }
}
