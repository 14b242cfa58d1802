import MigrationGuide

/// `import partner-center customers FILE`: Partner Center's Customers.csv.
public struct ImportPartnerCenterCustomers: AssistantCommand, Equatable {
    static let file = ArgumentKey("FILE", .word(.file), help: LocalizedText(
        en: "Customers.csv from Partner Center → Customers → Export (Microsoft ID, Company name, Primary domain name, Relationship)",
        pt: "Customers.csv do Partner Center → Clientes → Exportar (Microsoft ID, Company name, Primary domain name, Relationship)"))

    public static let spec = CommandSpec(
        ["import", "partner-center", "customers"], aliases: ["importar"],
        arguments: [file],
        flags: [ImportGraph.dryRunKey],
        summary: LocalizedText(en: "Load customers from Partner Center's customer export", pt: "Carrega clientes da exportação de clientes do Partner Center"),
        examples: ["import partner-center customers Customers.csv --dry-run"])

    public var path: String
    public var dryRun: Bool

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        path = try arguments[Self.file]
        dryRun = arguments[ImportGraph.dryRunKey]
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        let (source, reading) = try ImportRecording.spreadsheet(path)
        let (rows, problems) = PartnerCenterReader.customers(source, file: path)
        guard problems.isEmpty else { throw ImportRecording.refuse(problems, dryRun: dryRun, in: session) }
        let (changed, added, lines) = PartnerCenterImport.apply(rows, to: try session.allCustomers(), today: session.today)
        var summary = ImportSummary(files: [path], dryRun: dryRun, lines: lines)
        summary.readings = reading.map { [$0] } ?? []
        return try ImportRecording.record(summary, inserting: added, updating: changed, customer: nil, in: session)
    }
}

/// `import partner-center subscriptions HANDLE FILE`: one customer's CSP subscriptions export.
public struct ImportPartnerCenterSubscriptions: AssistantCommand, Equatable {
    static let handleKey = ArgumentKey("HANDLE", .word(.handle), help: LocalizedText(en: "the customer", pt: "o cliente"))
    static let file = ArgumentKey("FILE", .word(.file), help: LocalizedText(
        en: "the customer's Subscriptions → Export (Subscription ID, Subscription, Quantity, Status, Reseller)",
        pt: "a exportação Assinaturas do cliente (Subscription ID, Subscription, Quantity, Status, Reseller)"))

    static let dateOrderKey = FlagKey("--date-order", .choice(.choice) as ValueReader<DateOrder>, "ORDER", help: LocalizedText(
        en: "how the file writes dates like 04/05/2027: dmy (day first) or mdy (month first, Partner Center in English (US)); by default told from the file",
        pt: "como o arquivo escreve datas como 04/05/2027: dmy (dia primeiro) ou mdy (mês primeiro, Partner Center em inglês dos EUA); por padrão, deduzido do arquivo"))

    public static let spec = CommandSpec(
        ["import", "partner-center", "subscriptions"], aliases: ["importar"],
        arguments: [handleKey, file],
        flags: [dateOrderKey, ImportGraph.dryRunKey],
        summary: LocalizedText(en: "Load a customer's CSP subscriptions from Partner Center's export", pt: "Carrega as assinaturas CSP de um cliente da exportação do Partner Center"),
        examples: ["import partner-center subscriptions contoso subscriptions.csv --dry-run", "import partner-center subscriptions contoso subscriptions.csv --date-order mdy"])

    public var handle: String
    public var path: String
    public var dateOrder: DateOrder?
    public var dryRun: Bool

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        handle = try arguments[Self.handleKey]
        path = try arguments[Self.file]
        dateOrder = try arguments[Self.dateOrderKey]
        dryRun = arguments[ImportGraph.dryRunKey]
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        let customer = try session.customer(handle, for: Self.spec)
        let (source, reading) = try ImportRecording.spreadsheet(path)
        let (rows, problems, dateOrder) = PartnerCenterReader.subscriptions(source, file: path, dateOrder: self.dateOrder)
        guard problems.isEmpty else { throw ImportRecording.refuse(problems, dryRun: dryRun, in: session) }
        let (updated, lines, refused) = PartnerCenterImport.apply(rows, to: customer, guide: session.guide, today: session.today)
        guard refused.isEmpty else { throw ImportRecording.refuse(refused, dryRun: dryRun, in: session) }
        var summary = ImportSummary(files: [path], dryRun: dryRun, lines: lines)
        var said = reading
        if let dateOrder {
            said = said ?? FileReading(file: path, encoding: source.encoding, separator: nil)
            said?.slashDates = dateOrder == .dayFirst ? .dayFirst : .monthFirst
        }
        summary.readings = said.map { [$0] } ?? []
        return try ImportRecording.record(summary, inserting: [], updating: [updated], customer: customer.handle, in: session)
    }
}
