import MigrationGuide

/// The words of timelines and deadline calendars, in both languages.
enum TimelineWords {
    static func month(_ number: Int, _ language: Language) -> String {
        let names = language == .ptBR
            ? ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]
            : ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return names[max(0, min(11, number - 1))]
    }

    static let today = LocalizedText(en: "today", pt: "hoje")
    static let invitation = LocalizedText(en: "invitation", pt: "convite")
    static let adminRights = LocalizedText(en: "admin rights (GDAP)", pt: "direitos de admin (GDAP)")

    /// What a deadline is about: `L1 (Office 365 E3)`, the invitation, or admin rights.
    static func subject(_ deadline: CustomerDeadline, _ language: Language) -> String {
        switch deadline.kind {
        case .adminRequestLapses, .adminRightsExpire: return adminRights(language)
        case .invitationStale: return invitation(language)
        default: return deadline.subscription.map { "\($0)" + (deadline.offer.map { " (\($0))" } ?? "") } ?? invitation(language)
        }
    }
    /// In place of a drawing on a terminal too narrow for one; short, since it must fit there too.
    static func tooNarrow(_ columns: Int, _ language: Language) -> String {
        language == .ptBR ? "Mínimo: \(columns) colunas" : "Minimum: \(columns) columns"
    }

    static let overdueHeading = LocalizedText(en: "Overdue: not done in time", pt: "Atrasados: não feitos a tempo")

    /// `(overdue 12 days)`.
    static func overdue(days: Int, _ language: Language) -> String {
        language == .ptBR
            ? "(atrasado há \(Plural.count(days, "dia", "dias", language)))"
            : "(overdue \(Plural.count(days, "day", "days", language)))"
    }

    /// The legend's note after the first glyph of marks that fell on one column: `▷ hides ◆ on
    /// the same day`, in the bar's order of priority (the dated lines still list each).
    static func drawnOver(_ others: [String], _ language: Language) -> String {
        language == .ptBR
            ? "encobre " + others.joined(separator: " ou ") + " no mesmo dia"
            : "hides " + others.joined(separator: " or ") + " on the same day"
    }

    static let nothing = LocalizedText(en: "No deadlines in these days.", pt: "Nenhum prazo nestes dias.")

    /// `contoso · 2026-11-02 → 2027-05-30`.
    static func heading(customer: String, from: CalendarDate, to: CalendarDate, ascii: Bool) -> String {
        "\(customer) \(ascii ? "-" : "·") \(from) \(ascii ? "->" : "→") \(to)"
    }

    static func portfolioHeading(days: Int, from: CalendarDate, to: CalendarDate, ascii: Bool, _ language: Language) -> String {
        let words = language == .ptBR ? "Próximos \(days) dias" : "Next \(days) days"
        return "\(words) \(ascii ? "-" : "·") \(from) \(ascii ? "->" : "→") \(to)"
    }

    static func span(_ kind: Timeline.Span.Kind) -> LocalizedText {
        switch kind {
        case .term: LocalizedText(en: "term (paid)", pt: "vigência (paga)")
        case .nearEnd: LocalizedText(en: "near its end: time to retire it", pt: "perto do fim: hora de encerrar")
        case .expired: LocalizedText(en: "expired: users keep access", pt: "expirada: usuários mantêm acesso")
        case .disabled: LocalizedText(en: "disabled: admins only, then deleted", pt: "desabilitada: só administradores, depois excluída")
        case .pending: LocalizedText(en: "waiting for the customer", pt: "aguardando o cliente")
        case .adminRights: LocalizedText(en: "admin rights held", pt: "direitos de admin ativos")
        case .csp: LocalizedText(en: "CSP in service", pt: "CSP em uso")
        case .cspWindow: LocalizedText(en: "CSP correction window", pt: "janela de correção do CSP")
        case .overlap: LocalizedText(en: "paid twice (original still running)", pt: "pago em dobro (original ainda ativa)")
        }
    }

    /// What a row's mark records, in the dates under a customer's drawing; nil for the marks that
    /// stand for a deadline (listed as one).
    static func happened(_ kind: Timeline.Mark.Kind, _ subject: Timeline.Subject) -> LocalizedText? {
        switch (kind, subject) {
        case (.invited, .invitation): LocalizedText(en: "invitation sent", pt: "convite enviado")
        case (.accepted, .invitation): LocalizedText(en: "invitation accepted", pt: "convite aceito")
        case (.invited, .adminRights): LocalizedText(en: "admin rights (GDAP) requested", pt: "direitos de admin (GDAP) solicitados")
        case (.accepted, .adminRights): LocalizedText(en: "admin rights (GDAP) accepted", pt: "direitos de admin (GDAP) aceitos")
        default: nil
        }
    }

    static func mark(_ kind: Timeline.Mark.Kind) -> LocalizedText {
        switch kind {
        case .invited: LocalizedText(en: "invited or requested", pt: "convidado ou solicitado")
        case .accepted: LocalizedText(en: "accepted", pt: "aceito")
        case .deadline: LocalizedText(en: "next deadline", pt: "próximo prazo")
        case .provisionFrom: LocalizedText(en: "provision from (plan)", pt: "provisionar a partir de (plano)")
        case .provisionBy: LocalizedText(en: "provision by (latest)", pt: "provisionar até (limite)")
        }
    }

    /// A CSP subscription recorded without its purchase date, under its row: what is not drawn,
    /// and how to record the date.
    static func purchaseDateUnknown(_ subscription: LicenseID, offer: String, dating: SuggestedCommand) -> LocalizedText {
        LocalizedText(
            en: "? \(subscription) (\(offer)): purchase date unknown, so only its service from today is drawn, without its correction window or term; record the date with `\(dating)`.",
            pt: "? \(subscription) (\(offer)): data de compra desconhecida, então só o serviço a partir de hoje está desenhado, sem a janela de correção nem o prazo; registre a data com `\(dating.text(placeholder: Portuguese().placeholder))`.")
    }

    static let calendarName = LocalizedText(en: "CSP migration deadlines", pt: "Prazos da migração para o CSP")
    static let run = LocalizedText(en: "Run:", pt: "Execute:")

    /// What a deadline means for the customer, with the policy figures it depends on.
    /// Volume Licensing (`graceUncertain`): Microsoft's grace changed in 2025 and not every
    /// subscription has it, so the end date is the day to have the CSP subscription in place.
    static func detail(_ deadline: CustomerDeadline, settings: GuideSettings, stages: StageLengths, graceUncertain: Bool = false) -> LocalizedText {
        switch deadline.kind {
        case .nearEndOpens:
            nearEndDetail(deadline.retirement ?? .runsToEnd, renewalOff: deadline.autoRenew == false, settings: settings)
        case .provisionFrom:
            LocalizedText(
                en: "From today the plan says to provision the CSP subscription that replaces the original: early enough to assign its licenses before the end, late enough not to pay for both for long. `\(SuggestedCommand(Plan.self))` shows the dates.",
                pt: "A partir de hoje o plano manda provisionar a assinatura CSP que substitui a original: cedo o bastante para atribuir as licenças antes do fim, tarde o bastante para não pagar as duas por muito tempo. `plano` mostra as datas.")
        case .provisionBy:
            LocalizedText(
                en: "The latest day to provision the CSP subscription that replaces the original: after it, users are left without a license when the original stops.",
                pt: "O último dia para provisionar a assinatura CSP que substitui a original: depois dele, os usuários ficam sem licença quando a original parar.")
        case .originalEnds where graceUncertain:
            LocalizedText(
                en: "The original's term ends. Microsoft's current page gives \(stages.expiredDays) days of access after it (Expired stage), but not every Volume Licensing subscription has that grace and the figure changed in 2025: users may lose access today, so the CSP subscription must be in place by now.",
                pt: "A vigência da original termina. A página atual da Microsoft dá \(stages.expiredDays) dias de acesso depois dela (estágio expirado), mas nem toda assinatura de Licenciamento por Volume tem essa carência e o número mudou em 2025: os usuários podem perder o acesso hoje, então a assinatura CSP precisa estar ativa até agora.")
        case .originalEnds:
            LocalizedText(
                en: "The original's term ends. Users keep access for \(stages.expiredDays) days (Expired stage); the CSP subscription must be in place before then.",
                pt: "A vigência da original termina. Os usuários mantêm o acesso por \(stages.expiredDays) dias (estágio expirado); a assinatura CSP precisa estar ativa antes disso.")
        case .usersLoseAccess:
            LocalizedText(
                en: "The original becomes Disabled: users lose access and only admins reach the data, for \(stages.disabledDays) days.",
                pt: "A original fica desabilitada: os usuários perdem o acesso e só os administradores chegam aos dados, por \(stages.disabledDays) dias.")
        case .dataDeleted:
            LocalizedText(
                en: "The original's data is deleted and cannot be recovered.",
                pt: "Os dados da original são excluídos e não podem ser recuperados.")
        case .cspWindowCloses:
            LocalizedText(
                en: "The CSP subscription can no longer be reduced or cancelled for a prorated refund (\(settings.cspCorrectionDays)-day window): check its seats before.",
                pt: "A assinatura CSP não pode mais ser reduzida nem cancelada com reembolso proporcional (janela de \(settings.cspCorrectionDays) dias): confira as licenças antes.")
        case .adminRequestLapses:
            LocalizedText(
                en: "A GDAP request unanswered for \(settings.gdapRequestExpiryDays) days lapses: ask the customer's Global Administrator to accept it before, or request it again.",
                pt: "Um pedido de GDAP sem resposta por \(settings.gdapRequestExpiryDays) dias expira: peça ao administrador global do cliente que o aceite antes, ou peça de novo.")
        case .adminRightsExpire:
            LocalizedText(
                en: "The GDAP relationship ends: without it the partner cannot assign licenses in the customer's tenant. Extend it or request a new one before.",
                pt: "A relação GDAP termina: sem ela o parceiro não consegue atribuir licenças no locatário do cliente. Estenda-a ou peça uma nova antes.")
        case .invitationStale:
            LocalizedText(
                en: "The invitation has waited more than \(settings.inviteStaleDays) days: follow up with the customer's global admin, or send it again.",
                pt: "O convite espera há mais de \(settings.inviteStaleDays) dias: cobre o administrador global do cliente ou envie de novo.")
        }
    }

    /// The near-end day of an original, as its program lets staff retire it: only web direct has
    /// recurring billing to turn off and a cancellation to weigh; once it is recorded off, nothing is
    /// left to turn off.
    private static func nearEndDetail(_ retirement: Retirement, renewalOff: Bool, settings: GuideSettings) -> LocalizedText {
        let days = settings.nearEndDays
        return switch retirement {
        case .cancelNearEnd where renewalOff:
            LocalizedText(
                en: "From today the original is within \(days) days of its end, and its recurring billing is recorded off: let it expire, or cancel it, which forfeits little. Make sure the CSP subscription is in place first.",
                pt: "A partir de hoje a original está a \(days) dias ou menos do fim, e a cobrança recorrente está registrada como desligada: deixe-a expirar, ou cancele-a, o que perde pouco. Confirme antes que a assinatura CSP já está ativa.")
        case .turnOffRenewal where renewalOff:
            LocalizedText(
                en: "From today the original is within \(days) days of its end. On an MCA account cancelling now brings no refund, and its recurring billing is recorded off: let it expire, with the CSP subscription in place first.",
                pt: "A partir de hoje a original está a \(days) dias ou menos do fim. Numa conta MCA, cancelar agora não traz reembolso, e a cobrança recorrente está registrada como desligada: deixe-a expirar, com a assinatura CSP já ativa.")
        case .cancelNearEnd:
            LocalizedText(
                en: "From today the original is within \(days) days of its end: cancelling it (with auto-renew off) forfeits little. Make sure the CSP subscription is in place first.",
                pt: "A partir de hoje a original está a \(days) dias ou menos do fim: cancelá-la (com a renovação automática desligada) perde pouco. Confirme antes que a assinatura CSP já está ativa.")
        case .turnOffRenewal:
            LocalizedText(
                en: "From today the original is within \(days) days of its end. On an MCA account cancelling now brings no refund: make sure auto-renew (recurring billing) is off and let it expire, with the CSP subscription in place first.",
                pt: "A partir de hoje a original está a \(days) dias ou menos do fim. Numa conta MCA, cancelar agora não traz reembolso: confirme que a renovação automática (cobrança recorrente) está desligada e deixe-a expirar, com a assinatura CSP já ativa.")
        case .anniversary:
            LocalizedText(
                en: "From today the Enterprise Agreement's original is within \(days) days of its end. It cannot be cancelled mid-term: it runs to its end. Have the CSP subscription in place by then, or schedule the renew-to-CSP transfer in Partner Center for the renewal.",
                pt: "A partir de hoje a original do Enterprise Agreement está a \(days) dias ou menos do fim. Ela não pode ser cancelada no meio da vigência: vai até o fim. Tenha a assinatura CSP ativa até lá, ou agende no Partner Center a transferência para o CSP na renovação.")
        case .runsToEnd:
            LocalizedText(
                en: "From today the original is within \(days) days of its end. It is prepaid and runs to its end: there is nothing to cancel or refund (partner practice, not a Microsoft rule). Have the CSP subscription in place by then.",
                pt: "A partir de hoje a original está a \(days) dias ou menos do fim. Ela é pré-paga e vai até o fim: não há nada a cancelar nem a reembolsar (prática de parceiros, não regra da Microsoft). Tenha a assinatura CSP ativa até lá.")
        }
    }

    /// What happens on a deadline, as a calendar event's title says it.
    static func deadline(_ deadline: CustomerDeadline) -> LocalizedText {
        switch deadline.kind {
        case .nearEndOpens:
            switch deadline.retirement ?? .runsToEnd {
            case .cancelNearEnd: LocalizedText(en: "near its end: first good day to cancel", pt: "perto do fim: primeiro dia bom para cancelar")
            case .turnOffRenewal where deadline.autoRenew == false: LocalizedText(en: "near its end: auto-renew is off, let it expire", pt: "perto do fim: renovação automática desligada, deixe expirar")
            case .turnOffRenewal: LocalizedText(en: "near its end: check auto-renew is off, let it expire", pt: "perto do fim: confirme a renovação automática desligada e deixe expirar")
            case .anniversary: LocalizedText(en: "near its end: plan for the anniversary or renew to CSP", pt: "perto do fim: prepare o aniversário do contrato ou a renovação para o CSP")
            case .runsToEnd: LocalizedText(en: "near its end: it runs to its end (nothing to cancel)", pt: "perto do fim: ela vai até o fim (nada a cancelar)")
            }
        case .provisionFrom: LocalizedText(en: "provision the replacement from this day (plan)", pt: "provisionar a substituta a partir deste dia (plano)")
        case .provisionBy: LocalizedText(en: "last day to provision the replacement", pt: "último dia para provisionar a substituta")
        case .originalEnds: LocalizedText(en: "original ends", pt: "a original termina")
        case .usersLoseAccess: LocalizedText(en: "users lose access", pt: "usuários perdem o acesso")
        case .dataDeleted: LocalizedText(en: "data deleted", pt: "dados excluídos")
        case .cspWindowCloses: LocalizedText(en: "CSP correction window closes", pt: "fecha a janela de correção do CSP")
        case .invitationStale: LocalizedText(en: "invitation unanswered: follow up", pt: "convite sem resposta: cobrar")
        case .adminRequestLapses: LocalizedText(en: "GDAP request lapses", pt: "o pedido de GDAP expira")
        case .adminRightsExpire: LocalizedText(en: "admin rights (GDAP) end", pt: "os direitos de admin (GDAP) terminam")
        }
    }
}
