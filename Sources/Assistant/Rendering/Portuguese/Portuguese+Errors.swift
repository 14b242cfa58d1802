import MigrationGuide
import MigrationStore

/// Portuguese, errors: why a command was refused.
extension Portuguese {
    func error(_ error: CommandError) -> String {
        switch error {
        case .syntax(.unterminatedQuote(let quote, let column), _):
            "As aspas \(quote) abertas na coluna \(column) não foram fechadas."
        case .syntax(.danglingEscape(let column), _):
            "A barra invertida na coluna \(column) termina a linha; não há nada para ela escapar."
        case .undecodableLine(let line):
            "A linha \(line) não é texto UTF-8 válido e não foi executada. Salve o arquivo como UTF-8."
        case .unknownCommand(let word, let suggestion):
            "Comando desconhecido: \(quoted(word)).\(suggestion.map { " Você quis dizer \(quoted($0))?" } ?? "") Digite \(typed(Help.self)) para ver a lista."
        case .missingSubcommand(let command, let choices):
            "\(quoted(command)) precisa de um destes: \(choices.joined(separator: ", "))."
        case .unknownSubcommand(let command, let word, let suggestion):
            "\(quoted(command)) não tem \(quoted(word)).\(suggestion.map { " Você quis dizer \(quoted("\(command) \($0)"))?" } ?? "") Veja `\(Help.line(command))`."
        case .missingArgument(let command, let argument):
            "\(quoted(command.name)) precisa de \(placeholder(argument))."
        case .unexpectedArgument(let command, let word):
            "\(quoted(command.name)) não aceita \(quoted(word)) aqui."
        case .unknownFlag(let command, let flag, let suggestion):
            "\(quoted(command.name)) não tem a opção \(flag).\(suggestion.map { " Você quis dizer \($0)?" } ?? "")"
        case .missingFlagValue(_, let flag, let valueName):
            "\(flag) precisa de um valor (\(placeholder(valueName)))."
        case .missingFlag(let command, let flag):
            "\(quoted(command.name)) precisa de \(flag)."
        case .badNumber(let field, let text, let range):
            "\(placeholder(field)) deve ser um número inteiro de \(number(range.lowerBound)) a \(number(range.upperBound)), não \(quoted(text))."
        case .badAmount(let field, let text, let maximum):
            "\(placeholder(field)) deve ser um valor de 0 a \(number(maximum)) com no máximo duas casas decimais, como 23,50, não \(quoted(text))."
        case .badDate(let field, let text, _):
            "\(placeholder(field)) deve ser uma data real, como 31/03/2027 ou 2027-03-31, não \(quoted(text))."
        case .badPeriod(let field, let text, _):
            "\(placeholder(field)) deve ser um mês (12/2026 ou 2026-12), um dia (15/12/2026) ou dois dias unidos por .. (01/12/2026..31/01/2027; ..31/12/2026 a partir de hoje), o segundo não antes do primeiro; não \(quoted(text))."
        case .dateRangeBackwards(let from, let to):
            "\(ShowTimeline.to.flagSpec.name) (\(to)) é anterior a \(ShowTimeline.from.flagSpec.name) (\(from)): informe um último dia igual ou posterior ao primeiro."
        case .badValue(let field, let text, let choices):
            choices.isEmpty ? "\(placeholder(field)) não pode ficar vazio." : "\(placeholder(field)) não pode ser \(quoted(text)): use \(choices.map(placeholder).joined(separator: ", "))."
        case .controlCharacter(let field, let scalar):
            "\(placeholder(field)) contém um caractere de controle (\(InputPolicy.codePoint(scalar))), que poderia perturbar o terminal: digite de novo sem ele."
        case .textTooLong(let field, let limit):
            "\(placeholder(field)) tem mais de \(limit) caracteres; confira o que foi colado."
        case .badHandle(let text) where text.count > Handle.maximumLength:
            "\(quoted(String(text.prefix(20))))… é longo demais para um identificador: no máximo \(Handle.maximumLength) caracteres, como \(quoted(Suggestion.handle(from: text)))."
        case .badHandle(let text):
            "\(quoted(text)) não é um identificador: use letras minúsculas, dígitos e -, como \(quoted(Suggestion.handle(from: text)))."
        case .unknownCustomer(let text, let suggestion):
            "Nenhum cliente \(quoted(text)).\(suggestion.map { " Você quis dizer \(quoted($0.rawValue))?" } ?? "") \(typed(CustomerList.self)) mostra todos."
        case .missingOriginal(let command, let customer, let originals):
            originals.isEmpty
                ? "\(quoted("\(command.name) \(customer)")) precisa de uma assinatura original, e \(customer) não tem nenhuma registrada (\(typed(LicenseAdd.self)))."
                : "\(quoted("\(command.name) \(customer)")) precisa também da assinatura original; \(customer) tem \(originals.map { "\($0.id) (\($0.offer))" }.joined(separator: ", "))."
        case .alreadyRecording(let path):
            "Já está gravando em \(path); `\(SuggestedCommand(RecordStop.self))` encerra essa gravação antes."
        case .noCustomerSelected(let command):
            "\(quoted(command.name)) precisa de um cliente: informe o identificador ou selecione um com \(typed(Use.line(.placeholder)))."
        case .duplicateCustomer(let handle):
            "Já existe um cliente \(quoted(handle.rawValue))."
        case .hasSubscriptions(let handle, let originals, let csp):
            "O cliente \(handle) ainda tem registradas \(subscriptionCounts(originals: originals, csp: csp)). Para remover mesmo assim: `\(CustomerRemove.line(handle, force: true))`."
        case .guide(let error):
            guideError(error)
        case .storage(let error):
            storageError(error)
        case .file(let path, let problem):
            switch problem {
            case .notFound: "O arquivo \(path) não existe."
            case .notReadable: "\(path) não pode ser lido; verifique as permissões."
            case .notWritable: "\(path) não pode ser gravado; verifique a pasta e as permissões."
            case .exists: "\(path) já existe; acrescente \(RecordStart.force.flagSpec.name) para substituí-lo."
            case .unknownExtension: "\(path) deve terminar em .csv, .json ou .ics, que definem o formato."
            case .folderMissing: "A pasta de \(path) não existe; crie-a ou escolha outro caminho."
            case .tooLarge(let limit): "\(path) tem mais de \(number(limit / 1_048_576)) MB, muito mais que qualquer arquivo deste tipo; confira se é o arquivo certo."
            }
        case .csvCellCount(let expected, let found):
            "tem \(found) células onde o cabeçalho tem \(expected)."
        case .csvDuplicateRow(let first):
            "repete a linha \(first) (mesmo cliente, oferta e término)."
        case .csvConflict(let handle, let field, let here, let earlier, let first):
            "dá a \(handle) o campo \(field) \(quoted(here)), mas a linha \(first) dá \(quoted(earlier))."
        case .importing(let error):
            importError(error)
        }
    }

    private func guideError(_ error: GuideError) -> String {
        switch error {
        case .notAccepted(let handle, let invitedOn):
            if let invitedOn {
                return "\(handle) ainda não aceitou a relação de revenda enviada em \(invitedOn), então nada pode ser provisionado: as assinaturas CSP só podem ser criadas depois do aceite do administrador global. Quando aceitar: `\(Accept.line(handle))`."
            }
            return "\(handle) ainda não foi convidado, então nada pode ser provisionado: comece com `\(Invite.line(handle))`."
        case .unknownLicense(let text, let known):
            return "Nenhuma original \(quoted(text))\(known.isEmpty ? "; nenhuma está registrada" : "; as originais são \(known.map(\.description).joined(separator: ", "))")."
        case .ambiguousOffer(let text, let candidates):
            return "\(quoted(text)) corresponde a mais de uma original (\(candidates.map(\.description).joined(separator: ", "))): use o id, ou \(Provision.replaces.flagSpec.name) para escolher."
        case .alreadyEnded(let id, let on):
            return "\(id) já terminou em \(on); nada a fazer."
        case .assignedExceedsSeats(let assigned, let seats):
            return "\(LicenseAdd.assigned.flagSpec.name) (\(number(assigned))) não pode ser maior que \(LicenseAdd.seats.flagSpec.name) (\(number(seats)))."
        case .confirmationRequired:
            return "Nada registrado: isso custaria dinheiro ou serviço ao cliente, como explicado abaixo. Para seguir mesmo assim, repita o comando com \(CommonKeys.confirm.flagSpec.name); o aviso fica registrado."
        case .dateInFuture(let event, let on, let today):
            return "\(on) é depois de hoje (\(today)): registre \(self.event(event)) depois que acontecer."
        case .outOfOrder(let event, let on, let after, let of):
            return "\(self.event(event).capitalizedFirst) em \(on) viria antes de \(self.event(after)) em \(of); confira as datas."
        case .alreadyAccepted(let handle, let on):
            return "\(handle) já aceitou a relação de revenda em \(on): não é preciso convite. Para direitos de administrador, `\(GdapRequest.line(handle))`."
        case .noMidTermCancellation(let handle, let id, let offer, let program, let expires):
            return "\(id) (\(offer)) não pode ser cancelada antes do fim: os serviços online de um \(self.program(program)) são comprometidos por ano de inscrição, sem cancelamento no meio do prazo, e \(CommonKeys.confirm.flagSpec.name) não muda isso. Deixe-a correr até o fim em \(expires) e registre então com `\(Expire.line(handle, id))`. Para migrar antes disso, planeje as assinaturas CSP para o aniversário ou a renovação, ou renove para o CSP (`\(Explain.line(.enterpriseAgreement))`). Nada foi registrado."
        case .endsLater(let id, let expires, let on):
            return "\(id) vai até \(expires): \(typed(Expire.self)) registra só um fim natural, não um em \(on). Para encerrá-la antes, use \(typed(Cancel.self)), que diz quanto isso custa."
        case .purchaseDateUnknown(let handle, let id):
            return "A data da compra de \(id) é desconhecida, então não dá para saber se a janela de correção ainda está aberta. Consulte-a no Partner Center e registre-a antes: \(typed(CspEdit.datingLine(handle, id)))."
        case .correctionWindowClosed(let id, let closedOn):
            return "A janela de correção de \(id) fechou em \(closedOn): o Partner Center não permite mais cancelá-la com reembolso. Para corrigir um registro digitado por engano: \(typed(CspEdit.self)) ou \(typed(CspRemove.self))."
        case .noAutoRenew(let program):
            return "Assinaturas de \(self.programInSentence(program)) não têm cobrança recorrente, então não se renovam sozinhas: deixe \(LicenseAdd.autoRenew.flagSpec.name) desligado."
        case .unmatchedOffer(let text, let uncovered):
            return "\(quoted(text)) não corresponde a nenhuma original, e \(uncovered.map { "\($0.offer) (\($0.id))" }.joined(separator: ", ")) ainda \(uncovered.count == 1 ? "não tem" : "não têm") substituta. Você quis dizer \(uncovered.first.map { "\($0.offer) (\($0.id))" } ?? "")? Acrescente `\(Provision.replacing(uncovered.first?.id.description ?? "L1"))`, ou `\(Provision.replacing("none"))` para um serviço novo."
        case .gdapActive(let handle, let acceptedOn, let until):
            return "\(handle) aceitou direitos de administrador (GDAP) em \(acceptedOn)\(until.map { ", válidos até \($0)" } ?? ""): uma nova solicitação os substituiria, e eles ficariam esperando o Administrador Global aceitar de novo. Nada foi registrado. Para solicitar mesmo assim (por exemplo, perto do fim), repita o comando com \(CommonKeys.confirm.flagSpec.name)."
        case .ambiguousReplacement(let text, let candidates):
            let ids = candidates.map(\.description)
            return "\(quoted(text)) corresponde a mais de uma original (\(ids.joined(separator: ", "))): acrescente `\(Provision.replacing(ids.joined(separator: ",")))` para uma só assinatura substituir todas, ou `\(Provision.replacing(ids.first ?? "L1"))` para escolher uma."
        case .misspelledOffer(let text, let meant):
            return "\(quoted(text)) não é a oferta de nenhuma original. Você quis dizer `\(meant.offer)` (\(meant.id))? Digite a oferta como está em \(meant.id); para uma oferta diferente, acrescente `\(Provision.replacing(meant.id.description))`."
        case .mixedOffers(let originals):
            return "Uma assinatura CSP só pode substituir originais de uma mesma oferta, e \(originals.map { "\($0.id) é \($0.offer)" }.joined(separator: ", ")). Provisione uma assinatura por oferta."
        case .noCurrency(let handle):
            return "O preço está sem moeda: \(handle) não tem moeda registrada e o parceiro não tem moeda padrão. Informe-a com \(LicenseAdd.currency.flagSpec.name) BRL (ou numa coluna moeda, ao importar), ou defina de uma vez a moeda padrão do parceiro com `\(Settings.partnerCurrencyLine("BRL"))`."
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

    private func storageError(_ error: StoreError) -> String {
        switch error {
        case .duplicate(let handle): "Já existe um cliente \(quoted(handle.rawValue))."
        case .notFound(let handle): "Nenhum cliente \(quoted(handle.rawValue)); talvez outra sessão o tenha removido."
        case .conflict(let handle): "\(handle) foi alterado por outra sessão depois que esta o leu. Nada foi registrado; confira `\(Status.line(handle))` e tente de novo."
        case .busy(let path): "O banco de dados \(path) está ocupado: outro csp-migrate está gravando nele. Nada foi registrado; tente o comando de novo."
        case .unavailable(let path, let problem):
            switch problem {
            case .notADatabase: "\(path) não é um banco de dados do csp-migrate, ou está danificado. Nada foi gravado nele. Restaure uma cópia de segurança ou escolha outro arquivo com \(ProgramOption.database.spelling)."
            case .readOnly: "O banco de dados \(path) não pode ser gravado (permissões ou disco somente leitura). Corrija as permissões ou escolha outro arquivo com \(ProgramOption.database.spelling)."
            case .newerSchema(let unknown): "O banco de dados \(path) foi gravado por um csp-migrate mais novo (\(unknown.joined(separator: ", "))). Ele não foi alterado; use a versão mais nova."
            case .cannotCreate(let reason): "O banco de dados \(path) não pode ser criado: \(reason). Escolha outro lugar com \(ProgramOption.database.spelling)."
            case .missingFolder(let folder): "A pasta \(folder) não existe, então o banco de dados \(path) não foi criado. Confira o caminho dado em \(ProgramOption.database.spelling) ou crie a pasta antes."
            case .sqlite(let code, let message): "O banco de dados \(path) falhou (SQLite \(code): \(message)). Nada foi registrado."
            case .serverUnreachable(let reason): "O banco de dados da equipe \(path) não pode ser alcançado (\(reason)). Nada foi registrado. Verifique se o servidor está no ar e acessível (fale com quem o administra); o próximo comando reconecta sozinho."
            case .timedOut(let seconds): "O banco de dados da equipe \(path) não concluiu o comando em \(seconds) segundos (outra sessão pode estar com o cliente bloqueado). Nada foi registrado; tente de novo."
            case .permissionDenied(let reason): "O banco de dados da equipe \(path) recusou este papel: \(reason). Nada foi registrado. Peça ao dono do banco que conceda os privilégios dos agentes, ou que o abra uma vez com o papel dono quando ele precisar de atualização."
            case .agentIsRole(let role): "\(ProgramOption.agent.spelling) não pode ser usado com um banco de dados da equipe: o histórico registra o papel do banco de cada alteração (aqui \(role)), para que ninguém registre em nome de outro. Omita \(ProgramOption.agent.spelling) ou conecte-se com o seu próprio papel."
            case .badConnectionString(let reason): "\(path) não é uma cadeia de conexão que o PostgreSQL entenda: \(reason). Escreva-a como postgresql://USUÁRIO@SERVIDOR/BANCO ou host=SERVIDOR dbname=BANCO."
            case .postgres(let state, let message): "O banco de dados da equipe \(path) falhou (PostgreSQL \(state): \(message)). Nada foi registrado."
            case .copyTargetNotEmpty(let customers, let entries): "O banco de dados da equipe \(path) já tem \(counted(customers, "cliente", "clientes")) e \(counted(entries, "entrada", "entradas")) de histórico. Nada foi copiado. Copie para um banco vazio, ou acrescente \(ProgramOption.copyMerge.spelling) para incluir o que falta."
            case .copyConflicts(let handles, let settings):
                "Nada foi copiado: \(handles.isEmpty ? "" : "estes clientes estão registrados de forma diferente no arquivo e em \(path): \(handles.map(\.rawValue).joined(separator: ", "))")\(handles.isEmpty || !settings ? "" : "; ")\(settings ? "as configurações de política diferem (compare \(typed(Settings.self)) nos dois)" : ""). Deixe cada um igual nos dois lados (ou remova um deles) e copie de novo."
            }
        }
    }
}
