/// As perguntas em português que o assistente entende. Só dados: uma forma nova é uma linha.
extension Vocabulary {
    static let portuguese = Vocabulary(
        language: .ptBR,
        phrasings: [
            (.attention, "quem * precisa|precisam * atencao|ajuda|acao"),
            (.attention, "quais * clientes * precisam|urgentes|atencao|hoje"),
            (.attention, "quem * urgente|primeiro|hoje"),
            (.attention, "mais urgente|urgentes"),
            (.attention, "prioridade|prioridades|urgente|urgencias"),
            (.attention, "comecar|inicio * turno|dia"),
            (.attention, "em risco"),

            (.cancelCheck, "pode|podemos|posso|devo|devemos|da * cancelar"),
            (.cancelCheck, "seguro * cancelar"),
            (.cancelCheck, "quanto * custa|custaria|perde|perderia|perdemos"),
            (.cancelCheck, "custo|custa|custaria * cancelar|cancelamento"),
            (.cancelCheck, "cancelar * custa|custaria|perde|reembolso|multa"),
            (.cancelCheck, "cancelar|cancele|cancela|cancelamos|cancelo"),

            (.endDate, "quando * vence|termina|expira|acaba|encerra|renova|vencem|terminam|expiram"),
            (.endDate, "quantos dias"),
            (.endDate, "dias * faltam|restam"),
            (.endDate, "falta|faltam|resta|restam * dias"),
            (.endDate, "vencimento|termino|expiracao|renovacao"),
            (.endDate, "data * fim"),

            (.inviteHow, "como * convido|convidar|convite|convidamos"),
            (.inviteHow, "convidar|convide|convida|convite"),
            (.inviteHow, "enviar|mandar|envio * convite|link"),
            (.inviteHow, "relacao * revenda|revendedor"),

            (.reassignment, "reatribuir|reatribuicao|reatribuicoes|reatribuimos"),
            (.reassignment, "precisa|precisamos * reatribuir|reatribuicao"),
            (.reassignment, "mover|passar * usuarios * nova|oferta|licenca|licencas"),

            (.explainTopic, "explique|explica|explicar|explicacao"),
            (.explainTopic, "o que * e|sao"),
            (.explainTopic, "o que * significa|significam"),
            (.explainTopic, "que quer dizer"),
            (.explainTopic, "fale|fala * sobre"),
            (.explainTopic, "como * funciona|funcionam"),
            (.explainTopic, "como * faco|fazemos|faz"),
            (.explainTopic, "significado"),

            (.steps, "etapas"),
            (.steps, "quais * passos"),
            (.steps, "como * migrar|migracao * csp"),
            (.steps, "processo"),

            (.nextStep, "o que * falta|faltam"),
            (.nextStep, "o que * fazer|faco|fazemos|devo|devemos"),
            (.nextStep, "proximo|proximos * passo|passos"),
            (.nextStep, "proxima|proximas * etapa|acao|coisa"),
            (.nextStep, "qual * proximo|proxima"),
            (.nextStep, "e agora"),
            (.nextStep, "como * seguir|prosseguir|continuar|sigo|seguimos"),
            (.nextStep, "recomenda|recomendacao|conselho|aconselha|sugere|sugestao"),
            (.nextStep, "pendente|pendentes|pendencia|pendencias"),

            (.standing, "situacao|status|andamento|progresso"),
            (.standing, "em que pe"),
            (.standing, "em que * etapa|fase|ponto"),
            (.standing, "como * esta|estao|anda|andam|vai|vao"),
            (.standing, "onde * esta|estamos|estao"),
            (.standing, "qual * etapa|fase"),

            (.customers, "quais|lista|listar|liste|mostre|mostrar|todos * clientes"),
            (.customers, "quantos clientes"),

            (.history, "historico|registro|registros|diario"),
            (.history, "o que * feito|fizemos|fez|aconteceu|mudou"),
            (.history, "quem * fez|mudou|alterou|registrou"),

            (.help, "ajuda|socorro"),
            (.help, "o que * voce * faz|sabe"),
            (.help, "comandos"),
        ],
        topics: [
            ("cancelamento antecipado", "W-EARLY-CANCEL"), ("falta de cobertura", "W-COVERAGE-GAP"),
            ("convite", "invite"), ("convites", "invite"), ("convidar", "invite"),
            ("aceite", "accept"), ("aceitar", "accept"), ("aceitacao", "accept"),
            ("provisionamento", "provision"), ("provisionar", "provision"),
            ("cancelamento", "cancellation"), ("cancelar", "cancellation"),
            ("expiracao", "expiry"), ("vencimento", "expiry"), ("ciclo de vida", "expiry"), ("desativada", "expiry"), ("expirada", "expiry"),
            ("reatribuicao", "reassignment"), ("reatribuir", "reassignment"),
            ("multiparceiro", "multi-partner"), ("varios parceiros", "multi-partner"), ("dois parceiros", "multi-partner"),
            ("outro parceiro", "multi-partner"), ("mais de um parceiro", "multi-partner"),
            ("contrato enterprise", "ea"), ("enterprise agreement", "ea"),
            ("configuracoes", "settings"), ("ajustes", "settings"), ("limites", "settings"),
        ],
        months: [
            ["janeiro", "jan"], ["fevereiro", "fev"], ["marco", "mar"], ["abril", "abr"], ["maio", "mai"], ["junho", "jun"],
            ["julho", "jul"], ["agosto", "ago"], ["setembro", "set"], ["outubro", "out"], ["novembro", "nov"], ["dezembro", "dez"],
        ],
        relativeDates: [
            ("hoje", .days(0)), ("amanha", .days(1)), ("semana que vem", .days(7)), ("proxima semana", .days(7)),
            ("mes que vem", .months(1)), ("proximo mes", .months(1)), ("ano que vem", .months(12)), ("proximo ano", .months(12)),
        ],
        countedDatePrefixes: ["em", "daqui a", "daqui"],
        dayWords: ["dia", "dias"], weekWords: ["semana", "semanas"], monthWords: ["mes", "meses"],
        sentenceWords: [
            "o", "a", "os", "as", "um", "uma", "de", "da", "do", "das", "dos", "para", "pra", "pro", "por", "favor",
            "que", "qual", "quais", "quando", "onde", "quem", "como", "ja", "agora", "nos", "minha", "nossa",
            "seu", "sua", "dela", "dele", "voce", "pode", "posso", "podemos", "devo", "devemos", "me", "no", "na",
            "com", "sobre", "se", "e",
        ],
        nameFillers: ["ltda", "sa", "s/a", "me", "eireli", "epp", "cia", "grupo", "de", "da", "do", "das", "dos", "e"])
}
