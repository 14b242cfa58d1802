import Foundation
import MigrationGuide

/// `import FILE.csv`: customers and originals from a spreadsheet. Every row is checked first; any
/// bad row and nothing is recorded. Importing the same file again changes nothing.
public struct Import: AssistantCommand, Equatable {
    static let file = ArgumentKey("FILE", .word(.text), help: LocalizedText(en: "a UTF-8 CSV file with a header row (columns in the README)", pt: "um arquivo CSV em UTF-8 com cabeçalho (colunas no README)"))

    public static let spec = CommandSpec(
        ["import"], aliases: ["importar"],
        arguments: [file],
        summary: LocalizedText(en: "Load customers and original subscriptions from a CSV file", pt: "Carrega clientes e assinaturas originais de um arquivo CSV"),
        examples: ["import samples/portfolio.csv"])

    public var path: String

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        path = try arguments[Self.file]
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        let text = try FileAccess.readText(path)
        let plan = try PortfolioImport.plan(csv: text, existing: try session.allCustomers(), defaultCurrency: session.defaultCurrency)
        if !plan.isEmpty {
            do {
                try session.store.importBatch(inserting: plan.inserting, updating: plan.updating, journal: session.journalEntry(customer: nil))
            } catch {
                throw .storage(error)
            }
        }
        return Reply(.imported(ImportReport(
            path: path, customersAdded: plan.inserting.count, customersUpdated: plan.updating.count,
            originalsAdded: plan.originalsAdded, rowsUnchanged: plan.rowsUnchanged)))
    }
}

/// Files named on the command line, with errors staff can act on.
enum FileAccess {
    static func readText(_ path: String) throws(CommandError) -> String {
        guard FileManager.default.fileExists(atPath: path) else { throw .file(path: path, problem: .notFound) }
        guard let data = FileManager.default.contents(atPath: path) else { throw .file(path: path, problem: .notReadable) }
        guard let text = String(data: data, encoding: .utf8) else { throw .file(path: path, problem: .notUTF8) }
        return text
    }

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
