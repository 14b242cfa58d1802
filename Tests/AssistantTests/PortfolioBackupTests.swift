import Foundation
@testable import Assistant
import MigrationGuide
import MigrationStore
import PropertyBased
import Testing

/// `export` is a backup: every fact the customer model holds goes out (CSV, its Excel-in-Portuguese
/// variant, JSON), and `import` of the CSV into an empty portfolio rebuilds the same customers.
@Suite("Portfolio backup")
struct PortfolioBackupTests {
    /// Every stored property of the value and of the model values inside it, as `Type.property`.
    static func storedProperties(of value: Any) -> Set<String> {
        let mirror = Mirror(reflecting: value)
        let type = String(describing: mirror.subjectType)
        return Set(mirror.children.compactMap { $0.label.map { "\(type).\($0)" } })
    }

    /// A customer with every fact of the model set to something other than its default.
    static func everything() throws -> Customer {
        let date = { (iso: String) throws -> CalendarDate in try #require(CalendarDate(iso: iso)) }
        let price = Money(amount: Decimal(string: "23.5") ?? 0, currency: "BRL")
        let original = OriginalSubscription(
            id: LicenseID(kind: .original, number: 1), offer: "Office 365 E3", seats: 10, assigned: 8, expires: try date("2026-11-20"),
            pricePerSeatMonth: price, autoRenew: true, ending: .cancelled(on: try date("2026-11-20"), early: false), startedOn: try date("2025-11-21"),
            externalID: "graph-1")
        let csp = CSPSubscription(
            id: LicenseID(kind: .csp, number: 1), offer: "Microsoft 365 E3", seats: 8, provisionedOn: try date("2026-11-01"), replaces: [original.id],
            reassignedOn: try date("2026-11-10"), term: .threeYear, billing: .upfront, pricePerSeatMonth: price, cancelledOn: try date("2026-11-05"),
            externalID: "pc-1")
        return Customer(
            handle: try #require(Handle("acme")), name: "Acme", domain: "acme.com", program: .mosp, adminEmail: "ti@acme.com",
            invitation: Invitation(sentOn: try date("2026-10-01"), email: "ceo@acme.com", acceptedOn: try date("2026-10-02")),
            originals: [original], cspSubscriptions: [csp], billingAccount: .mca, eaTerm: .multiYear, createdInPartnerCenter: true,
            gdap: GDAPRelationship(requestedOn: try date("2026-10-03"), roles: [.licenseAdministrator, .globalReader], acceptedOn: try date("2026-10-04"),
                                   expiresOn: try date("2028-10-03")),
            currency: "BRL", tenantID: "b5c1b2d4-7c1e-4a0f-9e3b-0c6f4c2d9a11")
    }

    @Test("every stored property of the customer model is carried by a declared column, and every column carries a real one")
    func everyFactHasAColumn() throws {
        let customer = try Self.everything()
        let original = try #require(customer.originals.first)
        let csp = try #require(customer.cspSubscriptions.first)
        let model = [customer, customer.invitation as Any, customer.gdap as Any, original, csp, original.pricePerSeatMonth as Any]
            .map { value -> Any in
                // Optionals unwrapped, so that their wrapped type's properties are listed.
                let mirror = Mirror(reflecting: value)
                return mirror.displayStyle == .optional ? (mirror.children.first?.value ?? value) : value
            }
            .reduce(into: Set<String>()) { $0.formUnion(Self.storedProperties(of: $1)) }
        let carried = Set(PortfolioColumn.allCases.flatMap(\.carries))
        #expect(model.subtracting(carried).isEmpty, "facts no column carries: \(model.subtracting(carried).sorted())")
        #expect(carried.subtracting(model).isEmpty, "columns carrying no fact: \(carried.subtracting(model).sorted())")
    }

    @Test("a customer with every fact set reads back equal from the CSV, plain and as Excel in Portuguese writes it", arguments: [false, true])
    func everyFactReadsBack(excel: Bool) throws {
        let customer = try Self.everything()
        let today = try #require(CalendarDate(iso: "2026-11-28"))
        let guidance = Guide().guidance(for: customer, on: today)
        let exported = PortfolioExport.csv([(customer, guidance)], dialect: excel ? .excelBrazil : .plain)
        let (plan, problems) = PortfolioImport.plan(SourceText(Data(exported.utf8)), file: "backup.csv", existing: [], partnerCurrency: nil,
                                                    today: today, settings: GuideSettings())
        #expect(problems.isEmpty, "\(problems)")
        #expect(plan.inserting == [customer], "\(plan.inserting.first.map { Self.differences(customer, $0) } ?? [])")
    }

    @Test("the JSON report has every fact a CSV row has, under the key the column declares")
    func jsonHasEveryFact() throws {
        let customer = try Self.everything()
        let guidance = Guide().guidance(for: customer, on: try #require(CalendarDate(iso: "2026-11-28")))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(PortfolioExport.json([(customer, guidance)]).utf8)) as? [[String: Any]])
        let object = try #require(json.first)
        func value(_ key: String, in object: [String: Any]) -> Any? {
            key.split(separator: ".").reduce(object as Any?) { ($0 as? [String: Any])?[String($1)] }
        }
        let subjects: [(PortfolioColumn.Subject, [String: Any]?)] = [
            (.customer, object),
            (.original(try #require(guidance.originals.first)), (object["originals"] as? [[String: Any]])?.first),
            (.csp(try #require(customer.cspSubscriptions.first)), (object["cspSubscriptions"] as? [[String: Any]])?.first),
        ]
        for (subject, found) in subjects {
            let level: PortfolioColumn.Level = if case .customer = subject { .customer } else { .subscription }
            for column in PortfolioColumn.allCases where column.level == level && !column.isReport {
                guard column.value(customer, guidance, subject) != nil else { continue }
                let key = try #require(column.jsonKey, "\(column) has no JSON key")
                #expect(value(key, in: found ?? [:]) != nil, "\(column) missing from the JSON as \(key)")
            }
        }
        #expect(value("gdap.roles", in: object) as? [String] == ["License Administrator", "Global Reader"])
        #expect(PortfolioExport.csv([(customer, guidance)]).contains(",\"License Administrator, Global Reader\","))
        #expect(value("pricePerSeatMonth", in: (object["cspSubscriptions"] as? [[String: Any]])?.first ?? [:]) as? [String: String]
                == ["amount": "23.50", "currency": "BRL"])
    }

    /// One number → a command line that records a fact the plain random sessions do not:
    /// billing account, EA term, customer currency, Partner Center creation, GDAP, start dates,
    /// CSP term, billing and price, CSP cancellation, auto-renew.
    static func fact(_ n: Int, today: CalendarDate) -> String {
        let c = (n / 10) % 3, l = (n / 30) % 3 + 1, d = (n / 90) % 300, seats = (n / 27_000) % 40 + 1
        switch n % 10 {
        case 0: return "customer edit c\(c) --billing-account \(d % 2 == 0 ? "mca" : "mosa")"
        case 1: return "customer edit c\(c) --ea-term multi-year"
        case 2: return "customer edit c\(c) --currency \(d % 2 == 0 ? "BRL" : "USD") --created-in-partner-center \(d % 3 == 0 ? "on" : "off")"
        case 3: return "gdap request c\(c) --roles \"License Administrator\(d % 2 == 0 ? ", Global Reader" : "")\""
        case 4: return "gdap accept c\(c)"
        case 5: return "license edit c\(c) L\(l) --started \(today.adding(days: -d))"
        case 6: return "provision c\(c) \"Offer \(l)\" --seats \(seats) --replaces L\(l) --term three-year --billing upfront --price 12.35 --confirm"
        case 7: return "csp cancel c\(c) C\(l) --confirm"
        case 8: return "license add c\(c) \"Offer \(l)\" --seats \(seats) --expires \(today.adding(days: d)) --price 9.9 --currency USD --auto-renew on"
        default: return "csp edit c\(c) C\(l) --provisioned \(today.adding(days: -(d % 20)))"
        }
    }

    /// The stored properties on which two customers differ, for a readable failure.
    static func differences(_ lhs: Customer, _ rhs: Customer) -> [String] {
        let left = Mirror(reflecting: lhs).children, right = Mirror(reflecting: rhs).children
        return zip(left, right).compactMap { a, b in
            String(describing: a.value) == String(describing: b.value) ? nil : "\(lhs.handle).\(a.label ?? "?"): \(a.value) ≠ \(b.value)"
        }
    }

    @Test("random portfolios: export, import into an empty portfolio, export again gives the same file (plain, Excel, JSON) and the same customers, field by field")
    func roundTrip() async {
        await propertyCheck(count: 60, input: Gen.int(in: 0...4_000_000).array(of: 1...60)) { numbers in
            guard let session = try? Session(store: InMemoryStore(), today: RandomSessionTests.start) else {
                Issue.record("no session")
                return
            }
            for line in ["settings currency BRL", "customer add c0 --name \"Cliente 0\" --program open", "customer add c1 --name \"Cliente 1\" --program mosp",
                         "customer add c2 --name \"Cliente 2; Filial\" --program ea"] {
                _ = session.execute(line)
            }
            for number in numbers {
                _ = session.execute(number % 3 == 0 ? Self.fact(number / 3, today: session.today) : RandomSessionTests.command(number / 3, today: session.today))
            }
            guard var customers = try? session.store.allCustomers() else { Issue.record("no customers"); return }
            // Microsoft's ids come only from Graph and Partner Center files: give some records one.
            for index in customers.indices where numbers.count % 2 == 0 {
                for original in customers[index].originals.indices { customers[index].originals[original].externalID = "graph-\(index)-\(original)" }
                for csp in customers[index].cspSubscriptions.indices { customers[index].cspSubscriptions[csp].externalID = "pc-\(index)-\(csp)" }
                try? session.store.update(customers[index], journal: session.journalEntry(customer: customers[index].handle))
            }
            let portfolio = { (session: Session) in ((try? session.store.allCustomers()) ?? []).map { ($0, session.guide.guidance(for: $0, on: session.today)) } }
            for dialect in [SpreadsheetDialect.plain, .excelBrazil] {
                let exported = PortfolioExport.csv(portfolio(session), dialect: dialect)
                guard let rebuilt = try? Session(store: InMemoryStore(), today: session.today) else { Issue.record("no session"); return }
                let (plan, problems) = PortfolioImport.plan(SourceText(Data(exported.utf8)), file: "backup.csv", existing: [], partnerCurrency: nil,
                                                            today: session.today, settings: session.guide.settings)
                #expect(problems.isEmpty, "\(problems.prefix(3)) in\n\(exported)")
                try? rebuilt.store.importBatch(inserting: plan.inserting, updating: [], journal: [rebuilt.journalEntry(customer: nil)])
                let before = (try? session.store.allCustomers()) ?? [], after = (try? rebuilt.store.allCustomers()) ?? []
                #expect(before.map(\.handle) == after.map(\.handle))
                for (lhs, rhs) in zip(before, after) { #expect(lhs == rhs, "\(Self.differences(lhs, rhs))") }
                #expect(PortfolioExport.csv(portfolio(rebuilt), dialect: dialect) == exported)
                #expect((try? PortfolioExport.json(portfolio(rebuilt))) == (try? PortfolioExport.json(portfolio(session))))
            }
        }
    }
}
