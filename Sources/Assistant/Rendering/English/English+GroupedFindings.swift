import MigrationGuide

/// English, findings said once for several subscriptions.
extension English {
    func groupedFindings(_ findings: [Finding], handle: Handle) -> (lead: String, items: [String])? {
        guard let windows = cspWindows(findings) else { return nil }
        let lead = "\(number(windows.count)) new CSP subscriptions can still be corrected: until the day given for each, its seats can be reduced or it can be cancelled with a prorated refund. After that the partner is committed to its whole term, so check each quantity and term now:"
        let items = windows.map { w in
            "\(w.subscription) (\(w.offer)), provisioned on \(w.provisionedOn) with \(seats(w.seats)), \(term(w.term)) term \(billing(w.billing)): until \(w.closesOn) (\(days(w.daysLeft)) left), `\(CspCancel.line(handle, w.subscription))`; then committed until \(w.termEndsOn)\(w.committed.map { ", about \(money($0))" } ?? "")."
        }
        return (lead, items)
    }
}
