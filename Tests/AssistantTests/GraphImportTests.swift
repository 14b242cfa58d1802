import Foundation
@testable import Assistant
import MigrationGuide
import MigrationStore
import Testing

/// The sample files under samples/import, shaped after Microsoft's documentation.
func sample(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("samples/import/\(name)").path
}

func summary(_ reply: Reply) -> ImportSummary? {
    for item in reply.items { if case .importSummary(let summary) = item { return summary } }
    return nil
}

func refusal(_ reply: Reply) -> (problems: [ImportProblem], total: Int)? {
    for item in reply.items { if case .error(.importing(.refused(let problems, let total, _))) = item { return (problems, total) } }
    return nil
}

@Suite("Import from Microsoft Graph")
struct GraphImportTests {
    static let partner = "4f1c2a9e-0b7d-4c55-8e21-6a3d9b7c1e02"
    static let setup = ["customer add contoso --name \"Contoso Ltda\"", "settings partner-tenant \(partner)"]
    static let both = "\(sample("graph-subscribedSkus.json")) \(sample("graph-subscriptions.json"))"

    @Test("raw Graph camelCase and PowerShell PascalCase read the same fields")
    func bothCasings() {
        let raw = #"{"value":[{"skuId":"A","skuPartNumber":"SPB","capabilityStatus":"Enabled","consumedUnits":7,"prepaidUnits":{"enabled":9,"warning":1}}]}"#
        let powershell = #"[{"SkuId":"A","SkuPartNumber":"SPB","CapabilityStatus":"Enabled","ConsumedUnits":7,"PrepaidUnits":{"Enabled":9,"Warning":1,"AdditionalProperties":{}}}]"#
        let one = #"{"SkuId":"A","SkuPartNumber":"SPB","CapabilityStatus":"Enabled","ConsumedUnits":7,"PrepaidUnits":{"Enabled":9,"Warning":1}}"#
        let read = [raw, powershell, one].map { GraphReader.read(Data($0.utf8), file: "f.json") }
        for (answer, problems) in read {
            #expect(problems.isEmpty)
            #expect(answer.skus.map { [$0.partNumber, "\($0.consumedUnits)", "\($0.enabled)", "\($0.warning)"] } == [["SPB", "7", "9", "1"]])
        }
    }

    @Test("subscriptions: dates with offsets keep the day written, PowerShell 5's /Date()/ is UTC, numbers as text are read")
    func subscriptionFields() {
        let (answer, problems) = GraphReader.read(Data(#"[{"SkuPartNumber":"SPB","TotalLicenses":"15","NextLifecycleDateTime":"2027-04-01T02:00:00+09:00","CreatedDateTime":"/Date(1767225600000)/","IsTrial":"false","OwnerTenantId":"ABC"}]"#.utf8), file: "s.json")
        #expect(problems.isEmpty)
        #expect(answer.subscriptions.first?.totalLicenses == 15)
        #expect(answer.subscriptions.first?.nextLifecycle == CalendarDate(iso: "2027-04-01"))
        #expect(answer.subscriptions.first?.created == CalendarDate(iso: "2026-01-01"))
        #expect(answer.subscriptions.first?.ownerTenantId == "abc")
    }

    @Test("every bad field is named by its JSON path with what was expected")
    func hostile() {
        let path = sample("hostile-missing-and-wrong-types.json")
        let (_, problems) = GraphReader.read(FileManager.default.contents(atPath: path) ?? Data(), file: "h.json")
        let places = problems.map { $0.place.jsonPath ?? "" }
        #expect(places == ["value[0].consumedUnits", "value[0].prepaidUnits.enabled", "value[1].skuPartNumber", "value[2].prepaidUnits",
                           "value[3].skuPartNumber", "value[3].nextLifecycleDateTime", "value[3].isTrial", "value[4]"])
        #expect(problems.first?.error == .jsonField(name: "consumedUnits", expected: .wholeNumber, found: "\"many\""))
        #expect(problems[2].error == .jsonField(name: "skuPartNumber", expected: .text, found: nil))
    }

    @Test("not JSON, a truncated file and a 50 MB file are refused, naming the file, and nothing is recorded")
    func unreadable() throws {
        let session = try makeSession(setup: Self.setup)
        let before = try session.store.journal(for: nil, since: nil).count
        let truncated = session.execute("import graph contoso \(sample("hostile-truncated.json"))")
        #expect(refusal(truncated)?.problems.first?.place.file == sample("hostile-truncated.json"))
        let big = FileManager.default.temporaryDirectory.appendingPathComponent("csp-\(UUID().uuidString)-big.json")
        var data = Data(#"{"value":["#.utf8)
        let entry = Data(#"{"skuPartNumber":"ENTERPRISEPACK","consumedUnits":1,"prepaidUnits":{"enabled":1}},"#.utf8)
        while data.count < 50 << 20 { data.append(entry) }
        try data.write(to: big)
        defer { try? FileManager.default.removeItem(at: big) }
        let reply = session.execute("import graph contoso \(big.path)")
        guard case .error(.file(let path, .tooLarge))? = reply.items.first else { Issue.record("accepted a 50 MB file"); return }
        #expect(path == big.path)
        #expect(try session.store.journal(for: nil, since: nil).count == before)
        #expect(try session.store.customer(Handle("contoso")!)?.originals.isEmpty == true)
    }

    @Test("the mapping: trial and free skipped with reasons, the partner's own subscription is CSP paired with its original, another partner's is an original with a note, Warning works the end back")
    func mapping() throws {
        let session = try makeSession(setup: Self.setup)
        let reply = session.execute("import graph contoso \(Self.both)")
        let lines = try #require(summary(reply)).lines
        #expect(lines.map(\.outcome) == [.new, .new, .skipped, .new, .new])
        #expect(lines[2].skipped == .trial)
        #expect(lines[1].ends == CalendarDate(iso: "2026-11-20"))
        #expect(lines[1].notes == [.endWorkedBack(stage: "Warning", nextLifecycle: "2026-12-20")])
        #expect(lines[3].subject == .csp(LicenseID("C1")))
        #expect(lines[4].notes.contains(.unknownOwner(tenant: "9a8b7c6d-5e4f-4321-8765-0fedcba98765")))
        let contoso = try #require(try session.store.customer(Handle("contoso")!))
        #expect(contoso.originals.map(\.offer) == ["Office 365 E3", "Visio Plan 2", "Exchange Online (Plan 1)"])
        #expect(contoso.originals.map(\.assigned) == [48, 4, 10])
        // Graph does not say whether recurring billing is on: not recorded, never "off".
        #expect(contoso.originals.map(\.autoRenew) == [nil, nil, nil])
        #expect(contoso.cspSubscriptions.first?.replaces == [LicenseID(kind: .original, number: 1)])
        #expect(contoso.isAccepted)
    }

    @Test("Graph's Suspended status wins over the worked-back end: users are without access now, in both languages")
    func suspendedMeansNoAccessNow() throws {
        let session = try makeSession(setup: ["customer add x --name X --program mosp"])
        let reply = session.execute("import graph x \(sample("hostile-numbers-as-strings-offsets-unknown.json"))")
        let lines = try #require(summary(reply)).lines
        // 2027-02-28 less 30 + 90 days would be 2026-10-31, still in the Expired stage on 2026-11-28.
        #expect(lines[1].ends == CalendarDate(iso: "2026-10-29"))
        #expect(lines[1].notes.contains(.endFitsStatus(stage: "Suspended", ends: "2026-10-29")))
        #expect(TextRenderer(language: .en).render(reply).contains("Graph's status Suspended wins over that date: recorded as ending on"))
        #expect(TextRenderer(language: .ptBR).render(reply).contains("prevalece o status Suspended informado pelo Graph"))
        let x = try #require(try session.store.customer(Handle("x")!))
        let stages = GuideSettings().stages(for: x)
        let suspended = try #require(x.originals.first { $0.offer == "Office 365 E3" })
        #expect(!Lifecycle(of: suspended, on: session.today, stages: stages).usersHaveAccess)
        let status = TextRenderer(language: .en).render(session.execute("status x"))
        #expect(!status.contains("keep access"))
    }

    @Test("the status's boundary days: Suspended ends at least the Expired stage ago, Warning within it and not after today")
    func endFittingStatus() throws {
        let stages = StageLengths(expiredDays: 30, disabledDays: 90)
        let today = try #require(CalendarDate(iso: "2026-11-20"))
        let day = { (iso: String) in CalendarDate(iso: iso)! }
        #expect(GraphImport.end(day("2026-10-21"), fitting: "suspended", stages: stages, today: today) == day("2026-10-21"))
        #expect(GraphImport.end(day("2026-10-22"), fitting: "suspended", stages: stages, today: today) == day("2026-10-21"))
        #expect(GraphImport.end(day("2026-08-01"), fitting: "suspended", stages: stages, today: today) == day("2026-08-01"))
        #expect(GraphImport.end(day("2026-11-20"), fitting: "warning", stages: stages, today: today) == day("2026-11-20"))
        #expect(GraphImport.end(day("2026-11-21"), fitting: "warning", stages: stages, today: today) == day("2026-11-20"))
        #expect(GraphImport.end(day("2026-10-22"), fitting: "warning", stages: stages, today: today) == day("2026-10-22"))
        #expect(GraphImport.end(day("2026-10-21"), fitting: "warning", stages: stages, today: today) == day("2026-10-22"))
    }

    @Test("free SKUs are skipped; subscribedSkus alone updates the one original of its offer, or says why not")
    func pooledOnly() throws {
        let session = try makeSession(setup: Self.setup + [#"license add contoso "Office 365 E3" --seats 50 --assigned 40 --expires 2027-03-31"#])
        let lines = try #require(summary(session.execute("import graph contoso \(sample("graph-subscribedSkus.json"))"))).lines
        #expect(lines.map(\.outcome) == [.changed, .skipped, .skipped])
        #expect(lines[0].changes == [FieldChange(field: .users, from: "40", to: "48")])
        #expect(lines[1].skipped == .noEndDate)
        #expect(lines[2].skipped == .free)
    }

    @Test("a dry run shows the same table and records nothing")
    func dryRun() throws {
        let session = try makeSession(setup: Self.setup)
        let journal = try session.store.journal(for: nil, since: nil).count
        let reply = session.execute("import graph contoso \(Self.both) --dry-run")
        #expect(summary(reply)?.dryRun == true)
        #expect(summary(reply)?.count(.new) == 4)
        #expect(try session.store.customer(Handle("contoso")!)?.originals.isEmpty == true)
        #expect(try session.store.journal(for: nil, since: nil).count == journal)
        #expect(TextRenderer(language: .en).render(reply).hasSuffix("4 new, 0 changed, 0 unchanged, 1 skipped. Dry run: nothing was recorded."))
    }

    @Test("importing the same answer twice changes nothing; a newer one updates seats and users and says so")
    func idempotentAndUpdate() throws {
        let session = try makeSession(setup: Self.setup)
        _ = session.execute("import graph contoso \(Self.both)")
        let journal = try session.store.journal(for: nil, since: nil)
        let again = try #require(summary(session.execute("import graph contoso \(Self.both)")))
        #expect(again.count(.new) + again.count(.changed) == 0)
        #expect(try session.store.journal(for: nil, since: nil) == journal)
        let newer = try #require(summary(session.execute("import graph contoso \(sample("graph-subscribedSkus-newer.json"))")))
        #expect(newer.lines.first?.changes == [FieldChange(field: .seats, from: "50", to: "60"), FieldChange(field: .users, from: "48", to: "55")])
        #expect(try session.store.customer(Handle("contoso")!)?.originals.first?.seats == 60)
        #expect(try session.store.journal(for: nil, since: nil).last?.command.contains("graph-subscribedSkus-newer.json") == true)
    }

    @Test("an unknown SKU is imported under its code with a note; --sku-names names it from Microsoft's CSV, one row per String_Id")
    func skuNames() throws {
        let file = sample("hostile-numbers-as-strings-offsets-unknown.json")
        let session = try makeSession(setup: Self.setup)
        let lines = try #require(summary(session.execute("import graph contoso \(file) --dry-run"))).lines
        #expect(lines.first?.name == "CONTOSO_CUSTOM_BUNDLE")
        #expect(lines.first?.notes.contains(.unknownSKU("CONTOSO_CUSTOM_BUNDLE")) == true)
        #expect(lines.first?.ends == CalendarDate(iso: "2027-04-01"))
        // Suspended: next lifecycle minus the Disabled and Expired stages is 2026-10-31, which would
        // leave users access on 2026-11-28; Graph's status wins, so it ended the Expired stage ago.
        #expect(lines[1].ends == CalendarDate(iso: "2026-10-29"))
        #expect(lines[2].skipped == .gone(status: "Deleted"))
        let named = try #require(summary(session.execute("import graph contoso \(file) --sku-names \(sample("sku-names.csv")) --dry-run"))).lines
        #expect(named.first?.name == "Contoso Custom Bundle (partner offer)")
        #expect(named.first?.notes.contains(.unknownSKU("CONTOSO_CUSTOM_BUNDLE")) == false)
        let (catalogue, problems) = SKUCatalogue.read(SourceText(FileManager.default.contents(atPath: sample("sku-names.csv")) ?? Data()), file: "s.csv")
        #expect(problems.isEmpty)
        #expect(catalogue.names.count == 2)
        #expect(SKUCatalogue.builtIn.names.count >= 40)
    }

    @Test("the same SKU twice is refused, naming both places")
    func duplicates() throws {
        let session = try makeSession(setup: Self.setup)
        let refused = try #require(refusal(session.execute("import graph contoso \(sample("hostile-duplicate-skus.json"))")))
        #expect(refused.problems.map { $0.place.jsonPath } == ["value[1]"])
        #expect(refused.problems.first?.error == .importing(.duplicateEntry(first: ImportPlace(file: sample("hostile-duplicate-skus.json"), jsonPath: "value[0]"))))
    }

    @Test("PowerShell files import alike, in Portuguese too")
    func powershellPortuguese() throws {
        let session = try makeSession(language: .ptBR, setup: ["customer add fabrikam --name Fabrikam"])
        let reply = session.execute("importar graph fabrikam \(sample("powershell-Get-MgSubscribedSku.json")) \(sample("powershell-Get-MgDirectorySubscription.json"))")
        let lines = try #require(summary(reply)).lines
        #expect(lines.map(\.name) == ["Microsoft 365 Business Standard", "Project Plan 3"])
        #expect(lines.map(\.ends) == [CalendarDate(iso: "2027-02-14"), CalendarDate(iso: "2027-01-01")])
        #expect(lines.map(\.users) == [18, 3])
        #expect(TextRenderer(language: .ptBR).render(reply).contains("2 novas, 0 alteradas, 0 sem mudança, 0 ignoradas. Registrado."))
    }
}

@Suite("Import from Partner Center")
struct PartnerCenterImportTests {
    @Test("Customers.csv: handles from domains, a reseller relationship accepted, the Microsoft ID kept and shown")
    func customers() throws {
        let session = try makeSession(setup: [])
        let lines = try #require(summary(session.execute("import partner-center customers \(sample("Customers.csv"))"))).lines
        #expect(lines.map { $0.customer?.rawValue } == ["contoso", "fabrikam", "padaria-sao-joao"])
        let contoso = try #require(try session.store.customer(Handle("contoso")!))
        #expect(contoso.isAccepted)
        #expect(contoso.tenantID == "b5c1b2d4-7c1e-4a0f-9e3b-0c6f4c2d9a11")
        #expect(try session.store.customer(Handle("fabrikam")!)?.isAccepted == false)
        #expect(try session.store.customer(Handle("fabrikam")!)?.name == "Fabrikam Comércio, Indústria")
        #expect(text(session, "customer show contoso").contains("Microsoft ID: b5c1b2d4-7c1e-4a0f-9e3b-0c6f4c2d9a11"))
        let again = try #require(summary(session.execute("import partner-center customers \(sample("Customers.csv"))")))
        #expect(again.lines.map(\.outcome) == [.unchanged, .unchanged, .unchanged])
    }

    @Test("an existing customer is found by its domain and gains its Microsoft ID; a taken handle gets -2")
    func matching() throws {
        let session = try makeSession(setup: ["customer add contoso --name Contoso --domain contoso.com.br", "customer add padaria-sao-joao --name Outra"])
        let lines = try #require(summary(session.execute("import partner-center customers \(sample("Customers.csv"))"))).lines
        #expect(lines[0].outcome == .changed)
        #expect(lines[0].customer == Handle("contoso"))
        #expect(lines[2].customer == Handle("padaria-sao-joao-2"))
        #expect(PartnerCenterImport.uniqueHandle(from: "Fábrica de Pães Ltda", taken: []) == Handle("fabrica-de-paes-ltda"))
    }

    @Test("a customer of the same name apart from suffix, accents and case is not added again: skipped saying which, with the commands to link or add it, in both languages")
    func probableDuplicateCustomer() throws {
        let portfolio = URL(fileURLWithPath: sample("Customers.csv")).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("portfolio.csv").path
        let session = try makeSession(setup: ["import \(portfolio)"])
        let customers = try session.store.allCustomers().count
        let dryRun = session.execute("import partner-center customers \(sample("Customers.csv")) --dry-run")
        let reply = session.execute("import partner-center customers \(sample("Customers.csv"))")
        for shown in [dryRun, reply] {
            let line = try #require(summary(shown)?.lines.first { $0.name == "Padaria São João" })
            #expect(line.outcome == .skipped)
            guard case .probableDuplicate(let twin, let link, _)? = line.skipped else { Issue.record("not flagged: \(line)"); continue }
            #expect(twin == Handle("padaria-sao-joao"))
            #expect(link?.description == "customer edit padaria-sao-joao --domain padaria-sao-joao.com.br")
        }
        #expect(TextRenderer(language: .en).render(reply).contains("probably padaria-sao-joao (same name apart from the company suffix"))
        #expect(TextRenderer(language: .ptBR).render(reply).contains("provavelmente padaria-sao-joao (mesmo nome, fora o sufixo"))
        #expect(try session.store.customer(Handle("padaria-sao-joao-2")!) == nil)
        #expect(try session.store.allCustomers().count == customers + summary(reply)!.count(.new))
        // Linked as the note says, the next import finds it and records its Microsoft ID.
        #expect(!session.execute("customer edit padaria-sao-joao --domain padaria-sao-joao.com.br").isFailure)
        let again = try #require(summary(session.execute("import partner-center customers \(sample("Customers.csv"))")))
        #expect(again.lines.first { $0.name == "Padaria São João" }?.customer == Handle("padaria-sao-joao"))
        #expect(try session.store.customer(Handle("padaria-sao-joao")!)?.tenantID == "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b")
    }

    @Test("company names compare without case, accents, punctuation or the company suffix, and only whole words")
    func sameCompany() {
        #expect(PartnerCenterImport.sameCompany("Padaria São João Ltda", "padaria sao joao"))
        #expect(PartnerCenterImport.sameCompany("Fabrikam S.A.", "FABRIKAM"))
        #expect(PartnerCenterImport.sameCompany("Contoso, Inc.", "Contoso"))
        #expect(!PartnerCenterImport.sameCompany("Padaria São João", "Padaria São Jorge"))
        #expect(!PartnerCenterImport.sameCompany("Padaria São João Filial", "Padaria São João"))
        #expect(!PartnerCenterImport.sameCompany("Ltda", "Contoso Ltda"))
    }

    @Test("subscriptions: paired with the original of the same offer, unpaired otherwise, deleted ones skipped; idempotent")
    func subscriptions() throws {
        let session = try makeSession(setup: ["customer add contoso --name Contoso", #"license add contoso "Office 365 E3" --seats 50 --expires 2027-03-31"#])
        let lines = try #require(summary(session.execute("import partner-center subscriptions contoso \(sample("subscriptions-contoso.csv"))"))).lines
        #expect(lines.map(\.outcome) == [.new, .new, .skipped])
        #expect(lines[0].changes == [FieldChange(field: .replaces, from: "", to: "L1")])
        #expect(lines[1].notes.contains(.unpaired(candidates: [], link: nil)))
        #expect(lines[2].skipped == .gone(status: "Deleted"))
        let again = try #require(summary(session.execute("import partner-center subscriptions contoso \(sample("subscriptions-contoso.csv"))")))
        #expect(again.lines.map(\.outcome) == [.unchanged, .unchanged, .skipped])
        // The export gives no purchase date: it stays unknown rather than dated today.
        #expect(try session.store.customer(Handle("contoso")!)?.cspSubscriptions.map(\.provisionedOn) == [nil, nil])
        #expect(try session.store.customer(Handle("contoso")!)?.cspSubscriptions.count == 2)
    }

    @Test("a CSP subscription Graph recorded is found again by its commerce id, in either order")
    func commerceIDMatches() throws {
        let graph = "import graph contoso \(sample("graph-subscribedSkus.json")) \(sample("graph-subscriptions.json"))"
        let partnerCenter = "import partner-center subscriptions contoso \(sample("subscriptions-contoso.csv"))"
        for order in [[graph, partnerCenter], [partnerCenter, graph]] {
            let session = try makeSession(setup: GraphImportTests.setup)
            _ = try #require(summary(session.execute(order[0])))
            let second = try #require(summary(session.execute(order[1])))
            let e3 = second.lines.filter { $0.name == "Office 365 E3" && $0.subject == .csp(LicenseID("C1")) }
            #expect(e3.count == 1)
            // Graph adds the purchase date Partner Center's export lacks: changed, never new.
            #expect(e3.first?.outcome == (order[0] == graph ? .unchanged : .changed))
            let csp = try #require(try session.store.customer(Handle("contoso")!)?.cspSubscriptions)
            #expect(csp.filter { $0.offer == "Office 365 E3" }.count == 1)
        }
    }

    @Test("no id matches but the same offer and seats are recorded: a probable duplicate is said, in the dry run too")
    func probableDuplicate() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("csp-\(UUID().uuidString)-subs.csv")
        try Data("Subscription ID,Subscription,Quantity,Status,Start date\nAAA-1,Office 365 E3,48,Active,2026-11-10\n".utf8).write(to: file)
        let session = try makeSession(setup: ["customer add contoso --name Contoso", "accept contoso --on 2026-11-01", "provision contoso \"Office 365 E3\" --seats 48"])
        for (dry, language) in [(" --dry-run", Language.en), ("", Language.ptBR)] {
            let reply = session.execute("import partner-center subscriptions contoso \(file.path)\(dry)")
            let lines = try #require(summary(reply)).lines
            #expect(lines.first?.notes.contains(.probableDuplicate(LicenseID("C1")!)) == true)
            let words = TextRenderer(language: language).render(reply)
            #expect(words.contains(language == .en ? "probably C1 again" : "provavelmente a C1 de novo"))
        }
    }

    @Test("an unpaired CSP subscription is offered a link only to an original of its offer, with csp edit, never provision", arguments: [Language.en, .ptBR])
    func unpairedLink(language: Language) throws {
        let session = try makeSession(setup: ["customer add contoso --name Contoso", #"license add contoso "Visio Plan 2" --seats 5 --expires 2027-03-31"#,
                                              #"license add contoso "Office 365 E3" --seats 20 --expires 2027-03-31"#, #"license add contoso "Office 365 E3" --seats 30 --expires 2027-05-31"#])
        let reply = session.execute("import partner-center subscriptions contoso \(sample("subscriptions-contoso.csv")) --dry-run")
        let lines = try #require(summary(reply)).lines
        #expect(lines[0].notes.contains(.unpaired(candidates: [LicenseID("L2")!, LicenseID("L3")!], link: CspEdit.line(Handle("contoso")!, LicenseID("C1")!).with(CspEdit.replaces, "L2"))))
        #expect(lines[1].notes.contains(.unpaired(candidates: [], link: nil)))
        let words = TextRenderer(language: language).render(reply)
        #expect(words.contains("`csp edit contoso C1 --replaces L2`"), "\(words)")
        #expect(!words.contains("provision ...") && !words.contains("provision contoso") && !words.contains("csp edit contoso C2"), "\(words)")
        #expect(words.contains(language == .en ? "no original of this offer" : "nenhuma original desta oferta"), "\(words)")
    }

    @Test("log HANDLE shows the imports that added or changed the customer, and only those", arguments: [Language.en, .ptBR])
    func importsJournaledPerCustomer(language: Language) throws {
        let session = try makeSession(language: language, setup: ["customer add other --name Other"])
        _ = try #require(summary(session.execute("import partner-center customers \(sample("Customers.csv"))")))
        _ = try #require(summary(session.execute("import partner-center subscriptions contoso \(sample("subscriptions-contoso.csv"))")))
        let contoso = TextRenderer(language: language).render(session.execute("log contoso"))
        #expect(contoso.contains("import partner-center customers") && contoso.contains("subscriptions"), "\(contoso)")
        let fabrikam = TextRenderer(language: language).render(session.execute("log fabrikam"))
        #expect(fabrikam.contains("import partner-center customers") && !fabrikam.contains("subscriptions"), "\(fabrikam)")
        let other = TextRenderer(language: language).render(session.execute("log other"))
        #expect(!other.contains("import"), "\(other)")
    }

    @Test("every problem of a row is reported with its row, and nothing is recorded")
    func badRows() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("csp-\(UUID().uuidString)-subs.csv")
        try Data("Subscription ID;Subscription;Quantity\nX1;;muitos\nX1;Office 365 E3;1.200\n".utf8).write(to: file)
        let session = try makeSession(setup: ["customer add contoso --name Contoso"])
        let refused = try #require(refusal(session.execute("import partner-center subscriptions contoso \(file.path)")))
        #expect(refused.problems.map { $0.place.row } == [2, 2, 3])
        #expect(refused.problems.map(\.error.code) == [.badValue, .badNumber, .badImport])
        #expect(try session.store.customer(Handle("contoso")!)?.cspSubscriptions.isEmpty == true)
    }
}

@Suite("Spreadsheet text")
struct SpreadsheetTextTests {
    @Test("Windows-1252 is detected and converted; UTF-8 with and without BOM, UTF-16 read as such")
    func encodings() {
        let cp1252 = SourceText(Data([0x53, 0xE3, 0x6F, 0x20, 0x80, 0x31]))
        #expect(cp1252.encoding == .windows1252)
        #expect(cp1252.text == "São €1")
        #expect(SourceText(Data([0xEF, 0xBB, 0xBF, 0x61])).encoding == .utf8WithBOM)
        #expect(SourceText(Data([0xEF, 0xBB, 0xBF, 0x61])).text == "a")
        #expect(SourceText(Data("São".utf8)).encoding == .utf8)
        #expect(SourceText(Data([0xFF, 0xFE, 0x61, 0x00])).text == "a")
    }

    @Test("the separator comes from the header; quotes, CRLF and line breaks in quotes")
    func delimited() {
        let table = DelimitedText("a;b;\"c;d\"\r\n1;\"x\r\ny\";\"he said \"\"hi\"\"\"\r\n")
        #expect(table.separator == ";")
        #expect(table.header == ["a", "b", "c;d"])
        #expect(table.rows.map(\.cells) == [["1", "x\r\ny", "he said \"hi\""]])
        #expect(DelimitedText("a,b;c\n").separator == ",")
        #expect(DelimitedText("a\"b\n").unclosedQuoteRow == nil)
        #expect(DelimitedText("a\n\"b\n").unclosedQuoteRow == 2)
    }

    @Test("amounts, counts and dates as Brazilian and English spreadsheets write them", arguments: [
        ("23,50", true, "23.5"), ("1.234,56", true, "1234.56"), ("R$ 53,00", true, "53"), ("1.234", true, "1234"),
        ("23.50", true, "23.5"), ("1,234.56", false, "1234.56"), ("1,234", false, "1234"), ("23,5", false, "23.5"),
    ])
    func amounts(text: String, decimalComma: Bool, expected: String) {
        #expect(SpreadsheetValues.amount(text, decimalComma: decimalComma).map { "\($0.0)" } == expected)
    }

    @Test("refused amounts, counts and dates")
    func refused() {
        for bad in ["1.23.4", "12,34,5", "abc", "1,2345678", ",", "-1"] { #expect(SpreadsheetValues.amount(bad, decimalComma: true) == nil, "\(bad)") }
        #expect(SpreadsheetValues.count("1.200", in: 1...1_000_000) == 1200)
        #expect(SpreadsheetValues.count("1,200", in: 1...1_000_000) == 1200)
        #expect(SpreadsheetValues.count("12.00", in: 1...1_000_000) == nil)
        #expect(SpreadsheetValues.date("31/03/2027") == CalendarDate(iso: "2027-03-31"))
        #expect(SpreadsheetValues.date("2027-03-31") == CalendarDate(iso: "2027-03-31"))
        #expect(SpreadsheetValues.date("31/02/2027") == nil)
        #expect(SpreadsheetValues.date("03/31/27") == nil)
    }
}

@Suite("Import commands")
struct ImportCommandTests {
    @Test("`import FILE` still reads a spreadsheet; the three other forms parse; `help import` shows every form with an example")
    func forms() throws {
        let parser = Parser()
        guard case .command(let bare) = try parser.parse("import x.csv") else { Issue.record("empty"); return }
        #expect(bare is Import)
        guard case .command(let graph) = try parser.parse("import graph contoso a.json b.json --dry-run") else { Issue.record("empty"); return }
        #expect((graph as? ImportGraph)?.files == ["a.json", "b.json"])
        guard case .command(let pc) = try parser.parse("import partner-center subscriptions contoso s.csv") else { Issue.record("empty"); return }
        #expect((pc as? ImportPartnerCenterSubscriptions)?.path == "s.csv")
        #expect(throws: CommandError.missingSubcommand("import partner-center", choices: ["customers", "subscriptions"])) { try parser.parse("import partner-center") }
        let help = TextRenderer(language: .en).render(try makeSession(setup: []).execute("help import"))
        for usage in ["import FILE", "import graph HANDLE FILE...", "import partner-center customers FILE", "import partner-center subscriptions HANDLE FILE",
                      "import graph contoso subscribedSkus.json", "import partner-center customers Customers.csv"] {
            #expect(help.contains(usage), "\(usage)")
        }
    }

    @Test("Tab offers the format words, then files")
    func completion() throws {
        let session = try makeSession(setup: [])
        let completer = Completer()
        #expect(completer.complete("import ", data: session).candidates.contains("graph"))
        #expect(completer.complete("import ", data: session).candidates.contains("partner-center"))
        #expect(completer.complete("import partner-center ", data: session).candidates == ["customers", "subscriptions"])
        let folder = String(sample("x").dropLast())
        #expect(completer.complete("import graph contoso \(folder)graph-sub", data: session).candidates
            == ["\(folder)graph-subscribedSkus-newer.json", "\(folder)graph-subscribedSkus.json", "\(folder)graph-subscriptions.json"])
    }

    @Test("settings partner-tenant is kept, shown, and refuses what is not a tenant id")
    func partnerTenant() throws {
        let session = try makeSession(setup: [])
        #expect(text(session, "settings partner-tenant 4F1C2A9E-0B7D-4C55-8E21-6A3D9B7C1E02").contains("4f1c2a9e-0b7d-4c55-8e21-6a3d9b7c1e02"))
        #expect(try session.partnerTenant() == "4f1c2a9e-0b7d-4c55-8e21-6a3d9b7c1e02")
        #expect(session.execute("settings partner-tenant contoso").isFailure)
        #expect(try session.store.loadPartnerTenant() == "4f1c2a9e-0b7d-4c55-8e21-6a3d9b7c1e02")
    }
}
