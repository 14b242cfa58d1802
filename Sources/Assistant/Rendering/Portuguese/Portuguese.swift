import Foundation
import MigrationGuide
import MigrationStore

/// Every sentence in Brazilian Portuguese.
struct Portuguese: Phrasebook {
    var language: Language { .ptBR }

    func placeholder(_ name: String) -> String { Self.placeholders[name] ?? name }

    /// The placeholders the commands declare, as a Brazilian reads them.
    static let placeholders = [
        "HANDLE": "IDENTIFICADOR", "OFFER": "OFERTA", "LICENSE": "LICENÇA", "DATE": "DATA", "YYYY-MM-DD": "AAAA-MM-DD",
        "AMOUNT": "VALOR", "CODE": "CÓDIGO", "FILE": "ARQUIVO", "TOPIC": "TÓPICO", "DAYS": "DIAS", "NAME": "NOME",
        "COMMAND": "COMANDO", "LANGUAGE": "IDIOMA", "FORMAT": "FORMATO", "TEXT": "TEXTO", "ADDR": "ENDEREÇO",
        "ADMIN_EMAIL": "EMAIL_DO_ADMIN", "DOMAIN": "DOMÍNIO", "PROGRAM": "PROGRAMA", "name@example.com": "nome@empresa.com.br",
    ]

    func label(_ label: Label) -> String {
        switch label {
        case .commands: "Comandos"
        case .usage: "Uso"
        case .arguments: "Argumentos"
        case .flags: "Opções"
        case .examples: "Exemplos"
        case .helpFooter: "Digite \(typed(Help.line(Placeholder.declared))) ou \(quoted("\(placeholder(Help.command.argumentSpec.name)) \(Parser.helpFlag)")) para ver as opções e um exemplo; \(typed(Steps.self)) explica as quatro etapas da migração. Também dá para perguntar com suas palavras, em português ou inglês: \"o que falta para a contoso?\""
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
        case .provisionFrom: "Provisionar a partir de"
        case .provisionBy: "No máximo até"
        case .now: "agora"
        case .notNeeded: "não precisa: sem usuários"
        case .leadDays: "Antecedência (dias)"
        case .planHeading: "o plano"
        case .handle: "Cliente"
        case .name: "Nome"
        case .stageColumn: "Etapa"
        case .warningsColumn: "Avisos"
        case .mostUrgent: "Mais urgente"
        case .program: "Programa"
        case .domain: "Domínio"
        case .email: "E-mail do administrador"
        case .noCustomers: "Nenhum cliente ainda. Cadastre um com \(typed(CustomerAdd.template))."
        case .noOriginals: "Nenhuma assinatura original registrada (\(typed(LicenseAdd.self)))."
        case .noCSP: "Nenhuma assinatura CSP ainda."
        case .noWarnings: "Nenhum aviso."
        case .portfolioHeading: "Carteira, do mais urgente ao menos"
        case .settingsHeading: "Configurações"
        case .settingChangedForEveryone: "Alterado para todos que usam este banco de dados: os prazos são uma política compartilhada, não uma preferência pessoal."
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
        case .historySearch: "(busca no histórico)"
        case .historySearchNotFound: "(busca no histórico: não encontrada)"
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

    func programInSentence(_ program: Program) -> String {
        switch program {
        case .retail: "varejo"
        case .other: "outro programa"
        case .open, .mosp, .ea: self.program(program)
        }
    }

    func days(_ count: Int) -> String { counted(count, "dia", "dias") }
    func users(_ count: Int) -> String { counted(count, "usuário", "usuários") }
    func seats(_ count: Int) -> String { counted(count, "licença", "licenças") }

    /// `1 assinatura original e nenhuma CSP`.
    func subscriptionCounts(originals: Int, csp: Int) -> String {
        (originals == 0 ? "nenhuma assinatura original" : counted(originals, "assinatura original", "assinaturas originais")) + " e "
            + (csp == 0 ? "nenhuma CSP" : counted(csp, "CSP", "CSP"))
    }
}
