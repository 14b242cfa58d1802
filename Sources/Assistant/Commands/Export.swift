import MigrationGuide

/// `export FILE.csv|FILE.json`: the whole portfolio with stage, next action and open warnings;
/// `export FILE.ics [HANDLE]`: the deadlines to come, as calendar events.
public struct Export: AssistantCommand, Equatable {
    static let file = ArgumentKey("FILE", .word(.text), help: LocalizedText(
        en: "where to write: .csv for a spreadsheet, .json for a report, .ics for the deadlines in a calendar",
        pt: "onde gravar: .csv para planilha, .json para relatório, .ics para os prazos num calendário"))
    static let customer = OptionalArgumentKey("HANDLE", .word(.handle), help: LocalizedText(
        en: "with .ics: only this customer's deadlines",
        pt: "com .ics: só os prazos deste cliente"))

    public static let spec = CommandSpec(
        ["export"], aliases: ["exportar"],
        arguments: [file, customer],
        summary: LocalizedText(en: "Write the portfolio to CSV or JSON, or its deadlines to an iCalendar file", pt: "Grava a carteira em CSV ou JSON, ou seus prazos num arquivo iCalendar"),
        examples: ["export portfolio.csv", "export report.json", "export deadlines.ics", "export deadlines.ics contoso"])

    enum Format: Equatable { case csv, json, ics }

    public var path: String
    var format: Format
    public var reference: String?

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
                text = PortfolioExport.csv(portfolio)
            } else {
                do { text = try PortfolioExport.json(portfolio) } catch { throw .file(path: path, problem: .notWritable) }
            }
        case .ics:
            let deadlines = customers.flatMap { customer in
                session.guide.deadlines(for: customer).filter { $0.date >= session.today }.map { (customer, $0) }
            }
            events = deadlines.count
            text = DeadlineCalendar.ics(deadlines, today: session.today, language: session.language, settings: session.guide.settings)
        }
        try FileAccess.write(text, to: path)
        return Reply(.exported(ExportReport(path: path, customers: customers.count, originals: customers.reduce(0) { $0 + $1.originals.count }, deadlines: events)))
    }
}
