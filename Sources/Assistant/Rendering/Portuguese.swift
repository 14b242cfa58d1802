import Foundation
import MigrationGuide
import MigrationStore

/// Every sentence in Brazilian Portuguese.
struct Portuguese: Phrasebook {
    var language: Language { .ptBR }

    func label(_ label: Label) -> String {
        switch label {
        case .commands: "Comandos"
        case .usage: "Uso"
        case .arguments: "Argumentos"
        case .flags: "Opções"
        case .examples: "Exemplos"
        case .helpFooter: "Digite `help COMANDO` ou `COMANDO --help` para ver as opções e um exemplo; `steps` explica as quatro etapas da migração. Também dá para perguntar com suas palavras, em português ou inglês: \"o que falta para a contoso?\""
        case .originals: "Assinaturas originais"
        case .cspSubscriptions: "Assinaturas CSP"
        case .warnings: "Avisos, do mais urgente ao menos"
        case .next: "Próximo passo"
        case .invitation: "Convite"
        case .notInvited: "ainda não enviado"
        case .invitedOn: "enviado"
        case .acceptedOn: "aceito"
        case .id: "ID"
        case .offer: "Oferta"
        case .seatsColumn: "Licenças"
        case .assigned: "Atribuídas"
        case .ends: "Término"
        case .daysLeft: "Dias"
        case .position: "Situação"
        case .replacedBy: "Substituída por"
        case .provisioned: "Provisionada"
        case .replaces: "Substitui"
        case .handle: "Cliente"
        case .name: "Nome"
        case .stageColumn: "Etapa"
        case .warningsColumn: "Avisos"
        case .mostUrgent: "Mais urgente"
        case .nextColumn: "Próximo"
        case .program: "Programa"
        case .domain: "Domínio"
        case .email: "E-mail do administrador"
        case .noCustomers: "Nenhum cliente ainda. Cadastre um com `customer add HANDLE --name NOME`."
        case .noOriginals: "Nenhuma assinatura original registrada (`license add`)."
        case .noCSP: "Nenhuma assinatura CSP ainda."
        case .noWarnings: "Nenhum aviso."
        case .allClear: "Nada exige atenção."
        case .portfolioHeading: "Carteira, do mais urgente ao menos"
        case .settingsHeading: "Configurações (dias)"
        case .notPriced: "sem preço registrado"
        case .reassignmentNone: "Nenhuma reatribuição necessária: cada assinatura CSP mantém a oferta da original que substitui, ou a reatribuição já foi registrada."
        case .reassignmentHeading: "Reatribuição de licenças necessária"
        case .goodbye: "Até logo."
        case .errorTag: "erro"
        case .warningTag: "aviso"
        case .noteTag: "nota"
        case .aliases: "também"
        case .row: "linha"
        case .noJournal: "Nada registrado ainda."
        case .when: "Quando"
        case .sessionDate: "Data"
        case .agent: "Quem"
        case .command: "Comando"
        }
    }

    func stage(_ stage: MigrationStage) -> String {
        switch stage {
        case .invite: "etapa 1 de 4: convite"
        case .provision: "etapa 2 de 4: provisionamento"
        case .retire: "etapa 3 de 4: encerrar as originais"
        case .complete: "etapa 4 de 4: concluída"
        }
    }

    func program(_ program: Program) -> String {
        switch program {
        case .open: "Open License"
        case .mosp: "MOSP (compra direta)"
        case .ea: "Enterprise Agreement"
        case .retail: "Varejo"
        case .other: "Outro programa"
        }
    }

    func days(_ count: Int) -> String { count == 1 || count == -1 ? "\(count) dia" : "\(number(count)) dias" }
    func users(_ count: Int) -> String { count == 1 ? "1 usuário" : "\(number(count)) usuários" }
    func seats(_ count: Int) -> String { count == 1 ? "1 licença" : "\(number(count)) licenças" }

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
    private func about(_ value: Money?) -> String { value.map { ", cerca de \(money($0))" } ?? "" }
    private func inDays(_ count: Int) -> String { count >= 0 ? " (daqui a \(days(count)))" : "" }

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
            let (why, fix) = switch f.cause {
            case .noReplacement: ("a original terminou e nenhuma assinatura CSP a substitui", "Provisione a substituta agora e atribua as licenças.")
            case .seatShortfall: ("a substituta CSP não tem licença para eles", "Provisione agora as licenças que faltam.")
            case .notReassigned: ("as licenças deles nunca foram transferidas para a nova oferta", "Atribua a eles a nova oferta agora e depois registre: `reassign \(handle) --done`.")
            }
            return "\(users(f.users)) de \(subject(f.original, f.offer)) estão sem acesso desde \(f.since): \(why). Os dados são excluídos em \(f.dataDeletedOn)\(inDays(f.daysUntilDataDeleted)). \(fix)"
        case .earlyCancel(let f):
            return earlyCancel(f, handle: handle)
        case .earlyProvision(let f):
            return "Provisionar a substituta de \(subject(f.original, f.offer)) em \(f.provisionOn) é cedo: \(f.original) vai até \(f.endDate), então \(days(f.daysPaidTwice)) seriam pagos em dobro\(about(f.paidTwice)). O plano é provisionar a partir de \(f.recommendedFrom) (no máximo até \(f.latest)); esperar até lá economiza \(days(f.avoidableDays))\(about(f.avoidable)). Para provisionar agora mesmo assim, repita o comando com --confirm; o aviso fica registrado."
        case .cspCancel(let f):
            return "Cancelar \(subject(f.subscription, f.offer)) em \(f.on) é reembolsado dentro da janela de correção, mas uma assinatura CSP cancelada vai direto para Excluída: os usuários perdem o acesso na hora e ela não pode ser restaurada; o administrador tem \(days(f.backupDays)) para fazer backup dos dados antes da exclusão em \(f.dataDeletedOn). Para corrigir um registro digitado por engano: `csp edit \(handle) \(f.subscription)` ou `csp remove \(handle) \(f.subscription)`."
        case .coverageGap(let f):
            return coverageGap(f)
        case .offerChange(let f):
            let deadline = switch f.deadlineKind {
            case .originalEnds: "antes que \(f.original) termine em \(f.deadline)\(inDays(f.daysLeft))"
            case .usersLoseAccess: "antes que eles percam o acesso em \(f.deadline)\(inDays(f.daysLeft)): \(f.original) já terminou"
            }
            return "\(subject(f.replacement, f.newOffer)) substitui \(subject(f.original, f.originalOffer)) com outra oferta: transfira as licenças de \(users(f.users)) para a nova oferta \(deadline), ou eles perdem o que vinha com a antiga. Depois registre: `reassign \(handle) --done`."
        case .noAdminRights(let f):
            var text = "As licenças de \(users(f.users)) precisam ser atribuídas a uma nova oferta antes de \(f.deadline)\(inDays(f.daysLeft)), e nenhuma relação GDAP aceita com a função Administrador de Licenças está registrada: a relação de revenda sozinha não dá ao parceiro direitos de administrador."
            switch f.gdap {
            case nil: text += " Solicite-a agora (`gdap request \(handle)`), ou combine que o próprio administrador do cliente faça as atribuições antes disso."
            case .pending(let since, let lapses)?: text += " A solicitação GDAP de \(since) ainda aguarda o Administrador Global do cliente (ela caduca em \(lapses)): cobre a resposta, ou combine que o próprio administrador do cliente faça as atribuições."
            case .lapsed(let on)?: text += " A solicitação GDAP caducou sem resposta em \(on): solicite de novo (`gdap request \(handle)`), ou combine que o próprio administrador do cliente faça as atribuições."
            case .active?: text += " A relação GDAP aceita não inclui Administrador de Licenças: solicite uma com essa função (`gdap request \(handle)`)."
            case .ended(let on)?: text += " A relação GDAP terminou em \(on): solicite uma nova (`gdap request \(handle)`)."
            }
            return text + " Quando as atribuições estiverem feitas: `reassign \(handle) --done`."
        case .seatShortfall(let f):
            let who = f.originals.count > 1 ? f.originals.map(\.description).joined(separator: " + ") + " (\(f.offer))" : subject(f.original, f.offer)
            return "\(who) tem \(users(f.assigned)) com licença, mas a substituta CSP tem só \(seats(f.cspSeats)): \(users(f.usersWithoutLicense)) ficariam sem licença quando ela terminar. Provisione mais \(seats(f.usersWithoutLicense)) ou libere licenças sem uso."
        case .seatSurplus(let f):
            let when = f.daysLeftInWindow > 0
                ? "Reduza-as antes de \(f.windowClosesOn) (faltam \(days(f.daysLeftInWindow))); depois disso elas"
                : "A janela de correção fechou em \(f.windowClosesOn): elas"
            return "\(subject(f.subscription, f.offer)) traz \(seats(f.seats)) para \(users(f.users)): \(seats(f.surplus)) além do necessário. \(when) são pagas até o fim do prazo em \(f.termEndsOn)\(about(f.cost))."
        case .cspWindow(let f):
            return "\(subject(f.subscription, f.offer)) foi provisionada em \(f.provisionedOn) com \(seats(f.seats)), prazo \(term(f.term)) \(billing(f.billing)): até \(f.closesOn) (faltam \(days(f.daysLeft))) ainda é possível reduzir licenças ou cancelar a assinatura com reembolso proporcional (`csp cancel \(handle) \(f.subscription)`). Depois disso o parceiro fica comprometido com o prazo inteiro, até \(f.termEndsOn)\(about(f.committed)); confira agora a quantidade e o prazo."
        case .autoRenew(let f):
            return "\(subject(f.license, f.offer)) renova sozinha e termina em \(f.expires) (daqui a \(days(f.daysLeft))): desligue a cobrança recorrente para que ela expire em vez de iniciar um novo período pago, e registre: `license edit \(handle) \(f.license) --auto-renew off`."
        case .gdapExpiring(let f):
            return "A relação GDAP (direitos de administrador) termina em \(f.expiresOn)\(inDays(f.daysLeft)) e a migração não está concluída: peça ao cliente que a estenda, ou solicite uma nova com `gdap request \(handle)`."
        case .inviteStale(let f):
            return "O convite de revenda enviado em \(f.sentOn)\(f.email.map { " para \($0)" } ?? "") está sem resposta há \(days(f.daysPending)). Ligue para o administrador global do cliente ou reenvie com `invite \(handle)`."
        case .gdapStale(let f):
            return f.lapsed
                ? "A solicitação GDAP enviada em \(f.requestedOn) caducou sem resposta em \(f.lapsesOn): solicite de novo com `gdap request \(handle)`."
                : "A solicitação GDAP enviada em \(f.requestedOn) está há \(days(f.daysPending)) sem resposta; ela caduca em \(f.lapsesOn). Ligue para o Administrador Global do cliente, ou solicite de novo com `gdap request \(handle)`."
        case .tenantLimit(let f):
            return "\(number(f.running)) originais ainda estão ativas, mais que as \(number(f.limit)) assinaturas que um locatário pode ter, então não dá para duplicar todas no CSP. Para as que passam do limite: desligue a renovação, deixe cada uma expirar e compre-a no CSP durante o estágio expirado de \(days(f.expiredStageDays)), enquanto os usuários ainda têm acesso."
        case .overlap(let f):
            return "De \(f.from) a \(f.until) (\(days(f.days))) o cliente paga em dobro por \(f.original): a original e a substituta \(f.replacements.map(\.description).joined(separator: ", "))\(f.cost.map { ", cerca de \(money($0)) pela original" } ?? ""). É o custo de provisionar antes do fim; uma migração planejada o mantém curto."
        }
    }

    private func earlyCancel(_ f: EarlyCancellation, handle: Handle) -> String {
        var text = "Cancelar \(subject(f.license, f.offer)) agora é cedo: ela vai até \(f.expires), daqui a \(days(f.daysLeft))."
        let lost = f.forfeited.map { "cerca de \(money($0)) de tempo pago" } ?? "o tempo pago (registre um preço com `license edit` para ver o valor)"
        switch f.refund {
        case .none:
            text += " Uma assinatura \(program(f.program)) cancelada não é reembolsada, então \(lost) seria perdido."
        case .proratedCredit:
            text += " A conta web direct do cliente é MOSA: espera-se crédito ou reembolso proporcional, então nenhum dinheiro se perde."
        case .mcaInsideWindow(let closes):
            text += " A conta web direct do cliente é MCA e o período começou há pouco: cancelada antes de \(closes), ela é reembolsada (proporcionalmente)."
        case .mcaAfterWindow(let closed):
            text += " A conta web direct do cliente é MCA e a janela de reembolso fechou em \(closed): \(lost) seria perdido, e uma assinatura anual paga por mês continua sendo cobrada todo mês até o fim. Desligue a cobrança recorrente em vez de cancelar: os usuários mantêm o acesso até \(f.expires)."
        case .mcaStartUnknown(let window):
            text += " A conta web direct do cliente é MCA: só há reembolso até \(days(window)) depois do início ou da renovação (registre o início com `license edit \(handle) \(f.license) --started DATA`); depois disso \(lost) seria perdido, então desligue a cobrança recorrente em vez de cancelar."
        case .accountUnknown(let window, _):
            text += " O tipo de conta web direct não está registrado: uma conta MOSA recebe crédito ou reembolso proporcional; uma conta MCA só até \(days(window)) depois do início ou da renovação, e depois disso \(lost) seria perdido e o certo é desligar a cobrança recorrente. Veja em Cobrança → Contas de cobrança no centro de administração do Microsoft 365 (uma conta MCA tem perfil de cobrança) e depois `customer edit \(handle) --billing-account mosa` ou `mca`."
        }
        switch f.program {
        case .mosp, .other:
            text += " Melhor: a partir de \(f.recommendedFrom) ela está na janela de fim; desligue a cobrança recorrente e deixe-a expirar em \(f.expires)."
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
            ? "Provisione a substituta agora."
            : "O cliente ainda não aceitou a relação de revenda, então nada pode ser provisionado: consiga primeiro o aceite do convite."
        switch f.lifecycle {
        case .active:
            return "\(who) termina em \(f.endDate) (daqui a \(days(f.daysLeft))) e nenhuma assinatura CSP a substitui: seus \(users(f.assigned)) mantêm o acesso durante o estágio expirado de \(days(f.stages.expiredDays)), até \(f.usersLoseAccessOn), e depois o perdem. \(fix)"
        case .expired(let until):
            return "\(who) terminou em \(f.endDate) e nenhuma assinatura CSP a substitui. Ela está no estágio expirado: seus \(users(f.assigned)) mantêm o acesso por mais \(days(f.daysUntilUsersLoseAccess ?? 0)), até \(until); depois ela é desabilitada (só administradores) e os dados são excluídos em \(f.dataDeletedOn). \(fix)"
        case .disabled(let deletion):
            if f.ifCancelled {
                return "Nada substitui \(who) no CSP ainda: cancelá-la pula o estágio expirado de \(days(f.stages.expiredDays)), então seus \(users(f.assigned)) perderiam o acesso em \(f.endDate), e os dados seriam excluídos em \(deletion). Provisione a substituta primeiro."
            }
            return "\(who) terminou em \(f.endDate) sem substituta e está desabilitada: os usuários perderam o acesso, só administradores alcançam os dados, e eles são excluídos em \(deletion) (daqui a \(days(f.daysUntilDataDeleted ?? 0))). \(fix)"
        case .deleted(let on):
            return "\(who) foi excluída em \(on) sem substituta."
        }
    }

    func summary(_ finding: Finding) -> String {
        switch finding {
        case .usersUnlicensed(let f): "\(users(f.users)) de \(f.original) sem acesso desde \(f.since)"
        case .earlyCancel(let f): "cancelar \(f.license) agora perde \(days(f.daysLeft))"
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
        case .autoRenew(let f): "\(f.license) renova em \(f.expires) se não for desligada"
        case .gdapExpiring(let f): "direitos de administrador terminam em \(f.expiresOn)"
        case .inviteStale(let f): "convite sem resposta há \(days(f.daysPending))"
        case .gdapStale(let f): f.lapsed ? "solicitação GDAP caducou em \(f.lapsesOn)" : "solicitação GDAP sem resposta há \(days(f.daysPending))"
        case .tenantLimit(let f): "\(number(f.running)) originais, acima do limite de \(number(f.limit)) do locatário"
        case .overlap(let f): "\(f.original) paga em dobro por \(days(f.days))"
        }
    }

    func error(_ error: CommandError) -> String {
        switch error {
        case .syntax(.unterminatedQuote(let quote, let column), _):
            "As aspas \(quote) abertas na coluna \(column) não foram fechadas."
        case .syntax(.danglingEscape(let column), _):
            "A barra invertida na coluna \(column) termina a linha; não há nada para ela escapar."
        case .undecodableLine(let line):
            "A linha \(line) não é texto UTF-8 válido e não foi executada. Salve o arquivo como UTF-8."
        case .unknownCommand(let word, let suggestion):
            "Comando desconhecido: \(quoted(word)).\(suggestion.map { " Você quis dizer \(quoted($0))?" } ?? "") Digite `help` para ver a lista."
        case .missingSubcommand(let command, let choices):
            "\(quoted(command)) precisa de um destes: \(choices.joined(separator: ", "))."
        case .unknownSubcommand(let command, let word, let suggestion):
            "\(quoted(command)) não tem \(quoted(word)).\(suggestion.map { " Você quis dizer \(quoted("\(command) \($0)"))?" } ?? "") Veja `help \(command)`."
        case .missingArgument(let command, let argument):
            "\(quoted(command)) precisa de \(argument)."
        case .unexpectedArgument(let command, let word):
            "\(quoted(command)) não aceita \(quoted(word)) aqui."
        case .unknownFlag(let command, let flag, let suggestion):
            "\(quoted(command)) não tem a opção \(flag).\(suggestion.map { " Você quis dizer \($0)?" } ?? "")"
        case .missingFlagValue(_, let flag, let valueName):
            "\(flag) precisa de um valor (\(valueName))."
        case .missingFlag(let command, let flag):
            "\(quoted(command)) precisa de \(flag)."
        case .badNumber(let field, let text, let range):
            "\(field) deve ser um número inteiro de \(number(range.lowerBound)) a \(number(range.upperBound)), não \(quoted(text))."
        case .badAmount(let field, let text):
            "\(field) deve ser um valor igual ou maior que zero, como 23.50, não \(quoted(text))."
        case .badDate(let field, let text):
            "\(field) deve ser uma data real no formato AAAA-MM-DD, não \(quoted(text))."
        case .badValue(let field, let text, let choices):
            choices.isEmpty ? "\(field) não pode ficar vazio." : "\(field) não pode ser \(quoted(text)): use \(choices.joined(separator: ", "))."
        case .controlCharacter(let field, let scalar):
            "\(field) contém um caractere de controle (\(InputPolicy.codePoint(scalar))), que poderia perturbar o terminal: digite de novo sem ele."
        case .textTooLong(let field, let limit):
            "\(field) tem mais de \(limit) caracteres; confira o que foi colado."
        case .badHandle(let text):
            "\(quoted(text)) não é um identificador: use letras minúsculas, dígitos e -, como \(quoted(English.slug(text)))."
        case .unknownCustomer(let text, let suggestion):
            "Nenhum cliente \(quoted(text)).\(suggestion.map { " Você quis dizer \(quoted($0.rawValue))?" } ?? "") `customer list` mostra todos."
        case .noCustomerSelected(let command):
            "\(quoted(command)) precisa de um cliente: informe o identificador ou selecione um com `use HANDLE`."
        case .duplicateCustomer(let handle):
            "Já existe um cliente \(quoted(handle.rawValue))."
        case .hasSubscriptions(let handle, let originals, let csp):
            "\(handle) ainda tem \(originals) assinatura(s) original(is) e \(csp) CSP registrada(s). Para remover mesmo assim: `customer remove \(handle) --force`."
        case .guide(let error):
            guideError(error)
        case .storage(let error):
            storageError(error)
        case .file(let path, let problem):
            switch problem {
            case .notFound: "O arquivo \(path) não existe."
            case .notReadable: "\(path) não pode ser lido; verifique as permissões."
            case .notUTF8: "\(path) não é texto UTF-8; salve como CSV UTF-8 e tente de novo."
            case .notWritable: "\(path) não pode ser gravado; verifique a pasta e as permissões."
            case .unknownExtension: "\(path) deve terminar em .csv ou .json, que definem o formato."
            }
        case .csvUnreadable(let reason):
            "O arquivo não é um CSV legível (\(reason)). Nada foi registrado."
        case .csvColumns(let missing, let unknown):
            "O cabeçalho não confere: \(missing.isEmpty ? "" : "faltam \(missing.joined(separator: ", ")); ")\(unknown.isEmpty ? "" : "desconhecidas \(unknown.joined(separator: ", ")); ")as colunas são \(PortfolioImport.columns.joined(separator: ", ")). Nada foi registrado."
        case .csvCellCount(let expected, let found):
            "tem \(found) células onde o cabeçalho tem \(expected)."
        case .csvDuplicateRow(let first):
            "repete a linha \(first) (mesmo cliente, oferta e término)."
        case .csvConflict(let handle, let first):
            "dá a \(handle) nome, domínio ou programa diferente da linha \(first)."
        case .importRejected(let problems):
            "Nada foi importado: \(problems.count == 1 ? "1 linha tem" : "\(problems.count) linhas têm") problema. Corrija e importe de novo."
        }
    }

    private func guideError(_ error: GuideError) -> String {
        switch error {
        case .notAccepted(let handle, let invitedOn):
            if let invitedOn {
                return "\(handle) ainda não aceitou a relação de revenda enviada em \(invitedOn), então nada pode ser provisionado: as assinaturas CSP só podem ser criadas depois do aceite do administrador global. Quando aceitar: `accept \(handle)`."
            }
            return "\(handle) ainda não foi convidado, então nada pode ser provisionado: comece com `invite \(handle)`."
        case .unknownLicense(let text, let known):
            return "Nenhuma original \(quoted(text))\(known.isEmpty ? "; nenhuma está registrada" : "; as originais são \(known.map(\.description).joined(separator: ", "))")."
        case .ambiguousOffer(let text, let candidates):
            return "\(quoted(text)) corresponde a mais de uma original (\(candidates.map(\.description).joined(separator: ", "))): use o id, ou --replaces para escolher."
        case .alreadyEnded(let id, let on):
            return "\(id) já terminou em \(on); nada a fazer."
        case .assignedExceedsSeats(let assigned, let seats):
            return "--assigned (\(number(assigned))) não pode ser maior que --seats (\(number(seats)))."
        case .confirmationRequired:
            return "Nada registrado: isso custaria dinheiro ou serviço ao cliente, como explicado abaixo. Para seguir mesmo assim, repita o comando com --confirm; o aviso fica registrado."
        case .dateInFuture(let event, let on, let today):
            return "\(on) é depois de hoje (\(today)): registre \(self.event(event)) depois que acontecer."
        case .outOfOrder(let event, let on, let after, let of):
            return "\(self.event(event).capitalizedFirst) em \(on) viria antes de \(self.event(after)) em \(of); confira as datas."
        case .alreadyAccepted(let handle, let on):
            return "\(handle) já aceitou a relação de revenda em \(on): não é preciso convite. Para direitos de administrador, `gdap request \(handle)`."
        case .endsLater(let id, let expires, let on):
            return "\(id) vai até \(expires): `expire` registra só um fim natural, não um em \(on). Para encerrá-la antes, use `cancel`, que diz quanto isso custa."
        case .correctionWindowClosed(let id, let closedOn):
            return "A janela de correção de \(id) fechou em \(closedOn): o Partner Center não permite mais cancelá-la com reembolso. Para corrigir um registro digitado por engano: `csp edit` ou `csp remove`."
        case .noAutoRenew(let program):
            return "Assinaturas \(self.program(program)) não têm cobrança recorrente, então não se renovam sozinhas: deixe --auto-renew desligado."
        case .unmatchedOffer(let text, let uncovered):
            return "\(quoted(text)) não corresponde a nenhuma original, e \(uncovered.map { "\($0.offer) (\($0.id))" }.joined(separator: ", ")) ainda \(uncovered.count == 1 ? "não tem" : "não têm") substituta. Você quis dizer \(uncovered.first.map { "\($0.offer) (\($0.id))" } ?? "")? Acrescente `--replaces \(uncovered.first?.id.description ?? "L1")`, ou `--replaces none` para um serviço novo."
        case .mixedOffers(let originals):
            return "Uma assinatura CSP só pode substituir originais de uma mesma oferta, e \(originals.map { "\($0.id) é \($0.offer)" }.joined(separator: ", ")). Provisione uma assinatura por oferta."
        }
    }

    private func storageError(_ error: StoreError) -> String {
        switch error {
        case .duplicate(let handle): "Já existe um cliente \(quoted(handle.rawValue))."
        case .notFound(let handle): "Nenhum cliente \(quoted(handle.rawValue)); talvez outra sessão o tenha removido."
        case .conflict(let handle): "\(handle) foi alterado por outra sessão depois que esta o leu. Nada foi registrado; confira `status \(handle)` e tente de novo."
        case .busy(let path): "O banco de dados \(path) está ocupado: outro csp-migrate está gravando nele. Nada foi registrado; tente o comando de novo."
        case .unavailable(let path, let problem):
            switch problem {
            case .notADatabase: "\(path) não é um banco de dados do csp-migrate, ou está danificado. Nada foi gravado nele. Restaure uma cópia de segurança ou escolha outro arquivo com --db."
            case .readOnly: "O banco de dados \(path) não pode ser gravado (permissões ou disco somente leitura). Corrija as permissões ou escolha outro arquivo com --db."
            case .newerSchema(let unknown): "O banco de dados \(path) foi gravado por um csp-migrate mais novo (\(unknown.joined(separator: ", "))). Ele não foi alterado; use a versão mais nova."
            case .cannotCreate(let reason): "O banco de dados \(path) não pode ser criado: \(reason). Escolha outro lugar com --db."
            case .sqlite(let code, let message): "O banco de dados \(path) falhou (SQLite \(code): \(message)). Nada foi registrado."
            }
        }
    }

    private func event(_ event: Event) -> String {
        switch event {
        case .invited: "o convite"
        case .accepted: "o aceite"
        case .provisioned: "o provisionamento"
        case .cancelled: "o cancelamento"
        case .expired: "a expiração"
        case .gdapRequested: "a solicitação GDAP"
        case .gdapAccepted: "o aceite do GDAP"
        case .reassigned: "a reatribuição"
        }
    }

    func nextAction(_ action: NextAction) -> String {
        switch action {
        case .invite:
            "Solicite a relação de revenda no Partner Center e envie o convite ao administrador global do cliente."
        case .awaitAcceptance(let sentOn, let pending, let stale):
            stale
                ? "O convite enviado em \(sentOn) espera há \(days(pending)): cobre o administrador global ou reenvie; registre o aceite com `accept` quando vier."
                : "Aguarde o administrador global aceitar o convite enviado em \(sentOn) (há \(days(pending))) e registre o aceite."
        case .recordOriginals:
            "Registre as assinaturas originais do cliente, com licenças, usuários e datas de término, para planejar a migração."
        case .waitToProvision(let original, let offer, let from, let latest, let meanwhile):
            "Nada a comprar ainda: provisione \(offer) para \(original) a partir de \(from) (no máximo até \(latest)); antes disso cada dia seria pago em dobro." + meanwhile.map { preparation in
                switch preparation {
                case .requestGDAP: " Enquanto isso, solicite direitos de administrador (GDAP com Administrador de Licenças), que o Administrador Global do cliente precisa aceitar."
                case .turnOffRenewal(let license): " Enquanto isso, desligue a cobrança recorrente de \(license)."
                case .renewToCSP: " Para este Enterprise Agreement o outro caminho é renovar para o CSP: uma transferência de canal agendada no Partner Center para a renovação do EA (`explain ea`)."
                }
            }.joined()
        case .provision(let original, let offer, let seats, let endDate, let latest, let channelTransfer):
            "Provisione \(offer) com \(self.seats(seats)) para substituir \(original), que termina em \(endDate) (no máximo até \(latest))."
                + (channelTransfer ? " Ou, para este Enterprise Agreement, renove para o CSP: uma transferência de canal agendada no Partner Center para a renovação do EA (`explain ea`)." : "")
        case .addSeats(let original, let offer, let missing):
            "Provisione mais \(self.seats(missing)) de \(offer) para que todos os usuários de \(original) continuem com licença."
        case .getAdminRights(let users, let deadline, let requestedOn):
            requestedOn.map { "Consiga que o Administrador Global do cliente aceite a solicitação GDAP de \($0) antes de \(deadline), ou combine que o próprio administrador do cliente transfira as licenças de \(self.users(users))." }
                ?? "Consiga direitos de administrador antes de \(deadline): solicite uma relação GDAP com a função Administrador de Licenças para transferir as licenças de \(self.users(users)), ou combine que o próprio administrador do cliente faça isso."
        case .reassign(let users, let deadline, let kind):
            switch kind {
            case .originalEnds: "Transfira as licenças de \(self.users(users)) para as novas ofertas antes de \(deadline) e registre."
            case .usersLoseAccess: "Transfira as licenças de \(self.users(users)) para as novas ofertas antes que eles percam o acesso em \(deadline) e registre."
            }
        case .turnOffAutoRenew(let license, let expires):
            "Desligue a cobrança recorrente de \(license) para que ela expire em \(expires) em vez de renovar."
        case .retire(let license, let expires, let daysLeft, let program):
            switch program {
            case .mosp, .other: "\(license) está nos seus últimos \(days(max(daysLeft, 0))): deixe-a expirar em \(expires) e registre com `expire`, ou cancele agora com `cancel`, com pouca perda."
            case .open, .retail: "\(license) está nos seus últimos \(days(max(daysLeft, 0))): deixe-a ir até o fim em \(expires) (uma assinatura Open License ou de varejo não tem o que cancelar nem reembolsar) e registre com `expire`."
            case .ea: "\(license) está nos seus últimos \(days(max(daysLeft, 0))): deixe-a chegar ao fim em \(expires) com a inscrição (ou renove para o CSP) e registre com `expire`."
            }
        case .waitForWindow(let license, let opensOn, let expires, let program):
            switch program {
            case .mosp, .other: "Nada a fazer agora: \(license) já tem substituta e vale até \(expires). A partir de \(opensOn) pode ser encerrada; antes disso, cancelar desperdiçaria tempo pago."
            case .open, .retail: "Nada a fazer agora: \(license) já tem substituta e vale até \(expires); deixe-a ir até o fim e registre com `expire`."
            case .ea: "Nada a fazer agora: \(license) já tem substituta e vale até \(expires); planeje para o aniversário ou a renovação da inscrição e registre o fim com `expire`."
            }
        case .complete:
            "Migração concluída: todos os usuários trabalham com as assinaturas CSP."
        }
    }

    func explanation(_ topic: Topic, settings: GuideSettings) -> [String] {
        body(topic, settings: settings) + sourceLines(topic, heading: "Confira na fonte:", version: "versão de")
    }

    private func stageLine(_ program: Program, _ eaTerm: EATerm, _ settings: GuideSettings) -> String {
        let stages = settings.stages(for: program, eaTerm: eaTerm)
        let name = eaTerm == .multiYear ? "Enterprise Agreement, prazo plurianual" : self.program(program)
        return "\(name): expirada por \(days(stages.expiredDays)), depois desabilitada por \(days(stages.disabledDays))."
    }

    private func body(_ topic: Topic, settings: GuideSettings) -> [String] {
        switch topic {
        case .invite: [
            "Etapa 1, o convite. Nada passa para o CSP antes de o cliente aceitar uma relação de revenda com o parceiro.",
            "No Partner Center, abra Clientes no menu do painel e escolha Solicitar uma relação de revenda. O Partner Center gera um link de convite; envie-o a um administrador global do locatário do cliente. `invite HANDLE` escreve uma mensagem pronta e registra o convite como pendente.",
            "A solicitação também pode pedir funções de administração delegada granular (GDAP); peça só as funções de que o suporte precisa. Um cliente criado diretamente no Partner Center já tem a relação: registre com `accept`.",
        ]
        case .accept: [
            "O administrador global do cliente abre o link conectado ao locatário e aceita. A partir daí o parceiro vê o cliente no Partner Center e pode criar assinaturas para ele.",
            "Registre com `accept HANDLE` (acrescente --on DATA se foi antes). Um convite sem resposta por mais de \(days(settings.inviteStaleDays)) gera W-INVITE-STALE.",
        ]
        case .provision: [
            "Etapa 2, o provisionamento. Depois do aceite, crie no Partner Center as assinaturas CSP de que o cliente precisa, normalmente as mesmas ofertas de hoje, com uma licença para cada usuário que tem uma.",
            "Registre cada uma com `provision HANDLE OFERTA --seats N`; ela é ligada à original da mesma oferta, ou indique a original com --replaces. As duas convivem por um tempo, e os usuários não perdem o serviço.",
            "Acerte a quantidade e o prazo: pelas regras do novo comércio, uma assinatura CSP só pode ser reduzida ou cancelada com reembolso proporcional em até \(days(settings.cspCorrectionDays)) após a compra (W-CSP-WINDOW).",
        ]
        case .cancellation: [
            "Etapa 3, encerrar as originais. O que a equipe pode fazer com uma original depende do programa (prática de parceiros, não uma regra da Microsoft):",
            "Compra direta (MOSP): a cobrança recorrente pode ser desligada no centro de administração do Microsoft 365 e a assinatura cancelada. Uma conta MOSA recebe crédito ou reembolso proporcional; uma conta MCA só até \(days(settings.mcaRefundDays)) depois do início ou da renovação, e depois disso o tempo pago se perde e o caminho é desligar a cobrança recorrente (`explain mosp`).",
            "Open License e varejo: períodos pré-pagos, sem cobrança recorrente e sem nada a reembolsar; vão até o fim.",
            "Enterprise Agreement: comprometido por ano de inscrição, sem cancelamento no meio do período; quantidades só diminuem no aniversário, e a renovação é uma decisão sobre toda a inscrição, ou uma transferência de canal para o CSP (`explain ea`).",
            "`cancel` recusa um cancelamento mais de \(days(settings.nearEndDays)) antes do fim sem --confirm (W-EARLY-CANCEL) e mantém registro da confirmação. Uma assinatura cancelada antes do fim pula o estágio expirado: se nada a substitui ainda, os usuários perdem o acesso no mesmo dia.",
        ]
        case .expiry: [
            "Quando uma assinatura do Microsoft 365 chega ao fim do período sem renovar, ela passa por três estágios: expirada (todos continuam trabalhando; ainda pode ser reativada), desabilitada (os usuários perdem o acesso; só administradores alcançam os dados) e excluída. Uma assinatura cancelada antes do fim vai direto para desabilitada; uma quantidade reduzida abaixo das licenças atribuídas não tem estágio expirado, e os administradores têm 90 dias para resolver o excesso enquanto os usuários mantêm o serviço.",
            "A duração de cada estágio depende do programa (configurações, `settings`):",
            stageLine(.mosp, .standard, settings), stageLine(.open, .standard, settings),
            stageLine(.ea, .standard, settings), stageLine(.ea, .multiYear, settings),
            stageLine(.retail, .standard, settings), stageLine(.other, .standard, settings),
            "O Licenciamento por Volume (EA, Open) mudou seus prazos de carência em 2025 (a página lida em 2024 dizia que os serviços param quando começa o estágio expirado), e nem toda assinatura de VL tem a carência completa: planeje toda migração de VL para ter a assinatura CSP pronta até a data de término; a carência é uma rede de segurança, não o plano.",
            "Uma assinatura CSP que termina com a renovação automática desligada fica expirada por 30 dias e não pode ser reativada; uma assinatura CSP cancelada vai direto para excluída (`explain csp-term`).",
        ]
        case .reassignment: [
            "Quando a assinatura CSP é a mesma oferta da original, os usuários mantêm suas licenças e não percebem nada: não é preciso reatribuir.",
            "Quando a oferta muda (por exemplo, de Office 365 E3 para Microsoft 365 Business Premium), a licença de cada usuário precisa ser atribuída à nova oferta no centro de administração do Microsoft 365 antes do fim da original, ou eles perdem os serviços que vinham com ela (W-OFFER-CHANGE).",
            "`reassign HANDLE` lista o que precisa mudar; `reassign HANDLE --done` registra que foi feito.",
        ]
        case .multiPartner: [
            "O Partner Center não migra clientes automaticamente entre programas de licenciamento; cada cliente é migrado à mão, um de cada vez.",
            "O que torna isso possível é que um cliente pode trabalhar com mais de um parceiro e por mais de um canal ao mesmo tempo: a nova relação CSP fica ao lado das compras antigas, e as assinaturas CSP podem ser criadas antes de as originais terminarem.",
            "Mover dados entre locatários é uma migração de locatário para locatário e está fora do que este assistente cobre.",
        ]
        case .enterpriseAgreement: [
            "Clientes Enterprise Agreement podem seguir as quatro etapas, mas o Partner Center também oferece uma transferência de canal: depois do aceite, o parceiro vê os serviços do EA e pode agendar as assinaturas CSP para começarem na renovação do EA (renovar para CSP).",
            "Assim nada precisa ser cancelado e ofertas fora de linha (como os SKUs com Teams) continuam valendo. O Azure de um EA migra por uma transferência própria do Azure.",
            "Os serviços online do EA são comprometidos por ano de inscrição: sem cancelamento no meio do período, quantidades reduzidas só no aniversário. O GDAP não cobre assinaturas compradas por um EA.",
            stageLine(.ea, .standard, settings) + " " + stageLine(.ea, .multiYear, settings),
        ]
        case .mosp: [
            "MOSP, ou compra direta: assinaturas compradas no centro de administração do Microsoft 365 e cobradas pela Microsoft. O que o cancelamento devolve depende da conta de cobrança:",
            "MOSA (o clássico Microsoft Online Subscription Agreement, sem perfil de cobrança): cancelar depois do início ou da renovação dá crédito ou reembolso proporcional; online só com até 25 licenças, acima disso reduza para 25 antes ou fale com o suporte.",
            "MCA (Microsoft Customer Agreement, com perfil de cobrança): reembolso proporcional só até \(days(settings.mcaRefundDays)) depois do início ou da renovação. Depois disso não dá para cancelar com reembolso: desligue a cobrança recorrente, os usuários mantêm o acesso até o fim do período, e uma assinatura anual paga por mês continua sendo cobrada todo mês até lá.",
            "Para distinguir: Cobrança → Contas de cobrança no centro de administração do Microsoft 365; uma conta MCA tem perfil de cobrança. Registre com `customer edit HANDLE --billing-account mosa|mca`, e o início do período com `license edit HANDLE L1 --started DATA`.",
        ]
        case .gdap: [
            "Desde 2023-10-09 a relação de revenda não traz direitos de administrador: ela permite vender, não ver usuários nem atribuir licenças. Os direitos de administrador vêm de uma relação GDAP (privilégios de administrador delegado granular) separada, que o Administrador Global do cliente aceita.",
            "Atribuir licenças exige a função Administrador de Licenças; criar usuários, Administrador de Usuários; ler os dados da empresa, Leitores de Diretório. Uma relação dura no máximo dois anos (\(days(settings.gdapDurationDays)) por padrão aqui); uma solicitação sem resposta por \(days(settings.gdapRequestExpiryDays)) caduca (W-GDAP-STALE a partir de \(days(settings.gdapStaleDays))).",
            "Um cliente criado no Partner Center recebe uma relação GDAP padrão; um locatário existente que aceita um convite de revenda não recebe nenhuma (é o que parceiros relatam; decorre das regras acima).",
            "Então um cliente cuja oferta muda precisa de GDAP com Administrador de Licenças, ou do próprio administrador fazendo as atribuições, antes do fim da original (W-NO-ADMIN-RIGHTS). Registre com `gdap request HANDLE` e `gdap accept HANDLE`.",
        ]
        case .cspTerm: [
            "Uma assinatura CSP (novo comércio) tem um prazo, mensal, anual ou de três anos, com cobrança mensal, anual ou antecipada. Registre com `provision ... --term --billing --price`.",
            "Até \(days(settings.cspCorrectionDays)) depois da compra ou da renovação ela pode ser cancelada com reembolso proporcional e as licenças podem ser reduzidas; depois disso o parceiro paga o prazo inteiro. Licenças acrescentadas no meio do prazo têm sua própria janela; upgrades não têm.",
            "Uma assinatura CSP cancelada vai direto para excluída: os usuários perdem o acesso na hora e ela não pode ser restaurada; o administrador tem \(days(settings.cspBackupDays)) para fazer backup dos dados. A renovação automática vem ligada; a renovação acontece no dia seguinte ao fim do prazo e abre uma nova janela.",
            "Preços: parceiros relatam que prazos anuais ou de três anos com cobrança mensal custam 5% a mais que os pagos antecipadamente desde 2025-04-01 (em parte confirmado pelo anúncio da Microsoft de março de 2025), e que o prazo mensal custa cerca de 20% a mais que o anual; confira a tabela de preços.",
        ]
        case .sources: [
            "Os prazos por trás dos conselhos vêm destas páginas da Microsoft, lidas na versão com a data abaixo. Cada um é uma configuração (`settings`), então uma mudança da Microsoft é uma mudança de configuração.",
        ]
        case .settings: [
            "Os prazos por trás dos conselhos são configurações, vistas e alteradas com `settings` (em dias, exceto o limite do locatário):",
            "near-end-days (\(settings.nearEndDays)): quão perto do fim uma original precisa estar para que cancelá-la não seja antecipado.",
            "lead-days (\(settings.leadDays)) e reassignment-lead-days (\(settings.reassignmentLeadDays)): quanto tempo antes do fim de uma original provisionar a substituta, o segundo quando há licenças a reatribuir ou nenhum direito de administrador registrado.",
            "csp-correction-days (\(settings.cspCorrectionDays)) e csp-backup-days (\(settings.cspBackupDays)): a janela de correção do novo comércio e o prazo para fazer backup dos dados de uma assinatura CSP cancelada.",
            "invite-stale-days (\(settings.inviteStaleDays)), gdap-stale-days (\(settings.gdapStaleDays)), gdap-request-expiry-days (\(settings.gdapRequestExpiryDays)), gdap-duration-days (\(settings.gdapDurationDays)), gdap-expiring-days (\(settings.gdapExpiringDays)): convites e direitos de administrador.",
            "mca-refund-days (\(settings.mcaRefundDays)): a janela de reembolso de uma conta MCA. tenant-subscription-limit (\(settings.tenantSubscriptionLimit)).",
            "Os estágios do ciclo de vida por programa, PROGRAMA-expired-days e PROGRAMA-disabled-days (`explain expiry`).",
        ]
        case .code(let code): codeExplanation(code, settings: settings)
        }
    }

    private func codeExplanation(_ code: MessageCode, settings: GuideSettings) -> [String] {
        let text: String = switch code {
        case .earlyCancel: "W-EARLY-CANCEL: cancelar uma original mais de \(days(settings.nearEndDays)) antes do fim. O que se perde depende do programa e, na compra direta, da conta de cobrança (`explain cancellation`); com um preço registrado, o valor é mostrado. Uma original cancelada sem substituta também deixa os usuários sem acesso no mesmo dia."
        case .earlyProvision: "W-EARLY-PROVISION: provisionar uma substituta mais cedo que a antecedência (\(days(settings.leadDays)), ou \(days(settings.reassignmentLeadDays)) quando há licenças a reatribuir ou nenhum direito de administrador registrado) antes do fim da original. Cada dia até o fim é pago em dobro; `provision` pede --confirm."
        case .cspCancel: "W-CSP-CANCEL: cancelar uma assinatura CSP dentro da janela de correção é reembolsado, mas ela vai direto para excluída: os usuários perdem o acesso na hora, e o administrador tem \(days(settings.cspBackupDays)) para fazer backup dos dados."
        case .usersUnlicensed: "W-USERS-UNLICENSED: usuários de uma original que terminou perderam o acesso e não têm licença: nada a substituiu, a substituta não tem licenças suficientes, ou as licenças nunca foram transferidas para a nova oferta. O aviso mais urgente que existe."
        case .noAdminRights: "W-NO-ADMIN-RIGHTS: há licenças a atribuir a uma nova oferta e nenhuma relação GDAP aceita com Administrador de Licenças está registrada; a relação de revenda não dá direitos de administrador (`explain gdap`)."
        case .seatSurplus: "W-SEAT-SURPLUS: licenças CSP de uma oferta além dos usuários que precisam delas; depois da janela de correção elas são pagas pelo prazo inteiro."
        case .gdapExpiring: "W-GDAP-EXPIRING: a relação GDAP termina em até \(days(settings.gdapExpiringDays)) e a migração não está concluída."
        case .gdapStale: "W-GDAP-STALE: uma solicitação GDAP sem resposta há mais de \(days(settings.gdapStaleDays)); ela caduca depois de \(days(settings.gdapRequestExpiryDays))."
        case .tenantLimit: "I-TENANT-LIMIT: mais de \(number(settings.tenantSubscriptionLimit)) originais ativas: duplicar todas passaria do máximo do locatário, então algumas expiram e são compradas de novo no CSP durante o estágio expirado."
        case .outOfOrder: "E-OUT-OF-ORDER: uma data depois de hoje, ou antes do evento de que depende (aceite antes do convite, provisionamento antes do aceite). Nada foi registrado."
        case .notEnded: "E-NOT-ENDED: `expire` registra só um fim natural; encerrar uma original antes da data de término é um cancelamento (`cancel`, com seus avisos)."
        case .windowClosed: "E-WINDOW-CLOSED: a janela de correção do CSP fechou, então o Partner Center não permite mais o cancelamento."
        case .noAutoRenew: "E-NO-AUTO-RENEW: assinaturas Open License, Enterprise Agreement e de varejo não têm cobrança recorrente para ligar."
        case .noMatch: "E-NO-MATCH: a oferta não corresponde a nenhuma original e ainda há originais sem substituta; indique a original com --replaces, ou --replaces none para um serviço novo."
        case .coverageGap: "W-COVERAGE-GAP: uma original termina em até \(days(settings.nearEndDays)), ou já terminou, e nenhuma assinatura CSP a substitui. Os usuários mantêm o acesso durante o estágio expirado do programa e depois o perdem; os dados são excluídos no fim do estágio desabilitado (`explain expiry`)."
        case .offerChange: "W-OFFER-CHANGE: a assinatura CSP é uma oferta diferente da original que substitui, então a licença de cada usuário precisa ser reatribuída antes do fim da original."
        case .seatShortfall: "W-SEAT-SHORTFALL: a substituta CSP tem menos licenças do que a original tem usuários licenciados; alguns ficariam sem licença."
        case .cspWindow: "W-CSP-WINDOW: uma assinatura CSP provisionada há menos de \(days(settings.cspCorrectionDays)) ainda pode ter licenças removidas ou ser cancelada com reembolso proporcional; depois disso o período fica contratado."
        case .autoRenew: "W-AUTO-RENEW: uma original perto do fim vai renovar por mais um período pago se a cobrança recorrente não for desligada."
        case .inviteStale: "W-INVITE-STALE: o convite de revenda está sem resposta há mais de \(days(settings.inviteStaleDays))."
        case .overlap: "I-OVERLAP: dias em que a original e as substitutas CSP são pagas ao mesmo tempo, contados uma vez por original: um custo que uma migração planejada mantém curto."
        case .notAccepted: "E-NOT-ACCEPTED: provisionamento antes de o cliente aceitar a relação de revenda. Nada foi registrado."
        case .unknownCustomer: "E-UNKNOWN-CUSTOMER: nenhum cliente tem esse identificador ou nome."
        case .unknownLicense: "E-UNKNOWN-LICENSE: o cliente não tem original com esse id ou oferta."
        case .ambiguousOffer: "E-AMBIGUOUS-OFFER: o nome da oferta corresponde a mais de uma original; use o id (L1, L2...)."
        case .badDate: "E-BAD-DATE: uma data que não existe ou não está no formato AAAA-MM-DD (2027-02-30, 2027-13-01)."
        case .badNumber: "E-BAD-NUMBER: licenças e usuários devem ser números inteiros de 1 a 1.000.000 (usuários podem ser 0); preços, zero ou mais."
        case .duplicate: "E-DUPLICATE: já existe um cliente com esse identificador."
        case .badHandle: "E-BAD-HANDLE: identificadores usam letras minúsculas, dígitos e -."
        case .badValue: "E-BAD-VALUE: um valor fora das opções permitidas, ou texto com caracteres de controle."
        case .noCustomer: "E-NO-CUSTOMER: o comando precisa de um cliente e nenhum foi informado ou selecionado com `use`."
        case .hasSubscriptions: "E-HAS-SUBSCRIPTIONS: remover um cliente que ainda tem assinaturas registradas exige --force."
        case .confirmRequired: "E-CONFIRM-REQUIRED: o cancelamento custaria dinheiro ou serviço; só é feito com --confirm, e a confirmação fica registrada."
        case .alreadyEnded: "E-ALREADY-ENDED: a original já foi cancelada ou expirou."
        case .unknownCommand: "E-UNKNOWN-COMMAND: a primeira palavra não é um comando; `help` lista todos."
        case .usage: "E-USAGE: falta um argumento ou opção, ou sobra um; `help COMANDO` mostra o uso."
        case .syntax: "E-SYNTAX: a linha não pôde ser separada em palavras, como aspas que não foram fechadas."
        case .storage: "E-STORAGE: o estado não pôde ser lido ou gravado; a mensagem indica o arquivo e o que fazer."
        case .file: "E-FILE: um arquivo indicado no comando não existe, não pode ser lido, não é UTF-8 ou não pode ser gravado."
        case .badImport: "E-BAD-IMPORT: uma importação de CSV foi recusada; cada linha com problema é listada com número e motivo, e nada foi registrado."
        }
        return [text, "Os códigos das mensagens não mudam, para que scripts e transcrições possam contar com eles."]
    }

    func steps(_ settings: GuideSettings) -> [String] {
        [
            "O Partner Center não migra um cliente entre programas de licenciamento sozinho: cada cliente passa por quatro etapas feitas à mão.",
            "1. Convite. No Partner Center, Clientes → Solicitar uma relação de revenda; o administrador global do cliente aceita o link. (`invite`, depois `accept`)",
            "2. Provisionamento. Depois do aceite, crie as assinaturas CSP de que o cliente precisa, normalmente as mesmas ofertas, com uma licença por usuário. Elas só podem ser corrigidas em até \(days(settings.cspCorrectionDays)). (`provision`)",
            "3. Encerrar as originais. Deixe cada uma expirar no fim natural, ou cancele quando faltarem \(days(settings.nearEndDays)) ou menos: uma original cancelada nunca é reembolsada. (`expire`, `cancel`)",
            "4. Seguir em frente. O cliente trabalha com as assinaturas CSP sem interrupção. Se a oferta mudou, reatribua as licenças antes do fim da original. (`reassign`)",
            "`advise HANDLE` diz em que ponto o cliente está e o que vem a seguir.",
        ]
    }

    func invitationInstructions(_ reply: InvitationReply) -> [String] {
        let customer = reply.customer
        var lines = [
            reply.preview
                ? "Prévia, nada registrado: o convite para \(customer.name) (\(customer.handle)). Depois de enviá-lo, registre com `invite \(customer.handle)`."
                : "\(reply.resent ? "Convite reenviado" : "Convite registrado como pendente") para \(customer.name) (\(customer.handle)) em \(reply.invitation.sentOn).",
            "1. No Partner Center, abra Clientes no menu do painel e escolha Solicitar uma relação de revenda.",
            "2. Copie o link de convite exibido para a mensagem abaixo e envie a \(reply.invitation.email ?? "o administrador global do cliente").",
            "3. O administrador precisa estar conectado \(customer.domain.map { "a \($0)" } ?? "ao locatário do cliente") como administrador global para aceitar. Quando aceitar: `accept \(customer.handle)`.",
        ]
        lines.append("A relação de revenda não dá ao parceiro direitos de administrador: ele não vê usuários nem atribui licenças.")
        if reply.needsAdminRights {
            lines.append("4. Se for preciso atribuir licenças (troca de oferta), solicite também direitos de administrador: no Partner Center, o cliente → Relações de administrador → Solicitar relação de administrador, com Administrador de Licenças e Administrador de Usuários; envie também esse link (a mensagem abaixo o menciona) e depois `gdap request \(customer.handle)`.")
        }
        if customer.program == .ea {
            lines.append("Este cliente é Enterprise Agreement: depois do aceite, o Partner Center também pode agendar as assinaturas CSP para a renovação do EA (`explain ea`). O GDAP não cobre assinaturas compradas por um EA.")
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
            "Estamos prontos para levar as assinaturas Microsoft da \(customer.name) para o programa Provedor de Soluções na Nuvem (CSP) conosco. O primeiro passo é seu: como administrador global de \(customer.domain ?? "seu locatário do Microsoft 365"), abra o link abaixo, entre com sua conta e aceite nossa solicitação para sermos sua revenda.",
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
        ]
    }

    func reassignmentOutcome(_ reply: ReassignmentReply) -> String {
        if let doneOn = reply.doneOn { return "Registrado como feito em \(doneOn)." }
        return "Atribua a nova oferta a cada usuário no centro de administração do Microsoft 365 (Cobrança → Licenças, ou Usuários → Usuários ativos) e depois: `reassign \(reply.handle) --done`."
    }

    func cancellationCheck(_ check: CancellationCheck) -> (verdict: String, next: String) {
        let o = check.original
        let subject = "Cancelar \(o.id) (\(o.offer)) de \(check.handle) em \(check.on)"
        guard check.risks.isEmpty else {
            return ("\(subject) custaria dinheiro ou serviço ao cliente:",
                    "Nada foi registrado. Para cancelar mesmo assim, com o aviso mantido no registro: `\(check.command)`.")
        }
        let replacements = check.replacements.map(\.description).joined(separator: ", ")
        return ("\(subject) não custaria nada: ela termina em \(o.expires) de qualquer forma (\(days(check.on.days(until: o.expires))) depois) e \(replacements) já a substitui.",
                "Nada foi registrado. Para registrar o cancelamento: `\(check.command)`.")
    }

    func unsure(_ reason: UnsureReply.Reason) -> String {
        switch reason {
        case .noIntent(nil): "Não entendi a pergunta. Estes comandos podem ajudar:"
        case .noIntent(let handle?): "Reconheci o cliente \(handle), mas não a pergunta. Para \(handle) você pode digitar:"
        case .severalCustomers(let handles): "Isso pode ser mais de um cliente: \(handles.map(\.rawValue).joined(separator: ", ")). Qual deles? Por exemplo:"
        case .misspelledCustomer(let word, _): "Nenhum cliente se chama \(quoted(word)). Você quis dizer:"
        case .noCustomer: "Qual cliente? Diga o nome ou escolha um com `use HANDLE`. Por exemplo:"
        case .severalOriginals(let handle, let ids): "\(handle) tem várias assinaturas originais (\(ids.map(\.description).joined(separator: ", "))); indique uma pelo id ou pela oferta. Por exemplo:"
        case .noOriginal(let handle): "\(handle) não tem assinatura original registrada. Para conferir:"
        }
    }

    func confirmation(_ item: ReplyItem) -> String {
        switch item {
        case .customerUpdated(let c): "\(c.name) (\(c.handle)) atualizado: \(program(c.program))\(c.program == .mosp ? ", conta de cobrança \(c.billingAccount.rawValue)" : "")\(c.program == .ea ? ", \(c.eaTerm == .multiYear ? "prazo plurianual" : "prazo padrão")" : "")\(c.createdInPartnerCenter ? ", criado no Partner Center" : "")\(c.currency.map { ", cobrado em \($0)" } ?? "")."
        case .cspChanged(let r):
            switch r.change {
            case .cancelled: "Registrado: \(r.subscription.id) (\(r.subscription.offer)) de \(r.handle) cancelada em \(r.subscription.cancelledOn?.description ?? "?"); ela não substitui mais nada."
            case .edited: "\(r.subscription.id) corrigida para \(r.handle): \(r.subscription.offer), \(seats(r.subscription.seats)), substituindo \(r.subscription.replaces.isEmpty ? "nenhuma original" : r.subscription.replaces.map(\.description).joined(separator: ", "))."
                + (r.afterWindow ? " A janela de correção já fechou, então o Partner Center não permitiria mais essa redução: isto só corrige o que foi digitado." : "")
            case .removed: "\(r.subscription.id) (\(r.subscription.offer)) removida do registro de \(r.handle); nada muda no Partner Center."
            }
        case .customerAdded(let c): "\(c.name) cadastrado como \(c.handle) (\(program(c.program))). Próximo: registre as assinaturas com `license add \(c.handle) OFERTA --seats N --expires AAAA-MM-DD` e depois `invite \(c.handle)`."
        case .customerRemoved(let h, let o, let c): "\(h) removido\(o + c > 0 ? " com suas \(o + c) assinatura(s)" : "")."
        case .selected(let h): h.map { "Trabalhando com \($0); os comandos podem omitir o identificador. `use` sozinho limpa a seleção." } ?? "Nenhum cliente selecionado."
        case .licenseAdded(let h, let o): "\(o.id) registrada para \(h): \(o.offer), \(seats(o.seats)), \(users(o.assigned)), termina em \(o.expires)\(o.pricePerSeatMonth.map { ", \(money($0)) por licença por mês" } ?? "")\(o.autoRenew ? ", renovação automática ligada" : "")."
        case .licenseUpdated(let h, let o): "\(o.id) de \(h) atualizada: \(o.offer), \(seats(o.seats)), \(users(o.assigned)), termina em \(o.expires)\(o.pricePerSeatMonth.map { ", \(money($0)) por licença por mês" } ?? "")\(o.autoRenew ? ", renovação automática ligada" : ", renovação automática desligada")."
        case .accepted(let h, let i): "Registrado: \(h) aceitou a relação de revenda em \(i.acceptedOn?.description ?? "?"). A etapa 2 pode começar: `advise \(h)`."
        case .provisioned(let p):
            "\(p.preview ? "Prévia, nada registrado: \(p.subscription.id) para" : "\(p.subscription.id) registrada para") \(p.handle): \(p.subscription.offer), \(seats(p.subscription.seats)), prazo \(term(p.subscription.term)) \(billing(p.subscription.billing)), provisionada em \(p.subscription.provisionedOn)\(p.replaced.isEmpty ? ", sem substituir nenhuma original" : ", substituindo " + p.replaced.map { "\($0.id) (\($0.offer))" }.joined(separator: " e "))."
        case .cancelled(let c): "Registrado: \(c.original.id) (\(c.original.offer)) de \(c.handle) cancelada em \(c.original.endDate)\(c.overridden.isEmpty ? "." : ", confirmando \(c.overridden.map(\.code.rawValue).joined(separator: ", ")) (fica registrado).")"
        case .expired(let h, let o): "Registrado: \(o.id) (\(o.offer)) de \(h) expirou em \(o.endDate)."
        case .today(let d, let changed): changed ? "A data da sessão agora é \(d)." : "A data da sessão é \(d)."
        case .language(_, let auto): auto ? "Idioma: acompanha cada pergunta (agora português do Brasil)." : "Idioma: português do Brasil."
        case .format(let f): "Formato de saída: \(f.rawValue)."
        case .imported(let r):
            r.customersAdded + r.originalsAdded == 0
                ? "\(r.path) importado: nada novo, todas as linhas já estão registradas."
                : "\(r.path) importado: \(r.customersAdded) cliente(s) cadastrado(s), \(r.customersUpdated) atualizado(s), \(r.originalsAdded) original(is) adicionada(s), \(r.rowsUnchanged) linha(s) já registrada(s)."
        case .exported(let r): "\(r.customers) cliente(s) e \(r.originals) original(is) exportados para \(r.path)."
        case .recording(let path, let started):
            started ? "Gravando esta sessão em \(path ?? ""); `record stop` encerra." : (path.map { "Gravação encerrada; a transcrição está em \($0)." } ?? "Nada estava sendo gravado.")
        case .goodbye: label(.goodbye)
        default: ""
        }
    }
    func gdapLines(_ reply: GDAPReply) -> [String] {
        let h = reply.customer
        var lines: [String] = []
        switch reply.change {
        case .requested?: lines.append("Registrado: GDAP solicitado para \(h) em \(reply.relationship?.requestedOn.description ?? "?") com \(reply.relationship?.roles.map(\.rawValue).joined(separator: ", ") ?? ""). No Partner Center: Clientes → o cliente → Relações de administrador → Solicitar relação de administrador; envie o link ao Administrador Global do cliente e, quando ele aceitar: `gdap accept \(h)`.")
        case .accepted?: lines.append("Registrado: \(h) aceitou o GDAP em \(reply.relationship?.acceptedOn?.description ?? "?"), válido até \(reply.relationship?.expiresOn?.description ?? "?").")
        case nil: break
        }
        switch reply.state {
        case .pending(let since, let lapses)?: lines.append("Direitos de administrador: solicitados em \(since), aguardando o Administrador Global; a solicitação caduca em \(lapses).")
        case .lapsed(let on)?: lines.append("Direitos de administrador: nenhum; a solicitação caducou sem resposta em \(on).")
        case .active(let until)?: lines.append("Direitos de administrador: GDAP aceito, até \(until), com \(reply.relationship?.roles.map(\.rawValue).joined(separator: ", ") ?? "").")
        case .ended(let on)?: lines.append("Direitos de administrador: a relação GDAP terminou em \(on).")
        case nil: lines.append(reply.createdInPartnerCenter ? "Direitos de administrador: a relação GDAP padrão de um cliente criado no Partner Center." : "Direitos de administrador: nenhum registrado. A relação de revenda não dá nenhum; solicite GDAP com `gdap request \(h)`.")
        }
        if !reply.adminRights, reply.state != nil { lines.append("O parceiro ainda não pode atribuir licenças para \(h) (é preciso Administrador de Licenças).") }
        return lines
    }
}
