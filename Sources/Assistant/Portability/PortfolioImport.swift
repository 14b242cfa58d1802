import Foundation
import MigrationGuide

/// Reads a portfolio spreadsheet: customers, their original subscriptions and CSP subscriptions,
/// one subscription per row (a row with neither adds just the customer). As Excel writes it in
/// English or in Portuguese: `,` `;` or tab between columns (told from the header), column names in
/// either language, `23.50` or `1.234,56`, `2027-03-31` or `31/03/2027`; `export`'s own file reads
/// back, its report columns ignored. Every row is checked, and every problem of every row listed,
/// before anything is recorded; a file with any problem imports nothing.
public enum PortfolioImport {
    /// Each column's names: the one `export` writes first, then the Portuguese ones.
    static let columns: [[String]] = [
        ["handle", "cliente", "apelido"], ["name", "nome", "empresa", "razão social"], ["domain", "domínio"], ["program", "programa"],
        ["email", "e-mail", "admin_email", "e-mail do administrador"], ["microsoft_id", "Microsoft ID", "tenant_id", "id da microsoft"],
        ["invited", "convidado em", "convite enviado"], ["invite_email", "e-mail do convite"], ["accepted", "aceito em", "aceite"],
        ["license", "id"], ["offer", "oferta", "produto"], ["seats", "licenças", "quantidade"],
        ["assigned", "usuários", "atribuídas", "users"], ["expires", "termina", "término", "vencimento"],
        ["price", "preço", "preço por licença"], ["currency", "moeda"], ["auto_renew", "renovação automática", "renova"],
        ["ending", "encerramento"], ["ended_on", "encerrada em"], ["provisioned", "provisionada em"], ["replaces", "substitui"],
        ["reassigned", "reatribuída em"],
    ]
    /// Column names only a Portuguese header uses (the others are English, or either).
    static let portugueseColumnNames: Set<String> = Set(columns.flatMap { $0.dropFirst() }.map(HeaderColumns.key))
        .subtracting(["Microsoft ID", "tenant_id", "admin_email", "id", "users"].map(HeaderColumns.key))
    /// Columns `export` writes for people, which an import does not need.
    static let reportColumns: Set<String> = ["stage", "days_left", "replaced_by", "warnings", "next_action"]
    /// The names messages use.
    public static var columnNames: [String] { columns.map { $0[0] } }

    /// What the import would change, as the lines of its summary.
    public struct Plan: Sendable {
        public var inserting: [Customer] = []
        public var updating: [Customer] = []
        public var lines: [ImportLine] = []
        public var reading: FileReading?
    }

    /// What makes an original the same one: its customer, its offer (case and accents ignored) and
    /// its end date.
    struct OriginalKey: Hashable {
        var handle: Handle
        var offer: String
        var expires: CalendarDate

        init(handle: Handle, offer: String, expires: CalendarDate) {
            self.handle = handle
            self.offer = comparisonKey(offer)
            self.expires = expires
        }
    }

    /// The customer's fields a row gives (empty cells give nothing).
    struct CustomerFields: Equatable {
        var name: String
        var domain: String?
        var program: Program?
        var email: String?
        var tenantID: String?
        var invited: CalendarDate?
        var inviteEmail: String?
        var accepted: CalendarDate?
    }

    struct OriginalFields {
        var id: LicenseID?
        var offer: String
        var seats: Int
        var assigned: Int?
        var expires: CalendarDate
        var price: Decimal?
        var currency: String?
        var autoRenew: Bool
        var ending: OriginalSubscription.Ending?
    }

    struct CSPFields {
        var id: LicenseID?
        var offer: String
        var seats: Int
        /// nil when the purchase date is unknown (left empty, as export writes it).
        var provisioned: CalendarDate?
        var replaces: [LicenseID]
        var reassigned: CalendarDate?
    }

    struct Row {
        enum Subscription {
            case original(OriginalFields)
            case csp(CSPFields)
        }
        var number: Int
        var handle: Handle
        var customer: CustomerFields
        var subscription: Subscription?
    }

    /// A cell as one line: spreadsheets wrap long names over several lines, which are one name.
    static func singleLine(_ cell: String) -> String {
        func trimmed(_ part: Substring) -> Substring {
            guard let first = part.firstIndex(where: { $0 != " " }), let last = part.lastIndex(where: { $0 != " " }) else { return "" }
            return part[first...last]
        }
        guard cell.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else { return String(trimmed(cell[...])) }
        return cell.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\r\n" })
            .map(trimmed).filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Reads the whole file and plans the changes against the customers already recorded; every
    /// problem is returned, each with its row.
    /// A price without a currency takes the customer's (or that of its originals), else `partnerCurrency`.
    /// Each customer, original and CSP subscription goes through the customer's own checks (as
    /// `customer add`, `invite`, `accept`, `license add`, `provision` check them, against `today`).
    public static func plan(_ source: SourceText, file: String, existing: [Customer], partnerCurrency: String?, today: CalendarDate) -> (Plan, [ImportProblem]) {
        let (rows, reading, problems) = read(source, file: file)
        guard problems.isEmpty else { return (Plan(), problems) }
        var (plan, refused) = plan(rows, file: file, existing: existing, partnerCurrency: partnerCurrency, today: today)
        guard refused.isEmpty else { return (Plan(), refused) }
        plan.reading = reading
        return (plan, [])
    }

    static func read(_ source: SourceText, file: String) -> ([Row], FileReading?, [ImportProblem]) {
        let table = DelimitedText(source.text)
        let header = table.header.map { singleLine($0) }
        let headerPlace = ImportPlace(file: file, row: 1)
        let columns = HeaderColumns(header, wanted: Self.columns, required: ["handle", "name"])
        let known = Set(Self.columns.flatMap { $0 }.map(HeaderColumns.key))
        let ignored = header.filter { !$0.isEmpty && !known.contains(HeaderColumns.key($0)) && !reportColumns.contains($0.lowercased()) }
        var reading: FileReading?
        if source.encoding != .utf8 || table.separator != "," || !ignored.isEmpty {
            reading = FileReading(file: file, encoding: source.encoding, separator: table.separator == "," ? nil : (table.separator == "\t" ? "tab" : String(table.separator)),
                                  ignoredColumns: ignored)
        }
        var problems: [ImportProblem] = []
        // A column named twice: which of the two would be meant?
        var named: [String: Int] = [:]
        for name in header.map(HeaderColumns.key) where known.contains(name) { named[name, default: 0] += 1 }
        let repeated = header.filter { (named[HeaderColumns.key($0)] ?? 0) > 1 }
        if !repeated.isEmpty { problems.append(ImportProblem(headerPlace, .importing(.repeatedColumns(Array(Set(repeated)).sorted())))) }
        if !columns.missing.isEmpty {
            problems.append(ImportProblem(headerPlace, .headerMissing(columns.missing, expected: columnNames)))
            if let other = [";", "\t", ","].first(where: { separator in separator != String(table.separator) && header.joined().contains(separator) }) {
                problems.append(ImportProblem(headerPlace, .importing(.separatorHint(other == "\t" ? "tab" : other))))
            }
        }
        if let row = table.unclosedQuoteRow { problems.append(ImportProblem(ImportPlace(file: file, row: row), .importing(.unclosedQuote))) }
        guard problems.isEmpty else { return ([], reading, problems) }

        // Excel in Portuguese writes `;`, decimal commas and day-first dates; a file with Portuguese
        // column names is read the same way. Otherwise `04/05/2027` could be either, and is refused.
        let dayFirst = table.separator == ";" || header.contains { portugueseColumnNames.contains(HeaderColumns.key($0)) }
        let reader = RowReader(columns: columns, decimalComma: table.separator == ";", dayFirstDates: dayFirst)
        var rows: [Row] = []
        rows.reserveCapacity(table.rows.count)
        var seen: [OriginalKey: Int] = [:]
        var customers: [Handle: Row] = [:]
        for (number, cells) in table.rows {
            if cells.allSatisfy({ InputPolicy.trimmedWhitespace($0).isEmpty }) { continue }
            let place = ImportPlace(file: file, row: number)
            if cells.count > header.count, let lastFilled = cells.lastIndex(where: { !InputPolicy.trimmedWhitespace($0).isEmpty }), lastFilled >= header.count {
                problems.append(ImportProblem(place, .csvCellCount(expected: header.count, found: lastFilled + 1)))
                continue
            }
            var rowProblems: [CommandError] = []
            guard var row = reader.row(cells, number: number, problems: &rowProblems) else {
                problems += rowProblems.map { ImportProblem(place, $0) }
                continue
            }
            if case .original(let original)? = row.subscription {
                let key = OriginalKey(handle: row.handle, offer: original.offer, expires: original.expires)
                if let first = seen[key] { rowProblems.append(.csvDuplicateRow(firstRow: first)) } else { seen[key] = number }
            }
            if let earlier = customers[row.handle] {
                rowProblems += conflicts(row.customer, earlier.customer, handle: row.handle, firstRow: earlier.number, label: columns.label)
                row.customer = earlier.customer.merged(with: row.customer)
            }
            customers[row.handle] = row
            if rowProblems.isEmpty { rows.append(row) } else { problems += rowProblems.map { ImportProblem(place, $0) } }
        }
        // Say how `a/b/yyyy` dates were read, when the file has any.
        let dateColumns = ["invited", "accepted", "expires", "ended_on", "provisioned", "reassigned"]
        let writesSlashDates = table.rows.contains { _, cells in
            dateColumns.contains { columns.cell($0, in: cells).map { $0.contains("/") } ?? false }
        }
        if writesSlashDates {
            var said = reading ?? FileReading(file: file, encoding: source.encoding, separator: table.separator == "," ? nil : (table.separator == "\t" ? "tab" : String(table.separator)))
            said.slashDates = dayFirst ? .dayFirst : .unambiguousOnly
            reading = said
        }
        return (rows, reading, problems)
    }

    /// Each customer field that a later row gives differently from an earlier one.
    static func conflicts(_ later: CustomerFields, _ earlier: CustomerFields, handle: Handle, firstRow: Int, label: (String) -> String) -> [CommandError] {
        func differs(_ field: String, _ here: String?, _ there: String?) -> CommandError? {
            guard let here, let there, here != there else { return nil }
            return .csvConflict(handle: handle, field: label(field), here: here, earlier: there, firstRow: firstRow)
        }
        return [
            differs("name", later.name, earlier.name), differs("domain", later.domain, earlier.domain),
            differs("program", later.program?.rawValue, earlier.program?.rawValue), differs("email", later.email, earlier.email),
            differs("microsoft_id", later.tenantID, earlier.tenantID), differs("invited", later.invited?.description, earlier.invited?.description),
            differs("accepted", later.accepted?.description, earlier.accepted?.description),
        ].compactMap { $0 }
    }

    /// Reads one row's cells, collecting every problem of the row.
    struct RowReader {
        let columns: HeaderColumns
        let decimalComma: Bool
        let dayFirstDates: Bool

        func row(_ cells: [String], number: Int, problems: inout [CommandError]) -> Row? {
            func cell(_ column: String) -> String? {
                columns.cell(column, in: cells).map(PortfolioImport.singleLine).flatMap { $0.isEmpty ? nil : $0 }
            }
            /// A filled cell through a value reader; nil (and the problem kept) when it is wrong.
            func read<Value>(_ column: String, _ reader: ValueReader<Value>) -> Value? {
                guard let text = cell(column) else { return nil }
                do { return try reader.read(text, field: columns.label(column)) } catch {
                    problems.append(error)
                    return nil
                }
            }
            func count(_ column: String, in range: ClosedRange<Int>) -> Int? {
                guard let text = cell(column) else { return nil }
                guard let value = SpreadsheetValues.count(text, in: range) else {
                    problems.append(.badNumber(field: columns.label(column), text: text, range: range))
                    return nil
                }
                return value
            }
            func date(_ column: String) -> CalendarDate? {
                guard let text = cell(column) else { return nil }
                guard let value = SpreadsheetValues.date(text, dayFirst: dayFirstDates) else {
                    if !dayFirstDates, let (dayFirst, monthFirst) = SpreadsheetValues.ambiguousReadings(text) {
                        problems.append(.importing(.ambiguousDate(field: columns.label(column), text: text, dayFirst: dayFirst, monthFirst: monthFirst)))
                        return nil
                    }
                    problems.append(.importing(.spreadsheetDate(field: columns.label(column), text: text)))
                    return nil
                }
                return value
            }
            let before = problems.count
            let handle = read("handle", .newHandle)
            if cell("handle") == nil { problems.append(.badValue(field: columns.label("handle"), text: "", choices: [])) }
            let name = read("name", .text())
            if cell("name") == nil { problems.append(.badValue(field: columns.label("name"), text: "", choices: [])) }
            var tenantID: String?
            if let text = cell("microsoft_id") {
                if PartnerCenterReader.isTenantID(text) { tenantID = text.lowercased() } else {
                    problems.append(.badValue(field: columns.label("microsoft_id"), text: text, choices: ["xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"]))
                }
            }
            let fields = CustomerFields(
                name: name ?? "", domain: read("domain", .domain), program: read("program", .program),
                email: read("email", .email), tenantID: tenantID, invited: date("invited"), inviteEmail: read("invite_email", .email),
                accepted: date("accepted"))
            var license: LicenseID?
            if let text = cell("license") {
                license = LicenseID(text)
                if license == nil { problems.append(.badValue(field: columns.label("license"), text: text, choices: ["L1", "C1"])) }
            }
            var subscription: Row.Subscription?
            let offer = read("offer", .text(.offer))
            let isCSP = license?.kind == .csp || (license == nil && cell("provisioned") != nil && cell("expires") == nil)
            if cell("offer") == nil {
                if ["seats", "expires", "provisioned"].contains(where: { cell($0) != nil }) {
                    problems.append(.badValue(field: columns.label("offer"), text: "", choices: []))
                }
            } else if isCSP {
                let seats = count("seats", in: seatRange)
                if cell("seats") == nil { problems.append(.badNumber(field: columns.label("seats"), text: "", range: seatRange)) }
                let provisioned = date("provisioned")
                var replaces: [LicenseID] = []
                if let text = cell("replaces") {
                    // One original, or a pool written L1+L2.
                    let ids = text.split(separator: "+").map { LicenseID(String($0)).flatMap { $0.kind == .original ? $0 : nil } }
                    replaces = ids.compactMap { $0 }
                    if ids.contains(where: { $0 == nil }) { problems.append(.badValue(field: columns.label("replaces"), text: text, choices: ["L1", "L1+L2"])) }
                }
                if let offer, let seats, provisioned != nil || cell("provisioned") == nil {
                    subscription = .csp(CSPFields(id: license, offer: offer, seats: seats, provisioned: provisioned, replaces: replaces, reassigned: date("reassigned")))
                }
            } else {
                let seats = count("seats", in: seatRange)
                if cell("seats") == nil { problems.append(.badNumber(field: columns.label("seats"), text: "", range: seatRange)) }
                let assigned = count("assigned", in: assignedRange)
                if let assigned, let seats, assigned > seats { problems.append(.badNumber(field: columns.label("assigned"), text: cell("assigned") ?? "", range: 0...seats)) }
                let expires = date("expires")
                if cell("expires") == nil { problems.append(.importing(.spreadsheetDate(field: columns.label("expires"), text: ""))) }
                var price: Decimal?, currency = read("currency", .currency)
                if let text = cell("price") {
                    if let (amount, named) = SpreadsheetValues.amount(text, decimalComma: decimalComma), amount <= 1_000_000 {
                        price = amount
                        currency = currency ?? named
                    } else {
                        problems.append(.importing(.spreadsheetAmount(field: columns.label("price"), text: text)))
                    }
                }
                let autoRenew = read("auto_renew", .onOff) ?? false
                var ending: OriginalSubscription.Ending?
                if let kind = cell("ending") {
                    let on = date("ended_on")
                    if cell("ended_on") == nil { problems.append(.importing(.spreadsheetDate(field: columns.label("ended_on"), text: ""))) }
                    switch caseAndAccentFolded(kind) {
                    case "expired", "expirada": ending = on.map { .expired(on: $0) }
                    case "cancelled", "cancelada": ending = on.map { .cancelled(on: $0, early: false) }
                    case "cancelled-early", "cancelada-antes": ending = on.map { .cancelled(on: $0, early: true) }
                    default: problems.append(.badValue(field: columns.label("ending"), text: kind, choices: ["expired", "cancelled", "cancelled-early"]))
                    }
                }
                if let offer, let seats, let expires {
                    subscription = .original(OriginalFields(id: license, offer: offer, seats: seats, assigned: assigned, expires: expires,
                                                            price: price, currency: currency, autoRenew: autoRenew, ending: ending))
                }
            }
            guard problems.count == before, let handle else { return nil }
            return Row(number: number, handle: handle, customer: fields, subscription: subscription)
        }
    }

    /// New customers are added with every field the file gives; existing ones keep their details
    /// and gain only the subscriptions they do not have yet (an original: same offer and end date;
    /// a CSP subscription: same offer and date), so importing a file twice changes nothing.
    static func plan(_ rows: [Row], file: String, existing: [Customer], partnerCurrency: String?, today: CalendarDate) -> (Plan, [ImportProblem]) {
        var refused: [ImportProblem] = []
        /// Customers the checks refused: reported once, at their first row.
        var refusedCustomers = Set<Handle>()
        var known = Dictionary(uniqueKeysWithValues: existing.map { ($0.handle, $0) })
        var touched: [Handle] = []
        var touchedSet = Set<Handle>()
        var created = Set<Handle>()
        var recorded: [Handle: Set<OriginalKey>] = [:]
        /// The file's license ids → the ids recorded, per customer, for `replaces`.
        var ids: [Handle: [LicenseID: LicenseID]] = [:]
        var plan = Plan()
        plan.lines.reserveCapacity(rows.count)
        for row in rows {
            let place = ImportPlace(file: file, row: row.number)
            if refusedCustomers.contains(row.handle) { continue }
            var customer: Customer
            if let found = known[row.handle] {
                customer = found
            } else {
                do { customer = try row.customer.newCustomer(row.handle, today: today) } catch {
                    refused.append(ImportProblem(place, .guide(error)))
                    refusedCustomers.insert(row.handle)
                    continue
                }
                created.insert(row.handle)
            }
            defer { known[row.handle] = customer }
            var line = ImportLine(created.contains(row.handle) && touchedSet.insert(row.handle).inserted ? .new : .unchanged,
                                  customer: row.handle, subject: .customer, name: customer.name, place: place)
            if line.outcome == .new { touched.append(row.handle) }
            switch row.subscription {
            case nil:
                break
            case .original(let fields)?:
                let key = OriginalKey(handle: row.handle, offer: fields.offer, expires: fields.expires)
                var keys = recorded[row.handle] ?? Set(customer.originals.map { OriginalKey(handle: row.handle, offer: $0.offer, expires: $0.expires) })
                defer { recorded[row.handle] = keys }
                line.subject = .original(nil)
                line.name = fields.offer
                line.seats = fields.seats
                line.users = fields.assigned ?? fields.seats
                line.ends = fields.expires
                guard keys.insert(key).inserted else {
                    line.outcome = .unchanged
                    line.subject = .original(customer.originals.first { OriginalKey(handle: row.handle, offer: $0.offer, expires: $0.expires) == key }?.id)
                    break
                }
                // The file's id is kept for a customer it creates; one already recorded numbers on.
                let id = fields.id.flatMap { $0.kind == .original && created.contains(row.handle) ? $0 : nil } ?? customer.nextLicenseID
                let added: OriginalSubscription
                do {
                    let price = try fields.price.map { amount throws(GuideError) in try customer.price(amount, currency: fields.currency, partnerDefault: partnerCurrency) }
                    added = try customer.addListedOriginal(OriginalSubscription(
                        id: id, offer: fields.offer, seats: fields.seats, assigned: fields.assigned ?? fields.seats, expires: fields.expires,
                        pricePerSeatMonth: price, autoRenew: fields.autoRenew, ending: fields.ending), today: today)
                } catch {
                    refused.append(ImportProblem(place, .guide(error)))
                    break
                }
                if let given = fields.id { ids[row.handle, default: [:]][given] = added.id }
                line.subject = .original(added.id)
                line.outcome = .new
            case .csp(let fields)?:
                line.subject = .csp(nil)
                line.name = fields.offer
                line.seats = fields.seats
                if let same = customer.cspSubscriptions.first(where: { sameOffer($0.offer, fields.offer) && $0.provisionedOn == fields.provisioned }) {
                    line.subject = .csp(same.id)
                    line.outcome = .unchanged
                    break
                }
                let replaces = fields.replaces.map { ids[row.handle]?[$0] ?? $0 }
                let id = fields.id.flatMap { given in given.kind == .csp && created.contains(row.handle) ? given : nil } ?? customer.nextCSPID
                let added: CSPSubscription
                do {
                    added = try customer.addListedCSP(CSPSubscription(id: id, offer: fields.offer, seats: fields.seats, provisionedOn: fields.provisioned,
                                                                      replaces: replaces, reassignedOn: fields.reassigned), today: today)
                } catch {
                    refused.append(ImportProblem(place, .guide(error)))
                    break
                }
                if !replaces.isEmpty { line.changes.append(FieldChange(field: .replaces, from: "", to: added.replaces.map(\.description).joined(separator: "+"))) }
                line.subject = .csp(added.id)
                line.outcome = .new
            }
            if line.outcome == .new, touchedSet.insert(row.handle).inserted { touched.append(row.handle) }
            plan.lines.append(line)
        }
        for handle in touched {
            guard let customer = known[handle] else { continue }
            if created.contains(handle) { plan.inserting.append(customer) } else { plan.updating.append(customer) }
        }
        return (plan, refused)
    }
}

extension PortfolioImport.CustomerFields {
    /// What a later row adds to what an earlier one gave (conflicts are reported separately).
    func merged(with later: Self) -> Self {
        Self(name: name, domain: domain ?? later.domain, program: program ?? later.program, email: email ?? later.email,
             tenantID: tenantID ?? later.tenantID, invited: invited ?? later.invited, inviteEmail: inviteEmail ?? later.inviteEmail,
             accepted: accepted ?? later.accepted)
    }

    /// The customer a file adds, its invitation and acceptance checked as `invite` and `accept`
    /// check them; the invitation keeps the e-mail the file gives (none when it gives none).
    func newCustomer(_ handle: Handle, today: CalendarDate) throws(GuideError) -> Customer {
        var customer = Customer(handle: handle, name: name, domain: domain, program: program ?? .other, adminEmail: email, tenantID: tenantID)
        if let invited { _ = try customer.invite(on: invited, email: inviteEmail, today: today) }
        if let accepted { _ = try customer.accept(on: accepted, today: today) }
        customer.invitation?.email = inviteEmail
        return customer
    }
}
