import Foundation
import GRDB

/// Opening an SQLite file: its folder and the file itself created private to their owner, a file
/// its owner cannot write refused, the migration gate, and WAL.
extension SQLiteStore {
    /// How long a command waits for another session's write before it is told to retry.
    public static let busyTimeout: TimeInterval = 5

    /// The default file: `$XDG_DATA_HOME/csp-migrate/state.sqlite`, else `~/.local/share/...`.
    public static func defaultPath(environment: [String: String]) -> String {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/csp-migrate/state.sqlite" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/csp-migrate/state.sqlite"
    }

    /// Every commit synced (WAL's `FULL`): what a command reports as recorded survives a power cut.
    static let durableSynchronous = "PRAGMA synchronous = FULL"

    /// Opens the file (creating it with its folders, mode 0600, when missing) and migrates it. A file
    /// written by a newer schema is refused untouched.
    static func openFile(at path: String, busyTimeout: TimeInterval) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        // Stated, not left to how SQLite was built: in WAL mode FULL syncs the log at every commit,
        // so a command reported as recorded survives a crash or a power cut right after it.
        configuration.prepareDatabase { db in try db.execute(sql: durableSynchronous) }
        try prepareFile(at: path)
        // One connection: a command runs one statement at a time, and each extra connection costs
        // start-up. Concurrency between processes comes from SQLite's file locks.
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        // Looked at through reads first, so that a database from a newer version is never written
        // to, not even to switch its journal mode.
        try SQLiteMigrations.refuseNewer(queue, path: path)
        // WAL, so that a reader in another session never blocks this one's writes; it is stored in
        // the file, so this is a write only the first time.
        if try queue.read({ db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }) != "wal" {
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
        }
        try SQLiteMigrations.migrate(queue)
        try createKeptSummaries(queue)
        return queue
    }

    private static func prepareFile(at path: String) throws {
        let manager = FileManager.default
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !manager.fileExists(atPath: folder) {
            do {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreError.unavailable(path: path, problem: .cannotCreate((error as NSError).localizedDescription))
            }
        }
        if !manager.fileExists(atPath: path) {
            // Created here, before SQLite, so that it is private to its owner from the start.
            guard manager.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw StoreError.unavailable(path: path, problem: manager.isWritableFile(atPath: folder.isEmpty ? "." : folder) ? .cannotCreate("the file cannot be created") : .readOnly)
            }
        } else {
            // A file its owner marked read-only is refused even for root, who could write it anyway.
            let mode = (try? manager.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? 0o600
            if mode & 0o200 == 0 || !manager.isWritableFile(atPath: path) || !manager.isReadableFile(atPath: path) {
                throw StoreError.unavailable(path: path, problem: .readOnly)
            }
        }
    }
}
