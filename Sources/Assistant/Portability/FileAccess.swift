import Foundation

/// Files named on the command line, with errors staff can act on.
enum FileAccess {
    static func write(_ text: String, to path: String) throws(CommandError) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw .file(path: path, problem: .folderMissing)
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .file(path: path, problem: .notWritable)
        }
    }
}
