import MigrationGuide

/// `export FILE.csv|FILE.json`: the whole portfolio with stage, next action and open warnings.
public struct Export: AssistantCommand, Equatable {
    static let excelFlag = SwitchKey("--excel", help: LocalizedText(
        en: "a CSV as Excel in Portuguese opens it: ; between columns, decimal comma, dd/mm/yyyy, UTF-8 with BOM (the default with lang pt-BR)",
        pt: "um CSV como o Excel em português abre: ; entre colunas, vírgula decimal, dd/mm/aaaa, UTF-8 com BOM (o padrão com lang pt-BR)"))
    static let plainFlag = SwitchKey("--plain", help: LocalizedText(
        en: "a CSV for scripts: commas, decimal point, YYYY-MM-DD (the default with lang en)",
        pt: "um CSV para scripts: vírgulas, ponto decimal, AAAA-MM-DD (o padrão com lang en)"))
    static let file = ArgumentKey("FILE", .word(.file), help: LocalizedText(en: "where to write: .csv for a spreadsheet, .json for a report", pt: "onde gravar: .csv para planilha, .json para relatório"))

    public static let spec = CommandSpec(
        ["export"], aliases: ["exportar"],
        arguments: [file],
        flags: [excelFlag, plainFlag, RecordStart.force],
        summary: LocalizedText(en: "Write the portfolio with stages and warnings to CSV or JSON", pt: "Grava a carteira com etapas e avisos em CSV ou JSON"),
        examples: ["export portfolio.csv", "export report.json", "export carteira.csv --excel"])

    public var path: String
    /// `--excel` or `--plain`; nil: by the session's language.
    public var excel: Bool?
    /// Replace the file if it exists (`--force`); without it, an existing file is kept.
    public var force: Bool

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        path = try arguments[Self.file]
        guard path.lowercased().hasSuffix(".csv") || path.lowercased().hasSuffix(".json") else {
            throw .file(path: path, problem: .unknownExtension)
        }
        excel = arguments[Self.excelFlag] ? true : (arguments[Self.plainFlag] ? false : nil)
        force = arguments[RecordStart.force]
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        let portfolio = try session.allCustomers().map { ($0, session.guide.guidance(for: $0, on: session.today)) }
        let text: String
        if path.lowercased().hasSuffix(".csv") {
            let excel = self.excel ?? (session.language == .ptBR)
            text = PortfolioExport.csv(portfolio, dialect: excel ? .excelBrazil : .plain)
        } else {
            do { text = try PortfolioExport.json(portfolio) } catch { throw .file(path: path, problem: .notWritable) }
        }
        try session.write(text, to: path, overwrite: force)
        return Reply(.exported(ExportReport(path: path, customers: portfolio.count, originals: portfolio.reduce(0) { $0 + $1.0.originals.count })))
    }
}
