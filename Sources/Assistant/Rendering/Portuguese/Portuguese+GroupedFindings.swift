import MigrationGuide

/// Português, avisos ditos uma vez para várias assinaturas.
extension Portuguese {
    func groupedFindings(_ findings: [Finding], handle: Handle) -> (lead: String, items: [String])? {
        guard let windows = cspWindows(findings) else { return nil }
        let lead = "\(number(windows.count)) assinaturas CSP novas ainda podem ser corrigidas: até o dia indicado para cada uma, é possível reduzir licenças ou cancelá-la com reembolso proporcional. Depois disso o parceiro fica comprometido com o prazo inteiro; confira agora a quantidade e o prazo de cada uma:"
        let items = windows.map { w in
            "\(w.subscription) (\(w.offer)), provisionada em \(w.provisionedOn) com \(seats(w.seats)), prazo \(term(w.term)) \(billing(w.billing)): até \(w.closesOn) (faltam \(days(w.daysLeft))), `\(CspCancel.line(handle, w.subscription))`; depois, comprometida até \(w.termEndsOn)\(w.committed.map { ", cerca de \(money($0))" } ?? "")."
        }
        return (lead, items)
    }
}
