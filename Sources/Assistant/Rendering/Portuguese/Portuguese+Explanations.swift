import MigrationGuide

/// Portuguese, explanations: `explain` topics, message codes and \(typed(Steps.self)).
extension Portuguese {
    func explanation(_ topic: Topic, settings: GuideSettings) -> [String] {
        body(topic, settings: settings) + sourceLines(topic, heading: "Confira na fonte:", version: "versão de")
    }

    func provenance(of name: GuideSettings.Name, in settings: GuideSettings) -> String {
        let source = switch name.provenance {
        case .microsoft(let page): "Microsoft, \(pageName(page)) (\(page.date))"
        case .inferred(let page): "inferido da \(pageName(page)) da Microsoft"
        case .partners: "relato de parceiros"
        case .ourChoice: "escolha nossa"
        }
        return settings.isChanged(name) ? "alterado pelo parceiro; padrão \(name.defaultValue): \(source)" : source
    }

    private func pageName(_ page: MicrosoftPage) -> String {
        switch page {
        case .lifecycle: "página de ciclo de vida"
        case .cancelBusiness: "página de cancelamento"
        case .newCommerce: "páginas do novo comércio"
        case .gdap: "FAQ do GDAP"
        case .transition: "página de migração para o CSP"
        }
    }

    private func stageLine(_ program: Program, _ eaTerm: EATerm, _ settings: GuideSettings) -> String {
        let stages = settings.stages(for: program, eaTerm: eaTerm)
        let name = eaTerm == .multiYear ? "Enterprise Agreement, prazo plurianual" : self.program(program)
        return "\(name): expirada por \(days(stages.expiredDays)), depois desabilitada por \(days(stages.disabledDays))"
            + stageSource(program, eaTerm, settings, inferred: " (inferido por nós: a página da Microsoft não tem linha para este programa)", changed: " (alterado pelo parceiro)") + "."
    }

    private func body(_ topic: Topic, settings: GuideSettings) -> [String] {
        switch topic {
        case .invite: [
            "Etapa 1, o convite. Nada passa para o CSP antes de o cliente aceitar uma relação de revenda com o parceiro.",
            "No Partner Center, abra Clientes no menu do painel e escolha Solicitar uma relação de revenda. O Partner Center gera um link de convite; envie-o a um administrador global do locatário do cliente. \(typed(Invite.line(.placeholder))) escreve uma mensagem pronta e registra o convite como pendente.",
            "A solicitação também pode pedir funções de administração delegada granular (GDAP); peça só as funções de que o suporte precisa. Um cliente criado diretamente no Partner Center já tem a relação: registre com \(typed(Accept.self)).",
        ]
        case .accept: [
            "O administrador global do cliente abre o link conectado ao locatário e aceita. A partir daí o parceiro vê o cliente no Partner Center e pode criar assinaturas para ele.",
            "Registre com \(typed(Accept.line(.placeholder))) (acrescente \(CommonKeys.on.flagSpec.name) \(placeholder(CommonKeys.on.flagSpec.valueName)) se foi antes). Um convite sem resposta por mais de \(days(settings.inviteStaleDays)) gera W-INVITE-STALE.",
        ]
        case .provision: [
            "Etapa 2, o provisionamento. Depois do aceite, crie no Partner Center as assinaturas CSP de que o cliente precisa, normalmente as mesmas ofertas de hoje, com uma licença para cada usuário que tem uma.",
            "Registre cada uma com \(typed(Provision.template)); ela é ligada à original da mesma oferta, ou indique a original com \(Provision.replaces.flagSpec.name). As duas convivem por um tempo, e os usuários não perdem o serviço.",
            "Acerte a quantidade e o prazo: pelas regras do novo comércio, uma assinatura CSP só pode ser reduzida ou cancelada com reembolso proporcional em até \(days(settings.cspCorrectionDays)) após a compra (W-CSP-WINDOW).",
        ]
        case .cancellation: [
            "Etapa 3, encerrar as originais. O que a equipe pode fazer com uma original depende do programa:",
            "Compra direta (MOSP), regras da Microsoft (\"Cancel your Microsoft business subscription\", \(MicrosoftPage.cancelBusiness.date)): a cobrança recorrente pode ser desligada no centro de administração do Microsoft 365 e a assinatura cancelada. Uma conta MOSA recebe crédito ou reembolso proporcional; uma conta MCA só até \(days(settings.mcaRefundDays)) depois do início ou da renovação, e depois disso o tempo pago se perde e o caminho é desligar a cobrança recorrente (\(typed(Explain.line(.mosp)))).",
            "Open License e varejo (prática de parceiros, não uma regra da Microsoft): períodos pré-pagos, sem cobrança recorrente e sem nada a reembolsar; vão até o fim.",
            "Enterprise Agreement (prática de parceiros, não uma regra da Microsoft): comprometido por ano de inscrição, sem cancelamento no meio do período; quantidades só diminuem no aniversário, e a renovação é uma decisão sobre toda a inscrição, ou uma transferência de canal para o CSP (\(typed(Explain.line(.enterpriseAgreement)))).",
            "\(typed(Cancel.self)) recusa um cancelamento mais de \(days(settings.nearEndDays)) antes do fim (\(GuideSettings.Name.nearEndDays.rawValue), escolha nossa: a Microsoft diz para esperar o fim chegar perto, não quão perto) sem \(CommonKeys.confirm.flagSpec.name) (W-EARLY-CANCEL) e mantém registro da confirmação. Uma assinatura cancelada antes do fim pula o estágio expirado: se nada a substitui ainda, os usuários perdem o acesso no mesmo dia.",
        ]
        case .expiry: [
            "Quando uma assinatura do Microsoft 365 chega ao fim do período sem renovar, ela passa por três estágios: expirada (todos continuam trabalhando; ainda pode ser reativada), desabilitada (os usuários perdem o acesso; só administradores alcançam os dados) e excluída. Uma assinatura cancelada antes do fim vai direto para desabilitada; uma quantidade reduzida abaixo das licenças atribuídas não tem estágio expirado, e os administradores têm \(days(settings.overAssignmentDays)) para resolver o excesso enquanto os usuários mantêm o serviço.",
            "A duração de cada estágio depende do programa (configurações, \(typed(Settings.self))):",
            stageLine(.mosp, .standard, settings), stageLine(.open, .standard, settings),
            stageLine(.ea, .standard, settings), stageLine(.ea, .multiYear, settings),
            stageLine(.retail, .standard, settings), stageLine(.other, .standard, settings),
            "O Licenciamento por Volume (EA, Open) mudou seus prazos de carência em 2025 (a página lida em 2024 dizia que os serviços param quando começa o estágio expirado), e nem toda assinatura de VL tem a carência completa: planeje toda migração de VL para ter a assinatura CSP pronta até a data de término; a carência é uma rede de segurança, não o plano.",
            "Uma assinatura CSP que termina com a renovação automática desligada fica expirada por \(days(settings.cspExpiredDays)) e não pode ser reativada; uma assinatura CSP cancelada vai direto para excluída (\(typed(Explain.line(.cspTerm)))).",
        ]
        case .reassignment: [
            "Quando a assinatura CSP é a mesma oferta da original, os usuários mantêm suas licenças e não percebem nada: não é preciso reatribuir.",
            "Quando a oferta muda (por exemplo, de Office 365 E3 para Microsoft 365 Business Premium), a licença de cada usuário precisa ser atribuída à nova oferta no centro de administração do Microsoft 365 antes do fim da original, ou eles perdem os serviços que vinham com ela (W-OFFER-CHANGE).",
            "\(typed(Reassign.line(.placeholder))) lista o que precisa mudar; \(typed(Reassign.line(.placeholder, done: true))) registra que foi feito.",
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
            "MOSA (o clássico Microsoft Online Subscription Agreement, sem perfil de cobrança): cancelar depois do início ou da renovação dá crédito ou reembolso proporcional; online só com até \(number(settings.mosaOnlineCancelSeats)) licenças, acima disso reduza para \(number(settings.mosaOnlineCancelSeats)) antes ou fale com o suporte.",
            "MCA (Microsoft Customer Agreement, com perfil de cobrança): reembolso proporcional só até \(days(settings.mcaRefundDays)) depois do início ou da renovação. Depois disso não dá para cancelar com reembolso: desligue a cobrança recorrente, os usuários mantêm o acesso até o fim do período, e uma assinatura anual paga por mês continua sendo cobrada todo mês até lá.",
            "Para distinguir: Cobrança → Contas de cobrança no centro de administração do Microsoft 365; uma conta MCA tem perfil de cobrança. Registre com \(typed(CustomerEdit.billingAccountTemplate(.placeholder))), e o início do período com \(typed(LicenseEdit.startedTemplate(.placeholder, "L1"))).",
        ]
        case .gdap: [
            "Desde 2023-10-09 a relação de revenda não traz direitos de administrador: ela permite vender, não ver usuários nem atribuir licenças. Os direitos de administrador vêm de uma relação GDAP (privilégios de administrador delegado granular) separada, que o Administrador Global do cliente aceita.",
            "Atribuir licenças exige a função Administrador de Licenças; criar usuários, Administrador de Usuários; ler os dados da empresa, Leitores de Diretório. Uma relação dura no máximo dois anos (\(days(settings.gdapDurationDays)) por padrão aqui); uma solicitação sem resposta por \(days(settings.gdapRequestExpiryDays)) caduca (W-GDAP-STALE a partir de \(days(settings.gdapStaleDays))).",
            "Um cliente criado no Partner Center recebe uma relação GDAP padrão; um locatário existente que aceita um convite de revenda não recebe nenhuma (inferência nossa a partir das regras acima, não uma afirmação da Microsoft).",
            "Então um cliente cuja oferta muda precisa de GDAP com Administrador de Licenças, ou do próprio administrador fazendo as atribuições, antes do fim da original (W-NO-ADMIN-RIGHTS). Registre com \(typed(GdapRequest.line(.placeholder))) e \(typed(GdapAccept.line(.placeholder))).",
        ]
        case .cspTerm: [
            "Uma assinatura CSP (novo comércio) tem um prazo, mensal, anual ou de três anos, com cobrança mensal, anual ou antecipada. Registre com \(typed(Provision.termsTemplate)).",
            "Até \(days(settings.cspCorrectionDays)) depois da compra ou da renovação ela pode ser cancelada com reembolso proporcional e as licenças podem ser reduzidas; depois disso o parceiro paga o prazo inteiro. Licenças acrescentadas no meio do prazo têm sua própria janela; upgrades não têm.",
            "Uma assinatura CSP cancelada vai direto para excluída: os usuários perdem o acesso na hora e ela não pode ser restaurada; o administrador tem \(days(settings.cspBackupDays)) para fazer backup dos dados. A renovação automática vem ligada; a renovação acontece no dia seguinte ao fim do prazo e abre uma nova janela.",
            "Preços: parceiros relatam que prazos anuais ou de três anos com cobrança mensal custam 5% a mais que os pagos antecipadamente desde 2025-04-01 (em parte confirmado pelo anúncio da Microsoft de março de 2025), e que o prazo mensal custa cerca de 20% a mais que o anual; confira a tabela de preços.",
        ]
        case .sources: sourcesLines(settings, SourcesWords(
            intro: "De onde vem o padrão de cada configuração (\(typed(Settings.self)) mostra ao lado de cada valor). Só o primeiro grupo é política da Microsoft; cada prazo é uma configuração, então uma mudança da Microsoft, ou uma escolha do parceiro, é uma mudança de configuração.",
            microsoftHeading: "Informados pela Microsoft, nestas páginas (lidas na versão com a data):",
            version: "versão de",
            inferredHeading: "Inferidos por nós da página de ciclo de vida da Microsoft, que não tem linha para estes programas (vale a linha da \"maioria das ofertas\"):",
            partnersHeading: "Relatados só por parceiros, não são política da Microsoft:",
            noSettingReported: "nenhuma configuração; as diferenças de preço do CSP em `\(Explain.line(.cspTerm))` são.",
            ourChoiceHeading: "Escolha nossa, um padrão da casa que a Microsoft não define:",
            changed: { value, original in "(alterado pelo parceiro para \(value); padrão \(original))" }))
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
            "As quatro etapas continuam valendo. Confirme com o cliente como a original termina e se algo pode ser reembolsado antes de contar com uma data; \(typed(CustomerAdd.self)) registra o programa com \(CustomerAdd.program.flagSpec.name) quando ele for conhecido.",
        ]
        case .settings: [
            "Os prazos por trás dos conselhos são configurações, vistas e alteradas com \(typed(Settings.self)) (em dias, exceto o limite do locatário):",
            "\(setting(.nearEndDays, settings)): quão perto do fim uma original precisa estar para que cancelá-la não seja antecipado.",
            "\(setting(.leadDays, settings)) e \(setting(.reassignmentLeadDays, settings)): quanto tempo antes do fim de uma original provisionar a substituta, o segundo quando há licenças a reatribuir ou nenhum direito de administrador registrado.",
            "\(setting(.cspCorrectionDays, settings)) e \(setting(.cspBackupDays, settings)): a janela de correção do novo comércio e o prazo para fazer backup dos dados de uma assinatura CSP cancelada.",
            "\(setting(.inviteStaleDays, settings)), \(setting(.gdapStaleDays, settings)), \(setting(.gdapRequestExpiryDays, settings)), \(setting(.gdapDurationDays, settings)), \(setting(.gdapExpiringDays, settings)): convites e direitos de administrador.",
            "\(setting(.mcaRefundDays, settings)): a janela de reembolso de uma conta MCA. \(setting(.tenantSubscriptionLimit, settings)).",
            "Os estágios do ciclo de vida por programa, PROGRAMA-expired-days e PROGRAMA-disabled-days (\(typed(Explain.line(.expiry)))).",
            "Alguns padrões são da Microsoft, alguns inferidos das páginas da Microsoft, alguns escolha nossa: \(typed(Settings.self)) diz qual ao lado de cada valor, e `\(Explain.line(.sources))` os agrupa.",
        ]
        case .code(let code): codeExplanation(code, settings: settings)
        }
    }

    private func codeExplanation(_ code: MessageCode, settings: GuideSettings) -> [String] {
        let text: String = switch code {
        case .earlyCancel: "W-EARLY-CANCEL: cancelar uma original mais de \(days(settings.nearEndDays)) antes do fim. O que se perde depende do programa e, na compra direta, da conta de cobrança (\(typed(Explain.line(.cancellation)))); com um preço registrado, o valor é mostrado. Uma original cancelada sem substituta também deixa os usuários sem acesso no mesmo dia."
        case .earlyProvision: "W-EARLY-PROVISION: provisionar uma substituta mais cedo que a antecedência (\(days(settings.leadDays)), ou \(days(settings.reassignmentLeadDays)) quando há licenças a reatribuir ou nenhum direito de administrador registrado) antes do fim da original. Cada dia até o fim é pago em dobro; \(typed(Provision.self)) pede \(CommonKeys.confirm.flagSpec.name)."
        case .cspCancel: "W-CSP-CANCEL: cancelar uma assinatura CSP dentro da janela de correção é reembolsado, mas ela vai direto para excluída: os usuários perdem o acesso na hora, e o administrador tem \(days(settings.cspBackupDays)) para fazer backup dos dados."
        case .usersUnlicensed: "W-USERS-UNLICENSED: usuários de uma original que terminou perderam o acesso e não têm licença: nada a substituiu, a substituta não tem licenças suficientes, ou as licenças nunca foram transferidas para a nova oferta. O aviso mais urgente que existe."
        case .noAdminRights: "W-NO-ADMIN-RIGHTS: há licenças a atribuir a uma nova oferta e nenhuma relação GDAP aceita com Administrador de Licenças está registrada; a relação de revenda não dá direitos de administrador (\(typed(Explain.line(.gdap))))."
        case .seatSurplus: "W-SEAT-SURPLUS: licenças CSP de uma oferta além dos usuários que precisam delas; depois da janela de correção elas são pagas pelo prazo inteiro."
        case .gdapExpiring: "W-GDAP-EXPIRING: a relação GDAP termina em até \(days(settings.gdapExpiringDays)) e a migração não está concluída."
        case .gdapStale: "W-GDAP-STALE: uma solicitação GDAP sem resposta há mais de \(days(settings.gdapStaleDays)); ela caduca depois de \(days(settings.gdapRequestExpiryDays))."
        case .tenantLimit: "I-TENANT-LIMIT: mais de \(number(settings.tenantSubscriptionLimit)) originais ativas: duplicar todas passaria do máximo do locatário, então algumas expiram e são compradas de novo no CSP durante o estágio expirado."
        case .outOfOrder: "E-OUT-OF-ORDER: uma data depois de hoje, ou antes do evento de que depende (aceite antes do convite, provisionamento antes do aceite). Nada foi registrado."
        case .notEnded: "E-NOT-ENDED: \(typed(Expire.self)) registra só um fim natural; encerrar uma original antes da data de término é um cancelamento (\(typed(Cancel.self)), com seus avisos)."
        case .windowClosed: "E-WINDOW-CLOSED: a janela de correção do CSP fechou, então o Partner Center não permite mais o cancelamento."
        case .notCancellable: "E-NOT-CANCELLABLE: uma original de Enterprise Agreement não pode ser cancelada antes do fim (comprometida por ano de inscrição); \(CommonKeys.confirm.flagSpec.name) não muda isso. Deixe-a correr até o fim e registre com \(typed(Expire.self)), ou planeje para o aniversário, a renovação, ou renove para o CSP."
        case .noAutoRenew: "E-NO-AUTO-RENEW: assinaturas Open License, Enterprise Agreement e de varejo não têm cobrança recorrente para ligar."
        case .noCurrency: "E-NO-CURRENCY: a moeda de um preço vem de \(LicenseAdd.currency.flagSpec.name), da moeda do cliente ou de suas outras originais com preço, ou da moeda padrão do parceiro (\(typed(Settings.partnerCurrencyLine(nil)))); nunca do idioma em que se digita."
        case .noMatch: "E-NO-MATCH: a oferta não corresponde a nenhuma original e ainda há originais sem substituta; indique a original com \(Provision.replaces.flagSpec.name), ou \(Provision.replacing("none")) para um serviço novo."
        case .coverageGap: "W-COVERAGE-GAP: uma original termina em até \(days(settings.nearEndDays)), ou já terminou, e nenhuma assinatura CSP a substitui. Os usuários mantêm o acesso durante o estágio expirado do programa e depois o perdem; os dados são excluídos no fim do estágio desabilitado (\(typed(Explain.line(.expiry)))). Para uma original sem usuários ele só diz que ninguém perde o acesso: nada precisa ser comprado para ela, e o plano diz que não precisa."
        case .offerChange: "W-OFFER-CHANGE: a assinatura CSP é uma oferta diferente da original que substitui, então a licença de cada usuário precisa ser reatribuída antes do fim da original."
        case .seatShortfall: "W-SEAT-SHORTFALL: a substituta CSP tem menos licenças do que a original tem usuários licenciados; alguns ficariam sem licença."
        case .cspWindow: "W-CSP-WINDOW: uma assinatura CSP provisionada há menos de \(days(settings.cspCorrectionDays)) ainda pode ter licenças removidas ou ser cancelada com reembolso proporcional; depois disso o período fica contratado."
        case .autoRenew: "W-AUTO-RENEW: uma original perto do fim vai renovar por mais um período pago se a cobrança recorrente não for desligada."
        case .inviteStale: "W-INVITE-STALE: o convite de revenda está sem resposta há mais de \(days(settings.inviteStaleDays))."
        case .overlap: "I-OVERLAP: dias em que a original e as substitutas CSP são pagas ao mesmo tempo, contados uma vez por original; uma assinatura CSP que substitui várias originais é dividida entre elas, a licença de cada usuário com a original que ele deixa, então cada licença é contada uma vez: um custo que uma migração planejada mantém curto."
        case .currencyMismatch: "W-CURRENCY-MISMATCH: uma original com preço em outra moeda que não a do cliente (a dele, ou a das suas outras originais com preço). Os valores dela ficam na própria moeda e nunca são somados aos outros; se a moeda foi digitada por engano, corrija com \(typed(LicenseEdit.self))."
        case .purchaseDateUnknown: "I-PURCHASE-DATE-UNKNOWN: uma assinatura CSP importada sem a data da compra (a exportação de assinaturas do Partner Center não a traz): a janela de correção e o fim do prazo ficam desconhecidos, então nenhum reembolso é prometido até a data ser registrada (\(CspEdit.spec.name), \(CspEdit.provisioned.flagSpec.name))."
        case .refundWindow: "I-REFUND-WINDOW: uma assinatura de compra direta numa conta MCA só é reembolsada (proporcionalmente) até \(days(settings.mcaRefundDays)) depois do início ou da renovação (\(GuideSettings.Name.mcaRefundDays.rawValue), página da Microsoft \"Cancel your Microsoft business subscription\"). Enquanto essa janela está aberta, o cliente pode migrar sem perda: provisione a substituta e cancele a original antes que ela feche. Dito também quando a conta não está registrada, pois pode ser MCA."
        case .noPurchaseDate: "E-NO-PURCHASE-DATE: a data da compra da assinatura CSP nunca foi registrada, então não se sabe se a janela de correção está aberta. Nada foi registrado."
        case .notAccepted: "E-NOT-ACCEPTED: provisionamento antes de o cliente aceitar a relação de revenda. Nada foi registrado."
        case .unknownCustomer: "E-UNKNOWN-CUSTOMER: nenhum cliente tem esse identificador ou nome."
        case .unknownLicense: "E-UNKNOWN-LICENSE: o cliente não tem original com esse id ou oferta."
        case .ambiguousOffer: "E-AMBIGUOUS-OFFER: o nome da oferta corresponde a mais de uma original; use o id (L1, L2...)."
        case .badDate: "E-BAD-DATE: uma data que não existe ou não está no formato AAAA-MM-DD (2027-02-30, 2027-13-01)."
        case .badNumber: "E-BAD-NUMBER: licenças e usuários devem ser números inteiros de 1 a 1.000.000 (usuários podem ser 0); preços, zero ou mais."
        case .duplicate: "E-DUPLICATE: já existe um cliente com esse identificador."
        case .badHandle: "E-BAD-HANDLE: identificadores usam letras minúsculas, dígitos e -."
        case .badValue: "E-BAD-VALUE: um valor fora das opções permitidas, ou texto com caracteres de controle."
        case .noCustomer: "E-NO-CUSTOMER: o comando precisa de um cliente e nenhum foi informado ou selecionado com \(typed(Use.self))."
        case .hasSubscriptions: "E-HAS-SUBSCRIPTIONS: remover um cliente que ainda tem assinaturas registradas exige \(CustomerRemove.force.flagSpec.name)."
        case .confirmRequired: "E-CONFIRM-REQUIRED: o cancelamento custaria dinheiro ou serviço; só é feito com \(CommonKeys.confirm.flagSpec.name), e a confirmação fica registrada."
        case .alreadyEnded: "E-ALREADY-ENDED: a original já foi cancelada ou expirou."
        case .unknownCommand: "E-UNKNOWN-COMMAND: a primeira palavra não é um comando; \(typed(Help.self)) lista todos."
        case .usage: "E-USAGE: falta um argumento ou opção, ou sobra um; \(typed(Help.line(Placeholder.declared))) mostra o uso."
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
            "1. Convite. No Partner Center, Clientes → Solicitar uma relação de revenda; o administrador global do cliente aceita o link. (\(typed(Invite.self)), depois \(typed(Accept.self)))",
            "2. Provisionamento. Depois do aceite, crie as assinaturas CSP de que o cliente precisa, normalmente as mesmas ofertas, com uma licença por usuário. Elas só podem ser corrigidas em até \(days(settings.cspCorrectionDays)). (\(typed(Provision.self)))",
            "3. Encerrar as originais. O que dá para fazer depende do programa (`\(Explain.line(.cancellation))`):",
            "   Compra direta (MOSP): desligue a cobrança recorrente para que cada uma expire no fim. Cancelar só devolve dinheiro numa conta MOSA (crédito proporcional) ou numa conta MCA em até \(days(settings.mcaRefundDays)) do início ou da renovação; fora disso, cancelar abre mão do resto do período, então o conselho aqui espera os últimos \(days(settings.nearEndDays)) (\(GuideSettings.Name.nearEndDays.rawValue), escolha nossa, não uma regra da Microsoft). (\(typed(LicenseEdit.self)) com \(LicenseAdd.autoRenew.flagSpec.name) off, \(typed(Expire.self)), \(typed(Cancel.self)))",
            "   Open License e varejo: pré-pagas, sem nada a desligar nem a reembolsar: deixe cada uma correr até o fim e registre. (\(typed(Expire.self)))",
            "   Enterprise Agreement: comprometido por ano de inscrição, sem cancelamento no meio do prazo: planeje para o aniversário ou a renovação, ou renove para o CSP (`\(Explain.line(.enterpriseAgreement))`), e registre o fim. (\(typed(Expire.self)))",
            "4. Seguir em frente. O cliente trabalha com as assinaturas CSP sem interrupção. Se a oferta mudou, reatribua as licenças antes do fim da original. (\(typed(Reassign.self)))",
            "\(typed(Advise.line(Placeholder.declared))) diz em que ponto o cliente está e o que vem a seguir.",
        ]
    }
}
