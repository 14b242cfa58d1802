import MigrationGuide

/// English, findings said once for several subscriptions: the sentences they share, then a line
/// of each one's own figures.
extension English {
    func groupedFindings(_ findings: [Finding], handle: Handle) -> (lead: String, items: [String])? {
        let inDays = { (count: Int) in count >= 0 ? " (in \(self.days(count)))" : "" }
        if let windows = several(findings, { if case .cspWindow(let f) = $0 { f } else { nil } }) {
            return ("\(number(windows.count)) new CSP subscriptions can still be corrected: until the day given for each, its seats can be reduced or it can be cancelled with a prorated refund. After that the partner is committed to its whole term, so check each quantity and term now:",
                    windows.map { w in
                        "\(w.subscription) (\(w.offer)), provisioned on \(w.provisionedOn) with \(seats(w.seats)), \(term(w.term)) term \(billing(w.billing)): until \(w.closesOn) (\(days(w.daysLeft)) left), `\(CspCancel.line(handle, w.subscription))`; then committed until \(w.termEndsOn)\(w.committed.map { ", about \(money($0))" } ?? "")."
                    })
        }
        if let changes = several(findings, { if case .offerChange(let f) = $0 { f } else { nil } }) {
            return ("\(number(changes.count)) CSP subscriptions replace an original with a different offer: move the licenses of each one's users to the new offer by its deadline, or they lose what came with the old one. Then record it: `\(Reassign.line(handle, done: true))`.",
                    changes.map { c in
                        let deadline = switch c.deadlineKind {
                        case .originalEnds: "before \(c.original) ends on \(c.deadline)\(inDays(c.daysLeft))"
                        case .usersLoseAccess: "before they lose access on \(c.deadline)\(inDays(c.daysLeft)): \(c.original) has already ended"
                        }
                        return "\(c.replacement) (\(c.newOffer)) replaces \(c.original) (\(c.originalOffer)): \(users(c.users)), \(deadline)."
                    })
        }
        if let renewals = several(findings, { if case .autoRenew(let f) = $0 { f } else { nil } }) {
            return ("\(number(renewals.count)) originals renew by themselves: turn off recurring billing on each so that it expires instead of starting a new paid term, then record it:",
                    renewals.map { r in "\(r.license) (\(r.offer)) ends on \(r.expires)\(inDays(r.daysLeft)): `\(LicenseEdit.autoRenewLine(handle, r.license, on: false))`." })
        }
        if let overlaps = several(findings, { if case .overlap(let f) = $0 { f } else { nil } }) {
            return ("For the days given, the customer pays twice for \(number(overlaps.count)) originals: each one and its replacement. That is the cost of provisioning before the end; a planned move keeps it short:",
                    overlaps.map { o in
                        "\(o.original), replaced by \(o.replacements.map(\.description).joined(separator: ", ")): from \(o.from) to \(o.until) (\(days(o.days)))\(paidTwice(o.cost, cspSeats: o.cspSeats, atOriginalPrice: o.atOriginalPrice, shared: o.shared))."
                    })
        }
        return nil
    }
}
