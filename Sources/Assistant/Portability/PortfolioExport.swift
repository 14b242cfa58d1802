import Foundation
import MigrationGuide

/// The whole portfolio for a spreadsheet (CSV, one row per original) or a report (JSON), with each
/// customer's stage, next action and open warnings as of the session's date.
public enum PortfolioExport {
    public static let csvColumns = [
        "handle", "name", "domain", "program", "stage", "license", "offer", "seats", "assigned", "expires",
        "days_left", "price", "currency", "auto_renew", "ended", "replaced_by", "warnings", "next_action",
    ]

    public static func csv(_ portfolio: [(Customer, Guidance)]) -> String {
        var lines = [csvColumns.joined(separator: ",")]
        for (customer, guidance) in portfolio {
            let base = [customer.handle.rawValue, customer.name, customer.domain ?? "", customer.program.rawValue, String(guidance.stage.rawValue)]
            let codes = { (id: LicenseID?) in
                guidance.findings.filter { id == nil || $0.subject == id || $0.subject == nil }.map(\.code.rawValue).joined(separator: ";")
            }
            let next = nextActionCode(guidance.nextAction)
            if guidance.originals.isEmpty {
                lines.append(row(base + Array(repeating: "", count: 11) + [codes(nil), next]))
            }
            for status in guidance.originals {
                let original = status.original
                let replacements = status.replacements.map(\.description).joined(separator: ";")
                let related = guidance.findings.filter { finding in
                    finding.subject == original.id || (finding.subject.map { id in status.replacements.contains(id) } ?? false)
                }.map(\.code.rawValue).joined(separator: ";")
                lines.append(row(base + [
                    original.id.description, original.offer, String(original.seats), String(original.assigned),
                    original.expires.description, String(status.daysLeft),
                    original.pricePerSeatMonth.map { "\($0.amount)" } ?? "", original.pricePerSeatMonth?.currency ?? "",
                    original.autoRenew ? "on" : "off", status.ended ? "yes" : "no", replacements, related, next,
                ]))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ portfolio: [(Customer, Guidance)]) throws -> String {
        struct Entry: Encodable { var customer: Customer; var guidance: Guidance }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(portfolio.map { Entry(customer: $0.0, guidance: $0.1) })
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A short, language-neutral name of the next action, for a spreadsheet column.
    static func nextActionCode(_ action: NextAction) -> String {
        switch action {
        case .invite: "invite"
        case .awaitAcceptance(_, _, let stale): stale ? "follow-up-invitation" : "await-acceptance"
        case .recordOriginals: "record-originals"
        case .waitToProvision(let original, _, let from, _, _): "provision \(original) from \(from)"
        case .provision(let original, _, _, _, _, _): "provision \(original)"
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
    static func row(_ fields: [String]) -> String {
        fields.map { field in
            var value = InputPolicy.visible(field)
            if let first = value.first, "=+-@".contains(first), Int(value) == nil { value = "'" + value }
            guard value.contains(where: { ",\"\n\r".contains($0) }) else { return value }
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",")
    }
}
