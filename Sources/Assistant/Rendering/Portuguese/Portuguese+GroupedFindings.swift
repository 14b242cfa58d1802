import MigrationGuide

/// Português, avisos ditos uma vez para várias assinaturas: as frases que elas têm em comum, e
/// depois uma linha com os números de cada uma.
extension Portuguese {
    func groupedFindings(_ findings: [Finding], handle: Handle) -> (lead: String, items: [String])? {
        let inDays = { (count: Int) in count >= 0 ? " (daqui a \(self.days(count)))" : "" }
        if let windows = several(findings, { if case .cspWindow(let f) = $0 { f } else { nil } }) {
            return ("\(number(windows.count)) assinaturas CSP novas ainda podem ser corrigidas: até o dia indicado para cada uma, é possível reduzir licenças ou cancelá-la com reembolso proporcional. Depois disso o parceiro fica comprometido com o prazo inteiro; confira agora a quantidade e o prazo de cada uma:",
                    windows.map { w in
                        "\(w.subscription) (\(w.offer)), provisionada em \(w.provisionedOn) com \(seats(w.seats)), prazo \(term(w.term)) \(billing(w.billing)): até \(w.closesOn) (faltam \(days(w.daysLeft))), `\(CspCancel.line(handle, w.subscription))`; depois, comprometida até \(w.termEndsOn)\(w.committed.map { ", cerca de \(money($0))" } ?? "")."
                    })
        }
        if let changes = several(findings, { if case .offerChange(let f) = $0 { f } else { nil } }) {
            return ("\(number(changes.count)) assinaturas CSP substituem uma original com outra oferta: transfira as licenças dos usuários de cada uma para a nova oferta dentro do prazo dela, ou eles perdem o que vinha com a antiga. Depois registre: `\(Reassign.line(handle, done: true))`.",
                    changes.map { c in
                        let deadline = switch c.deadlineKind {
                        case .originalEnds: "antes que \(c.original) termine em \(c.deadline)\(inDays(c.daysLeft))"
                        case .usersLoseAccess: "antes que eles percam o acesso em \(c.deadline)\(inDays(c.daysLeft)): \(c.original) já terminou"
                        }
                        return "\(c.replacement) (\(c.newOffer)) substitui \(c.original) (\(c.originalOffer)): \(users(c.users)), \(deadline)."
                    })
        }
        if let renewals = several(findings, { if case .autoRenew(let f) = $0 { f } else { nil } }) {
            return ("\(number(renewals.count)) originais renovam sozinhas: desligue a cobrança recorrente de cada uma para que expire em vez de iniciar um novo período pago, e registre:",
                    renewals.map { r in "\(r.license) (\(r.offer)) termina em \(r.expires)\(inDays(r.daysLeft)): `\(LicenseEdit.autoRenewLine(handle, r.license, on: false))`." })
        }
        if let overlaps = several(findings, { if case .overlap(let f) = $0 { f } else { nil } }) {
            return ("Nos dias indicados, o cliente paga em dobro por \(number(overlaps.count)) originais: cada uma e a sua substituta. É o custo de provisionar antes do fim; uma migração planejada o mantém curto:",
                    overlaps.map { o in
                        "\(o.original), substituída por \(o.replacements.map(\.description).joined(separator: ", ")): de \(o.from) a \(o.until) (\(days(o.days)))\(paidTwice(o.cost, cspSeats: o.cspSeats, atOriginalPrice: o.atOriginalPrice, shared: o.shared))."
                    })
        }
        return nil
    }
}
