import MigrationGuide

/// Portuguese, findings: the warnings and notes, their short summaries, an original's position and the next action.
extension Portuguese {
    func position(_ status: OriginalStatus) -> String {
        let original = status.original
        var text: String
        switch original.ending {
        case .cancelled(let on, let early): text = early ? "cancelada em \(on) antes do prazo (W-EARLY-CANCEL confirmado)" : "cancelada em \(on)"
        case .expired(let on): text = "expirou em \(on)"
        case nil: text = status.ended ? "terminou em \(original.expires)" : (status.nearEnd ? "perto do fim" : "ativa")
        }
        switch status.lifecycle {
        case .active: break
        case .expired(let until): text += "; usuários com acesso até \(until)"
        case .disabled(let deletion): text += "; desabilitada, dados excluídos em \(deletion)"
        case .deleted: text += "; excluída"
        }
        if original.autoRenew, !status.ended { text += ", renovação automática ligada" }
        return text
    }

    private func subject(_ id: LicenseID, _ offer: String) -> String { "\(id) (\(offer))" }

    func finding(_ finding: Finding, handle: Handle) -> String {
        switch finding {
        case .earlyCancel(let f):
            var text = "Cancelar \(subject(f.license, f.offer)) agora é cedo demais: ela vale até \(f.expires), daqui a \(days(f.daysLeft)), e uma original cancelada não tem reembolso"
            if let value = f.forfeited {
                text += "; cerca de \(money(value)) já pagos seriam perdidos."
            } else {
                text += " (registre um preço com `license edit` para ver o valor)."
            }
            text += " Espere: a partir de \(f.recommendedFrom) ela entra na janela de fim de período e pode ser cancelada com pouca perda; melhor ainda, desligue a renovação e deixe-a expirar em \(f.expires)."
            if f.usersLoseAccessAtOnce {
                text += " Nada a substitui no CSP ainda: uma assinatura cancelada pula os 30 dias do estágio expirado, e os usuários perderiam o acesso no mesmo dia."
            }
            switch f.program {
            case .mosp: text += " Este cliente compra pelo MOSP: o parceiro não reembolsa nada, mas o suporte de cobrança do Microsoft 365 pode conceder um crédito; peça ao cliente que consulte o suporte antes de cancelar."
            case .ea: text += " Para um Enterprise Agreement há um caminho mais seguro: depois do aceite, agende no Partner Center as assinaturas CSP para a renovação do EA (renovar para CSP)."
            default: break
            }
            return text
        case .coverageGap(let f):
            return coverageGap(f)
        case .offerChange(let f):
            return "\(subject(f.replacement, f.newOffer)) substitui \(subject(f.original, f.originalOffer)) com outra oferta: transfira as licenças de \(users(f.users)) para a nova oferta antes que \(f.original) termine em \(f.deadline)\(f.daysLeft >= 0 ? " (daqui a \(days(f.daysLeft)))" : ""), ou eles perdem o que vinha com a antiga. Depois registre: `\(Reassign.line(handle, done: true))`."
        case .seatShortfall(let f):
            return "\(subject(f.original, f.offer)) tem \(users(f.assigned)) com licença, mas a substituta CSP tem só \(seats(f.cspSeats)): \(users(f.usersWithoutLicense)) ficariam sem licença quando ela terminar. Provisione mais \(seats(f.usersWithoutLicense)) ou libere licenças sem uso."
        case .cspWindow(let f):
            return "\(subject(f.subscription, f.offer)) foi provisionada em \(f.provisionedOn) com \(seats(f.seats)): até \(f.closesOn) (faltam \(days(f.daysLeft))) ainda é possível reduzir licenças ou cancelar a assinatura com reembolso proporcional. Depois disso o período inteiro fica contratado; confira agora a quantidade e o prazo."
        case .autoRenew(let f):
            return "\(subject(f.license, f.offer)) renova sozinha e termina em \(f.expires) (daqui a \(days(f.daysLeft))): desligue a cobrança recorrente para que ela expire em vez de iniciar um novo período pago, e registre: `\(LicenseEdit.autoRenewLine(handle, f.license, on: false))`."
        case .inviteStale(let f):
            return "O convite de revenda enviado em \(f.sentOn)\(f.email.map { " para \($0)" } ?? "") está sem resposta há \(days(f.daysPending)). Ligue para o administrador global do cliente ou reenvie com `\(Invite.line(handle))`."
        case .overlap(let f):
            let cost = f.cost.map { ", cerca de \(money($0)) pela original" } ?? ""
            return "De \(f.from) a \(f.until) (\(days(f.days))) o cliente paga tanto \(f.original) quanto a substituta \(f.replacement)\(cost): é o custo de migrar sem interrupção."
        }
    }

    private func coverageGap(_ f: CoverageGap) -> String {
        let who = subject(f.license, f.offer)
        let fix = f.accepted
            ? "Provisione a substituta agora."
            : "O cliente ainda não aceitou a relação de revenda, então nada pode ser provisionado: consiga o aceite do convite primeiro."
        switch f.lifecycle {
        case .active:
            let lose = f.daysUntilUsersLoseAccess.map { f.endDate.adding(days: $0 - f.daysLeft) }
            return "\(who) termina em \(f.endDate) (daqui a \(days(f.daysLeft))) e nenhuma assinatura CSP a substitui: \(users(f.assigned)) mantêm o acesso durante os 30 dias do estágio expirado, até \(lose.map(\.description) ?? "lá"), e depois o perdem. \(fix)"
        case .expired(let until):
            return "\(who) terminou em \(f.endDate) e nenhuma assinatura CSP a substitui. Está no estágio expirado: \(users(f.assigned)) mantêm o acesso por mais \(days(f.daysUntilUsersLoseAccess ?? 0)), até \(until); depois ela é desabilitada (só administradores) e os dados são excluídos em \(until.adding(days: (f.daysUntilDataDeleted ?? 0) - (f.daysUntilUsersLoseAccess ?? 0))). \(fix)"
        case .disabled(let deletion):
            if f.ifCancelled {
                return "Nada substitui \(who) no CSP ainda: cancelá-la pula os 30 dias do estágio expirado, então \(users(f.assigned)) perderiam o acesso em \(f.endDate), e os dados seriam excluídos em \(deletion). Provisione a substituta antes."
            }
            return "\(who) terminou em \(f.endDate) sem substituta e está desabilitada: os usuários perderam o acesso, só administradores alcançam os dados, que serão excluídos em \(deletion) (daqui a \(days(f.daysUntilDataDeleted ?? 0))). \(fix)"
        case .deleted(let on):
            return "\(who) foi excluída em \(on) sem substituta."
        }
    }

    func summary(_ finding: Finding) -> String {
        switch finding {
        case .earlyCancel(let f): "\(f.license) cancelar agora perde \(days(f.daysLeft))"
        case .coverageGap(let f):
            switch f.lifecycle {
            case .active: "\(f.license) termina em \(days(f.daysLeft)) sem substituta"
            case .expired: "\(f.license) expirou, usuários perdem acesso em \(days(f.daysUntilUsersLoseAccess ?? 0))"
            case .disabled: "\(f.license) desabilitada, usuários sem acesso"
            case .deleted: "\(f.license) excluída"
            }
        case .offerChange(let f): "reatribuir \(users(f.users)) para \(f.newOffer) antes de \(f.deadline)"
        case .seatShortfall(let f): "\(f.original) com falta de \(seats(f.usersWithoutLicense))"
        case .cspWindow(let f): "\(f.subscription) pode ser corrigida até \(f.closesOn)"
        case .autoRenew(let f): "\(f.license) renova em \(f.expires) se não for desligada"
        case .inviteStale(let f): "convite sem resposta há \(days(f.daysPending))"
        case .overlap(let f): "\(f.original) e \(f.replacement) pagas juntas por \(days(f.days))"
        }
    }

    func nextAction(_ action: NextAction) -> String {
        switch action {
        case .invite:
            "Solicite a relação de revenda no Partner Center e envie o convite ao administrador global do cliente."
        case .awaitAcceptance(let sentOn, let pending, let stale):
            stale
                ? "O convite enviado em \(sentOn) espera há \(days(pending)): cobre o administrador global ou reenvie; registre o aceite com `accept` quando vier."
                : "Aguarde o administrador global aceitar o convite enviado em \(sentOn) (\(pending == 0 ? "hoje" : "há \(days(pending))")) e registre o aceite."
        case .recordOriginals:
            "Registre as assinaturas originais do cliente, com licenças, usuários e datas de término, para planejar a migração."
        case .provision(let original, let offer, let seats, let endDate):
            "Provisione \(offer) com \(self.seats(seats)) para substituir \(original), que termina em \(endDate)."
        case .addSeats(let original, let offer, let missing):
            "Provisione mais \(self.seats(missing)) de \(offer) para que todos os usuários de \(original) continuem com licença."
        case .reassign(let users, let deadline):
            "Transfira as licenças de \(self.users(users)) para as novas ofertas antes de \(deadline) e registre."
        case .turnOffAutoRenew(let license, let expires):
            "Desligue a cobrança recorrente de \(license) para que ela expire em \(expires) em vez de renovar."
        case .retire(let license, let expires, let daysLeft):
            "\(license) está nos seus últimos \(days(max(daysLeft, 0))): deixe-a expirar em \(expires) e registre com `expire`, ou cancele agora com `cancel`, com pouca perda."
        case .waitForWindow(let license, let opensOn, let expires):
            "Nada a fazer agora: \(license) já tem substituta e vale até \(expires). A partir de \(opensOn) pode ser encerrada; antes disso, cancelar desperdiçaria tempo pago."
        case .complete:
            "Migração concluída: o cliente trabalha com as assinaturas CSP."
        }
    }
}
