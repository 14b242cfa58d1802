import GRDB

// SQLite's errors, as GRDB reports them, as `StoreError`s.

extension StoreError {
    /// What an error from GRDB means to the user of the file at `path`.
    static func from(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if error is StoredValue.Invalid { return .unavailable(path: path, problem: .notADatabase) }
        guard let error = error as? DatabaseError else {
            return .unavailable(path: path, problem: .sqlite(code: -1, message: "\(error)"))
        }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .unavailable(path: path, problem: .notADatabase)
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN: return .unavailable(path: path, problem: .readOnly)
        default: return .unavailable(path: path, problem: .sqlite(code: error.resultCode.rawValue, message: error.message ?? ""))
        }
    }
}
