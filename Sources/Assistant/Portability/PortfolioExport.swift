import Foundation
import MigrationGuide

/// How a spreadsheet writes numbers and dates: as scripts read them (`,`, `23.50`, `2027-03-31`),
/// or as Excel set to Portuguese opens them (`;`, `23,50`, `31/03/2027`, a UTF-8 byte-order mark so
/// that accents survive).
public struct SpreadsheetDialect: Hashable, Sendable {
    public var separator: Character
    public var decimalComma: Bool
    public var dayFirstDates: Bool
    public var byteOrderMark: Bool

    public static let plain = SpreadsheetDialect(separator: ",", decimalComma: false, dayFirstDates: false, byteOrderMark: false)
    public static let excelBrazil = SpreadsheetDialect(separator: ";", decimalComma: true, dayFirstDates: true, byteOrderMark: true)

    func date(_ date: CalendarDate) -> String {
        guard dayFirstDates else { return date.description }
        let (year, month, day) = date.components
        return String(format: "%02d/%02d/%04d", day, month, year)
    }

    /// Always two decimals: `79.50`, or `79,50`.
    func amount(_ amount: Decimal) -> String {
        let text = Money(amount: amount, currency: "").roundedAmount.description
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let cents = String(((parts.count > 1 ? String(parts[1]) : "") + "00").prefix(2))
        return "\(parts[0])\(decimalComma ? "," : ".")\(cents)"
    }
}

/// The whole portfolio for a spreadsheet (CSV) or a report (JSON), with each customer's stage, next
/// action and open warnings as of the session's date. The CSV is also a backup: `import` reads it
/// back (the report columns are ignored), customers, invitations, originals and CSP subscriptions.
public enum PortfolioExport {
    /// One row per original (`license` L1...) and per CSP subscription (C1...); a customer with
    /// neither has one row with no license.
    public static let csvColumns = [
        "handle", "name", "domain", "program", "email", "microsoft_id", "invited", "invite_email", "accepted", "stage",
        "license", "offer", "seats", "assigned", "expires", "days_left", "price", "currency", "auto_renew", "ending", "ended_on",
        "provisioned", "replaces", "reassigned", "replaced_by", "warnings", "next_action",
    ]

    public static func csv(_ portfolio: [(Customer, Guidance)], dialect: SpreadsheetDialect = .plain) -> String {
        var lines = [row(csvColumns, dialect)]
        for (customer, guidance) in portfolio {
            let invitation = customer.invitation
            let base = [
                customer.handle.rawValue, customer.name, customer.domain ?? "", customer.program.rawValue, customer.adminEmail ?? "",
                customer.tenantID ?? "", invitation.map { dialect.date($0.sentOn) } ?? "", invitation?.email ?? "",
                invitation?.acceptedOn.map(dialect.date) ?? "", String(guidance.stage.rawValue),
            ]
            let next = nextActionCode(guidance.nextAction)
            func codes(_ ids: [LicenseID]) -> String {
                guidance.findings.filter { finding in finding.subject.map(ids.contains) ?? false }.map(\.code.rawValue).joined(separator: " ")
            }
            var cells: [[String]] = []
            for status in guidance.originals {
                let original = status.original
                let (ending, endedOn) = PortfolioExport.ending(original.ending)
                cells.append([
                    original.id.description, original.offer, String(original.seats), String(original.assigned), dialect.date(original.expires),
                    String(status.daysLeft), original.pricePerSeatMonth.map { dialect.amount($0.amount) } ?? "", original.pricePerSeatMonth?.currency ?? "",
                    original.autoRenew ? "on" : "off", ending ?? "", endedOn.map(dialect.date) ?? "", "", "", "",
                    status.replacements.map(\.description).joined(separator: " "), codes([original.id] + status.replacements),
                ])
            }
            for subscription in customer.cspSubscriptions {
                cells.append([
                    subscription.id.description, subscription.offer, String(subscription.seats), "", "", "", "", "", "", "", "",
                    subscription.provisionedOn.map(dialect.date) ?? "", subscription.replaces.map(\.description).joined(separator: "+"),
                    subscription.reassignedOn.map(dialect.date) ?? "", "", codes([subscription.id]),
                ])
            }
            if cells.isEmpty {
                let customerCodes = guidance.findings.filter { $0.subject == nil }.map(\.code.rawValue).joined(separator: " ")
                cells.append(Array(repeating: "", count: 15) + [customerCodes])
            }
            for licenseCells in cells { lines.append(row(base + licenseCells + [next], dialect)) }
        }
        return (dialect.byteOrderMark ? "\u{FEFF}" : "") + lines.joined(separator: "\n") + "\n"
    }

    /// A report for scripts: enums as flat strings, money as decimal strings with their currency.
    public static func json(_ portfolio: [(Customer, Guidance)]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(portfolio.map(ReportCustomer.init))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    struct ReportMoney: Encodable {
        var amount: String
        var currency: String
        init(_ money: Money) {
            amount = SpreadsheetDialect.plain.amount(money.amount)
            currency = money.currency
        }
    }

    struct ReportOriginal: Encodable {
        var id: String, offer: String, seats: Int, assigned: Int, expires: String, daysLeft: Int
        var pricePerSeatMonth: ReportMoney?
        var autoRenew: Bool
        /// `active`, `expired`, `disabled`, `deleted`.
        var lifecycle: String
        /// `cancelled`, `cancelled-early`, `expired`, or nil while it runs.
        var ending: String?
        var endedOn: String?
        var replacedBy: [String]
        var externalID: String?
    }

    struct ReportCSP: Encodable {
        var id: String, offer: String, seats: Int, provisionedOn: String?
        var replaces: String?, reassignedOn: String?, externalID: String?
    }

    struct ReportFinding: Encodable {
        var code: String
        var severity: String
        var subject: String?
    }

    struct ReportCustomer: Encodable {
        var handle: String, name: String, domain: String?, program: String, email: String?, microsoftID: String?
        var invitedOn: String?, invitationEmail: String?, acceptedOn: String?
        /// `invite`, `provision`, `retire`, `complete`.
        var stage: String
        var originals: [ReportOriginal]
        var cspSubscriptions: [ReportCSP]
        var warnings: [ReportFinding]
        /// As in the CSV: `invite`, `provision L2`, `retire L1`...
        var nextAction: String

        init(_ entry: (Customer, Guidance)) {
            let (customer, guidance) = entry
            handle = customer.handle.rawValue
            name = customer.name
            domain = customer.domain
            program = customer.program.rawValue
            email = customer.adminEmail
            microsoftID = customer.tenantID
            invitedOn = customer.invitation?.sentOn.description
            invitationEmail = customer.invitation?.email
            acceptedOn = customer.invitation?.acceptedOn?.description
            stage = "\(guidance.stage)"
            originals = guidance.originals.map { status in
                let original = status.original
                let (ending, endedOn) = PortfolioExport.ending(original.ending)
                let lifecycle = switch status.lifecycle {
                case .active: "active"
                case .expired: "expired"
                case .disabled: "disabled"
                case .deleted: "deleted"
                }
                return ReportOriginal(
                    id: original.id.description, offer: original.offer, seats: original.seats, assigned: original.assigned,
                    expires: original.expires.description, daysLeft: status.daysLeft, pricePerSeatMonth: original.pricePerSeatMonth.map(ReportMoney.init),
                    autoRenew: original.autoRenew, lifecycle: lifecycle, ending: ending, endedOn: endedOn?.description,
                    replacedBy: status.replacements.map(\.description), externalID: original.externalID)
            }
            cspSubscriptions = customer.cspSubscriptions.map {
                ReportCSP(id: $0.id.description, offer: $0.offer, seats: $0.seats, provisionedOn: $0.provisionedOn?.description,
                          replaces: $0.replaces.isEmpty ? nil : $0.replaces.map(\.description).joined(separator: "+"), reassignedOn: $0.reassignedOn?.description, externalID: $0.externalID)
            }
            warnings = guidance.findings.map { ReportFinding(code: $0.code.rawValue, severity: $0.severity == .info ? "info" : "warning", subject: $0.subject?.description) }
            nextAction = PortfolioExport.nextActionCode(guidance.nextAction)
        }
    }

    /// How an original ended, by the name the export writes and the import reads, and when.
    static func ending(_ ending: OriginalSubscription.Ending?) -> (name: String?, on: CalendarDate?) {
        switch ending {
        case .cancelled(let on, let early)?: (early ? "cancelled-early" : "cancelled", on)
        case .expired(let on)?: ("expired", on)
        case nil: (nil, nil)
        }
    }

    /// A short, language-neutral name of the next action, for a spreadsheet column.
    static func nextActionCode(_ action: NextAction) -> String {
        switch action {
        case .invite: "invite"
        case .awaitAcceptance(_, _, let stale): stale ? "follow-up-invitation" : "await-acceptance"
        case .recordOriginals: "record-originals"
        case .waitToProvision(let original, _, let from, _, _): "provision \(original) from \(from)"
        case .provision(let original, _, _, _, _, _, _): "provision \(original)"
        case .addSeats(let original, _, let missing): "add \(missing) seats for \(original)"
        case .getAdminRights: "get admin rights"
        case .reassign: "reassign"
        case .turnOffAutoRenew(let license, _): "turn off auto-renew \(license)"
        case .retire(let license, _, _, _): "retire \(license)"
        case .waitForWindow(_, let opensOn, _, _): "wait until \(opensOn)"
        case .complete: "complete"
        }
    }

    /// One CSV line: fields quoted when needed; text that a spreadsheet would run as a formula
    /// (starting with = + - @) is prefixed with an apostrophe; control characters shown escaped.
    static func row(_ fields: [String], _ dialect: SpreadsheetDialect = .plain) -> String {
        let special: Set<Character> = [dialect.separator, "\"", "\n", "\r", "\r\n"]
        return fields.map { field in
            var value = InputPolicy.visible(field)
            if let first = value.first, "=+-@".contains(first), Int(value) == nil { value = "'" + value }
            guard value.contains(where: special.contains) else { return value }
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: String(dialect.separator))
    }
}
