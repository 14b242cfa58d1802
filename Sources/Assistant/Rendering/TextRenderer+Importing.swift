import MigrationGuide

extension TextRenderer {
    /// How the files were read, the table of lines (at most `ImportSummary.listedLines`), then the counts.
    func importSummaryLines(_ summary: ImportSummary) -> [String] {
        let p = phrases
        var lines = summary.readings.map { p.importWords(.reading($0)) }
        var table = Table([("", .left), (p.label(.handle), .left), (p.label(.id), .left), (p.label(.offer), .left),
                           (p.label(.seatsColumn), .right), (p.label(.assigned), .right), (p.label(.ends), .left), (p.importWords(.detailsColumn), .left)])
        // A long import lists what it changes or skips; what it leaves as it was is only counted.
        let listed = summary.lines.count > ImportSummary.listedLines ? summary.lines.filter { $0.outcome != .unchanged } : summary.lines
        for line in listed.prefix(ImportSummary.listedLines) {
            let id: String
            switch line.subject {
            case .customer: id = ""
            case .original(let license), .csp(let license): id = license?.description ?? "—"
            }
            var details = line.skipped.map { [p.importWords(.skipped($0))] } ?? []
            details += line.changes.map { p.importWords(.change($0)) }
            details += line.notes.map { p.importWords(.note($0)) }
            let outcome = p.importWords(.outcome(line.outcome))
            table.add([line.outcome == .skipped ? style.dim(outcome) : outcome, line.customer?.rawValue ?? "", id, line.name,
                       line.seats.map(p.number) ?? "", line.users.map(p.number) ?? "", line.ends?.description ?? "",
                       details.joined(separator: "; ")])
        }
        if !listed.isEmpty { lines += table.lines(heading: style.bold, fitting: fittingWidth, wrapping: [3, 7]) }
        if listed.count > ImportSummary.listedLines {
            lines.append("  " + p.importWords(.listedOnly(shown: ImportSummary.listedLines, of: listed.count)))
        }
        lines.append(p.importWords(.totals(summary)))
        return lines
    }

    func importProblemLines(_ problems: [ImportProblem], total: Int, errorsFile: String?) -> [String] {
        let p = phrases
        var lines = problems.map { "  \(p.importWords(.place($0.place))): \($0.error.code.rawValue) \(p.error($0.error))" }
        if total > problems.count { lines.append("  " + p.importWords(.problemsListed(shown: problems.count, of: total, errorsFile: errorsFile))) }
        return lines
    }
}
