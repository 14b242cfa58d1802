import GRDB

/// The database schema, one named migration per change. A migration is never edited once it has
/// shipped: a change is a new migration appended here.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-portfolio") { db in
            try db.create(table: "customer") { t in
                t.column("handle", .text).primaryKey()
                t.column("name", .text).notNull()
                t.column("domain", .text)
                t.column("program", .text).notNull()
                t.column("adminEmail", .text)
                t.column("inviteSentOn", .text)
                t.column("inviteEmail", .text)
                t.column("acceptedOn", .text)
                // Optimistic concurrency: a write names the revision it read.
                t.column("revision", .integer).notNull().defaults(to: 0)
            }
            try db.create(table: "original") { t in
                t.column("customer", .text).notNull().references("customer", onDelete: .cascade)
                t.column("number", .integer).notNull()
                t.column("offer", .text).notNull()
                t.column("seats", .integer).notNull()
                t.column("assigned", .integer).notNull()
                t.column("expires", .text).notNull()
                // Decimal as text: exact, never a binary float.
                t.column("price", .text)
                t.column("currency", .text)
                t.column("autoRenew", .boolean).notNull()
                t.column("endingKind", .text)
                t.column("endedOn", .text)
                t.column("endedEarly", .boolean).notNull().defaults(to: false)
                t.primaryKey(["customer", "number"])
            }
            try db.create(table: "cspSubscription") { t in
                t.column("customer", .text).notNull().references("customer", onDelete: .cascade)
                t.column("number", .integer).notNull()
                t.column("offer", .text).notNull()
                t.column("seats", .integer).notNull()
                t.column("provisionedOn", .text).notNull()
                t.column("replaces", .integer)
                t.column("reassignedOn", .text)
                t.primaryKey(["customer", "number"])
            }
            try db.create(table: "journal") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("recordedAt", .text).notNull()
                t.column("sessionDate", .text).notNull()
                t.column("agent", .text).notNull()
                // No foreign key: the journal outlives removed customers.
                t.column("customer", .text).indexed()
                t.column("command", .text).notNull()
                t.column("warnings", .text).notNull()
            }
            try db.create(table: "setting") { t in
                t.column("name", .text).primaryKey()
                t.column("value", .integer).notNull()
            }
        }
        // Per-program lifecycle, GDAP, billing accounts, the CSP term and pooled replacements. The
        // single pair of lifecycle settings becomes the figure of every program that had no other.
        migrator.registerMigration("v2-advice-by-program") { db in
            try db.alter(table: "customer") { t in t.add(column: "details", .text) }
            try db.alter(table: "original") { t in t.add(column: "startedOn", .text) }
            try db.alter(table: "cspSubscription") { t in t.add(column: "details", .text) }
            // Written out, not read from the settings type: a migration must not change when the code does.
            let programs = ["open", "mosp", "retail", "other"]
            for (former, stage) in [("expired-stage-days", "expired"), ("disabled-stage-days", "disabled")] {
                for program in programs {
                    try db.execute(
                        sql: "INSERT OR REPLACE INTO setting (name, value) SELECT ?, value FROM setting WHERE name = ?",
                        arguments: ["\(program)-\(stage)-days", former])
                }
                try db.execute(sql: "DELETE FROM setting WHERE name = ?", arguments: [former])
            }
        }
        return migrator
    }
}
