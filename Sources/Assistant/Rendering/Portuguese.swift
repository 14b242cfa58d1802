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
            return "\(subject(f.replacement, f.newOffer)) substitui \(subject(f.original, f.originalOffer)) com outra oferta: transfira as licenças de \(users(f.users)) para a nova oferta antes que \(f.original) termine em \(f.deadline)\(f.daysLeft >= 0 ? " (daqui a \(days(f.daysLeft)))" : ""), ou eles perdem o que vinha com a antiga. Depois registre: `reassign \(handle) --done`."
        case .seatShortfall(let f):
            return "\(subject(f.original, f.offer)) tem \(users(f.assigned)) com licença, mas a substituta CSP tem só \(seats(f.cspSeats)): \(users(f.usersWithoutLicense)) ficariam sem licença quando ela terminar. Provisione mais \(seats(f.usersWithoutLicense)) ou libere licenças sem uso."
        case .cspWindow(let f):
            return "\(subject(f.subscription, f.offer)) foi provisionada em \(f.provisionedOn) com \(seats(f.seats)): até \(f.closesOn) (faltam \(days(f.daysLeft))) ainda é possível reduzir licenças ou cancelar a assinatura com reembolso proporcional. Depois disso o período inteiro fica contratado; confira agora a quantidade e o prazo."
        case .autoRenew(let f):
            return "\(subject(f.license, f.offer)) renova sozinha e termina em \(f.expires) (daqui a \(days(f.daysLeft))): desligue a cobrança recorrente para que ela expire em vez de iniciar um novo período pago, e registre: `license edit \(handle) \(f.license) --auto-renew off`."
        case .inviteStale(let f):
            return "O convite de revenda enviado em \(f.sentOn)\(f.email.map { " para \($0)" } ?? "") está sem resposta há \(days(f.daysPending)). Ligue para o administrador global do cliente ou reenvie com `invite \(handle)`."
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
            case .folderMissing: "A pasta de \(path) não existe; crie-a ou escolha outro caminho."
            case .tooLarge(let limit): "\(path) tem mais de \(number(limit / 1_048_576)) MB, muito mais que qualquer arquivo deste tipo; confira se é o arquivo certo."
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
        case .importing(let error):
            importError(error)
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
            return "Não cancelada: isso custaria dinheiro ou serviço ao cliente, como explicado abaixo. Para cancelar mesmo assim, repita o comando com --confirm; o aviso fica registrado."
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

    func explanation(_ topic: Topic, settings: GuideSettings) -> [String] {
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
            "Etapa 3, encerrar as originais. Uma original pode expirar ou ser cancelada, mas uma original cancelada não tem reembolso: o que resta do período é perdido.",
            "Por isso espere até faltarem \(days(settings.nearEndDays)) ou menos para o fim natural (a janela de fim de período, configurável) antes de cancelar, ou melhor, desligue a cobrança recorrente e deixe expirar. `cancel` recusa um cancelamento antecipado sem --confirm (W-EARLY-CANCEL) e mantém registro da confirmação.",
            "Uma assinatura cancelada antes do fim também pula os 30 dias do estágio expirado: se nada a substitui ainda, os usuários perdem o acesso no mesmo dia.",
            "Clientes MOSP (compra direta) podem obter um crédito com o suporte de cobrança do Microsoft 365; clientes Enterprise Agreement podem agendar as assinaturas CSP para a renovação do EA.",
        ]
        case .expiry: [
            "Quando uma assinatura do Microsoft 365 chega ao fim do período sem renovar, ela passa por três estágios.",
            "Expirada, \(days(settings.expiredStageDays)): todos continuam trabalhando; ainda pode ser reativada.",
            "Desabilitada, \(days(settings.disabledStageDays)): os usuários perdem o acesso; só administradores alcançam os dados.",
            "Excluída: os dados deixam de existir. Uma assinatura cancelada antes do fim vai direto para Desabilitada.",
            "Fonte: documentação de administração do Microsoft 365 sobre o fim de uma assinatura empresarial. A duração dos estágios é configurável (`settings`).",
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
            "Assim nada precisa ser cancelado e ofertas fora de linha continuam valendo. O Azure de um EA migra por uma transferência própria do Azure.",
        ]
        case .mosp: [
            "MOSP, ou compra direta: assinaturas compradas no centro de administração do Microsoft 365 e cobradas pela Microsoft.",
            "O parceiro não pode reembolsá-las, mas quando uma é cancelada o suporte de cobrança do Microsoft 365 pode conceder um crédito. O cliente, ou um parceiro com direitos de administração delegada, precisa pedir, de preferência antes de cancelar.",
        ]
        case .settings: [
            "Os prazos por trás dos conselhos são configurações, em dias, vistas e alteradas com `settings`:",
            "near-end-days (\(settings.nearEndDays)): quão perto do fim uma original precisa estar para que cancelá-la não seja antecipado.",
            "csp-correction-days (\(settings.cspCorrectionDays)): por quanto tempo uma assinatura CSP nova pode ser reduzida ou cancelada com reembolso (política do novo comércio).",
            "invite-stale-days (\(settings.inviteStaleDays)): quando um convite sem resposta precisa de cobrança.",
            "expired-stage-days (\(settings.expiredStageDays)) e disabled-stage-days (\(settings.disabledStageDays)): o ciclo de vida do Microsoft 365 depois do fim de uma assinatura.",
        ]
        case .code(let code): codeExplanation(code, settings: settings)
        }
    }

    private func codeExplanation(_ code: MessageCode, settings: GuideSettings) -> [String] {
        let text: String = switch code {
        case .earlyCancel: "W-EARLY-CANCEL: cancelar uma original mais de \(days(settings.nearEndDays)) antes do fim. Não há reembolso, então o resto do período é pago à toa; com um preço registrado, o valor é mostrado. Espere a janela de fim de período ou deixe expirar."
        case .coverageGap: "W-COVERAGE-GAP: uma original termina em até \(days(settings.nearEndDays)), ou já terminou, e nenhuma assinatura CSP a substitui. Os usuários mantêm o acesso durante os \(days(settings.expiredStageDays)) do estágio expirado e depois o perdem; os dados são excluídos \(days(settings.disabledStageDays)) depois."
        case .offerChange: "W-OFFER-CHANGE: a assinatura CSP é uma oferta diferente da original que substitui, então a licença de cada usuário precisa ser reatribuída antes do fim da original."
        case .seatShortfall: "W-SEAT-SHORTFALL: a substituta CSP tem menos licenças do que a original tem usuários licenciados; alguns ficariam sem licença."
        case .cspWindow: "W-CSP-WINDOW: uma assinatura CSP provisionada há menos de \(days(settings.cspCorrectionDays)) ainda pode ter licenças removidas ou ser cancelada com reembolso proporcional; depois disso o período fica contratado."
        case .autoRenew: "W-AUTO-RENEW: uma original perto do fim vai renovar por mais um período pago se a cobrança recorrente não for desligada."
        case .inviteStale: "W-INVITE-STALE: o convite de revenda está sem resposta há mais de \(days(settings.inviteStaleDays))."
        case .overlap: "I-OVERLAP: dias em que a original e a substituta CSP são pagas ao mesmo tempo; o custo de migrar sem interrupção."
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
        if customer.program == .ea {
            lines.append("Este cliente é Enterprise Agreement: depois do aceite, o Partner Center também pode agendar as assinaturas CSP para a renovação do EA (`explain ea`).")
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
        case .customerAdded(let c): "\(c.name) cadastrado como \(c.handle) (\(program(c.program))). Próximo: registre as assinaturas com `license add \(c.handle) OFERTA --seats N --expires AAAA-MM-DD` e depois `invite \(c.handle)`."
        case .customerRemoved(let h, let o, let c): "\(h) removido\(o + c > 0 ? " com suas \(o + c) assinatura(s)" : "")."
        case .selected(let h): h.map { "Trabalhando com \($0); os comandos podem omitir o identificador. `use` sozinho limpa a seleção." } ?? "Nenhum cliente selecionado."
        case .licenseAdded(let h, let o): "\(o.id) registrada para \(h): \(o.offer), \(seats(o.seats)), \(users(o.assigned)), termina em \(o.expires)\(o.pricePerSeatMonth.map { ", \(money($0)) por licença por mês" } ?? "")\(o.autoRenew ? ", renovação automática ligada" : "")."
        case .licenseUpdated(let h, let o): "\(o.id) de \(h) atualizada: \(o.offer), \(seats(o.seats)), \(users(o.assigned)), termina em \(o.expires)\(o.pricePerSeatMonth.map { ", \(money($0)) por licença por mês" } ?? "")\(o.autoRenew ? ", renovação automática ligada" : ", renovação automática desligada")."
        case .accepted(let h, let i): "Registrado: \(h) aceitou a relação de revenda em \(i.acceptedOn?.description ?? "?"). A etapa 2 pode começar: `advise \(h)`."
        case .provisioned(let p): "\(p.subscription.id) registrada para \(p.handle): \(p.subscription.offer), \(seats(p.subscription.seats)), provisionada em \(p.subscription.provisionedOn)\(p.replaced.map { ", substituindo \($0.id) (\($0.offer))" } ?? ", sem substituir nenhuma original")."
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
}
