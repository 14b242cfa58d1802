import Foundation
@testable import MigrationStore

/// A private schema on the throwaway PostgreSQL server that `scripts/with-postgres` starts for the
/// test run (its connection string in `CSP_TEST_POSTGRES`): each test gets an empty one, dropped
/// afterwards, so tests run in parallel against one server.
public final class TeamDatabase {
    /// The server's connection string, when the run has one (`make test` always does).
    public static let server: String? = {
        guard let value = ProcessInfo.processInfo.environment["CSP_TEST_POSTGRES"], !value.isEmpty else { return nil }
        return value
    }()

    public let schema: String
    /// Connects to this schema as the server's superuser.
    public let conninfo: String
    private let admin: PostgresConnection

    /// - Parameter owner: a role to own the schema (created when missing); the superuser when nil.
    public init(owner: String? = nil) throws {
        guard let server = Self.server else { throw Unavailable() }
        schema = "t" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(20).lowercased()
        conninfo = server + " options='-csearch_path=\(schema)'"
        admin = try PostgresConnection(conninfo: server)
        if let owner { try Self.ensureRole(owner, admin) }
        try admin.exec("CREATE SCHEMA \(schema)" + (owner.map { " AUTHORIZATION \(PostgresStore.quotedIdentifier($0))" } ?? ""))
    }

    /// The connection string for this schema as another role.
    public func conninfo(as role: String) -> String { conninfo + " user=\(role)" }

    /// Runs SQL as the superuser, in this schema.
    @discardableResult
    public func sql(_ statement: String, _ parameters: [String?] = []) throws -> [[String?]] {
        try admin.exec("SET search_path TO \(schema)")
        return try admin.exec(statement, parameters).values
    }

    /// Ends every other connection to this schema's database made by `role` (the server's
    /// `pg_terminate_backend`), as when an administrator or a failover drops them.
    public func terminateBackends(of role: String) throws -> Int {
        try admin.exec("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = $1 AND pid <> pg_backend_pid()", [role])
            .values.first?.first.flatMap { $0 }.flatMap { Int($0) } ?? 0
    }

    static func ensureRole(_ role: String, _ connection: PostgresConnection) throws {
        do {
            try connection.exec("CREATE ROLE \(PostgresStore.quotedIdentifier(role)) LOGIN")
        } catch {
            // Tests running in parallel create the same role: one wins, the others find it there.
            guard error.sqlState == "42710" || error.sqlState == "23505" else { throw error }
        }
    }

    deinit {
        _ = try? admin.exec("DROP SCHEMA IF EXISTS \(schema) CASCADE")
    }

    public struct Unavailable: Error, CustomStringConvertible {
        public var description: String { "no PostgreSQL server for the tests: run them through scripts/with-postgres (make test does)" }
    }
}
