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
