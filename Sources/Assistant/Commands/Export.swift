import MigrationGuide

/// `export FILE.csv|FILE.json`: the whole portfolio with stage, next action and open warnings;
/// `export FILE.ics [HANDLE]`: the deadlines to come, as calendar events.
public struct Export: AssistantCommand, Equatable {
    static let excelFlag = SwitchKey("--excel", help: LocalizedText(
        en: "a CSV as Excel in Portuguese opens it: ; between columns, decimal comma, dd/mm/yyyy, UTF-8 with BOM (the default with lang pt-BR)",
        pt: "um CSV como o Excel em português abre: ; entre colunas, vírgula decimal, dd/mm/aaaa, UTF-8 com BOM (o padrão com lang pt-BR)"))
    static let plainFlag = SwitchKey("--plain", help: LocalizedText(
        en: "a CSV for scripts: commas, decimal point, YYYY-MM-DD (the default with lang en)",
        pt: "um CSV para scripts: vírgulas, ponto decimal, AAAA-MM-DD (o padrão com lang en)"))
    static let file = ArgumentKey("FILE", .word(.file), help: LocalizedText(
        en: "where to write: .csv for a spreadsheet, .json for a report, .ics for the deadlines in a calendar",
        pt: "onde gravar: .csv para planilha, .json para relatório, .ics para os prazos num calendário"))
    static let customer = OptionalArgumentKey("HANDLE", .word(.handle), help: LocalizedText(
        en: "with .ics: only this customer's deadlines",
        pt: "com .ics: só os prazos deste cliente"))

    public static let spec = CommandSpec(
        ["export"], aliases: ["exportar"],
        arguments: [file, customer],
        flags: [excelFlag, plainFlag, RecordStart.force],
        summary: LocalizedText(en: "Write the portfolio to CSV or JSON, or its deadlines to an iCalendar file", pt: "Grava a carteira em CSV ou JSON, ou seus prazos num arquivo iCalendar"),
        examples: ["export portfolio.csv", "export report.json", "export carteira.csv --excel", "export deadlines.ics", "export deadlines.ics contoso"])

    enum Format: Equatable { case csv, json, ics }

    public var path: String
    var format: Format
    public var reference: String?
    /// `--excel` or `--plain`; nil: by the session's language.
    public var excel: Bool?
    /// Replace the file if it exists (`--force`); without it, an existing file is kept.
    public var force: Bool

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        path = try arguments[Self.file]
        reference = try arguments[Self.customer]
        let lowered = path.lowercased()
        if lowered.hasSuffix(".csv") {
            format = .csv
        } else if lowered.hasSuffix(".json") {
            format = .json
        } else if lowered.hasSuffix(".ics") {
            format = .ics
        } else {
            throw .file(path: path, problem: .unknownExtension)
        }
        if let reference, format != .ics {
            throw .unexpectedArgument(command: Self.spec, word: reference)
        }
        excel = arguments[Self.excelFlag] ? true : (arguments[Self.plainFlag] ? false : nil)
        force = arguments[RecordStart.force]
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        let customers: [Customer]
        if let reference {
            customers = [try session.customer(reference, for: Self.spec)]
        } else {
            customers = try session.allCustomers()
        }
        let text: String
        var events: Int?
        switch format {
        case .csv, .json:
            let portfolio = customers.map { ($0, session.guide.guidance(for: $0, on: session.today)) }
            if format == .csv {
                let excel = self.excel ?? (session.language == .ptBR)
                text = PortfolioExport.csv(portfolio, dialect: excel ? .excelBrazil : .plain)
            } else {
                do { text = try PortfolioExport.json(portfolio) } catch { throw .file(path: path, problem: .notWritable) }
            }
        case .ics:
            let deadlines = customers.flatMap { customer in
                session.guide.deadlines(for: customer, today: session.today).filter { $0.date >= session.today }.map { (customer, $0) }
            }
            events = deadlines.count
            text = DeadlineCalendar.ics(deadlines, today: session.today, language: session.language, settings: session.guide.settings)
        }
        try session.write(text, to: path, overwrite: force)
        return Reply(.exported(ExportReport(path: path, customers: customers.count, originals: customers.reduce(0) { $0 + $1.originals.count }, deadlines: events)))
    }
}
