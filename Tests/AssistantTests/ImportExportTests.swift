import Foundation
@testable import Assistant
import MigrationGuide
import MigrationStore
import Testing

@Suite("CSV import and export")
struct ImportExportTests {
    static let header = "handle,name,domain,program,offer,seats,assigned,expires,price,currency,auto_renew\n"

    func file(_ text: String, _ name: String = "in.csv") throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csp-\(UUID().uuidString)-\(name)")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func importing(_ csv: String, into session: Session) throws -> Reply {
        session.execute("import \(ShellQuote.quote(try file(csv)))")
    }

    @Test("a JSON export is refused as a report, pointing to the CSV export, and nothing is recorded", arguments: [Language.en, .ptBR])
    func jsonExportRefused(language: Language) throws {
        let session = try makeSession(language: language)
        let exported = FileManager.default.temporaryDirectory.appendingPathComponent("csp-\(UUID().uuidString)-export.json").path
        #expect(!session.execute("export \(ShellQuote.quote(exported))").isFailure)
        let fresh = try makeSession(language: language, setup: [])
        let reply = fresh.execute("import \(ShellQuote.quote(exported))")
        #expect(reply.isFailure)
        let words = TextRenderer(language: language).render(reply)
        #expect(words.contains(language == .en ? "JSON exports are reports and can't be imported; use the .csv export"
                                               : "Exportações JSON são relatórios e não podem ser importadas; use a exportação .csv"), "\(words)")
        #expect(!words.contains(language == .en ? "lacks" : "Faltam"), "\(words)")
        #expect(try fresh.allCustomers().isEmpty)
    }

    func rejected(_ reply: Reply) -> [ImportProblem]? {
        refusal(reply).map(\.problems)
    }

    @Test("each kind of bad row is reported with its row number and code, and nothing is imported", arguments: [
        ("b@d,Name,,,E3,1,1,2027-01-01,,,", MessageCode.badHandle),
        ("x,,,,E3,1,1,2027-01-01,,,", .badValue),
        ("x,X,,csp,E3,1,1,2027-01-01,,,", .badValue),
        ("x,X,,,E3,0,0,2027-01-01,,,", .badNumber),
        ("x,X,,,E3,99999999999999999999,1,2027-01-01,,,", .badNumber),
        ("x,X,,,E3,5,6,2027-01-01,,,", .badNumber),
        ("x,X,,,E3,5,5,2027-13-01,,,", .badDate),
        ("x,X,,,E3,5,5,,,,", .badDate),
        ("x,X,,,E3,5,5,2027-01-01,abc,,", .badNumber),
        ("x,X,,,E3,5,5,2027-01-01,1,REAIS,", .badValue),
        ("x,X,,,E3,5,5,2027-01-01,,,sometimes", .badValue),
        ("x,X,not a domain,,E3,5,5,2027-01-01,,,", .badValue),
        ("x,\"X\u{1B}[2J\",,,E3,5,5,2027-01-01,,,", .badValue),
        ("x,X,,,E3,5,5,2027-01-01,,,,extra", .badImport),
        ("x,\(String(repeating: "N", count: 201)),,,E3,5,5,2027-01-01,,,", .badValue),
        ("good,Other Name,,,Visio,5,5,2027-01-01,,,", .badImport),
        ("good,Good,,,E3,10,10,2027-03-31,,,", .badImport),
    ])
    func badRows(row: String, code: MessageCode) throws {
        let session = try makeSession(setup: [])
        let csv = Self.header + "good,Good,,,E3,10,10,2027-03-31,,,\n" + row + "\n"
        let reply = try importing(csv, into: session)
        guard let problems = rejected(reply) else { Issue.record("accepted: \(row)"); return }
        #expect(problems.map(\.place.row) == [3])
        #expect(problems.first?.error.code == code)
        #expect(try session.store.allCustomers().isEmpty)
        #expect(try session.store.journal(for: nil, since: nil).isEmpty)
    }

    @Test("several bad rows are all reported")
    func allBadRows() throws {
        let session = try makeSession(setup: [])
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("samples/bad-rows.csv").path
        guard let problems = rejected(session.execute("import \(path)")) else { Issue.record("accepted"); return }
        #expect(problems.map(\.place.row) == [3, 4, 5, 6, 7, 8, 9, 10])
    }

    @Test("every problem of a row is reported, not only the first")
    func everyProblemOfARow() throws {
        let session = try makeSession(setup: [])
        let problems = try #require(rejected(try importing(Self.header + "x,X,,csp,E3,0,0,2027-13-01,-1,,Sim\n", into: session)))
        #expect(problems.map(\.error.code) == [.badValue, .badNumber, .badDate, .badNumber])
        #expect(problems.allSatisfy { $0.place.row == 2 })
    }

    @Test("a customer's facts given only on a later row are kept")
    func laterRowFacts() throws {
        let session = try makeSession(setup: [])
        let csv = "handle,name,email,offer,seats,expires,billing_account,program\n"
            + "acme,Acme,,Office 365 E3,5,2027-03-31,,\n"
            + "acme,Acme,ti@acme.com,Visio Plan 2,2,2027-04-30,mca,mosp\n"
        #expect(!(try importing(csv, into: session)).isFailure)
        let acme = try #require(try session.store.customer(Handle("acme")!))
        #expect(acme.adminEmail == "ti@acme.com")
        #expect(acme.program == .mosp)
        #expect(acme.billingAccount == .mca)
        #expect(acme.originals.count == 2)
    }

    @Test("a row that contradicts an earlier one names the field and both values")
    func conflictNamesTheField() throws {
        let session = try makeSession(setup: [])
        let csv = "handle,name,domain,program,offer,seats,expires\nacme,Acme,acme.com,open,E3,5,2027-01-01\nacme,Acme,acme.com.br,mosp,Visio,5,2027-01-01\n"
        let problems = try #require(rejected(try importing(csv, into: session)))
        #expect(problems.map(\.error) == [
            .csvConflict(handle: Handle("acme")!, field: "domain", here: "acme.com.br", earlier: "acme.com", firstRow: 2),
            .csvConflict(handle: Handle("acme")!, field: "program", here: "mosp", earlier: "open", firstRow: 2),
        ])
        #expect(TextRenderer(language: .en).render(Reply(.error(.importing(.refused(problems: problems, total: 2, errorsFile: nil)))))
            .contains("row 3: E-BAD-IMPORT gives acme the domain `acme.com.br`, where row 2 gives `acme.com`."))
    }

    @Test("what Excel in Portuguese saves: ; BOM CRLF, Portuguese columns, 23,50 and 1.234,56, R$, 31/03/2027, 1.200 seats, Sim")
    func brazilianExcel() throws {
        let session = try makeSession(setup: [])
        let csv = "\u{FEFF}cliente;nome;programa;oferta;licenças;usuários;termina;preço;moeda;renovação automática\r\n"
            + "padaria;Padaria São João;varejo;Office 365 E3;1.200;1.150;31/03/2027;23,50;BRL;Não\r\n"
            + "padaria;Padaria São João;varejo;Visio Plan 2;5;;2027-06-30;R$ 1.234,56;;não\r\n"
            + "loja;Loja Azul;mosp;Visio Plan 2;5;;30/06/2027;10,00;BRL;Sim\r\n"
        let reply = try importing(csv, into: session)
        let read = try #require(summary(reply))
        #expect(read.readings.first?.separator == ";")
        #expect(read.readings.first?.encoding == .utf8WithBOM)
        let padaria = try #require(try session.store.customer(Handle("padaria")!))
        #expect(padaria.program == .retail)
        #expect(padaria.originals.map(\.seats) == [1200, 5])
        #expect(padaria.originals.first?.assigned == 1150)
        #expect(padaria.originals.first?.expires == CalendarDate(iso: "2027-03-31"))
        #expect(padaria.originals.map(\.pricePerSeatMonth) == [Money(amount: Decimal(string: "23.5")!, currency: "BRL"), Money(amount: Decimal(string: "1234.56")!, currency: "BRL")])
        #expect(padaria.originals.map(\.autoRenew) == [false, false])
        #expect(try session.store.customer(Handle("loja")!)?.originals.map(\.autoRenew) == [true])
    }

    @Test("a file in Windows-1252 is detected, converted and said so")
    func windows1252() throws {
        let session = try makeSession(language: .ptBR, setup: [])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csp-cp1252-\(UUID().uuidString).csv")
        // Windows-1252 writes these letters as their Latin-1 code, one byte each.
        let text = "cliente;nome;oferta;licenças;termina\r\nsao-joao;Padaria São João;Office 365 E3;10;31/03/2027\r\n"
        try Data(text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }).write(to: url)
        let reply = session.execute("importar \(url.path)")
        #expect(summary(reply)?.readings.first?.encoding == .windows1252)
        #expect(try session.store.customer(Handle("sao-joao")!)?.name == "Padaria São João")
        #expect(TextRenderer(language: .ptBR).render(reply).contains("lido como Windows-1252 (convertido; salve como CSV UTF-8 para evitar isso), separado por ;"))
    }

    @Test("a header saved in quotes gets a separator hint; a repeated column is refused")
    func headerHints() throws {
        let session = try makeSession(setup: [])
        let hinted = try #require(rejected(try importing("\"handle;name;offer\"\nx;X;E3\n", into: session)))
        #expect(hinted.map(\.error) == [.headerMissing(["handle", "name"], expected: PortfolioImport.columnNames), .importing(.separatorHint(";"))])
        let repeated = try #require(rejected(try importing("handle,name,offer,seats,expires,handle\nx,X,E3,1,2027-01-01,y\n", into: session)))
        #expect(repeated.map(\.error) == [.importing(.repeatedColumns(["handle"]))])
    }

    @Test("a long listing is capped at 20, and every problem is written beside the file")
    func cappedListing() throws {
        let session = try makeSession(setup: [])
        let rows = (1...1_602).map { "cli-\(String(format: "%05d", $0)),Cliente,,,E3,0,0,2027-01-01,,," }.joined(separator: "\n")
        let path = try file(Self.header + rows + "\n")
        let reply = session.execute("import \(path)")
        guard case .error(.importing(.refused(let problems, let total, let errorsFile)))? = reply.items.first else { Issue.record("accepted"); return }
        #expect(problems.count == 20 && total == 1_602)
        #expect(errorsFile == path + ".errors.csv")
        let written = try String(contentsOfFile: path + ".errors.csv", encoding: .utf8).split(separator: "\n")
        #expect(written.count == 1_603)
        #expect(TextRenderer(language: .en).render(reply).contains("(first 20 of 1,602 problems; all in \(path).errors.csv)"))
        try? FileManager.default.removeItem(atPath: path + ".errors.csv")
    }

    @Test("quoted fields keep commas and newlines; a wrapped name becomes one line")
    func quoting() throws {
        let session = try makeSession(setup: [])
        let csv = Self.header + "acme,\"Acme, \"\"the best\"\"\nLtda\",,mosp,\"Office 365 E3\",5,5,2027-01-01,23.5,usd,ON\n"
        #expect(!(try importing(csv, into: session)).isFailure)
        let customer = try #require(try session.store.customer(Handle("acme") ?? Handle("x")!))
        #expect(customer.name == "Acme, \"the best\" Ltda")
        #expect(customer.originals.first?.pricePerSeatMonth == Money(amount: 23.5, currency: "USD"))
        #expect(customer.originals.first?.autoRenew == true)
    }

    @Test("the sample portfolio imports, and importing it again changes nothing; a dry run records nothing")
    func idempotent() throws {
        let session = try makeSession(setup: [])
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("samples/portfolio.csv").path
        let dry = try #require(summary(session.execute("import \(path) --dry-run")))
        #expect(dry.customersAdded >= 30 && dry.dryRun)
        #expect(try session.store.allCustomers().isEmpty)
        let first = try #require(summary(session.execute("import \(path)")))
        #expect(first.customersAdded == dry.customersAdded)
        let before = try session.store.allCustomers()
        let journal = try session.store.journal(for: nil, since: nil).count
        let second = try #require(summary(session.execute("import \(path)")))
        #expect(second.count(.new) == 0 && second.count(.unchanged) == second.lines.count)
        #expect(try session.store.allCustomers() == before)
        #expect(try session.store.journal(for: nil, since: nil).count == journal)
    }

    @Test("a later file adds only the new originals to existing customers")
    func merge() throws {
        let session = try makeSession()
        let csv = Self.header + "contoso,Contoso Ltda,,open,Office 365 E3,50,48,2027-03-31,,,\ncontoso,Contoso Ltda,,open,Teams Essentials,10,10,2027-05-01,,,\n"
        let report = try #require(summary(try importing(csv, into: session)))
        #expect(report.lines.map(\.outcome) == [.unchanged, .new])
        #expect(report.customersUpdated == 1)
        #expect(try session.store.customer(Handle("contoso")!)?.originals.map(\.id.description) == ["L1", "L2", "L3"])
    }

    @Test("header and file problems", arguments: [
        ("name,offer\nx,y\n", MessageCode.badImport),
        ("handle,name,offer,seats,expires\nx,\"X,E3,1,2027-01-01\n", .badImport),
    ])
    func headers(csv: String, code: MessageCode) throws {
        let session = try makeSession(setup: [])
        guard case .error(let error) = try importing(csv, into: session).items.first else { Issue.record("accepted"); return }
        #expect(error.code == code)
    }

    @Test("columns the import does not know are ignored and named; export's report columns silently")
    func ignoredColumns() throws {
        let session = try makeSession(setup: [])
        let reply = try importing("handle,name,notes,stage\nacme,Acme,call Ana,1\n", into: session)
        #expect(summary(reply)?.readings.first?.ignoredColumns == ["notes"])
    }

    @Test("a missing file is a clear error")
    func files() throws {
        let session = try makeSession(setup: [])
        guard case .error(.file(_, .notFound)) = session.execute("import /nonexistent.csv").items.first else { Issue.record("no error"); return }
    }

    @Test("export then import rebuilds the portfolio: e-mail, invitation, CSP subscriptions, endings, prices with two decimals", arguments: [false, true])
    func roundTrip(excel: Bool) throws {
        let session = try makeSession(setup: SessionTests.contoso + [
            "accept contoso", #"provision contoso "Office 365 E3" --seats 48 --confirm"#, "cancel contoso L2 --confirm",
            #"license add fabrikam "Visio Plan 2" --seats 3 --expires 2027-01-31 --price 79.5 --currency BRL"#,
        ])
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csp-\(UUID().uuidString).csv").path
        #expect(!session.execute("export \(path)\(excel ? " --excel" : "")").isFailure)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(String(decoding: bytes, as: UTF8.self).contains(excel ? "79,50" : "79.50"))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]) == excel)
        let rebuilt = try makeSession(setup: [])
        #expect(!rebuilt.execute("import \(path)").isFailure)
        #expect(try rebuilt.store.allCustomers() == session.store.allCustomers())
        let again = try #require(summary(rebuilt.execute("import \(path)")))
        #expect(again.count(.new) == 0)
    }

    @Test("export in Portuguese writes what Excel in Portuguese opens; --plain keeps commas")
    func exportForExcel() throws {
        let session = try makeSession(language: .ptBR)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csp-\(UUID().uuidString).csv").path
        #expect(!session.execute("exportar \(path)").isFailure)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines[0] == PortfolioExport.csvColumns.joined(separator: ";"))
        #expect(lines[1].contains(";31/03/2027;") && lines[1].contains(";23,00;USD;"))
        #expect(!session.execute("exportar \(path) --plain --force").isFailure)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("handle,name,"))
    }

    @Test("export writes every original and CSP subscription with its stage, warnings and next action; JSON has flat strings and decimal money")
    func exportCSV() throws {
        let session = try makeSession()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csp-\(UUID().uuidString).csv").path
        #expect(!session.execute("export \(path)").isFailure)
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines[0] == PortfolioExport.csvColumns.joined(separator: ","))
        #expect(lines.count == 4) // two originals of contoso, fabrikam with none
        #expect(lines[2].hasPrefix("contoso,Contoso Ltda,,open,ti@contoso.com,,,,,invite,L2,Visio Plan 2,5,5,2026-12-15,17,"))
        #expect(lines[2].contains("W-COVERAGE-GAP"))
        #expect(lines[2].hasSuffix(",invite"))
        #expect(lines[1].contains(",23.00,USD,"))
        let json = FileManager.default.temporaryDirectory.appendingPathComponent("csp-\(UUID().uuidString).json").path
        #expect(!session.execute("export \(json)").isFailure)
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [[String: Any]])
        #expect(decoded.count == 2)
        #expect(decoded[0]["stage"] as? String == "invite")
        #expect(decoded[0]["nextAction"] as? String == "invite")
        let original = try #require((decoded[0]["originals"] as? [[String: Any]])?.first)
        #expect(original["lifecycle"] as? String == "active")
        #expect((original["pricePerSeatMonth"] as? [String: String]) == ["amount": "23.00", "currency": "USD"])
        guard case .error(.file(_, .unknownExtension)) = session.execute("export out.txt").items.first else { Issue.record("no error"); return }
        guard case .error(.file(_, .folderMissing)) = session.execute("export /nonexistent-folder/out.csv").items.first else { Issue.record("no error"); return }
    }

    @Test("exported cells never start a spreadsheet formula")
    func formulaInjection() {
        #expect(PortfolioExport.row(["=HYPERLINK(\"x\")", "-5", "@sum", "a,b"]) == "\"'=HYPERLINK(\"\"x\"\")\",-5,'@sum,\"a,b\"")
    }
}
