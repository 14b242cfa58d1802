import Foundation

/// Files named on the command line, with errors staff can act on.
enum FileAccess {
    static func readText(_ path: String) throws(CommandError) -> String {
        guard FileManager.default.fileExists(atPath: path) else { throw .file(path: path, problem: .notFound) }
        guard let data = FileManager.default.contents(atPath: path) else { throw .file(path: path, problem: .notReadable) }
        guard let text = String(data: data, encoding: .utf8) else { throw .file(path: path, problem: .notUTF8) }
        return text
    }

    static func write(_ text: String, to path: String) throws(CommandError) {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .file(path: path, problem: .notWritable)
        }
    }
}
