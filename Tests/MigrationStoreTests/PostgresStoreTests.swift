import Foundation
import GRDB
import MigrationGuide
@testable import MigrationStore
import StoreTestSupport
import Testing

@Suite("PostgreSQL team store", .enabled(if: TeamDatabase.server != nil, "needs the test run's PostgreSQL server (make test starts one)"))
struct PostgresStoreTests {
    @Test("what only the team store adds follows migrations the shared list has")
    func additionsFollowSharedMigrations() {
        #expect(Set(PostgresSchema.additions.keys).isSubset(of: Schema.migrations.map(\.identifier)))
    }

    @Test("a new schema is created and migrated once, also when several sessions open it at once")
    func creation() async throws {
        let team = try TeamDatabase()
        let conninfo = team.conninfo
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<4 { group.addTask { _ = try PostgresStore(conninfo: conninfo) } }
            try await group.waitForAll()
        }
        #expect(try team.sql("SELECT identifier FROM csp_migrations ORDER BY identifier").map { $0[0] } == Schema.migrations.map(\.identifier).sorted())
    }

    @Test("a schema from a newer version is refused and left untouched")
    func newerSchema() throws {
        let team = try TeamDatabase()
        let store = try PostgresStore(conninfo: team.conninfo)
        let customer = try fullCustomer()
        try store.insert(customer, journal: entry(customer.handle, "add"))
        try team.sql("INSERT INTO csp_migrations VALUES ('v9-future')")
        let before = try team.sql("SELECT count(*) FROM pg_tables WHERE schemaname = $1", [team.schema])
        #expect(throws: StoreError.unavailable(path: store.server, problem: .newerSchema(unknown: ["v9-future"]))) {
            try PostgresStore(conninfo: team.conninfo)
        }
        #expect(try team.sql("SELECT count(*) FROM pg_tables WHERE schemaname = $1", [team.schema]) == before)
        #expect(try team.sql("SELECT count(*) FROM journal") == [["1"]])
    }

    @Test("the journal names the database role, whatever name the session gives")
    func agentIsTheRole() throws {
        let team = try TeamDatabase(owner: "bruno")
        let store = try PostgresStore(conninfo: team.conninfo(as: "bruno"))
        #expect(store.role == "bruno")
        let customer = try fullCustomer()
        try store.insert(customer, journal: entry(customer.handle, "customer add contoso"))
        #expect(try store.journal(for: nil, since: nil).map(\.agent) == ["bruno"])
    }

    @Test("an agent's role may read and write rows but neither change the schema nor write another's name")
    func leastPrivilege() throws {
        let team = try TeamDatabase(owner: "desk_owner")
        let owner = try PostgresStore(conninfo: team.conninfo(as: "desk_owner"))
        // As the README grants it.
        try team.sql("DO $$ BEGIN CREATE ROLE ana LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
        try team.sql("GRANT USAGE ON SCHEMA \(team.schema) TO ana")
        try team.sql(#"GRANT SELECT, INSERT, UPDATE, DELETE ON customer, original, "cspSubscription", setting, "partnerSetting" TO ana"#)
        try team.sql(#"GRANT SELECT, INSERT ("recordedAt", "sessionDate", customer, command, warnings) ON journal TO ana"#)
        try team.sql("GRANT SELECT ON csp_migrations TO ana")
        let ana = try PostgresStore(conninfo: team.conninfo(as: "ana"))
        let customer = try fullCustomer()
        try ana.insert(customer, journal: entry(customer.handle, "customer add contoso"))
        #expect(try owner.journal(for: nil, since: nil).map(\.agent) == ["ana"])
        let forged = try PostgresConnection(conninfo: team.conninfo(as: "ana"))
        #expect(throws: PostgresConnection.Failure.self) {
            try forged.exec(#"INSERT INTO journal ("recordedAt", "sessionDate", agent, command, warnings) VALUES ('x', '2026-11-29', 'bruno', 'forged', '[]')"#)
        }
        #expect(throws: PostgresConnection.Failure.self) { try forged.exec("DROP TABLE customer") }
        // An upgrade the agent's role cannot make is refused, naming the role's problem.
        try team.sql("DELETE FROM csp_migrations")
        do {
            _ = try PostgresStore(conninfo: team.conninfo(as: "ana"))
            Issue.record("an agent's role migrated the schema")
        } catch {
            guard case .unavailable(_, .permissionDenied) = error else { Issue.record("unexpected \(error)"); return }
        }
    }

    @Test("a command waiting on another session's lock gives up after the statement timeout, recording nothing")
    func statementTimeout() throws {
        let team = try TeamDatabase()
        let store = try PostgresStore(conninfo: team.conninfo, statementTimeout: 1)
        var (customer, blocker) = try customerHeldElsewhere(store, team)
        customer.name = "Changed"
        #expect(throws: StoreError.unavailable(path: store.server, problem: .timedOut(seconds: 1))) {
            try store.update(customer, journal: entry(customer.handle, "edit"))
        }
        try blocker.exec("ROLLBACK")
        #expect(try store.journal(for: nil, since: nil).map(\.command) == ["add"])
        try store.update(customer, journal: entry(customer.handle, "edit"))
        #expect(try store.customer(customer.handle)?.name == "Changed")
    }

    @Test("a backend ended between two commands: the next command reconnects and runs")
    func terminatedBetweenCommands() throws {
        let team = try TeamDatabase(owner: "carla")
        let store = try PostgresStore(conninfo: team.conninfo(as: "carla"))
        let a = try fullCustomer("a"), b = try fullCustomer("b")
        try store.insert(a, journal: entry(a.handle, "add a"))
        #expect(try team.terminateBackends(of: "carla") == 1)
        try store.insert(b, journal: entry(b.handle, "add b"))
        #expect(try team.terminateBackends(of: "carla") == 1)
        #expect(try store.allCustomers().map(\.handle) == [a.handle, b.handle])
        #expect(try store.journal(for: nil, since: nil).map(\.command) == ["add a", "add b"])
    }

    @Test("a backend ended in the middle of a command: refused with the server named, nothing half-recorded, the session goes on")
    func terminatedMidCommand() throws {
        let team = try TeamDatabase(owner: "dario")
        let store = try PostgresStore(conninfo: team.conninfo(as: "dario"))
        // Another session holds the customer, so the change waits mid-transaction while its
        // backend is ended.
        var (customer, blocker) = try customerHeldElsewhere(store, team)
        let admin = team.conninfo
        let killer = Thread {
            Thread.sleep(forTimeInterval: 0.5)
            _ = try? PostgresConnection(conninfo: admin).exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'dario'")
        }
        killer.start()
        customer.name = "Half"
        do {
            try store.update(customer, journal: entry(customer.handle, "edit"))
            Issue.record("the change went through a terminated backend")
        } catch {
            guard case .unavailable(let server, .serverUnreachable) = error else { Issue.record("unexpected \(error)"); return }
            #expect(server == store.server)
        }
        try blocker.exec("ROLLBACK")
        #expect(try store.journal(for: nil, since: nil).map(\.command) == ["add"])
        #expect(try store.customer(customer.handle)?.name != "Half")
        try store.update(customer, journal: entry(customer.handle, "edit"))
        #expect(try store.customer(customer.handle)?.name == "Half")
    }

    /// A customer recorded and read through `store`, then locked by another connection's open
    /// transaction (ended with ROLLBACK on the returned connection).
    private func customerHeldElsewhere(_ store: PostgresStore, _ team: TeamDatabase) throws -> (Customer, PostgresConnection) {
        let customer = try fullCustomer()
        try store.insert(customer, journal: entry(customer.handle, "add"))
        let read = try #require(try store.customer(customer.handle))
        let blocker = try PostgresConnection(conninfo: team.conninfo)
        try blocker.exec("BEGIN")
        try blocker.exec("SELECT * FROM customer FOR UPDATE")
        return (read, blocker)
    }

    @Test("connection strings: URLs and key=value select the team store; files do not")
    func connectionStrings() {
        #expect(PostgresStore.isConnectionString("postgresql://ana@db.example/desk"))
        #expect(PostgresStore.isConnectionString("postgres://db.example/desk"))
        #expect(PostgresStore.isConnectionString("host=db.example dbname=desk"))
        #expect(PostgresStore.isConnectionString("dbname=desk"))
        #expect(!PostgresStore.isConnectionString("state.sqlite"))
        #expect(!PostgresStore.isConnectionString("/tmp/a=b.sqlite"))
        #expect(!PostgresStore.isConnectionString(":memory:"))
        #expect(PostgresStore.hasPassword("postgresql://ana:s3cret@db.example/desk"))
        #expect(PostgresStore.hasPassword("host=db password=s3cret"))
        #expect(!PostgresStore.hasPassword("postgresql://ana@db.example/desk"))
        #expect(PostgresStore.describe("postgresql://ana:s3cret@db.example:5433/desk?sslmode=require") == "postgresql://ana@db.example:5433/desk")
    }

    @Test("an unreachable server is named without the password, and nothing is opened")
    func unreachable() throws {
        do {
            _ = try PostgresStore(conninfo: "postgresql://ana:s3cret@127.0.0.1:1/desk?connect_timeout=2")
            Issue.record("connected to nothing")
        } catch {
            guard case .unavailable(let server, .serverUnreachable(let reason)) = error else { Issue.record("unexpected \(error)"); return }
            #expect(server == "postgresql://ana@127.0.0.1:1/desk")
            #expect(!"\(error)".contains("s3cret"))
            #expect(!reason.isEmpty)
        }
    }
}

@Suite("PostgreSQL team store: the server stopped and started", .enabled(if: TeamDatabase.server != nil, "needs PostgreSQL (make test provides it)"))
struct PostgresServerRestartTests {
    @Test("stopped: the command is refused naming the server, nothing is recorded, and the next command after the start runs")
    func stoppedAndStarted() throws {
        let server = try PrivateServer()
        let store = try PostgresStore(conninfo: server.conninfo)
        let a = try fullCustomer("a"), b = try fullCustomer("b")
        try store.insert(a, journal: entry(a.handle, "add a"))
        try server.stop()
        for attempt in ["while stopped", "still stopped"] {
            do {
                try store.insert(b, journal: entry(b.handle, "add b"))
                Issue.record("recorded with the server stopped (\(attempt))")
            } catch {
                guard case .unavailable(let named, .serverUnreachable) = error else { Issue.record("unexpected \(error)"); continue }
                #expect(named == store.server)
                #expect(named.contains(server.folder))
            }
        }
        #expect(throws: StoreError.self) { try store.allCustomers() }
        try server.start()
        try store.insert(b, journal: entry(b.handle, "add b"))
        #expect(try store.journal(for: nil, since: nil).map(\.command) == ["add a", "add b"])
        #expect(try store.allCustomers().map(\.handle) == [a.handle, b.handle])
    }

    @Test("restarted between two commands: the next command reconnects by itself and runs")
    func restartedBetweenCommands() throws {
        let server = try PrivateServer()
        let store = try PostgresStore(conninfo: server.conninfo)
        let a = try fullCustomer("a")
        try store.insert(a, journal: entry(a.handle, "add a"))
        #expect(try store.allCustomers().count == 1)
        try server.stop()
        try server.start()
        var changed = try #require(try store.customer(a.handle))
        changed.name = "After the restart"
        try store.update(changed, journal: entry(a.handle, "edit"))
        #expect(try store.customer(a.handle)?.name == "After the restart")
        #expect(try store.journal(for: nil, since: nil).count == 2)
    }
}
