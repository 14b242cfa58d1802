import GRDB

/// The migration gate of an SQLite file: `Schema.migrations` applied in order through GRDB's
/// migrator, which records each identifier in `grdb_migrations`.
enum SQLiteMigrations {
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        for migration in Schema.migrations {
            migrator.registerMigration(migration.identifier) { db in
                for statement in migration.statements(.sqlite) { try db.execute(sql: statement) }
            }
        }
        return migrator
    }()

    /// Refuses a database that holds a migration this version does not know, checked with a read
    /// so that a newer file is never written to.
    static func refuseNewer(_ reader: some DatabaseReader, path: String) throws {
        let unknown = try reader.read { db in try migrator.appliedIdentifiers(db).subtracting(migrator.migrations) }
        guard unknown.isEmpty else { throw StoreError.unavailable(path: path, problem: .newerSchema(unknown: unknown.sorted())) }
    }

    /// Applies what is missing. Up to date is the common case: checked with a read, without taking
    /// the write lock.
    static func migrate(_ writer: some DatabaseWriter) throws {
        if try !writer.read({ db in try migrator.hasCompletedMigrations(db) }) {
            try migrator.migrate(writer)
        }
    }
}
