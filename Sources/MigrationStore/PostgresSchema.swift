/// The team store's migrations: `Schema.migrations` in PostgreSQL's dialect, in the same order and
/// under the same identifiers as the SQLite store's, each followed by what only the team store
/// needs. Applied identifiers are kept in `csp_migrations`, in the store's schema.
enum PostgresSchema {
    static let migrationsTable = "csp_migrations"

    /// Statements that follow a shared migration of the same identifier, in the same transaction.
    static let additions: [String: [String]] = [
        "v1-portfolio": [
            // The journal names the role that wrote each entry: agents' roles are granted INSERT on
            // every column but this one (README), so no one can write in another's name.
            #"ALTER TABLE "journal" ALTER COLUMN "agent" SET DEFAULT session_user"#,
            // Every open shell listens on its schema's channel and is told each new entry's id at
            // commit, whoever wrote it.
            """
            CREATE FUNCTION "journal_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('csp_migrate_' || TG_TABLE_SCHEMA, NEW."id"::text);
                RETURN NULL;
            END $$
            """,
            #"CREATE TRIGGER "journal_notify" AFTER INSERT ON "journal" FOR EACH ROW EXECUTE FUNCTION "journal_notify"()"#,
        ],
    ]

    static var identifiers: [String] { Schema.migrations.map(\.identifier) }

    static func statements(of migration: SchemaMigration) -> [String] {
        migration.statements(.postgreSQL) + (additions[migration.identifier] ?? [])
    }
}
