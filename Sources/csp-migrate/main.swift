import ArgumentParser
import Foundation

// Bad program flags exit with 2 (not ArgumentParser's 64), so scripts can tell them from failed commands.
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
