import Foundation

/// A PostgreSQL server of a test's own, for tests that stop and start it: the shared server of
/// the run must stay up for every other test. Made the way `scripts/with-postgres` makes it (the
/// binaries it found are in `CSP_TEST_POSTGRES_BIN`), in a temporary folder removed afterwards.
public final class PrivateServer {
    public let folder: String
    public let port: Int
    /// Connects over the server's Unix socket as the superuser.
    public var conninfo: String { "host=\(folder) port=\(port) user=\(NSUserName()) dbname=postgres" }
    private let binaries: String

    public init() throws {
        guard let binaries = ProcessInfo.processInfo.environment["CSP_TEST_POSTGRES_BIN"] else { throw TeamDatabase.Unavailable() }
        self.binaries = binaries
        folder = try Self.run(["/bin/mktemp", "-d", "/tmp/pgp.XXXXXX"]).trimmingCharacters(in: .whitespacesAndNewlines)
        port = Int.random(in: 20_000...60_000)
        if getuid() == 0 { _ = try Self.run(["/bin/chown", "postgres:", folder]) }
        _ = try asServer(["\(binaries)/initdb", "-D", "\(folder)/data", "-U", NSUserName(), "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])
        try start()
    }

    public func start() throws {
        _ = try asServer(["\(binaries)/pg_ctl", "-D", "\(folder)/data", "-l", "\(folder)/server.log", "-w", "-t", "30",
                          "-o", "-k \(folder) -h '' -p \(port) -c fsync=off", "start"])
    }

    public func stop() throws {
        _ = try asServer(["\(binaries)/pg_ctl", "-D", "\(folder)/data", "-w", "-t", "30", "-m", "fast", "stop"])
    }

    deinit {
        try? stop()
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// initdb and pg_ctl refuse to run as root: as root they run as the postgres account.
    private func asServer(_ arguments: [String]) throws -> String {
        try Self.run(getuid() == 0 ? ["/usr/sbin/runuser", "-u", "postgres", "--"] + arguments : arguments)
    }

    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs a program to its end; its output, kept in a file, explains a failure.
    @discardableResult
    static func run(_ arguments: [String]) throws -> String {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("csp-pg-\(UUID().uuidString).log").path
        defer { try? FileManager.default.removeItem(atPath: log) }
        let status = try spawnClosingDescriptors(arguments, output: log)
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        guard status == 0 else { throw Failed(description: "\(arguments.joined(separator: " ")): \(text)") }
        return text
    }
}
