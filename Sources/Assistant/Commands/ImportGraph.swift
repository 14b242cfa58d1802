import Foundation
import MigrationGuide

/// `import graph HANDLE FILE...`: one customer's subscriptions from Microsoft Graph's answers
/// (`GET /subscribedSkus`, `GET /directory/subscriptions`, raw or through PowerShell).
public struct ImportGraph: AssistantCommand, Equatable {
    static let handleKey = ArgumentKey("HANDLE", .word(.handle), help: LocalizedText(en: "the customer whose tenant answered", pt: "o cliente cujo locatário respondeu"))
    static let files = RepeatedArgumentKey("FILE", .word(.file), help: LocalizedText(
        en: "JSON of GET /subscribedSkus and/or GET /directory/subscriptions, raw or from PowerShell's ConvertTo-Json",
        pt: "JSON de GET /subscribedSkus e/ou GET /directory/subscriptions, bruto ou do ConvertTo-Json do PowerShell"))
    static let skuNamesKey = FlagKey("--sku-names", .word(.file), "FILE", help: LocalizedText(
        en: "Microsoft's \"Product names and service plan identifiers for licensing\" CSV, for offer names",
        pt: "o CSV da Microsoft \"Product names and service plan identifiers for licensing\", para os nomes das ofertas"))
    static let dryRunKey = SwitchKey("--dry-run", help: LocalizedText(en: "show what would be recorded, record nothing", pt: "mostra o que seria registrado, sem registrar"))

    public static let spec = CommandSpec(
        ["import", "graph"], aliases: ["importar"],
        arguments: [handleKey, files],
        flags: [skuNamesKey, dryRunKey],
        summary: LocalizedText(en: "Load a customer's subscriptions from Microsoft Graph's JSON", pt: "Carrega as assinaturas de um cliente do JSON do Microsoft Graph"),
        examples: ["import graph contoso subscribedSkus.json subscriptions.json --dry-run", "import graph contoso skus.json --sku-names licensing.csv"])

    public var handle: String
    public var files: [String]
    public var skuNames: String?
    public var dryRun: Bool

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        handle = try arguments[Self.handleKey]
        files = try arguments[Self.files]
        skuNames = try arguments[Self.skuNamesKey]
        dryRun = arguments[Self.dryRunKey]
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        let customer = try session.customer(handle, for: Self.spec)
        var catalogue = SKUCatalogue.builtIn
        var problems: [ImportProblem] = []
        if let skuNames {
            let (read, skuProblems) = SKUCatalogue.read(SourceText(try ImportRecording.data(skuNames, limit: ImportRecording.spreadsheetLimit)), file: skuNames)
            // Microsoft's names first; the built-in table for codes the file lacks.
            catalogue.names.merge(read.names) { _, fromFile in fromFile }
            problems += skuProblems
        }
        var answer = GraphAnswer()
        for file in files {
            let (read, fileProblems) = GraphReader.read(try ImportRecording.data(file, limit: GraphReader.sizeLimit), file: file)
            answer.skus += read.skus
            answer.subscriptions += read.subscriptions
            problems += fileProblems
        }
        problems += GraphImport.duplicates(in: answer)
        guard problems.isEmpty else { throw ImportRecording.refuse(problems, dryRun: dryRun, in: session) }
        let mapping = GraphImport(catalogue: catalogue, partnerTenant: try session.partnerTenant(), settings: session.guide.settings, today: session.today)
        let (updated, lines, refused) = mapping.apply(answer, to: customer)
        guard refused.isEmpty else { throw ImportRecording.refuse(refused, dryRun: dryRun, in: session) }
        return try ImportRecording.record(ImportSummary(files: files, dryRun: dryRun, lines: lines),
                                          inserting: [], updating: [updated], customer: customer.handle, in: session)
    }
}
