import MigrationGuide

/// `export FILE.csv|FILE.json`: the whole portfolio with stage, next action and open warnings.
public struct Export: AssistantCommand, Equatable {
    static let file = ArgumentKey("FILE", .word(.text), help: LocalizedText(en: "where to write: .csv for a spreadsheet, .json for a report", pt: "onde gravar: .csv para planilha, .json para relatório"))

    public static let spec = CommandSpec(
        ["export"], aliases: ["exportar"],
        arguments: [file],
        summary: LocalizedText(en: "Write the portfolio with stages and warnings to CSV or JSON", pt: "Grava a carteira com etapas e avisos em CSV ou JSON"),
        examples: ["export portfolio.csv", "export report.json"])

    public var path: String

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        path = try arguments[Self.file]
        guard path.lowercased().hasSuffix(".csv") || path.lowercased().hasSuffix(".json") else {
            throw .file(path: path, problem: .unknownExtension)
        }
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        let portfolio = try session.allCustomers().map { ($0, session.guide.guidance(for: $0, on: session.today)) }
        let text: String
        if path.lowercased().hasSuffix(".csv") {
            text = PortfolioExport.csv(portfolio)
        } else {
            do { text = try PortfolioExport.json(portfolio) } catch { throw .file(path: path, problem: .notWritable) }
        }
        try FileAccess.write(text, to: session.writablePath(path))
        return Reply(.exported(ExportReport(path: path, customers: portfolio.count, originals: portfolio.reduce(0) { $0 + $1.0.originals.count })))
    }
}
