import Foundation
import MigrationGuide

/// A customer as Partner Center's Customers → Export customers lists it.
public struct PartnerCenterCustomer: Hashable, Sendable {
    public var place: ImportPlace
    /// The customer's tenant id.
    public var microsoftID: String
    public var name: String
    public var domain: String?
    /// "Cloud Reseller", "Reseller", "Advisor", ...
    public var relationship: String?

    /// A reseller relationship exists: the invitation was accepted.
    public var isReseller: Bool {
        relationship.map { caseAndAccentFolded($0).contains("reseller") || caseAndAccentFolded($0).contains("revend") } ?? false
    }
}

/// A CSP subscription as a customer's Subscriptions → Export lists it.
public struct PartnerCenterSubscription: Hashable, Sendable {
    public var place: ImportPlace
    public var id: String
    public var offer: String
    public var quantity: Int
    /// "Active", "Suspended", "Deleted", "Expired", ...
    public var status: String?
    public var reseller: String?
    /// When the export carries a start or purchase date.
    public var started: CalendarDate?

    /// Gone from the customer: nothing to record.
    public var isGone: Bool {
        guard let status else { return false }
        return ["deleted", "expired", "cancelled", "canceled", "disabled"].contains(caseAndAccentFolded(status))
    }
}

/// Reads Partner Center's CSV exports. Pure: text in, entries and every problem out.
public enum PartnerCenterReader {
    static let customerColumns = [["Microsoft ID", "Tenant ID", "Customer ID", "ID da Microsoft"], ["Company name", "Nome da empresa"],
                                  ["Primary domain name", "Domain", "Nome de domínio primário"], ["Relationship", "Relacionamento"]]
    static let subscriptionColumns = [["Subscription ID", "ID da assinatura"], ["Subscription", "Subscription name", "Offer name", "Assinatura"],
                                      ["Quantity", "Quantidade"], ["Status"], ["Reseller", "Revendedor"],
                                      ["Start date", "Purchase date", "Created date", "Data de início"]]

    /// The names only Partner Center in Portuguese writes.
    static let portugueseSubscriptionColumns = Set(["ID da assinatura", "Assinatura", "Quantidade", "Revendedor", "Data de início"].map(HeaderColumns.key))

    public static func customers(_ source: SourceText, file: String) -> ([PartnerCenterCustomer], [ImportProblem]) {
        let table = DelimitedText(source.text)
        let columns = HeaderColumns(table.header, wanted: customerColumns, required: ["Microsoft ID", "Company name"])
        guard columns.missing.isEmpty else {
            return ([], [ImportProblem(ImportPlace(file: file, row: 1), .headerMissing(columns.missing, expected: customerColumns.map { $0[0] }))])
        }
        var customers: [PartnerCenterCustomer] = []
        var problems: [ImportProblem] = []
        var seen: [String: Int] = [:]
        for (number, cells) in table.rows where cells.contains(where: { !$0.isEmpty }) {
            let place = ImportPlace(file: file, row: number)
            var rowProblems: [CommandError] = []
            let id = columns.cell("Microsoft ID", in: cells)
            if id.map(isTenantID) != true { rowProblems.append(.badValue(field: "Microsoft ID", text: id ?? "", choices: id == nil ? [] : ["xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"])) }
            let name = columns.cell("Company name", in: cells)
            if name == nil { rowProblems.append(.badValue(field: "Company name", text: "", choices: [])) }
            for (field, text) in [("Company name", name), ("Primary domain name", columns.cell("Primary domain name", in: cells))] {
                if let text, let error = textProblem(text, field: field) { rowProblems.append(error) }
            }
            if let id, let first = seen[id.lowercased()] { rowProblems.append(.csvDuplicateRow(firstRow: first)) }
            if let id, seen[id.lowercased()] == nil { seen[id.lowercased()] = number }
            guard rowProblems.isEmpty, let id, let name else {
                problems += rowProblems.map { ImportProblem(place, $0) }
                continue
            }
            customers.append(PartnerCenterCustomer(place: place, microsoftID: id.lowercased(), name: PortfolioImport.singleLine(name),
                                                   domain: columns.cell("Primary domain name", in: cells)?.lowercased(),
                                                   relationship: columns.cell("Relationship", in: cells)))
        }
        return (customers, problems)
    }

    /// Every subscription of the file, or the file's problems. `a/b/yyyy` start dates are read in
    /// `dateOrder` when given, else in the order the file shows (a date such as `31/03/2027` or
    /// `03/31/2027` settles it; a `;` file or Portuguese column names write the day first); a file
    /// that shows neither has its dates like `04/05/2027` refused, naming `--date-order`.
    public static func subscriptions(_ source: SourceText, file: String, dateOrder given: DateOrder? = nil)
        -> ([PartnerCenterSubscription], [ImportProblem], DateOrder?) {
        let table = DelimitedText(source.text)
        let columns = HeaderColumns(table.header, wanted: subscriptionColumns, required: ["Subscription ID", "Subscription", "Quantity"])
        guard columns.missing.isEmpty else {
            return ([], [ImportProblem(ImportPlace(file: file, row: 1), .headerMissing(columns.missing, expected: subscriptionColumns.map { $0[0] }))], nil)
        }
        var problems: [ImportProblem] = []
        let startDates = table.rows.compactMap { number, cells in columns.cell("Start date", in: cells).map { (row: number, text: $0) } }
        let evidence = SpreadsheetValues.DateOrderEvidence(startDates)
        let writtenInPortuguese = table.separator == ";" || table.header.contains { portugueseSubscriptionColumns.contains(HeaderColumns.key($0)) }
        let dateOrder = given ?? evidence.order ?? (writtenInPortuguese ? .dayFirst : nil)
        if given == nil, let dayFirst = evidence.dayFirst, let monthFirst = evidence.monthFirst {
            let later = max(dayFirst.row, monthFirst.row)
            problems.append(ImportProblem(ImportPlace(file: file, row: later), .importing(.dateOrdersMixed(
                field: "Start date", dayFirst: dayFirst.text, dayFirstRow: dayFirst.row, monthFirst: monthFirst.text, monthFirstRow: monthFirst.row))))
            return ([], problems, nil)
        }
        var subscriptions: [PartnerCenterSubscription] = []
        var seen: [String: Int] = [:]
        for (number, cells) in table.rows where cells.contains(where: { !$0.isEmpty }) {
            let place = ImportPlace(file: file, row: number)
            var rowProblems: [CommandError] = []
            let id = columns.cell("Subscription ID", in: cells)
            if id == nil { rowProblems.append(.badValue(field: "Subscription ID", text: "", choices: [])) }
            let offer = columns.cell("Subscription", in: cells)
            if offer == nil { rowProblems.append(.badValue(field: "Subscription", text: "", choices: [])) }
            for (field, text) in [("Subscription ID", id), ("Subscription", offer)] {
                if let text, let error = textProblem(text, field: field) { rowProblems.append(error) }
            }
            let quantityText = columns.cell("Quantity", in: cells) ?? ""
            let quantity = SpreadsheetValues.count(quantityText, in: 0...1_000_000)
            if quantity == nil { rowProblems.append(.badNumber(field: "Quantity", text: quantityText, range: 0...1_000_000)) }
            var started: CalendarDate?
            if let text = columns.cell("Start date", in: cells) {
                if let dateOrder {
                    started = SpreadsheetValues.date(text, order: dateOrder)
                    if started == nil { rowProblems.append(.badDate(field: "Start date", text: text)) }
                } else if let (dayFirst, monthFirst) = SpreadsheetValues.ambiguousReadings(SpreadsheetValues.withoutTime(InputPolicy.trimmedWhitespace(text))) {
                    rowProblems.append(.importing(.dateOrderUnknown(field: "Start date", text: text, dayFirst: dayFirst, monthFirst: monthFirst)))
                } else {
                    // Neither order is shown, so this date means the same day in both (or is ISO).
                    started = SpreadsheetValues.date(text, order: .dayFirst)
                    if started == nil { rowProblems.append(.badDate(field: "Start date", text: text)) }
                }
            }
            if let id, let first = seen[id.lowercased()] { rowProblems.append(.csvDuplicateRow(firstRow: first)) }
            if let id, seen[id.lowercased()] == nil { seen[id.lowercased()] = number }
            guard rowProblems.isEmpty, let id, let offer, let quantity else {
                problems += rowProblems.map { ImportProblem(place, $0) }
                continue
            }
            subscriptions.append(PartnerCenterSubscription(place: place, id: id.lowercased(), offer: PortfolioImport.singleLine(offer), quantity: quantity,
                                                           status: columns.cell("Status", in: cells), reseller: columns.cell("Reseller", in: cells),
                                                           started: started))
        }
        return (subscriptions, problems, startDates.contains { $0.text.contains("/") } ? dateOrder : nil)
    }

    /// A tenant id: a GUID.
    static func isTenantID(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.map(\.count) == [8, 4, 4, 4, 12] && parts.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }

    static func textProblem(_ text: String, field: String) -> CommandError? {
        if let scalar = InputPolicy.forbiddenScalar(in: text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")) {
            return .controlCharacter(field: field, scalar: scalar.value)
        }
        if text.count > InputPolicy.maximumTextLength { return .textTooLong(field: field, limit: InputPolicy.maximumTextLength) }
        return nil
    }
}
