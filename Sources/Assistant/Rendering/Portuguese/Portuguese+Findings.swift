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
        // Most likely renewed, not in the expired stage (W-AUTO-RENEW says what to check).
        if status.probablyRenewed { return text + "; provavelmente renovou (W-AUTO-RENEW)" }
        // Nobody to move, whatever its stage: nothing needs buying for it, and no user loses access.
        let unused = status.replacements.isEmpty && !status.replacementNeeded
        var separator = "; "
        switch status.lifecycle {
        case .active: break
        case .expired(let until): text += unused ? "" : "; usuários perdem o acesso em \(until)"
        case .disabled(let deletion): text += "; desabilitada, dados excluídos em \(deletion)"
        case .deleted:
            text += "; excluída"
            separator = ", "
        }
        if !status.ended {
            switch original.autoRenew {
            case true?: text += ", renovação automática ligada"
            case nil: text += ", renovação automática não registrada"
            case false?: break
            }
        }
        if unused { text += separator + "sem usuários: nada a provisionar" }
        return text
    }

    private func subject(_ id: LicenseID, _ offer: String) -> String { "\(id) (\(offer))" }

    private func about(_ value: Money?) -> String { value.map { ", cerca de \(money($0))" } ?? "" }

    /// Um valor pago em dobro: as licenças CSP que ele conta e se o preço é o da original.
    func paidTwice(_ value: Money?, cspSeats: Int, atOriginalPrice: Bool, shared: SharedSeats? = nil) -> String {
        value.map { amount in
            let counted = shared.map { "\(number(cspSeats)) das \(number($0.seats)) licenças CSP" } ?? "\(number(cspSeats)) \(cspSeats == 1 ? "licença" : "licenças") CSP"
            let notes = [atOriginalPrice ? "ao preço por licença da original: nenhum preço CSP registrado" : nil, shared.map { shared in "as demais licenças são dos usuários de \(shared.with.map(\.description).joined(separator: " e ")), que a mesma assinatura CSP também substitui" }].compactMap { $0 }
            return ", cerca de \(money(amount)) por \(counted)" + (notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")")
        } ?? ""
    }

    private func inDays(_ count: Int) -> String { count >= 0 ? " (daqui a \(days(count)))" : "" }

    /// O estágio em que está uma original encerrada, pela duração dos estágios do programa, e o que vem depois.
    func endedStage(_ ended: EndedOriginal) -> String {
        switch ended.lifecycle {
        case .active, .expired:
            "Ela está no estágio expirado (\(days(ended.stages.expiredDays)) para \(programInSentence(ended.program))), então os usuários perdem o acesso em \(ended.usersLoseAccessOn); os dados são excluídos em \(ended.dataDeletedOn)."
        case .disabled(let deletion):
            "Ela está desabilitada: os usuários estão sem acesso desde \(ended.usersLoseAccessOn), e os dados são excluídos em \(deletion)."
        case .deleted(let on):
            "Os dados foram excluídos em \(on)."
        }
    }

    private func owedDeadline(_ owed: OwedReassignment) -> String {
        switch owed.deadlineKind {
        case .originalEnds: "antes de \(owed.deadline)\(inDays(owed.daysLeft))"
        case .usersLoseAccess: "antes que percam o acesso em \(owed.deadline)\(inDays(owed.daysLeft))"
        }
    }

    func term(_ term: CSPTerm) -> String {
        switch term {
        case .monthly: "mensal"
        case .annual: "anual"
        case .threeYear: "de três anos"
        }
    }

    func billing(_ billing: BillingFrequency) -> String {
        switch billing {
        case .monthly: "com cobrança mensal"
        case .annual: "com cobrança anual"
        case .upfront: "paga antecipadamente"
        }
    }

    func finding(_ finding: Finding, handle: Handle) -> String {
        switch finding {
        case .usersUnlicensed(let f):
            if f.ifCancelled {
                return "Cancelar \(subject(f.original, f.offer)) em \(f.since) deixaria \(users(f.users)) sem licença: a substituta CSP não tem licença para eles, e uma assinatura cancelada pula o estágio expirado. Os dados seriam excluídos em \(f.dataDeletedOn)\(inDays(f.daysUntilDataDeleted)). Provisione as licenças que faltam antes de cancelar."
            }
            let (why, fix) = switch f.cause {
            case .noReplacement: ("a original terminou e nenhuma assinatura CSP a substitui", "Provisione a substituta agora e atribua as licenças.")
            case .seatShortfall: ("a substituta CSP não tem licença para eles", "Provisione agora as licenças que faltam.")
            case .notReassigned: ("as licenças deles nunca foram transferidas para a nova oferta", "Atribua a eles a nova oferta agora e depois registre: `\(Reassign.line(handle, done: true))`.")
            }
            let data = f.daysUntilDataDeleted > 0
                ? "Os dados são excluídos em \(f.dataDeletedOn)\(inDays(f.daysUntilDataDeleted))."
                : "Os dados foram excluídos em \(f.dataDeletedOn): os usuários recomeçam sem eles."
            let noLongerNeeded = f.daysUntilDataDeleted > 0 ? ""
                : " Se não precisam mais de licença, registre: `\(LicenseEdit.line(handle, f.original).with(LicenseEdit.assigned, "0"))`."
            return "\(users(f.users)) de \(subject(f.original, f.offer)) estão sem acesso desde \(f.since): \(why). \(data) \(fix)\(noLongerNeeded)"
        case .earlyCancel(let f):
            return earlyCancel(f, handle: handle)
        case .earlyProvision(let f):
            guard let refund = f.recoverable else {
                return "Provisionar a substituta de \(subject(f.original, f.offer)) em \(f.provisionOn) é cedo: \(f.original) vai até \(f.endDate), então \(days(f.daysPaidTwice)) seriam pagos em dobro\(paidTwice(f.paidTwice, cspSeats: f.cspSeats, atOriginalPrice: f.atOriginalPrice, shared: f.shared)). O plano é provisionar a partir de \(f.recommendedFrom) (no máximo até \(f.latest)); esperar até lá economiza \(days(f.avoidableDays))\(about(f.avoidable))."
            }
            return "Provisionar a substituta de \(subject(f.original, f.offer)) em \(f.provisionOn) é cedo: \(f.original) vai até \(f.endDate), então as duas seriam pagas durante \(days(f.daysPaidTwice))\(paidTwice(f.paidTwice, cspSeats: f.cspSeats, atOriginalPrice: f.atOriginalPrice, shared: f.shared)). Isso não se perde: \(recovery(refund, f.original, handle: handle)) O plano é provisionar a partir de \(f.recommendedFrom) (no máximo até \(f.latest))."
        case .cspCancel(let f):
            return "Cancelar \(subject(f.subscription, f.offer)) em \(f.on) é reembolsado dentro da janela de correção, mas uma assinatura CSP cancelada vai direto para o estágio de exclusão: os usuários perdem o acesso na hora e ela não pode ser restaurada; o administrador tem \(days(f.backupDays)) para fazer backup dos dados antes da exclusão em \(f.dataDeletedOn). Para corrigir um registro digitado por engano: `\(CspEdit.line(handle, f.subscription))` ou `\(CspRemove.line(handle, f.subscription))`."
        case .coverageGap(let f):
            return coverageGap(f)
        case .offerChange(let f):
            let deadline = switch f.deadlineKind {
            case .originalEnds: "antes que \(f.original) termine em \(f.deadline)\(inDays(f.daysLeft))"
            case .usersLoseAccess: "antes que eles percam o acesso em \(f.deadline)\(inDays(f.daysLeft)): \(f.original) já terminou"
            }
            return "\(subject(f.replacement, f.newOffer)) substitui \(subject(f.original, f.originalOffer)) com outra oferta: transfira as licenças de \(users(f.users)) para a nova oferta \(deadline), ou eles perdem o que vinha com a antiga. Depois registre: `\(Reassign.line(handle, done: true))`."
        case .noAdminRights(let f):
            // Cada original mantém o próprio prazo: juntá-las sob o mais cedo esconde os outros.
            let owed = f.owed.map { "\(users($0.users)) de \(subject($0.original, $0.offer)) \(owedDeadline($0))" }
            var text = f.owed.count > 1
                ? "Há licenças a atribuir a uma nova oferta: \(owed.joined(separator: "; ")). Nenhuma relação GDAP aceita com a função Administrador de Licenças está registrada: a relação de revenda sozinha não dá ao parceiro direitos de administrador."
                : "As licenças de \(users(f.users)) precisam ser atribuídas a uma nova oferta antes de \(f.deadline)\(inDays(f.daysLeft)), e nenhuma relação GDAP aceita com a função Administrador de Licenças está registrada: a relação de revenda sozinha não dá ao parceiro direitos de administrador."
            switch f.gdap {
            case nil: text += " Solicite-a agora (`\(GdapRequest.line(handle))`), ou combine que o próprio administrador do cliente faça as atribuições antes disso."
            case .pending(let since, let lapses)?: text += " A solicitação GDAP de \(since) ainda aguarda o Administrador Global do cliente (ela caduca em \(lapses)): cobre a resposta, ou combine que o próprio administrador do cliente faça as atribuições."
            case .lapsed(let on)?: text += " A solicitação GDAP caducou sem resposta em \(on): solicite de novo (`\(GdapRequest.line(handle))`), ou combine que o próprio administrador do cliente faça as atribuições."
            case .active?: text += " A relação GDAP aceita não inclui Administrador de Licenças: solicite uma com essa função (`\(GdapRequest.line(handle))`)."
            case .ended(let on)?: text += " A relação GDAP terminou em \(on): solicite uma nova (`\(GdapRequest.line(handle))`)."
            }
            return text + " Quando as atribuições estiverem feitas: `\(Reassign.line(handle, done: true))`."
        case .seatShortfall(let f):
            let who = f.originals.count > 1 ? f.originals.map(\.description).joined(separator: " + ") + " (\(f.offer))" : subject(f.original, f.offer)
            return "\(who) tem \(users(f.assigned)) com licença, mas a substituta CSP tem só \(seats(f.cspSeats)): \(users(f.usersWithoutLicense)) ficariam sem licença quando ela terminar. Acrescente \(seats(f.usersWithoutLicense)) a \(f.addTo.id) no Partner Center e registre (`\(CspEdit.line(handle, f.addTo.id).with(CspEdit.seats, String(f.addTo.seats + f.usersWithoutLicense)))`); as licenças acrescentadas só podem ser reduzidas até \(days(f.correctionDays)) depois de acrescentadas. Ou libere licenças sem uso."
        case .seatSurplus(let f):
            let when = f.daysLeftInWindow > 0
                ? "Reduza-as antes de \(f.windowClosesOn) (faltam \(days(f.daysLeftInWindow))); depois disso elas"
                : "A janela de correção fechou em \(f.windowClosesOn): elas"
            return "\(subject(f.subscription, f.offer)) traz \(seats(f.seats)) para \(users(f.users)): \(seats(f.surplus)) além do necessário. \(when) são pagas até o fim do prazo em \(f.termEndsOn)\(about(f.cost))."
        case .cspWindow(let f):
            return "\(subject(f.subscription, f.offer)) foi provisionada em \(f.provisionedOn) com \(seats(f.seats)), prazo \(term(f.term)) \(billing(f.billing)): até \(f.closesOn) (\(f.daysLeft == 1 ? "falta" : "faltam") \(days(f.daysLeft))) ainda é possível reduzir licenças ou cancelar a assinatura com reembolso proporcional (`\(CspCancel.line(handle, f.subscription))`). Depois disso o parceiro fica comprometido com o prazo inteiro, até \(f.termEndsOn)\(about(f.committed)); confira agora a quantidade e o prazo."
        case .autoRenew(let f) where f.renewedOn != nil:
            return renewed(f, handle: handle)
        case .autoRenew(let f) where !f.recorded:
            return "\(subject(f.license, f.offer)) termina em \(f.expires) (daqui a \(days(f.daysLeft))) e não está registrado se ela renova sozinha: a Microsoft liga a cobrança recorrente por padrão, então confira no centro de administração do Microsoft 365 e desligue-a para que ela expire em vez de começar um novo período pago; depois registre: `\(LicenseEdit.autoRenewLine(handle, f.license, on: false))`."
        case .autoRenew(let f):
            return "\(subject(f.license, f.offer)) renova sozinha e termina em \(f.expires) (daqui a \(days(f.daysLeft))): desligue a cobrança recorrente para que ela expire em vez de iniciar um novo período pago, e registre: `\(LicenseEdit.autoRenewLine(handle, f.license, on: false))`."
        case .gdapExpiring(let f):
            return "A relação GDAP (direitos de administrador) termina em \(f.expiresOn)\(inDays(f.daysLeft)) e a migração não está concluída: peça ao cliente que a estenda, ou solicite uma nova com `\(GdapRequest.line(handle))`."
        case .inviteStale(let f):
            return "O convite de revenda enviado em \(f.sentOn)\(f.email.map { " para \($0)" } ?? "") está sem resposta há \(days(f.daysPending)). Ligue para o administrador global do cliente ou reenvie com `\(Invite.line(handle))`."
        case .gdapStale(let f):
            return f.lapsed
                ? "A solicitação GDAP enviada em \(f.requestedOn) caducou sem resposta em \(f.lapsesOn): solicite de novo com `\(GdapRequest.line(handle))`."
                : "A solicitação GDAP enviada em \(f.requestedOn) está há \(days(f.daysPending)) sem resposta; ela caduca em \(f.lapsesOn). Ligue para o Administrador Global do cliente, ou solicite de novo com `\(GdapRequest.line(handle))`."
        case .currencyMismatch(let f):
            return "\(subject(f.original, f.offer)) tem preço em \(f.price.currency) (\(money(f.price)) por licença por mês), mas a moeda do cliente é \(f.customerCurrency): os valores dela ficam em \(f.price.currency) e nunca são somados aos valores do cliente em \(f.customerCurrency). Se o preço foi digitado na moeda errada, corrija: `\(LicenseEdit.line(handle, f.original).with(LicenseEdit.price, f.price.roundedAmount.description).with(LicenseEdit.currency, f.customerCurrency))`."
        case .purchaseDateUnknown(let f):
            return "\(subject(f.subscription, f.offer)): data da compra desconhecida (o arquivo importado não a traz), então nenhuma janela de correção nem reembolso é prometido e o fim do prazo é desconhecido. Consulte-a no Partner Center e registre-a com \(typed(CspEdit.datingLine(handle, f.subscription)))."
        case .tenantLimit(let f):
            return "\(number(f.running)) originais ainda estão ativas, mais que as \(number(f.limit)) assinaturas que um locatário pode ter, então não dá para duplicar todas no CSP. Para as que passam do limite: desligue a renovação, deixe cada uma expirar e compre-a no CSP durante o estágio expirado de \(days(f.expiredStageDays)), enquanto os usuários ainda têm acesso."
        case .overlap(let f):
            let paid = "De \(f.from) a \(f.until) (\(days(f.days))) o cliente paga em dobro por \(f.original): a original e a substituta \(f.replacements.map(\.description).joined(separator: ", "))\(paidTwice(f.cost, cspSeats: f.cspSeats, atOriginalPrice: f.atOriginalPrice, shared: f.shared))."
            guard let refund = f.recoverable else { return paid + " É o custo de provisionar antes do fim; uma migração planejada o mantém curto." }
            return paid + " Dá para recuperar: " + recovery(refund, f.original, handle: handle)
        case .refundWindow(let f):
            let account = f.accountKnown ? "Na conta MCA do cliente," : "Se a conta de compra direta for MCA (não registrada),"
            let move = f.covered
                ? "cancele-a antes disso para migrar sem perda (`\(Cancel.line(handle, f.license))`)"
                : "para migrar sem perda, provisione a substituta e cancele \(f.license) antes disso"
            return "\(account) \(subject(f.license, f.offer)) pode ser cancelada com reembolso proporcional até \(f.closesOn) (\(f.daysLeft == 1 ? "falta" : "faltam") \(days(f.daysLeft))): \(move). Depois disso, cancelar não devolve nada e o período corre, e é cobrado, até \(f.expires)."
        }
    }

    /// Como os dias pagos em dobro voltam: cancelar a original depois que a substituta cobre os usuários.
    private func recovery(_ refund: CancellationRefund, _ original: LicenseID, handle: Handle) -> String {
        let cancel = "`\(Cancel.line(handle, original))`"
        if case .mcaInsideWindow(let closes) = refund {
            return "quando a substituta cobrir os usuários, cancele \(original) antes de \(closes) (\(cancel)): até lá a conta MCA é reembolsada (proporcionalmente)."
        }
        return "quando a substituta cobrir os usuários, cancele \(original) (\(cancel)): a conta MOSA recebe crédito proporcional pelo resto do período."
    }

    /// "falta 1 dia", "faltam 6 dias".
    private func leftDays(_ count: Int) -> String { "\(count == 1 ? "falta" : "faltam") \(days(count))" }

    /// W-AUTO-RENEW depois da data de término: uma renovação a conferir e sua janela de reembolso.
    private func renewed(_ f: AutoRenew, handle: Handle) -> String {
        let billing = f.recorded ? "com a cobrança recorrente registrada como ligada" : "e não está registrado se ela renova sozinha (a Microsoft deixa a cobrança recorrente ligada por padrão)"
        var text = "\(subject(f.license, f.offer)) chegou à data de término, \(f.expires), \(billing): o mais provável é que tenha renovado nesse dia por um novo período pago, em vez de expirar, e os usuários continuam com as licenças. Confira no centro de administração do Microsoft 365."
        if let closes = f.refundClosesOn {
            let window = days(f.expires.days(until: closes))
            let open = (f.refundDaysLeft ?? 0) > 0
            switch f.account ?? .unknown {
            case .mosa: text += " Numa conta MOSA, cancelar o novo período dá crédito ou reembolso proporcional."
            case .mca where open: text += " Numa conta MCA, o cancelamento só é reembolsado (proporcional) até \(window) depois da renovação: antes de \(closes) (\(leftDays(f.refundDaysLeft ?? 0)))."
            case .mca: text += " Numa conta MCA, a janela de reembolso depois da renovação fechou em \(closes): o novo período está pago; desligue a cobrança recorrente para que não renove de novo."
            case .unknown where open: text += " Se a conta de cobrança for MCA, o cancelamento só é reembolsado (proporcional) até \(window) depois da renovação: antes de \(closes) (\(leftDays(f.refundDaysLeft ?? 0))); uma conta MOSA recebe crédito proporcional."
            case .unknown: text += " Se a conta de cobrança for MCA, a janela de reembolso depois da renovação fechou em \(closes); uma conta MOSA recebe crédito proporcional."
            }
        }
        return text + " Depois registre o que encontrar: a nova data de término (\(typed(LicenseEdit.expiresTemplate(handle, f.license)))) ou, se não renovou, `\(LicenseEdit.autoRenewLine(handle, f.license, on: false))`."
    }

    private func earlyCancel(_ f: EarlyCancellation, handle: Handle) -> String {
        var text = "Cancelar \(subject(f.license, f.offer)) em \(f.on) é cedo: ela vai até \(f.expires), daqui a \(days(f.daysLeft))."
        let lost = f.remainingValue.map { "cerca de \(money($0)) de tempo pago" } ?? "o tempo pago (registre um preço com \(typed(LicenseEdit.self)) para ver o valor)"
        switch f.refund {
        case .none:
            text += " Uma assinatura de \(programInSentence(f.program)) cancelada não é reembolsada (prática de parceiros, não regra da Microsoft), então \(lost) seria perdido."
        case .proratedCredit:
            text += " A conta de compra direta do cliente é MOSA: espera-se crédito ou reembolso proporcional, então nenhum dinheiro se perde: o risco é o acesso dos usuários."
            text += f.onlineCancelLimit.map { " " + onlineCancelLimit($0) } ?? ""
        case .mcaInsideWindow(let closes):
            text += " A conta de compra direta do cliente é MCA e o período começou há pouco: cancelada antes de \(closes), ela é reembolsada (proporcionalmente), então nenhum dinheiro se perde: o risco é o acesso dos usuários."
        case .mcaAfterWindow(let closed):
            text += " A conta de compra direta do cliente é MCA e a janela de reembolso fechou em \(closed): \(lost) seria perdido, e uma assinatura anual paga por mês continua sendo cobrada todo mês até o fim. \(f.autoRenew == false ? "Deixe-a correr em vez de cancelar (a cobrança recorrente está registrada como desligada)" : "Desligue a cobrança recorrente em vez de cancelar"): os usuários mantêm o acesso até \(f.expires)."
        case .mcaStartUnknown(let window):
            text += " A conta de compra direta do cliente é MCA: só há reembolso até \(days(window)) depois do início ou da renovação (registre o início com \(typed(LicenseEdit.startedTemplate(handle, f.license)))); depois disso \(lost) seria perdido, então \(f.autoRenew == false ? "deixe-a ir até o fim em vez de cancelar (a cobrança recorrente está registrada como desligada)" : "desligue a cobrança recorrente em vez de cancelar")."
        case .accountUnknown(let window, _):
            text += " O tipo de conta de compra direta não está registrado: uma conta MOSA recebe crédito ou reembolso proporcional; uma conta MCA só até \(days(window)) depois do início ou da renovação, e depois disso \(lost) seria perdido e o certo é \(f.autoRenew == false ? "deixá-la ir até o fim" : "desligar a cobrança recorrente"). Veja em Cobrança → Contas de cobrança no centro de administração do Microsoft 365 (uma conta MCA tem perfil de cobrança) e depois `\(CustomerEdit.billingAccountLine(handle, .mosa))` ou \(quoted(BillingAccount.mca.rawValue))."
            text += f.onlineCancelLimit.map { " Se for MOSA: " + onlineCancelLimit($0) } ?? ""
        }
        switch f.program {
        case .mosp, .other:
            text += " Melhor: a partir de \(f.recommendedFrom) ela estará na janela de fim; \(f.autoRenew == false ? "a cobrança recorrente está registrada como desligada, então deixe-a" : "desligue a cobrança recorrente e deixe-a") expirar em \(f.expires)."
        case .open, .retail:
            text += " Uma assinatura Open License ou de varejo é pré-paga e vai até o fim: deixe-a expirar em \(f.expires)."
        case .ea:
            text += " Um Enterprise Agreement é comprometido por ano de inscrição: planeje a migração para o aniversário ou a renovação, ou renove para o CSP (uma transferência de canal agendada no Partner Center depois que a relação for aceita)."
        }
        if f.usersLoseAccessAtOnce, let lose = f.usersLoseAccessOn {
            text += " Nada a substitui no CSP ainda: uma assinatura cancelada pula o estágio expirado de \(days(f.skippedExpiredDays)), então os usuários perderiam o acesso em \(lose)\(f.dataDeletedOn.map { " e os dados seriam excluídos em \($0)" } ?? "")."
        }
        return text
    }

    private func coverageGap(_ f: CoverageGap) -> String {
        let who = subject(f.license, f.offer)
        let fix = f.accepted
            ? f.provisionFrom.map { "Provisione a substituta a partir de \($0), no máximo até \(f.latest)." } ?? "Provisione a substituta agora."
            : "O cliente ainda não aceitou a relação de revenda, então nada pode ser provisionado: consiga primeiro o aceite do convite."
        switch f.lifecycle {
        case .active:
            if f.graceUncertain {
                return "\(who) termina em \(f.endDate) (daqui a \(days(f.daysLeft))) e nenhuma assinatura CSP a substitui: seus \(users(f.assigned)) podem perder o acesso em \(f.endDate). A página atual da Microsoft dá \(days(f.stages.expiredDays)) de carência (os usuários perderiam o acesso em \(f.usersLoseAccessOn)), mas nem toda assinatura de Licenciamento por Volume tem essa carência e o número mudou em 2025 (`\(Explain.line(.expiry))`): tenha a substituta ativa até \(f.endDate). \(fix)"
            }
            return "\(who) termina em \(f.endDate) (daqui a \(days(f.daysLeft))) e nenhuma assinatura CSP a substitui: seus \(users(f.assigned)) mantêm o acesso durante o estágio expirado de \(days(f.stages.expiredDays)) e o perdem em \(f.usersLoseAccessOn). \(fix)"
        case .expired(let until):
            return "\(who) terminou em \(f.endDate) e nenhuma assinatura CSP a substitui. Ela está no estágio expirado: seus \(users(f.assigned)) mantêm o acesso por mais \(days(f.daysUntilUsersLoseAccess ?? 0)) e o perdem em \(until)\(f.graceUncertain ? ", no máximo (nem toda assinatura de Licenciamento por Volume tem a carência inteira)" : ""); depois ela é desabilitada (só administradores) e os dados são excluídos em \(f.dataDeletedOn). \(fix)"
        case .disabled(let deletion):
            if f.ifCancelled {
                return "Nada substitui \(who) no CSP ainda: cancelá-la pula o estágio expirado de \(days(f.stages.expiredDays)), então seus \(users(f.assigned)) perderiam o acesso em \(f.endDate), e os dados seriam excluídos em \(deletion). Provisione a substituta primeiro."
            }
            return "\(who) terminou em \(f.endDate) sem substituta e está desabilitada: os usuários perderam o acesso, só administradores alcançam os dados, e eles são excluídos em \(deletion) (daqui a \(days(f.daysUntilDataDeleted ?? 0))). \(fix)"
        case .deleted(let on):
            return "\(who) foi excluída em \(on) sem substituta."
        }
    }

    /// Compra direta perto do fim, cobrança recorrente registrada como desligada (`NextAction.retire`):
    /// deixar expirar, ou cancelar quando cancelar devolve algo.
    private func retireWebDirect(_ license: LicenseID, expires: CalendarDate, daysLeft: Int, refund: CancellationRefund, onlineCancelLimit: Int?) -> String {
        let within = "\(license) está nos seus últimos \(days(max(daysLeft, 0)))"
        let expire = "deixe-a expirar em \(expires) e registre com \(typed(Expire.self))"
        let limit = onlineCancelLimit.map { " " + self.onlineCancelLimit($0) } ?? ""
        switch refund {
        case .none: return "\(within): \(expire), ou cancele agora com \(typed(Cancel.self)), com pouca perda."
        case .proratedCredit: return "\(within): \(expire), ou cancele agora com \(typed(Cancel.self)): a conta MOSA recebe crédito proporcional.\(limit)"
        case .mcaInsideWindow(let closes): return "\(within): \(expire), ou cancele antes de \(closes) com \(typed(Cancel.self)): até lá a conta MCA é reembolsada (proporcionalmente)."
        case .mcaAfterWindow(let closed):
            return "\(within) e a cobrança recorrente está registrada como desligada: \(expire). Cancelar não devolve nada: a janela de reembolso da conta MCA fechou em \(closed)."
        case .mcaStartUnknown(let window):
            return "\(within) e a cobrança recorrente está registrada como desligada: \(expire). Uma conta MCA só é reembolsada até \(days(window)) depois do início ou da renovação, então cancelar agora provavelmente não devolve nada."
        case .accountUnknown(let window, _):
            return "\(within) e a cobrança recorrente está registrada como desligada: \(expire). Cancelar agora traz crédito proporcional numa conta MOSA, mas nada numa conta MCA passados \(days(window)) do início ou da renovação: registre a conta com \(typed(CustomerEdit.billingAccountTemplate(Placeholder.placeholder))) para saber.\(limit)"
        }
    }

    /// Por que uma original de compra direta sem uso é cancelada agora em vez de ir até o fim: o
    /// tempo pago que resta volta, com certeza ou conforme o tipo de conta.
    private func cancelUnused(expires: CalendarDate, refund: CancellationRefund, refunded: Money?) -> String {
        let worth = refunded.map { ", cerca de \(money($0))" } ?? ""
        let cancel = typed(Cancel.self)
        switch refund {
        case .mcaInsideWindow(let closes):
            return "cancele-a antes de \(closes) com \(cancel), e a conta MCA é reembolsada (proporcionalmente) pelo tempo pago até \(expires)\(worth); a partir desse dia cancelar não devolve nada."
        case .accountUnknown(let window, let closes):
            let mca = closes.map { "só até \($0) (\(days(window)) do início ou da renovação)" } ?? "só dentro de \(days(window)) do início ou da renovação"
            return "numa conta MOSA, cancelá-la agora traz crédito proporcional pelo tempo pago até \(expires)\(worth); numa conta MCA, o reembolso vem \(mca), e passado isso o certo é deixá-la expirar em \(expires). Registre o tipo de conta com \(typed(CustomerEdit.billingAccountTemplate(Placeholder.placeholder))) para saber."
        default:
            return "cancele-a agora com \(cancel) em vez de deixá-la expirar em \(expires), e a conta MOSA recebe crédito proporcional pelo tempo pago que resta\(worth)."
        }
    }

    /// Por que uma original Open License ou de varejo vai até o fim, marcado como a prática de
    /// parceiros que é (DOMAIN: o que cada programa permite), onde quer que seja dito.
    private var prepaidRunsToEnd: String {
        "prática de parceiros, não regra da Microsoft: uma assinatura Open License ou de varejo não tem o que cancelar nem reembolsar"
    }

    /// Como uma original que ninguém usa chega ao fim, pelo que o seu programa permite.
    private func letEnd(expires: CalendarDate, program: Program, turnOffRenewal: Bool) -> String {
        if turnOffRenewal { return "Desligue a cobrança recorrente para que ela expire em \(expires) em vez de renovar." }
        return switch program {
        case .mosp, .other: "A cobrança recorrente está registrada como desligada: deixe-a expirar em \(expires) e registre com \(typed(Expire.self))."
        case .open, .retail: "Deixe-a ir até o fim em \(expires) (\(prepaidRunsToEnd)) e registre com \(typed(Expire.self))."
        case .ea: "Deixe-a chegar ao fim em \(expires) com a inscrição e registre com \(typed(Expire.self))."
        }
    }

    /// O limite da Microsoft para cancelar online uma assinatura MOSA.
    func onlineCancelLimit(_ limit: Int) -> String {
        "Online, uma assinatura MOSA só pode ser cancelada com até \(number(limit)) licenças: reduza-a para \(number(limit)) antes, ou fale com o suporte da Microsoft."
    }

    func summary(_ finding: Finding) -> String {
        switch finding {
        case .usersUnlicensed(let f): "\(users(f.users)) de \(f.original) sem acesso desde \(f.since)\(f.daysUntilDataDeleted > 0 ? "" : ", dados excluídos")"
        case .earlyCancel(let f):
            switch f.paidTime {
            case .lost: "cancelar \(f.license) agora perde \(days(f.daysLeft))"
            case .unknown: "cancelar \(f.license) agora pode perder \(days(f.daysLeft))"
            case .refunded: "cancelar \(f.license) agora é reembolsado, mas corta o acesso dos usuários"
            }
        case .earlyProvision(let f): "provisionar para \(f.original) agora paga \(days(f.daysPaidTwice)) em dobro"
        case .cspCancel(let f): "cancelar \(f.subscription) a exclui na hora"
        case .coverageGap(let f):
            switch f.lifecycle {
            case .active: "\(f.license) termina em \(days(f.daysLeft)), nada a substitui"
            case .expired: "\(f.license) expirada, usuários perdem acesso em \(days(f.daysUntilUsersLoseAccess ?? 0))"
            case .disabled: "\(f.license) desabilitada, usuários sem acesso"
            case .deleted: "\(f.license) excluída"
            }
        case .offerChange(let f): "reatribuir \(users(f.users)) para \(f.newOffer) antes de \(f.deadline)"
        case .noAdminRights(let f): "sem direitos de administrador para reatribuir \(users(f.users)) antes de \(f.deadline)"
        case .seatShortfall(let f): "faltam \(seats(f.usersWithoutLicense)) para \(f.original)"
        case .seatSurplus(let f): "\(f.subscription) tem \(seats(f.surplus)) a mais"
        case .cspWindow(let f): "\(f.subscription) pode ser corrigida até \(f.closesOn)"
        case .autoRenew(let f): f.renewedOn.map { "\(f.license) provavelmente renovou em \($0)" } ?? "\(f.license) renova em \(f.expires) se não for desligada"
        case .gdapExpiring(let f): "direitos de administrador terminam em \(f.expiresOn)"
        case .inviteStale(let f): "convite sem resposta há \(days(f.daysPending))"
        case .gdapStale(let f): f.lapsed ? "solicitação GDAP caducou em \(f.lapsesOn)" : "solicitação GDAP sem resposta há \(days(f.daysPending))"
        case .tenantLimit(let f): "\(number(f.running)) originais, acima do limite de \(number(f.limit)) do locatário"
        case .overlap(let f): "\(f.original) paga em dobro por \(days(f.days))"
        case .purchaseDateUnknown(let f): "\(f.subscription) com data da compra desconhecida"
        case .refundWindow(let f): "\(f.license) reembolsada se cancelada antes de \(f.closesOn)"
        case .currencyMismatch(let f): "\(f.original) com preço em \(f.price.currency), cliente em \(f.customerCurrency)"
        }
    }

    func replacesNothing(_ subscription: CSPSubscription, links: [(original: LicenseID, ends: CalendarDate, command: SuggestedCommand)], all: SuggestedCommand?, remove: SuggestedCommand) -> String {
        let link = switch links.count {
        case 0: ""
        case 1: " Se ela substitui uma, ligue as duas: `\(links[0].command)`."
        default:
            " Se ela substitui alguma, pode ser qualquer uma de \(number(links.count)) originais da mesma oferta, então ligue a certa: "
                + links.map { "\($0.original) (termina em \($0.ends)): `\($0.command)`" }.joined(separator: "; ")
                + (all.map { "; ou, para todas elas, `\($0)`" } ?? "") + "."
        }
        return "\(subscription.id) (\(subscription.offer)) não substitui nenhuma original: é um serviço novo." + link + " Se foi registrada por engano: `\(remove)`."
    }

    func nextAction(_ action: NextAction) -> String {
        switch action {
        case .invite:
            "Solicite a relação de revenda no Partner Center e envie o convite ao administrador global do cliente."
        case .awaitAcceptance(let sentOn, let pending, let stale):
            stale
                ? "O convite enviado em \(sentOn) espera há \(days(pending)): cobre o administrador global ou reenvie; registre o aceite com \(typed(Accept.self)) quando vier."
                : "Aguarde o administrador global aceitar o convite enviado em \(sentOn) (\(pending == 0 ? "hoje" : "há \(days(pending))")) e registre o aceite."
        case .recordOriginals:
            "Registre as assinaturas originais do cliente, com licenças, usuários e datas de término, para planejar a migração."
        case .waitToProvision(let original, let offer, let from, let latest, let meanwhile):
            "Nada a comprar ainda: provisione \(offer) para \(original) a partir de \(from) (no máximo até \(latest)); antes disso cada dia seria pago em dobro." + meanwhile.map { preparation in
                switch preparation {
                case .requestGDAP(let offerChangeFrom): " A mesma oferta não exige reatribuição nem direitos de administrador. Se a substituta for outra oferta, as licenças terão de ser reatribuídas: solicite já direitos de administrador (GDAP com Administrador de Licenças, aceito pelo Administrador Global do cliente: \(typed(GdapRequest.self))) e provisione a partir de \(offerChangeFrom)."
                case .turnOffRenewal(let license): " Enquanto isso, desligue a cobrança recorrente de \(license)."
                case .renewToCSP: " Para este Enterprise Agreement o outro caminho é renovar para o CSP: uma transferência de canal agendada no Partner Center para a renovação do EA (`\(Explain.line(.enterpriseAgreement))`)."
                }
            }.joined()
        case .provision(let original, let offer, let seats, _, _, _, let ended?):
            "Provisione agora \(offer) com \(self.seats(seats)) para substituir \(original), que terminou em \(ended.endedOn). " + endedStage(ended)
        case .provision(let original, let offer, let seats, let endDate, let latest, let channelTransfer, nil):
            "Provisione \(offer) com \(self.seats(seats)) para substituir \(original), que termina em \(endDate) (no máximo até \(latest))."
                + (channelTransfer ? " Ou, para este Enterprise Agreement, renove para o CSP: uma transferência de canal agendada no Partner Center para a renovação do EA (`\(Explain.line(.enterpriseAgreement))`)." : "")
        case .addSeats(let original, let offer, let missing, let subscription, let seats):
            "Acrescente \(self.seats(missing)) a \(subscription) (\(offer)) no Partner Center, para que todos os usuários de \(original) continuem com licença, e registre as \(self.seats(seats)); as licenças acrescentadas têm a sua própria janela de correção."
        case .getAdminRights(let users, let deadline, let gdap):
            switch gdap {
            case .pending(let since, _)?:
                "Consiga que o Administrador Global do cliente aceite a solicitação GDAP de \(since) antes de \(deadline), ou combine que o próprio administrador do cliente transfira as licenças de \(self.users(users))."
            case .ended(let on)?:
                "A relação GDAP terminou em \(on): solicite uma nova, com a função Administrador de Licenças, antes de \(deadline) para transferir as licenças de \(self.users(users)), ou combine que o próprio administrador do cliente faça isso."
            case .lapsed(let on)?:
                "A solicitação GDAP expirou sem resposta em \(on): solicite uma nova, com a função Administrador de Licenças, antes de \(deadline) para transferir as licenças de \(self.users(users)), ou combine que o próprio administrador do cliente faça isso."
            case .active?:
                "A relação GDAP não tem a função Administrador de Licenças: solicite uma com essa função antes de \(deadline) para transferir as licenças de \(self.users(users)), ou combine que o próprio administrador do cliente faça isso."
            case nil:
                "Consiga direitos de administrador antes de \(deadline): solicite uma relação GDAP com a função Administrador de Licenças para transferir as licenças de \(self.users(users)), ou combine que o próprio administrador do cliente faça isso."
            }
        case .reassign(let users, let deadline, let kind):
            switch kind {
            case .originalEnds: "Transfira as licenças de \(self.users(users)) para as novas ofertas antes de \(deadline) e registre."
            case .usersLoseAccess: "Transfira as licenças de \(self.users(users)) para as novas ofertas antes que eles percam o acesso em \(deadline) e registre."
            }
        case .turnOffAutoRenew(let license, let expires):
            "Desligue a cobrança recorrente de \(license) para que ela expire em \(expires) em vez de renovar."
        case .checkRenewal(let license, let renewedOn):
            "Confira no centro de administração do Microsoft 365 se \(license) renovou em \(renewedOn) e registre a nova data de término, ou que a cobrança recorrente está desligada."
        case .retire(let license, let expires, let daysLeft, let program, let refund, let limit):
            switch program {
            case .mosp, .other: retireWebDirect(license, expires: expires, daysLeft: daysLeft, refund: refund, onlineCancelLimit: limit)
            case .open, .retail: "\(license) está nos seus últimos \(days(max(daysLeft, 0))): deixe-a ir até o fim em \(expires) (\(prepaidRunsToEnd)) e registre com \(typed(Expire.self))."
            case .ea: "\(license) está nos seus últimos \(days(max(daysLeft, 0))): deixe-a chegar ao fim em \(expires) com a inscrição (ou renove para o CSP) e registre com \(typed(Expire.self))."
            }
        case .waitForWindow(let license, let opensOn, let expires, let program):
            switch program {
            case .mosp, .other: "Nada a fazer agora: \(license) já tem substituta e vale até \(expires). A partir de \(opensOn) pode ser encerrada; antes disso, cancelar desperdiçaria tempo pago."
            case .open, .retail: "Nada a fazer agora: \(license) já tem substituta e vale até \(expires); deixe-a ir até o fim e registre com \(typed(Expire.self))."
            case .ea: "Nada a fazer agora: \(license) já tem substituta e vale até \(expires); planeje para o aniversário ou a renovação da inscrição e registre o fim com \(typed(Expire.self))."
            }
        case .complete:
            "Migração concluída: todos os usuários trabalham com as assinaturas CSP."
        case .nothingToMove:
            "Nada mais a migrar: nenhuma original tinha usuários que precisassem de uma assinatura CSP, então nenhuma foi comprada."
        case .letUnusedEnd(let license, let offer, let expires, let program, let turnOffRenewal):
            "Nada precisa ser comprado para \(license) (\(offer)): ninguém tem licença atribuída nela, então ninguém perde o acesso quando ela terminar. "
                + letEnd(expires: expires, program: program, turnOffRenewal: turnOffRenewal)
                + " Se o cliente quiser licenças para novos usuários, provisione-as com \(typed(Provision.self)) e \(quoted(Provision.replacing(license.description))), com as licenças que ele quiser."
        case .cancelUnused(let license, let offer, let expires, let refund, let refunded, let limit):
            "Ninguém tem licença atribuída em \(license) (\(offer)), então cancelá-la não deixa ninguém sem acesso: "
                + cancelUnused(expires: expires, refund: refund, refunded: refunded)
                + (limit.map { " " + onlineCancelLimit($0) } ?? "")
                + " Mantenha-a só se o cliente quiser as licenças para novos usuários."
        }
    }
}
