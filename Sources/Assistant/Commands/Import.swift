import Foundation
import MigrationGuide

/// `import FILE`: customers, originals and CSP subscriptions from a spreadsheet, as Excel writes
/// it in English or Portuguese, or as `export` wrote it. Every row is checked first; any problem
/// and nothing is recorded. Importing the same file again changes nothing.
public struct Import: AssistantCommand, Equatable {
    static let file = ArgumentKey("FILE", .word(.file), help: LocalizedText(
        en: "a CSV with a header row (columns in the README, English or Portuguese names; , ; or tab between them)",
        pt: "um CSV com cabeçalho (colunas no README, nomes em inglês ou português; , ; ou tab entre elas)"))

    public static let spec = CommandSpec(
        ["import"], aliases: ["importar"], groupDefault: true,
        arguments: [file],
        flags: [ImportGraph.dryRunKey],
        summary: LocalizedText(en: "Load customers and subscriptions from a spreadsheet (CSV)", pt: "Carrega clientes e assinaturas de uma planilha (CSV)"),
        examples: ["import samples/portfolio.csv", "import carteira.csv --dry-run"])

    public var path: String
    public var dryRun: Bool

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        path = try arguments[Self.file]
        dryRun = arguments[ImportGraph.dryRunKey]
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        let source = SourceText(try ImportRecording.data(path, limit: ImportRecording.spreadsheetLimit))
        let (plan, problems) = PortfolioImport.plan(source, file: path, existing: try session.allCustomers(), partnerCurrency: try session.partnerCurrency(), today: session.today,
                                                    settings: session.guide.settings)
        guard problems.isEmpty else { throw ImportRecording.refuse(problems, dryRun: dryRun, in: session) }
        var summary = ImportSummary(files: [path], dryRun: dryRun, lines: plan.lines)
        summary.readings = plan.reading.map { [$0] } ?? []
        return try ImportRecording.record(summary, inserting: plan.inserting, updating: plan.updating, customer: nil, in: session)
    }
}
