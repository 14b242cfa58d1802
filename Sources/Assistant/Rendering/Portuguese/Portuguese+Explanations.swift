import MigrationGuide

/// Portuguese, explanations: `explain` topics, message codes and `steps`.
extension Portuguese {
    func explanation(_ topic: Topic, settings: GuideSettings) -> [String] {
        switch topic {
        case .invite: [
            "Etapa 1, o convite. Nada passa para o CSP antes de o cliente aceitar uma relação de revenda com o parceiro.",
            "No Partner Center, abra Clientes no menu do painel e escolha Solicitar uma relação de revenda. O Partner Center gera um link de convite; envie-o a um administrador global do locatário do cliente. `invite IDENTIFICADOR` escreve uma mensagem pronta e registra o convite como pendente.",
            "A solicitação também pode pedir funções de administração delegada granular (GDAP); peça só as funções de que o suporte precisa. Um cliente criado diretamente no Partner Center já tem a relação: registre com `accept`.",
        ]
        case .accept: [
            "O administrador global do cliente abre o link conectado ao locatário e aceita. A partir daí o parceiro vê o cliente no Partner Center e pode criar assinaturas para ele.",
            "Registre com `accept IDENTIFICADOR` (acrescente --on DATA se foi antes). Um convite sem resposta por mais de \(days(settings.inviteStaleDays)) gera W-INVITE-STALE.",
        ]
        case .provision: [
            "Etapa 2, o provisionamento. Depois do aceite, crie no Partner Center as assinaturas CSP de que o cliente precisa, normalmente as mesmas ofertas de hoje, com uma licença para cada usuário que tem uma.",
            "Registre cada uma com `provision IDENTIFICADOR OFERTA --seats N`; ela é ligada à original da mesma oferta, ou indique a original com --replaces. As duas convivem por um tempo, e os usuários não perdem o serviço.",
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
            "`reassign IDENTIFICADOR` lista o que precisa mudar; `reassign IDENTIFICADOR --done` registra que foi feito.",
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
        case .openLicense: [
            "Open License: serviços online comprados pelo programa Open License, pré-pagos por um período de 12 meses e ativados com uma chave.",
            "Não há cobrança recorrente a desligar nem nada a reembolsar: cada período vai até o fim, a menos que se compre uma chave de renovação. Então deixe terminar e tenha a assinatura CSP pronta antes da data de término (prática de parceiros, não uma regra da Microsoft).",
        ]
        case .retail: [
            "Varejo: assinaturas compradas numa loja como chave, pré-pagas por um período.",
            "Como no Open License, não há cobrança recorrente nem reembolso: deixe cada uma ir até o fim, com a assinatura CSP pronta antes (prática de parceiros, não uma regra da Microsoft).",
        ]
        case .otherProgram: [
            "Outro: um programa para o qual este assistente não tem orientação específica, como assinaturas mantidas por outro parceiro CSP.",
            "As quatro etapas continuam valendo. Confirme com o cliente como a original termina e se algo pode ser reembolsado antes de contar com uma data; `customer add` registra o programa com --program quando ele for conhecido.",
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
        return [text]
    }

    func steps(_ settings: GuideSettings) -> [String] {
        [
            "O Partner Center não migra um cliente entre programas de licenciamento sozinho: cada cliente passa por quatro etapas feitas à mão.",
            "1. Convite. No Partner Center, Clientes → Solicitar uma relação de revenda; o administrador global do cliente aceita o link. (`invite`, depois `accept`)",
            "2. Provisionamento. Depois do aceite, crie as assinaturas CSP de que o cliente precisa, normalmente as mesmas ofertas, com uma licença por usuário. Elas só podem ser corrigidas em até \(days(settings.cspCorrectionDays)). (`provision`)",
            "3. Encerrar as originais. Deixe cada uma expirar no fim natural, ou cancele quando faltarem \(days(settings.nearEndDays)) ou menos: uma original cancelada nunca é reembolsada. (`expire`, `cancel`)",
            "4. Seguir em frente. O cliente trabalha com as assinaturas CSP sem interrupção. Se a oferta mudou, reatribua as licenças antes do fim da original. (`reassign`)",
            "`advise IDENTIFICADOR` diz em que ponto o cliente está e o que vem a seguir.",
        ]
    }
}
