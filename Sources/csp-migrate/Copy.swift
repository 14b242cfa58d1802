import ArgumentParser
import Assistant
import Foundation
import MigrationStore

/// `csp-migrate copy --from FILE --to postgresql://...`: a one-person portfolio into the team store.
struct Copy: ParsableCommand {
    static let configuration = CommandConfiguration(
        // Named here: otherwise the name is derived from the type's by reflection, at every start.
        commandName: ProgramSubcommand.copy.name,
        abstract: "Copy a portfolio file (customers, history and settings) into a team database on PostgreSQL.",
        discussion: """
            All or nothing. A database that already holds customers or history is refused unless \
            --merge is given; with --merge, customers recorded differently on the two sides are \
            listed and nothing is copied. Copying again changes nothing. Run it with the owner \
            role: history entries keep the names they were written under.
            """)

    @Option(name: .customLong(ProgramOption.copyFrom.long), help: ProgramOption.copyFrom.argumentHelp, completion: .file())
    var from: String

    @Option(name: .customLong(ProgramOption.copyTo.long), help: ProgramOption.copyTo.argumentHelp)
    var to: String?

    @Flag(name: .customLong(ProgramOption.copyMerge.long), help: ProgramOption.copyMerge.argumentHelp)
    var merge = false

    /// `--lang` is the program's own option, which takes it wherever it is written.
    @ParentCommand var program: CSPMigrate

    func validate() throws {
        guard FileManager.default.fileExists(atPath: from) else { throw ValidationError("--from: no such file '\(from)'.") }
        guard let target = to ?? CSPMigrate.databaseVariable(ProcessInfo.processInfo.environment), PostgresStore.isConnectionString(target) else {
            throw ValidationError("--to must name a team database: postgresql://USER@HOST/DATABASE or host=HOST dbname=DATABASE (or set CSP_MIGRATE_DB).")
        }
    }

    func run() throws {
        Terminal.useUTF8Locale()
        let environment = ProcessInfo.processInfo.environment
        let renderer = TextRenderer(language: CSPMigrate.language(program.lang, environment: environment))
        let target = to ?? CSPMigrate.databaseVariable(environment) ?? ""
        do {
            let source = try SQLiteStore(path: from)
            let team = try PostgresStore(conninfo: target)
            if team.passwordInConnectionString {
                FileHandle.standardError.write(Data(("csp-migrate: " + renderer.render(Reply(.passwordInConnectionString)) + "\n").utf8))
            }
            let report = try team.copy(
                customers: source.allCustomers(), journal: source.journal(for: nil, since: nil), settings: source.loadSettings(), merge: merge)
            print(renderer.render(Reply(.copied(report, from: from, to: team.server))))
        } catch {
            FileHandle.standardError.write(Data(("csp-migrate: " + renderer.render(.failure(.storage(error))) + "\n").utf8))
            throw ExitCode(1)
        }
    }
}
