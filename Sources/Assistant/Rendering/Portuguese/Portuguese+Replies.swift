import MigrationGuide

/// Portuguese, replies: invitations, dry runs, unanswered questions and confirmations.
extension Portuguese {
    func invitationInstructions(_ reply: InvitationReply) -> [String] {
        let customer = reply.customer
        var lines = [
            reply.preview
                ? "Prévia, nada registrado: o convite para \(customer.name) (\(customer.handle)). Depois de enviá-lo, registre com `\(Invite.line(customer.handle))`."
                : "\(reply.resent ? "Convite reenviado" : "Convite registrado como pendente") para \(customer.name) (\(customer.handle)) em \(reply.invitation.sentOn).",
            "1. No Partner Center, abra Clientes no menu do painel e escolha Solicitar uma relação de revenda.",
            "2. Copie o link de convite exibido para a mensagem abaixo e envie para \(reply.invitation.email ?? "o administrador global do cliente").",
            "3. O administrador precisa estar conectado \(customer.domain.map { "a \($0)" } ?? "ao locatário do cliente") como administrador global para aceitar. Quando aceitar: `\(Accept.line(customer.handle))`.",
        ]
        lines.append("A relação de revenda não dá ao parceiro direitos de administrador: ele não vê usuários nem atribui licenças.")
        if reply.needsAdminRights {
            lines.append("4. Se for preciso atribuir licenças (troca de oferta), solicite também direitos de administrador: no Partner Center, o cliente → Relações de administrador → Solicitar relação de administrador, com Administrador de Licenças e Administrador de Usuários; envie também esse link (a mensagem abaixo o menciona) e depois `\(GdapRequest.line(customer.handle))`.")
        }
        if customer.program == .ea {
            lines.append("Este cliente é Enterprise Agreement: depois do aceite, o Partner Center também pode agendar as assinaturas CSP para a renovação do EA (`\(Explain.line(.enterpriseAgreement))`). O GDAP não cobre assinaturas compradas por um EA.")
        }
        if reply.partnerName == nil {
            lines.append("A mensagem termina em \"Obrigado,\" sem nome: defina uma vez o nome da sua empresa com `\(Settings.partnerNameLine("Sua Empresa Ltda"))` e ele assinará todos os convites.")
        }
        return lines
    }

    func invitationMessage(_ reply: InvitationReply) -> [String] {
        let customer = reply.customer
        return [
            "Assunto: Aceite nossa solicitação de relação de revenda para \(customer.name)",
            "",
            "Olá,",
            "",
            "Estamos prontos para levar as assinaturas Microsoft da empresa \(customer.name) para o programa Provedor de Soluções na Nuvem (CSP) conosco. O primeiro passo é seu: como administrador global de \(customer.domain ?? "seu locatário do Microsoft 365"), abra o link abaixo, entre com sua conta e aceite nossa solicitação para sermos sua revenda.",
            "",
            "    <cole aqui o link de convite do Partner Center>",
            "",
            "O aceite não muda nada para os seus usuários hoje: as assinaturas atuais continuam funcionando, e vamos planejar a troca com você para que ninguém perca o acesso.",
        ] + (reply.needsAdminRights ? [
            "",
            "Se as suas licenças forem passar para outro produto, talvez enviemos também um segundo link pedindo direitos de administrador limitados (Administrador de Licenças e Administrador de Usuários) para que possamos atribuí-las por vocês; vocês podem aceitar, ou fazer as atribuições por conta própria.",
        ] : []) + [
            "",
            "Obrigado,",
        ] + (reply.partnerName.map { [$0] } ?? [])
    }

    func originalsEnding(_ reply: OriginalsEnding) -> String {
        let days = switch (reply.from, reply.to) {
        case (let from?, let to?) where from == to: "em \(from)"
        case (let from?, let to?): "de \(from) a \(to)"
        case (let from?, nil): "a partir de \(from)"
        default: ""
        }
        guard !reply.originals.isEmpty else { return reply.period == nil ? label(.noOriginals) : "Nenhuma assinatura original termina \(days)." }
        let customers = Set(reply.originals.map(\.customer)).count
        let total = "\(counted(reply.originals.count, "assinatura", "assinaturas")) de \(counted(customers, "cliente", "clientes"))"
        return reply.period == nil ? "Todas as assinaturas originais, da que termina antes à que termina depois: \(total)" : "Terminam \(days): \(total)"
    }

    func reassignmentOutcome(_ reply: ReassignmentReply) -> String {
        if let doneOn = reply.doneOn { return "Registrado como feito em \(doneOn)." }
        return "Atribua a nova oferta a cada usuário no centro de administração do Microsoft 365 (Cobrança → Licenças, ou Usuários → Usuários ativos) e depois: `\(Reassign.line(reply.handle, done: true))`."
    }

    func cancellationCheck(_ check: CancellationCheck) -> (verdict: String, next: String) {
        let o = check.original
        let subject = "Cancelar \(o.id) (\(o.offer)) de \(check.handle) em \(check.on)"
        let expire = "deixe-a ir até o fim em \(o.expires) e registre nesse dia: `\(Expire.line(check.handle, o.id))`"
        if check.program == .open || check.program == .retail {
            return ("\(subject) não devolve nada: uma assinatura Open License ou de varejo é pré-paga e não é reembolsada (prática de parceiros, não regra da Microsoft), então vai até o fim de qualquer forma.",
                    "Nada foi registrado. Em vez disso, \(expire).")
        }
        if case .mcaAfterWindow(let closed) = check.refund {
            let billing = o.mayRenew ? "desligue a cobrança recorrente e registre (`\(LicenseEdit.autoRenewLine(check.handle, o.id, on: false))`); depois, " : ""
            return ("\(subject) não devolve nada: a janela de reembolso da conta MCA do cliente fechou em \(closed), então o tempo pago se perde de qualquer forma, e uma assinatura anual paga por mês continua sendo cobrada todo mês até o fim.",
                    "Nada foi registrado. Em vez disso, \(billing)\(expire).")
        }
        // W-EARLY-CANCEL says these itself; near the end they are said here.
        let early = check.risks.contains { $0.code == .earlyCancel }
        let limit = early ? "" : check.onlineCancelLimit.map { " " + onlineCancelLimit($0) } ?? ""
        let unknownAccount = if !early, case .accountUnknown(let window, _) = check.refund {
            " O tipo de conta de compra direta não está registrado: uma conta MOSA recebe crédito proporcional; uma conta MCA não recebe nada passados \(days(window)) do início ou da renovação, e então o certo é desligar a cobrança recorrente e deixá-la expirar. Registre: \(typed(CustomerEdit.billingAccountTemplate(check.handle)))."
        } else { "" }
        guard check.risks.isEmpty else {
            return ("\(subject) custaria dinheiro ou serviço ao cliente:",
                    "Nada foi registrado.\(unknownAccount)\(limit) Para cancelar mesmo assim, com o aviso mantido no registro: `\(check.command)`.")
        }
        let replacements = check.replacements.map(\.description).joined(separator: ", ")
        let left = check.paidTimeLeft
        let worth = left.value.map { "no valor de \(money($0))" } ?? "sem preço registrado para calcular o valor"
        let lastDays = left.days == 1 ? "o último dia pago" : "os últimos \(number(left.days)) dias pagos"
        let (cost, paid) = switch left.outcome {
        case _ where left.days == 0: ("não custaria nada", "não resta nenhum dia pago")
        case .lost: ("custaria pouco", "o cliente abre mão d\(lastDays), \(worth)")
        case .refunded: ("não custaria nada", "\(lastDays) (\(worth)) \(left.days == 1 ? "é reembolsado" : "são reembolsados")")
        case .unknown: ("custaria pouco, no máximo", "\(lastDays) (\(worth)) \(left.days == 1 ? "pode ou não ser reembolsado" : "podem ou não ser reembolsados")")
        }
        // Nothing replaces it only when nobody uses it (else cancelling would cut users off, a risk).
        let takesOver = check.replacements.isEmpty ? "ninguém tem licença atribuída nela, então ninguém perde o acesso" : "\(replacements) já a substitui"
        return ("\(subject) \(cost): ela termina em \(o.expires) de qualquer forma e \(takesOver); \(paid).\(unknownAccount)",
                "Nada foi registrado.\(limit) Para registrar o cancelamento: `\(check.command)`.")
    }

    func toRecordChange(_ command: String) -> String {
        "Para registrar isso neste cliente: \(quoted(command)) (uma pergunta não muda nada)."
    }

    func unsure(_ reason: UnsureReply.Reason) -> String {
        switch reason {
        case .noIntent(nil): "Não entendi a pergunta. Estes comandos podem ajudar:"
        case .noIntent(let handle?): "Reconheci o cliente \(handle), mas não a pergunta. Para \(handle) você pode digitar:"
        case .severalCustomers(let handles): "Isso pode ser mais de um cliente: \(handles.map(\.rawValue).joined(separator: ", ")). Qual deles? Por exemplo:"
        case .misspelledCustomer(let word, _): "Nenhum cliente se chama \(quoted(word)). Você quis dizer:"
        case .noCustomer: "Qual cliente? Diga o nome ou escolha um com \(typed(Use.line(.placeholder))). Por exemplo:"
        case .severalOriginals(let handle, let ids): "\(handle) tem várias assinaturas originais (\(ids.map(\.description).joined(separator: ", "))); indique uma pelo id ou pela oferta. Por exemplo:"
        case .noOriginal(let handle): "\(handle) não tem assinatura original registrada. Para conferir:"
        }
    }

    func unlikelyDate(_ check: UnlikelyDate) -> String {
        let distance = abs(check.daysAway) >= 730 ? "\(number(abs(check.daysAway) / 365)) anos" : days(abs(check.daysAway))
        return "\(check.field) \(check.date) fica a \(distance) \(check.daysAway > 0 ? "de hoje" : "no passado"); se foi um engano, corrija com \(typed(check.correction))."
    }

    func confirmation(_ confirmation: Confirmation) -> String {
        switch confirmation {
        case .customerUpdated(let c): "\(c.name) (\(c.handle)) atualizado: \(program(c.program))\(c.program == .mosp ? ", conta de cobrança \(c.billingAccount.rawValue)" : "")\(c.program == .ea ? ", \(c.eaTerm == .multiYear ? "prazo plurianual" : "prazo padrão")" : "")\(c.createdInPartnerCenter ? ", criado no Partner Center" : "")\(c.currency.map { ", cobrado em \($0)" } ?? "")."
        case .cspChanged(let r):
            switch r.change {
            case .cancelled: "Registrado: \(r.subscription.id) (\(r.subscription.offer)) de \(r.handle) cancelada em \(r.subscription.cancelledOn?.description ?? "?"); ela não substitui mais nada."
            case .edited: "\(r.subscription.id) corrigida para \(r.handle): \(r.subscription.offer), \(seats(r.subscription.seats)), substituindo \(r.subscription.replaces.isEmpty ? "nenhuma original" : r.subscription.replaces.map(\.description).joined(separator: ", "))."
                + (r.afterWindow ? " A janela de correção já fechou, então o Partner Center não permitiria mais essa redução: isto só corrige o que foi digitado." : "")
                + (r.acceptanceMovedFrom.map { " O aceite, registrado em \($0), passa a ser de \(r.subscription.provisionedOn?.description ?? "?"): o Partner Center só vende depois dele." } ?? "")
            case .removed: "\(r.subscription.id) (\(r.subscription.offer)) removida do registro de \(r.handle); nada muda no Partner Center."
            }
        case .customerAdded(let c): "Cliente \(c.name) cadastrado como \(c.handle) (\(program(c.program))). Próximo: registre as assinaturas com \(typed(LicenseAdd.template(c.handle))) e depois `\(Invite.line(c.handle))`."
        case .customerRemoved(let h, let o, let c): "Cliente \(h) removido\(o + c > 0 ? " com \(Plural.word(o + c, "sua", "suas")) \(counted(o + c, "assinatura", "assinaturas"))" : "")."
        case .customerRemovalPreview(let h, let o, let c):
            o + c == 0
                ? "Nada foi removido: o cliente \(h) não tem assinaturas registradas. Para removê-lo: \(typed(CustomerRemove.line(h, force: false)))."
                : "Nada foi removido: o cliente \(h) tem registradas \(subscriptionCounts(originals: o, csp: c)), que a remoção apaga do registro (nada muda no Partner Center). Para removê-lo: \(typed(CustomerRemove.line(h, force: true)))."
        case .selected(let h): h.map { "Trabalhando com \($0); os comandos podem omitir o identificador. \(typed(Use.self)) sozinho limpa a seleção." } ?? "Nenhum cliente selecionado."
        case .licenseAdded(let h, let o): "\(o.id) registrada para \(h): \(o.offer), \(seats(o.seats)), \(users(o.assigned)), termina em \(o.expires)\(o.pricePerSeatMonth.map { ", \(money($0)) por licença por mês" } ?? "")\(o.autoRenew.map { $0 ? ", renovação automática ligada" : "" } ?? ", renovação automática não registrada (contada como ligada)")."
        case .licenseUpdated(let h, let o): "\(o.id) de \(h) atualizada: \(o.offer), \(seats(o.seats)), \(users(o.assigned)), termina em \(o.expires)\(o.pricePerSeatMonth.map { ", \(money($0)) por licença por mês" } ?? "")\(o.autoRenew.map { $0 ? ", renovação automática ligada" : ", renovação automática desligada" } ?? ", renovação automática não registrada (contada como ligada)")."
        case .accepted(let h, let i): "Registrado: \(h) aceitou a relação de revenda em \(i.acceptedOn?.description ?? "?"). A etapa 2 pode começar: `\(Advise.line(h))`."
        case .provisioned(let p):
            "\(p.preview ? "Prévia, nada registrado: \(p.subscription.id) para" : "\(p.subscription.id) registrada para") \(p.handle): \(p.subscription.offer), \(seats(p.subscription.seats)), prazo \(term(p.subscription.term)) \(billing(p.subscription.billing)), \(p.subscription.provisionedOn.map { "provisionada em \($0)" } ?? "data da compra desconhecida")\(p.replaced.isEmpty ? ", sem substituir nenhuma original" : ", substituindo " + p.replaced.map { "\($0.id) (\($0.offer))" }.joined(separator: " e "))." + earlyProvisionAccepted(p)
        case .cancelled(let c): "Registrado: \(c.original.id) (\(c.original.offer)) de \(c.handle) cancelada em \(c.original.endDate)\(c.overridden.isEmpty ? "." : ", confirmando \(c.overridden.map(\.code.rawValue).joined(separator: ", ")) (fica registrado).")"
        case .expired(let h, let o): "Registrado: \(o.id) (\(o.offer)) de \(h) expirou em \(o.endDate)."
        case .today(let d, let changed): changed ? "A data da sessão agora é \(d)." : "A data da sessão é \(d)."
        case .language(_, let auto): auto ? "Idioma: acompanha cada pergunta (agora português do Brasil)." : "Idioma: português do Brasil."
        case .format(let f): "Formato de saída: \(f.rawValue)."
        case .exported(let r) where r.deadlines != nil:
            "\(counted(r.deadlines ?? 0, "prazo", "prazos")) de \(counted(r.customers, "cliente", "clientes")) \(Plural.word(r.deadlines ?? 0, "exportado", "exportados")) para \(r.path); importe no seu calendário (uma exportação mais nova atualiza os mesmos eventos)."
        case .exported(let r): "\(counted(r.customers, "cliente", "clientes")) e \(counted(r.originals, "original", "originais")) \(Plural.word(r.customers + r.originals, "exportado", "exportados")) para \(r.path)."
        case .recording(let path, let started, let base):
            started
                ? "Gravando esta sessão em \(path ?? ""); `\(SuggestedCommand(RecordStop.self))` encerra."
                    + (base.map { " " + recordingBaseNote($0, transcript: path ?? "") } ?? "")
                : (path.map { "Gravação encerrada; a transcrição está em \($0)." } ?? "Nada estava sendo gravado.")
        case .goodbye: label(.goodbye)
        case .colleagueChanged(let entry): "\(entry.agent) registrou `\(entry.command)`"
        case .copied(let r, let from, let to):
            "Copiados \(counted(r.customersCopied, "cliente", "clientes")) e \(counted(r.entriesCopied, "entrada", "entradas")) de histórico de \(from) para \(to)\(r.settingsCopied ? ", com as configurações de política" : "")"
                + (r.customersAlreadyThere + r.entriesAlreadyThere == 0 ? "." : "; \(counted(r.customersAlreadyThere, "cliente", "clientes")) e \(counted(r.entriesAlreadyThere, "entrada", "entradas")) já estavam lá.")
        case .passwordInConnectionString: "aviso: a cadeia de conexão contém uma senha, que outras pessoas neste computador podem ver; guarde-a em ~/.pgpass (modo 0600)."
        }
    }

    func gdapLines(_ reply: GDAPReply) -> [String] {
        let h = reply.customer
        var lines: [String] = []
        switch reply.change {
        case .requested?: lines.append("Registrado: GDAP solicitado para \(h) em \(reply.relationship?.requestedOn.description ?? "?") com \(reply.relationship?.roles.map(\.rawValue).joined(separator: ", ") ?? ""). No Partner Center: Clientes → o cliente → Relações de administrador → Solicitar relação de administrador; envie o link ao Administrador Global do cliente e, quando ele aceitar: `\(GdapAccept.line(h))`.")
        case .accepted?: lines.append("Registrado: \(h) aceitou o GDAP em \(reply.relationship?.acceptedOn?.description ?? "?"), válido até \(reply.relationship?.expiresOn?.description ?? "?").")
        case nil: break
        }
        switch reply.state {
        case .pending(let since, let lapses)?: lines.append("Direitos de administrador: solicitados em \(since), aguardando o Administrador Global; a solicitação caduca em \(lapses).")
        case .lapsed(let on)?: lines.append("Direitos de administrador: nenhum; a solicitação caducou sem resposta em \(on).")
        case .active(let until)?: lines.append("Direitos de administrador: GDAP aceito, até \(until), com \(reply.relationship?.roles.map(\.rawValue).joined(separator: ", ") ?? "").")
        case .ended(let on)?: lines.append("Direitos de administrador: a relação GDAP terminou em \(on).")
        case nil: lines.append(reply.createdInPartnerCenter ? "Direitos de administrador: a relação GDAP padrão de um cliente criado no Partner Center." : "Direitos de administrador: nenhum registrado. A relação de revenda não dá nenhum; solicite GDAP com `\(GdapRequest.line(h))`.")
        }
        if !reply.adminRights, reply.state != nil { lines.append("O parceiro ainda não pode atribuir licenças para \(h) (é preciso Administrador de Licenças).") }
        return lines
    }

    /// Uma gravação que começa com clientes que a reprodução não terá: onde reproduzi-la, e como
    /// copiar um banco em uso (uma cópia simples pode perder o que ainda está no log de escrita).
    func recordingBaseNote(_ base: RecordingBase, transcript: String) -> String {
        let note = "Atenção: o banco de dados já tem \(counted(base.customers, "cliente", "clientes")), que a reprodução não terá;"
        let replay = { (copy: String) in ProgramLine(.replay).with(.database, copy).with(arguments: [transcript]) }
        let copiedLater = "uma cópia feita depois já tem o que os comandos gravados mudam, e a reprodução diverge."
        switch base.database {
        case .file(let path):
            return note + " copie este banco agora, antes do primeiro comando gravado, com `sqlite3 \(RecordingBase.shellWord(path)) \".backup COPIA.sqlite\"` (ou `VACUUM INTO`; não com `cp`, que pode perder alterações ainda no arquivo -wal), e reproduza a transcrição nessa cópia com `\(replay("COPIA.sqlite"))`: " + copiedLater
        case .team:
            return note + " copie o banco da equipe agora, antes do primeiro comando gravado (com `pg_dump`), e reproduza a transcrição nessa cópia com `\(replay("COPIA"))`: " + copiedLater
        case .memory:
            return note + " eles só existem nesta sessão, então esta transcrição não será reproduzida sozinha: para passar um caso adiante, grave desde o primeiro comando."
        }
    }

    /// Depois de `provision --confirm`: o que foi aceito; numa prévia: que registrar exige --confirm.
    private func earlyProvisionAccepted(_ p: ProvisionedReply) -> String {
        guard !p.confirmable.isEmpty else { return "" }
        if p.preview { return " Registrar exige \(CommonKeys.confirm.flagSpec.name) (W-EARLY-PROVISION abaixo)." }
        let accepted = p.confirmable.map { "\(days($0.daysPaidTwice)) de \($0.original) pagos em dobro\($0.paidTwice.map { ", cerca de \(money($0))" } ?? "")" }
        return " W-EARLY-PROVISION aceito com \(CommonKeys.confirm.flagSpec.name) e mantido no registro: " + accepted.joined(separator: "; ") + "."
    }
}
