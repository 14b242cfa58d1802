/// The team store's schema: the same named migrations, in the same order, as the SQLite store's
/// (`Schema`), written for PostgreSQL. A migration is never edited once shipped: a change is a new
/// migration appended to both lists. Column names are left unquoted, so they fold to lower case
/// and the SQL shared with SQLite (`CustomerRecord.selection`...) reads them as written.
enum PostgresSchema {
    /// Applied migrations are kept in this table of the store's schema.
    static let migrationsTable = "csp_migrations"

    static let migrations: [(identifier: String, sql: [String])] = [
        ("v1-portfolio", [
            """
            CREATE TABLE customer (
                handle text PRIMARY KEY,
                name text NOT NULL,
                domain text,
                program text NOT NULL,
                adminEmail text,
                inviteSentOn text,
                inviteEmail text,
                acceptedOn text,
                revision integer NOT NULL DEFAULT 0)
            """,
            """
            CREATE TABLE original (
                customer text NOT NULL REFERENCES customer(handle) ON DELETE CASCADE,
                number integer NOT NULL,
                offer text NOT NULL,
                seats integer NOT NULL,
                assigned integer NOT NULL,
                expires text NOT NULL,
                price text,
                currency text,
                autoRenew boolean NOT NULL,
                endingKind text,
                endedOn text,
                endedEarly boolean NOT NULL DEFAULT false,
                PRIMARY KEY (customer, number))
            """,
            """
            CREATE TABLE cspSubscription (
                customer text NOT NULL REFERENCES customer(handle) ON DELETE CASCADE,
                number integer NOT NULL,
                offer text NOT NULL,
                seats integer NOT NULL,
                provisionedOn text NOT NULL,
                replaces integer,
                reassignedOn text,
                PRIMARY KEY (customer, number))
            """,
            // The agent is the database role that wrote the entry: agents' roles are granted
            // INSERT on every column but this one, so no one can write in another's name.
            """
            CREATE TABLE journal (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                recordedAt text NOT NULL,
                sessionDate text NOT NULL,
                agent text NOT NULL DEFAULT session_user,
                customer text,
                command text NOT NULL,
                warnings text NOT NULL)
            """,
            "CREATE INDEX journal_customer ON journal (customer)",
            "CREATE TABLE setting (name text PRIMARY KEY, value integer NOT NULL)",
            // Every open shell listens on its schema's channel and is told each new entry's id at
            // commit, whoever wrote it (the copy command included).
            """
            CREATE FUNCTION journal_notify() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('csp_migrate_' || TG_TABLE_SCHEMA, NEW.id::text);
                RETURN NULL;
            END $$
            """,
            "CREATE TRIGGER journal_notify AFTER INSERT ON journal FOR EACH ROW EXECUTE FUNCTION journal_notify()",
        ]),
    ]

    static var identifiers: [String] { migrations.map(\.identifier) }
}
