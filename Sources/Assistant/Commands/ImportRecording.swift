import Foundation
import MigrationGuide

/// What every `import` does once its files are read: refuse the whole import when any file has a
/// problem (listing the first few, all of them in FILE.errors.csv), otherwise record every change
/// in one transaction journaled with the command line (which names the files), or, with
/// `--dry-run`, record nothing; either way reply with the summary table.
enum ImportRecording {
    /// Problems listed in the reply; the rest go to the errors file.
    static let listedProblems = 20

    /// The errors file goes beside the first file with a problem, through the session's write
    /// path (a replay keeps it in its sandbox); a dry run writes nothing, and it replaces only an
    /// earlier errors list, never another file.
    static func refuse(_ problems: [ImportProblem], dryRun: Bool, in session: Session) -> CommandError {
        var errorsFile: String?
        if problems.count > listedProblems, !dryRun, let firstFile = problems.first?.place.file, !firstFile.isEmpty {
            let path = errorsPath(for: firstFile)
            let phrases = TextRenderer(language: session.language).phrases
            let lines = [errorsHeader] + problems.map { problem in
                PortfolioExport.row([phrases.importWords(.place(problem.place)), problem.error.code.rawValue, phrases.error(problem.error)])
            }
            if (try? session.write(lines.joined(separator: "\n") + "\n", to: path, overwrite: isErrorsList(session, path))) != nil { errorsFile = path }
        }
        return .importing(.refused(problems: Array(problems.prefix(listedProblems)), total: problems.count, errorsFile: errorsFile))
    }

    /// `portfolio.csv` → `portfolio.csv.errors.csv`: beside the file, never over it.
    static func errorsPath(for file: String) -> String { file + ".errors.csv" }

    static let errorsHeader = "place,code,message"

    /// An earlier import's errors list at `path` (as the session would write it), which a new one may replace.
    private static func isErrorsList(_ session: Session, _ path: String) -> Bool {
        guard let target = try? session.writeTarget(path, overwrite: true),
              let handle = FileHandle(forReadingAtPath: target) else { return false }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: errorsHeader.utf8.count + 1)) ?? Data()
        return String(decoding: start, as: UTF8.self).hasPrefix(errorsHeader + "\n")
    }

    static func record(
        _ summary: ImportSummary, inserting: [Customer], updating: [Customer], customer: Handle?, in session: Session
    ) throws(CommandError) -> Reply {
        var summary = summary
        let changed = summary.lines.contains { $0.outcome == .new || $0.outcome == .changed }
        summary.customersAdded = inserting.count
        summary.customersUpdated = changed ? updating.count : 0
        if !summary.dryRun, changed {
            do {
                // One entry per customer added or changed, so that `log HANDLE` finds the import.
                let handles = (inserting + updating).map(\.handle)
                let journal = handles.isEmpty ? [session.journalEntry(customer: customer)] : handles.map { session.journalEntry(customer: $0) }
                try session.store.importBatch(inserting: inserting, updating: updating, journal: journal)
            } catch {
                throw .storage(error)
            }
        }
        return Reply(.importSummary(summary))
    }

    /// Reads a named file's bytes, with errors staff can act on.
    static func data(_ path: String, limit: Int) throws(CommandError) -> Data {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { throw .file(path: path, problem: .notFound) }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limit {
            throw .file(path: path, problem: .tooLarge(limit: limit))
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw .file(path: path, problem: .notReadable) }
        return data
    }

    /// A spreadsheet's text, and how it was read when that is worth saying.
    static func spreadsheet(_ path: String) throws(CommandError) -> (SourceText, FileReading?) {
        let source = SourceText(try data(path, limit: spreadsheetLimit))
        let separator = DelimitedText.separator(ofHeader: source.text)
        let reading = source.encoding == .utf8 && separator == "," ? nil
            : FileReading(file: path, encoding: source.encoding, separator: separator == "," ? nil : (separator == "\t" ? "tab" : String(separator)))
        return (source, reading)
    }

    /// Far above a 100,000-row portfolio (about 12 MB).
    static let spreadsheetLimit = 256 << 20
}
