import ArgumentParser
import Foundation

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
