import CLibPQ
import Foundation

/// One connection to a PostgreSQL server through libpq: statements with text parameters and text
/// results, errors with their SQLSTATE, notifications, and a reconnect after the server dropped
/// the connection. libpq is synchronous, which suits a shell that runs one command at a time; the
/// connection is used from one thread only.
final class PostgresConnection {
    /// What the server (or libpq, for a lost connection) said about a failed statement.
    struct Failure: Error, Equatable {
        /// Five characters (`23505` a unique violation, `57014` a cancelled statement), or nil when
        /// no server answered: the connection itself failed.
        var sqlState: String?
        var message: String
        var detail: String?

        /// The server stopped, restarted, terminated this backend, or the network failed.
        var connectionLost: Bool { sqlState == nil }
    }

    /// A result's rows, every value as PostgreSQL's text form (nil for NULL).
    struct Rows {
        var values: [[String?]]
        /// Rows changed by an INSERT, UPDATE or DELETE.
        var affected: Int
    }

    /// A NOTIFY received from another connection.
    struct Notification: Equatable {
        var channel: String
        var payload: String
        var senderPID: Int32
    }

    /// The server as messages name it: user, host or socket folder, port and database, never the
    /// password.
    let server: String
    private let handle: OpaquePointer
    /// Statements with parameters, parsed and planned once per connection: the name each was
    /// prepared under. A new backend (after a reconnect) knows none of them.
    private var prepared: [String: String] = [:]
    /// Run after connecting and after every reconnect: session settings and LISTENs do not
    /// survive a new backend.
    var afterConnect: [(sql: String, parameters: [String?])] = []

    /// Connects with a libpq connection string (key=value or a `postgresql://` URL; an empty one
    /// uses the `PG*` variables).
    init(conninfo: String) throws(Failure) {
        if let problem = cpq_load() {
            throw Failure(sqlState: nil, message: String(cString: problem), detail: nil)
        }
        var parseError: UnsafeMutablePointer<CChar>?
        guard cpq_conninfo_valid(conninfo, &parseError) else {
            defer { cpq_free_message(parseError) }
            let reason = parseError.map { String(cString: $0) } ?? "invalid connection string"
            throw Failure(sqlState: "08P01", message: Self.oneLine(reason), detail: nil)
        }
        guard let connection = cpq_connectdb(conninfo) else {
            throw Failure(sqlState: nil, message: "out of memory", detail: nil)
        }
        handle = connection
        cpq_silence_notices(connection)
        server = Self.describe(connection, conninfo: conninfo)
        // Every property is set by now, so `deinit` closes the failed connection.
        guard cpq_connection_ok(connection) else {
            throw Failure(sqlState: nil, message: Self.oneLine(String(cString: cpq_error_message(connection))), detail: nil)
        }
    }

    deinit { cpq_finish(handle) }

    var backendPID: Int32 { cpq_backend_pid(handle) }
    var usesTLS: Bool { cpq_ssl_in_use(handle) }

    /// Runs the connection's set-up statements; call once after `init`.
    func prepareSession() throws(Failure) {
        for statement in afterConnect { _ = try exec(statement.sql, statement.parameters) }
    }

    /// Runs one statement. Parameters are `$1`, `$2`... in text form. A statement with parameters
    /// is prepared the first time and reused: a command runs the same few statements again and
    /// again, and each parse and plan is a server's round of work.
    @discardableResult
    func exec(_ sql: String, _ parameters: [String?] = []) throws(Failure) -> Rows {
        guard !parameters.isEmpty else {
            return try rows(of: cpq_exec_params(handle, sql, 0, nil))
        }
        let name: String
        if let known = prepared[sql] {
            name = known
        } else {
            name = "csp\(prepared.count + 1)"
            _ = try rows(of: cpq_prepare(handle, name, sql, Int32(parameters.count)))
            prepared[sql] = name
        }
        return try rows(of: Self.withCStrings(parameters) { pointers in
            cpq_exec_prepared(handle, name, Int32(pointers.count), pointers)
        })
    }

    /// A result's rows, or its error; the result is freed.
    private func rows(of result: OpaquePointer?) throws(Failure) -> Rows {
        guard let result else {
            throw Failure(sqlState: nil, message: Self.oneLine(String(cString: cpq_error_message(handle))), detail: nil)
        }
        defer { cpq_clear(result) }
        guard cpq_result_ok(result) else {
            let state = cpq_result_error_field(result, CPQ_DIAG_SQLSTATE).map { String(cString: $0) }
            let primary = cpq_result_error_field(result, CPQ_DIAG_MESSAGE_PRIMARY).map { String(cString: $0) }
            let message = primary ?? String(cString: cpq_result_error_message(result))
            let detail = cpq_result_error_field(result, CPQ_DIAG_MESSAGE_DETAIL).map { String(cString: $0) }
            // A lost connection has no SQLSTATE; after `pg_terminate_backend` libpq may still
            // report the server's 57P01 before it notices the socket closed.
            let lost = state == nil || state == "57P01" || state == "57P02" || state == "57P03" || !cpq_connection_ok(handle)
            throw Failure(sqlState: lost ? nil : state, message: Self.oneLine(message), detail: detail)
        }
        let rowCount = Int(cpq_ntuples(result)), columnCount = Int(cpq_nfields(result))
        var values: [[String?]] = []
        values.reserveCapacity(rowCount)
        for row in 0..<rowCount {
            var fields: [String?] = []
            fields.reserveCapacity(columnCount)
            for column in 0..<columnCount {
                fields.append(cpq_value(result, Int32(row), Int32(column)).map { String(cString: $0) })
            }
            values.append(fields)
        }
        let affected = cpq_cmd_tuples(result).flatMap { Int(String(cString: $0)) } ?? 0
        return Rows(values: values, affected: affected)
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try exec("BEGIN")
        do {
            let value = try body()
            try exec("COMMIT")
            return value
        } catch {
            rollbackIfConnected()
            throw error
        }
    }

    /// Ends a failed transaction; a lost connection has none left to roll back.
    func rollbackIfConnected() {
        if cpq_connection_ok(handle) { _ = try? exec("ROLLBACK") }
    }

    /// libpq's last words about the connection, on one line.
    var lastError: String { Self.oneLine(String(cString: cpq_error_message(handle))) }

    /// Whether the connection is up; when it is not, tries once to reconnect (a new backend) and
    /// runs the set-up statements again.
    func reconnectIfNeeded() -> Bool {
        cpq_connection_ok(handle) || forceReconnect()
    }

    /// Reconnects at once: after a failure that left libpq believing the connection is up.
    func forceReconnect() -> Bool {
        prepared.removeAll()
        guard cpq_reset(handle) else { return false }
        cpq_silence_notices(handle)
        do {
            try prepareSession()
            return true
        } catch {
            return false
        }
    }

    /// The notifications that have arrived, without waiting and without a round trip.
    func pendingNotifications() -> [Notification] {
        guard cpq_consume_input(handle) else { return [] }
        var received: [Notification] = []
        while let notify = cpq_next_notify(handle) {
            received.append(Notification(
                channel: String(cString: cpq_notify_channel(notify)), payload: String(cString: cpq_notify_payload(notify)),
                senderPID: cpq_notify_pid(notify)))
            cpq_free_notify(notify)
        }
        return received
    }

    /// Waits up to `timeout` seconds for the server to send something (a notification).
    func waitForInput(timeout: Double) {
        var descriptor = pollfd(fd: cpq_socket(handle), events: Int16(POLLIN), revents: 0)
        guard descriptor.fd >= 0 else { return }
        _ = poll(&descriptor, 1, Int32(timeout * 1000))
    }

    // MARK: - Helpers

    private static func withCStrings<R>(_ values: [String?], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
        let copies = values.map { $0.flatMap { strdup($0) } }
        defer { for copy in copies { free(copy) } }
        return body(copies.map { $0.map { UnsafePointer($0) } })
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// `postgresql://user@host:port/database`, from what libpq resolved (including `PG*`
    /// variables and defaults), else from the connection string: never its password.
    private static func describe(_ connection: OpaquePointer, conninfo: String) -> String {
        func resolved(_ value: UnsafePointer<CChar>?) -> String? {
            guard let value, value.pointee != 0 else { return nil }
            return String(cString: value)
        }
        return describe(conninfo: conninfo, resolved: [
            "user": resolved(cpq_user(connection)), "host": resolved(cpq_host(connection)),
            "port": resolved(cpq_port(connection)), "dbname": resolved(cpq_db(connection)),
        ])
    }

    /// The server a connection string names, before or without a connection: its own values,
    /// else the `PG*` variables libpq would use.
    static func describe(conninfo: String, resolved: [String: String?] = [:]) -> String {
        let environment = ProcessInfo.processInfo.environment
        let variables = ["user": "PGUSER", "host": "PGHOST", "port": "PGPORT", "dbname": "PGDATABASE"]
        let loaded = cpq_load() == nil
        func field(_ keyword: String) -> String {
            if let value = resolved[keyword] ?? nil { return value }
            if loaded, let parsed = cpq_conninfo_value(conninfo, keyword) {
                defer { cpq_free_message(parsed) }
                return String(cString: parsed)
            }
            return variables[keyword].flatMap { environment[$0] } ?? ""
        }
        let user = field("user"), host = field("host"), port = field("port"), database = field("dbname")
        return "postgresql://" + (user.isEmpty ? "" : user + "@") + host + (port.isEmpty ? "" : ":" + port) + "/" + database
    }
}
