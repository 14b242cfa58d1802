import ArgumentParser
import CMemory
import Foundation

// Buffers of 128 KiB and more are mapped, and unmapped when freed, at every size: glibc otherwise
// raises that threshold each time such a buffer is freed, after which the whole portfolio's arrays
// and text come from the heap, whose freed space is not given back; at 100,000 customers that was
// a tenth of a one-shot `advise`'s peak memory.
csp_map_buffers_from(128 * 1024)

// Bad program flags exit with 2 (not ArgumentParser's 64), so scripts can tell them from failed commands.
// A password written in a connection string (`--db postgresql://ana:secret@...`) is blotted out
// of this process's arguments at once, so that `ps` does not show it to others.
ConnectionStringPassword.hideInArguments()
do {
    var command = try CSPMigrate.parseAsRoot()
    try command.run()
} catch let exit as ExitCode {
    Foundation.exit(exit.rawValue)
} catch {
    if CSPMigrate.exitCode(for: error) == .success {
        CSPMigrate.exit(withError: error)
    }
    FileHandle.standardError.write(Data((CSPMigrate.fullMessage(for: error) + "\n").utf8))
    Foundation.exit(2)
}
