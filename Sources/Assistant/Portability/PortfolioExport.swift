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
/// action and open warnings as of the session's date. Both are backups: they carry every fact the
/// customer model holds, by the columns `PortfolioColumn` declares, and `import` reads the CSV back
/// (its report columns ignored).
public enum PortfolioExport {
    /// One row per original (`license` L1...) and per CSP subscription (C1...); a customer with
    /// neither has one row with no license.
    public static var csvColumns: [String] { PortfolioColumn.allCases.map(\.rawValue) }

    public static func csv(_ portfolio: [(Customer, Guidance)], dialect: SpreadsheetDialect = .plain) -> String {
        var lines = [row(csvColumns, dialect)]
        for (customer, guidance) in portfolio {
            var subjects = guidance.originals.map(PortfolioColumn.Subject.original) + customer.cspSubscriptions.map(PortfolioColumn.Subject.csp)
            if subjects.isEmpty { subjects = [.customerAlone] }
            for subject in subjects {
                lines.append(row(PortfolioColumn.allCases.map { $0.value(customer, guidance, subject)?.text(dialect) ?? "" }, dialect))
            }
        }
        return (dialect.byteOrderMark ? "\u{FEFF}" : "") + lines.joined(separator: "\n") + "\n"
    }

    /// A report for scripts: one object per customer with its `originals` and `cspSubscriptions`,
    /// keys as `PortfolioColumn.jsonKey` says; enums as flat strings, dates ISO, money as decimal
    /// strings with their currency; a fact with no value is left out.
    public static func json(_ portfolio: [(Customer, Guidance)]) throws -> String {
        func object(_ customer: Customer, _ guidance: Guidance, _ subject: PortfolioColumn.Subject, level: PortfolioColumn.Level) -> [String: ReportValue] {
            var members: [String: ReportValue] = [:]
            for column in PortfolioColumn.allCases where column.level == level {
                guard let key = column.jsonKey, let value = column.value(customer, guidance, subject) else { continue }
                ReportValue.set(value.report, at: key, in: &members)
            }
            return members
        }
        let report: [ReportValue] = portfolio.map { customer, guidance in
            var members = object(customer, guidance, .customer, level: .customer)
            members["originals"] = .array(guidance.originals.map { .object(object(customer, guidance, .original($0), level: .subscription)) })
            members["cspSubscriptions"] = .array(customer.cspSubscriptions.map { .object(object(customer, guidance, .csp($0), level: .subscription)) })
            return .object(members)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(report)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// How an original ended, by the name the export writes and the import reads, and when.
    /// The names are the `kind`s every JSON reply writes (`FlatCases`).
    static func ending(_ ending: OriginalSubscription.Ending?) -> (name: String?, on: CalendarDate?) {
        (ending?.kind, ending?.on)
    }

    /// A short, language-neutral name of the next action, for a spreadsheet column.
    static func nextActionCode(_ action: NextAction) -> String {
        switch action {
        case .invite: "invite"
        case .awaitAcceptance(_, _, let stale): stale ? "follow-up-invitation" : "await-acceptance"
        case .recordOriginals: "record-originals"
        case .waitToProvision(let original, _, let from, _, _): "provision \(original) from \(from)"
        case .provision(let original, _, _, _, _, _, _): "provision \(original)"
        case .addSeats(let original, _, let missing, let subscription, _): "add \(missing) seats to \(subscription) for \(original)"
        case .getAdminRights: "get admin rights"
        case .reassign: "reassign"
        case .turnOffAutoRenew(let license, _): "turn off auto-renew \(license)"
        case .checkRenewal(let license, _): "check renewal of \(license)"
        case .retire(let license, _, _, _, _, _): "retire \(license)"
        case .waitForWindow(_, let opensOn, _, _): "wait until \(opensOn)"
        case .complete: "complete"
        case .nothingToMove: "nothing to move"
        case .letUnusedEnd(let license, _, _, _, let turnOffRenewal): turnOffRenewal ? "turn off auto-renew \(license) (no users)" : "let \(license) end (no users)"
        case .cancelUnused(let license, _, _, _, _, _): "cancel \(license) now (no users)"
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
