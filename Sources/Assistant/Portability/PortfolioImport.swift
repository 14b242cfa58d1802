import Foundation
import MigrationGuide

/// Reads a portfolio spreadsheet: customers, their original subscriptions and CSP subscriptions,
/// one subscription per row (a row with neither adds just the customer). As Excel writes it in
/// English or in Portuguese: `,` `;` or tab between columns (told from the header), column names in
/// either language, `23.50` or `1.234,56`, `2027-03-31` or `31/03/2027`; `export`'s own file reads
/// back, its report columns ignored. Every row is checked, and every problem of every row listed,
/// before anything is recorded; a file with any problem imports nothing.
public enum PortfolioImport {
    /// Each column's names (`PortfolioColumn`), the one `export` writes first.
    static let columns: [[String]] = PortfolioColumn.read.map(\.names)
    /// Column names only a Portuguese header uses.
    static let portugueseColumnNames: Set<String> = Set(PortfolioColumn.allCases.flatMap(\.portuguese).map(HeaderColumns.key))
    /// Columns `export` writes for people, which an import does not need.
    static let reportColumns: Set<String> = Set(PortfolioColumn.allCases.filter(\.isReport).flatMap(\.names).map(HeaderColumns.key))
    /// The names messages use.
    public static var columnNames: [String] { PortfolioColumn.read.map(\.rawValue) }

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

    struct RowKey: Hashable {
        var original: OriginalKey
        var id: LicenseID?
    }

    /// The customer's facts a row gives, by column (empty cells give nothing).
    typealias CustomerFields = [PortfolioColumn: PortfolioCell]

    struct OriginalFields {
        var id: LicenseID?
        var offer: String
        var seats: Int
        var assigned: Int?
        var expires: CalendarDate
        var price: Decimal?
        var currency: String?
        var autoRenew: Bool?
        var ending: OriginalSubscription.Ending?
        var started: CalendarDate?
        var externalID: String?
    }

    struct CSPFields {
        var id: LicenseID?
        var offer: String
        var seats: Int
        /// nil when the purchase date is unknown (left empty, as export writes it).
        var provisioned: CalendarDate?
        var replaces: [LicenseID]
        var reassigned: CalendarDate?
        var term: CSPTerm
        var billing: BillingFrequency
        var price: Decimal?
        var currency: String?
        var cancelled: CalendarDate?
        var externalID: String?
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
    public static func plan(
        _ source: SourceText, file: String, existing: [Customer], partnerCurrency: String?, today: CalendarDate, settings: GuideSettings
    ) -> (Plan, [ImportProblem]) {
        let (rows, reading, problems) = read(source, file: file)
        guard problems.isEmpty else { return (Plan(), problems) }
        var (plan, refused) = plan(rows, file: file, existing: existing, partnerCurrency: partnerCurrency, today: today, settings: settings)
        guard refused.isEmpty else { return (Plan(), refused) }
        plan.reading = reading
        return (plan, [])
    }

    static func read(_ source: SourceText, file: String) -> ([Row], FileReading?, [ImportProblem]) {
        // No spreadsheet starts with a bracket; JSON (export's report) does.
        if let first = source.text.first(where: { !$0.isWhitespace }), first == "[" || first == "{" {
            return ([], nil, [ImportProblem(ImportPlace(file: file, row: 1), .importing(.jsonReport))])
        }
        let table = DelimitedText(source.text)
        let header = table.header.map { singleLine($0) }
        let headerPlace = ImportPlace(file: file, row: 1)
        let columns = HeaderColumns(header, wanted: Self.columns, required: ["handle", "name"])
        let known = Set(Self.columns.flatMap { $0 }.map(HeaderColumns.key))
        let ignored = header.filter { !$0.isEmpty && !known.contains(HeaderColumns.key($0)) && !reportColumns.contains(HeaderColumns.key($0)) }
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
        let reader = RowReader(columns: columns, decimalComma: table.separator == ";", dayFirstDates: dayFirst, language: dayFirst ? .ptBR : .en)
        var rows: [Row] = []
        rows.reserveCapacity(table.rows.count)
        /// Rows of originals by what makes them the same one, and the file's id: two alike originals
        /// with their own ids (a backup) are two, the same row twice is a mistake.
        var seen: [RowKey: Int] = [:]
        var customers: [Handle: Row] = [:]
        var firstRows: [Handle: Int] = [:]
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
                let key = RowKey(original: OriginalKey(handle: row.handle, offer: original.offer, expires: original.expires), id: original.id)
                if let first = seen[key] { rowProblems.append(.csvDuplicateRow(firstRow: first)) } else { seen[key] = number }
            }
            if let earlier = customers[row.handle] {
                rowProblems += conflicts(row.customer, earlier.customer, handle: row.handle, firstRow: earlier.number, label: columns.label)
                row.customer = Self.merged(earlier.customer, with: row.customer)
            }
            customers[row.handle] = row
            guard rowProblems.isEmpty else {
                problems += rowProblems.map { ImportProblem(place, $0) }
                continue
            }
            // A customer is made from its first row, which gets what later rows add (below); the
            // others need not keep their copy.
            if firstRows[row.handle] == nil { firstRows[row.handle] = rows.count } else { row.customer = [:] }
            rows.append(row)
        }
        for (handle, index) in firstRows { rows[index].customer = customers[handle]?.customer ?? rows[index].customer }
        // Say how `a/b/yyyy` dates were read, when the file has any.
        let dateColumns = PortfolioColumn.read.filter { $0.kind == .date }
        let writesSlashDates = table.rows.contains { _, cells in
            dateColumns.contains { columns.cell($0.rawValue, in: cells).map { $0.contains("/") } ?? false }
        }
        if writesSlashDates {
            var said = reading ?? FileReading(file: file, encoding: source.encoding, separator: table.separator == "," ? nil : (table.separator == "\t" ? "tab" : String(table.separator)))
            said.slashDates = dayFirst ? .dayFirst : .unambiguousOnly
            reading = said
        }
        return (rows, reading, problems)
    }

    /// Each customer fact that a later row gives differently from an earlier one.
    static func conflicts(_ later: CustomerFields, _ earlier: CustomerFields, handle: Handle, firstRow: Int, label: (String) -> String) -> [CommandError] {
        PortfolioColumn.read.filter { $0.level == .customer }.compactMap { column in
            guard let here = later[column], let there = earlier[column], here != there else { return nil }
            return .csvConflict(handle: handle, field: label(column.rawValue), here: here.text(.plain), earlier: there.text(.plain), firstRow: firstRow)
        }
    }

    /// Reads one row's cells, collecting every problem of the row.
    struct RowReader {
        let columns: HeaderColumns
        let decimalComma: Bool
        let dayFirstDates: Bool
        /// The file's language, whose words (`sim`, `não`) a refused value's choices list too.
        let language: Language

        /// Every filled cell of the row read as its column's kind says.
        func cells(_ cells: [String], problems: inout [CommandError]) -> [PortfolioColumn: PortfolioCell] {
            var read: [PortfolioColumn: PortfolioCell] = [:]
            for column in PortfolioColumn.read {
                guard let text = columns.cell(column.rawValue, in: cells).map(PortfolioImport.singleLine), !text.isEmpty else { continue }
                let field = columns.label(column.rawValue)
                do throws(CommandError) {
                    if let value = try cell(text, column: column, field: field, into: &read) { read[column] = value }
                } catch {
                    problems.append(error)
                }
            }
            return read
        }

        /// One cell as its column's kind: nil when it says nothing (a price's currency sign goes to `currency`).
        private func cell(_ text: String, column: PortfolioColumn, field: String, into read: inout [PortfolioColumn: PortfolioCell]) throws(CommandError) -> PortfolioCell? {
            switch column.kind {
            case .text: return .text(try ValueReader<String>.text().read(text, field: field))
            case .offer: return .text(try ValueReader<String>.text(.offer).read(text, field: field))
            case .handle: return .text(try ValueReader<Handle>.newHandle.read(text, field: field).rawValue)
            case .domain: return .text(try ValueReader<String>.domain.read(text, field: field))
            case .email: return .text(try ValueReader<String>.email.read(text, field: field))
            case .program: return .text(try ValueReader<Program>.program.read(text, field: field).rawValue)
            case .currency: return .text(try ValueReader<String>.currency.read(text, field: field))
            case .tenantID:
                guard PartnerCenterReader.isTenantID(text) else { throw .badValue(field: field, text: text, choices: ["xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"]) }
                return .text(text.lowercased())
            case .date:
                if let value = SpreadsheetValues.date(text, dayFirst: dayFirstDates) { return .date(value) }
                if !dayFirstDates, let (dayFirst, monthFirst) = SpreadsheetValues.ambiguousReadings(text) {
                    throw .importing(.ambiguousDate(field: field, text: text, dayFirst: dayFirst, monthFirst: monthFirst))
                }
                throw .importing(.spreadsheetDate(field: field, text: text))
            case .count(let range):
                guard let value = SpreadsheetValues.count(text, in: range) else { throw .badNumber(field: field, text: text, range: range) }
                return .count(value)
            case .amount:
                guard let (amount, named) = SpreadsheetValues.amount(text, decimalComma: decimalComma), amount <= 1_000_000 else {
                    throw .importing(.spreadsheetAmount(field: field, text: text))
                }
                if let named, read[.currency] == nil { read[.currency] = .text(named) }
                return .amount(amount)
            case .onOff: return .flag(try ValueReader<Bool>.onOff.read(text, field: field, language: language))
            case .choice(let words):
                guard let word = words.first(where: { $0.lowercased() == text.lowercased() }) else { throw .badValue(field: field, text: text, choices: words) }
                return .text(word)
            case .license:
                guard let id = LicenseID(text) else { throw .badValue(field: field, text: text, choices: ["L1", "C1"]) }
                return .licenses([id])
            case .licenses:
                // One original, or a pool written L1+L2.
                let ids = text.split(separator: "+").map { LicenseID(String($0)).flatMap { $0.kind == .original ? $0 : nil } }
                guard !ids.contains(where: { $0 == nil }) else { throw .badValue(field: field, text: text, choices: ["L1", "L1+L2"]) }
                return .licenses(ids.compactMap { $0 })
            case .roles:
                let roles = text.split(separator: ",").map { GDAPRole(named: String($0)) }
                guard !roles.contains(where: { $0 == nil }) else { throw .badValue(field: field, text: text, choices: GDAPRole.allCases.map(\.rawValue)) }
                return .roles(roles.compactMap { $0 })
            case .ending:
                switch caseAndAccentFolded(text) {
                case "expired", "expirada": return .text("expired")
                case "cancelled", "cancelada": return .text("cancelled")
                case "cancelled-early", "cancelada-antes": return .text("cancelled-early")
                default: throw .badValue(field: field, text: text, choices: ["expired", "cancelled", "cancelled-early"])
                }
            case .report:
                return nil
            }
        }

        func row(_ cells: [String], number: Int, problems: inout [CommandError]) -> Row? {
            let before = problems.count
            let read = self.cells(cells, problems: &problems)
            func filled(_ column: PortfolioColumn) -> Bool { columns.cell(column.rawValue, in: cells) != nil }
            func text(_ column: PortfolioColumn) -> String? { if case .text(let value)? = read[column] { value } else { nil } }
            func date(_ column: PortfolioColumn) -> CalendarDate? { if case .date(let value)? = read[column] { value } else { nil } }
            func count(_ column: PortfolioColumn) -> Int? { if case .count(let value)? = read[column] { value } else { nil } }
            func amount(_ column: PortfolioColumn) -> Decimal? { if case .amount(let value)? = read[column] { value } else { nil } }
            func flag(_ column: PortfolioColumn) -> Bool? { if case .flag(let value)? = read[column] { value } else { nil } }
            func ids(_ column: PortfolioColumn) -> [LicenseID]? { if case .licenses(let value)? = read[column] { value } else { nil } }
            func required(_ column: PortfolioColumn, _ problem: CommandError) { if !filled(column) { problems.append(problem) } }
            func label(_ column: PortfolioColumn) -> String { columns.label(column.rawValue) }

            required(.handle, .badValue(field: label(.handle), text: "", choices: []))
            required(.name, .badValue(field: label(.name), text: "", choices: []))
            let handle = text(.handle).flatMap(Handle.init)
            let license = ids(.license)?.first
            var subscription: Row.Subscription?
            let offer = text(.offer)
            let isCSP = license?.kind == .csp || (license == nil && filled(.provisioned) && !filled(.expires))
            if !filled(.offer) {
                if [.seats, .expires, .provisioned].contains(where: filled) { problems.append(.badValue(field: label(.offer), text: "", choices: [])) }
            } else if isCSP {
                required(.seats, .badNumber(field: label(.seats), text: "", range: seatRange))
                if let offer, let seats = count(.seats), date(.provisioned) != nil || !filled(.provisioned) {
                    subscription = .csp(CSPFields(
                        id: license, offer: offer, seats: seats, provisioned: date(.provisioned), replaces: ids(.replaces) ?? [], reassigned: date(.reassigned),
                        term: text(.term).flatMap(CSPTerm.init) ?? .annual, billing: text(.billing).flatMap(BillingFrequency.init) ?? .monthly,
                        price: amount(.price), currency: text(.currency), cancelled: date(.cancelled), externalID: text(.externalID)))
                }
            } else {
                required(.seats, .badNumber(field: label(.seats), text: "", range: seatRange))
                if let assigned = count(.assigned), let seats = count(.seats), assigned > seats {
                    problems.append(.badNumber(field: label(.assigned), text: columns.cell(PortfolioColumn.assigned.rawValue, in: cells) ?? "", range: 0...seats))
                }
                required(.expires, .importing(.spreadsheetDate(field: label(.expires), text: "")))
                var ending: OriginalSubscription.Ending?
                if let kind = text(.ending) {
                    required(.endedOn, .importing(.spreadsheetDate(field: label(.endedOn), text: "")))
                    ending = date(.endedOn).map { on in
                        kind == "expired" ? .expired(on: on) : .cancelled(on: on, early: kind == "cancelled-early")
                    }
                }
                if let offer, let seats = count(.seats), let expires = date(.expires) {
                    subscription = .original(OriginalFields(
                        id: license, offer: offer, seats: seats, assigned: count(.assigned), expires: expires, price: amount(.price), currency: text(.currency),
                        autoRenew: flag(.autoRenew), ending: ending, started: date(.started), externalID: text(.externalID)))
                }
            }
            guard problems.count == before, let handle else { return nil }
            return Row(number: number, handle: handle, customer: read.filter { $0.key.level == .customer }, subscription: subscription)
        }
    }

    /// New customers are added with every field the file gives; existing ones keep their details
    /// and gain only the subscriptions they do not have yet (an original: same offer and end date;
    /// a CSP subscription: same offer and date), so importing a file twice changes nothing.
    static func plan(
        _ rows: [Row], file: String, existing: [Customer], partnerCurrency: String?, today: CalendarDate, settings: GuideSettings
    ) -> (Plan, [ImportProblem]) {
        var refused: [ImportProblem] = []
        /// Customers the checks refused: reported once, at their first row.
        var refusedCustomers = Set<Handle>()
        var known = Dictionary(uniqueKeysWithValues: existing.map { ($0.handle, $0) })
        var touched: [Handle] = []
        var touchedSet = Set<Handle>()
        var created = Set<Handle>()
        /// Subscriptions already matched by a row of this file, per customer: each row matches one.
        var claimed: [Handle: Set<LicenseID>] = [:]
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
                do { customer = try PortfolioImport.newCustomer(row.handle, row.customer, today: today, settings: settings) } catch {
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
                line.subject = .original(nil)
                line.name = fields.offer
                line.seats = fields.seats
                line.users = fields.assigned ?? fields.seats
                line.ends = fields.expires
                // The same original: same offer and end, the file's id first (two alike can both be real).
                let alike = customer.originals.filter { claimed[row.handle]?.contains($0.id) != true && OriginalKey(handle: row.handle, offer: $0.offer, expires: $0.expires) == key }
                if let same = alike.first(where: { $0.id == fields.id }) ?? alike.first {
                    claimed[row.handle, default: []].insert(same.id)
                    if let given = fields.id { ids[row.handle, default: [:]][given] = same.id }
                    line.outcome = .unchanged
                    line.subject = .original(same.id)
                    break
                }
                // The file's id is kept for a customer it creates; one already recorded numbers on.
                let id = fields.id.flatMap { $0.kind == .original && created.contains(row.handle) ? $0 : nil } ?? customer.nextLicenseID
                let added: OriginalSubscription
                do {
                    let price = try fields.price.map { amount throws(GuideError) in try customer.price(amount, currency: fields.currency, partnerDefault: partnerCurrency) }
                    added = try customer.addListedOriginal(OriginalSubscription(
                        id: id, offer: fields.offer, seats: fields.seats, assigned: fields.assigned ?? fields.seats, expires: fields.expires,
                        pricePerSeatMonth: price, autoRenew: fields.autoRenew, ending: fields.ending, startedOn: fields.started, externalID: fields.externalID),
                        today: today)
                } catch {
                    refused.append(ImportProblem(place, .guide(error)))
                    break
                }
                if let given = fields.id { ids[row.handle, default: [:]][given] = added.id }
                claimed[row.handle, default: []].insert(added.id)
                line.subject = .original(added.id)
                line.outcome = .new
            case .csp(let fields)?:
                line.subject = .csp(nil)
                line.name = fields.offer
                line.seats = fields.seats
                let alike = customer.cspSubscriptions.filter {
                    claimed[row.handle]?.contains($0.id) != true && sameOffer($0.offer, fields.offer) && $0.provisionedOn == fields.provisioned
                }
                if let same = alike.first(where: { $0.id == fields.id }) ?? alike.first {
                    claimed[row.handle, default: []].insert(same.id)
                    line.subject = .csp(same.id)
                    line.outcome = .unchanged
                    break
                }
                let replaces = fields.replaces.map { ids[row.handle]?[$0] ?? $0 }
                let id = fields.id.flatMap { given in given.kind == .csp && created.contains(row.handle) ? given : nil } ?? customer.nextCSPID
                let added: CSPSubscription
                do {
                    let price = try fields.price.map { amount throws(GuideError) in try customer.price(amount, currency: fields.currency, partnerDefault: partnerCurrency) }
                    added = try customer.addListedCSP(CSPSubscription(
                        id: id, offer: fields.offer, seats: fields.seats, provisionedOn: fields.provisioned, replaces: replaces, reassignedOn: fields.reassigned,
                        term: fields.term, billing: fields.billing, pricePerSeatMonth: price, cancelledOn: fields.cancelled, externalID: fields.externalID), today: today)
                } catch {
                    refused.append(ImportProblem(place, .guide(error)))
                    break
                }
                if !replaces.isEmpty { line.changes.append(FieldChange(field: .replaces, from: "", to: added.replaces.map(\.description).joined(separator: "+"))) }
                claimed[row.handle, default: []].insert(added.id)
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

extension PortfolioImport {
    /// What a later row adds to what earlier ones gave (conflicts are reported separately).
    static func merged(_ earlier: CustomerFields, with later: CustomerFields) -> CustomerFields {
        earlier.merging(later) { first, _ in first }
    }

    /// The customer a file adds, each step checked as the command line checks it (`invite`,
    /// `accept`, `gdap request`, `gdap accept`); the invitation keeps the e-mail the file gives
    /// (none when it gives none).
    static func newCustomer(_ handle: Handle, _ fields: CustomerFields, today: CalendarDate, settings: GuideSettings) throws(GuideError) -> Customer {
        func text(_ column: PortfolioColumn) -> String? { if case .text(let value)? = fields[column] { value } else { nil } }
        func date(_ column: PortfolioColumn) -> CalendarDate? { if case .date(let value)? = fields[column] { value } else { nil } }
        var customer = Customer(
            handle: handle, name: text(.name) ?? "", domain: text(.domain), program: text(.program).flatMap(Program.init) ?? .other,
            adminEmail: text(.email), billingAccount: text(.billingAccount).flatMap(BillingAccount.init) ?? .unknown,
            eaTerm: text(.eaTerm).flatMap(EATerm.init) ?? .standard, currency: text(.customerCurrency), tenantID: text(.microsoftID))
        if case .flag(let created)? = fields[.createdInPartnerCenter] { customer.createdInPartnerCenter = created }
        if let invited = date(.invited) { _ = try customer.invite(on: invited, email: text(.inviteEmail), today: today) }
        if let accepted = date(.accepted) { _ = try customer.accept(on: accepted, today: today) }
        customer.invitation?.email = text(.inviteEmail)
        if let requested = date(.gdapRequested) {
            var roles: [GDAPRole] = []
            if case .roles(let given)? = fields[.gdapRoles] { roles = given }
            _ = try customer.requestGDAP(roles: roles, on: requested, today: today)
        }
        if let accepted = date(.gdapAccepted) {
            _ = try customer.acceptGDAP(on: accepted, expires: date(.gdapExpires), today: today, settings: settings)
        }
        return customer
    }
}
