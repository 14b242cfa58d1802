import MigrationGuide

extension Portuguese {
    func importError(_ error: ImportError) -> String {
        switch error {
        case .jsonUnreadable(let reason):
            "Isto não é JSON (\(reason)). Salve a resposta do Graph como veio, ou a saída do ConvertTo-Json do PowerShell."
        case .jsonShape:
            "Era esperada uma resposta do Microsoft Graph: {\"value\": [...]} de GET /subscribedSkus ou GET /directory/subscriptions (ou o ConvertTo-Json do PowerShell de Get-MgSubscribedSku / Get-MgDirectorySubscription), com skuPartNumber e prepaidUnits ou totalLicenses em cada item."
        case .jsonField(let name, let expected, let found):
            "\(name) deve ser \(self.expected(expected))\(found.map { ", não \($0)" } ?? ", e está faltando")."
        case .jsonMorePages:
            "O Graph dividiu esta resposta em páginas e o arquivo tem só a primeira (@odata.nextLink): salve todas as páginas e importe-as juntas."
        case .jsonReport:
            "Exportações JSON são relatórios e não podem ser importadas; use a exportação .csv."
        case .headerMissing(let missing, let expected):
            "Faltam no cabeçalho: \(missing.joined(separator: ", ")); as colunas lidas são \(expected.joined(separator: ", ")) (as outras são ignoradas)."
        case .repeatedColumns(let names):
            "O cabeçalho tem \(names.joined(separator: ", ")) mais de uma vez: qual coluna vale? Deixe uma só."
        case .separatorHint(let separator):
            "O cabeçalho parece separado por \(separator) (como o Excel em português salva): salve o arquivo de novo como CSV, ou confira se o cabeçalho não está entre aspas."
        case .unclosedQuote:
            "Uma aspa aberta nesta linha nunca se fecha, e o resto do arquivo viraria uma só célula: feche-a ou apague-a."
        case .spreadsheetDate(let field, let text):
            "\(field) deve ser uma data real, escrita 31/03/2027 ou 2027-03-31, não \(quoted(text))."
        case .ambiguousDate(let field, let text, let dayFirst, let monthFirst):
            "\(field) \(quoted(text)) pode ser \(dayFirst) ou \(monthFirst), e este arquivo (vírgulas, colunas em inglês) não diz se escreve o dia ou o mês primeiro: escreva AAAA-MM-DD, ou salve o arquivo como o Excel em português (;), que põe o dia primeiro."
        case .dateOrderUnknown(let field, let text, let dayFirst, let monthFirst):
            "\(field) \(quoted(text)) pode ser \(dayFirst) ou \(monthFirst), e nenhuma data deste arquivo mostra se ele escreve o dia ou o mês primeiro: importe de novo com \(ImportPartnerCenterSubscriptions.dateOrderKey.flagSpec.name) \(DateOrder.dayFirst.rawValue) (dia primeiro, 31/03/2027) ou \(ImportPartnerCenterSubscriptions.dateOrderKey.flagSpec.name) \(DateOrder.monthFirst.rawValue) (mês primeiro, 03/31/2027, como o Partner Center em inglês dos EUA escreve)."
        case .dateOrdersMixed(let field, let dayFirst, let dayFirstRow, let monthFirst, let monthFirstRow):
            "\(field): a linha \(dayFirstRow) traz \(quoted(dayFirst)), que só pode ter o dia primeiro, e a linha \(monthFirstRow) traz \(quoted(monthFirst)), que só pode ter o mês primeiro; confira o arquivo e importe com \(ImportPartnerCenterSubscriptions.dateOrderKey.flagSpec.name) \(DateOrder.dayFirst.rawValue) ou \(ImportPartnerCenterSubscriptions.dateOrderKey.flagSpec.name) \(DateOrder.monthFirst.rawValue)."
        case .spreadsheetAmount(let field, let text):
            "\(field) deve ser um valor igual ou maior que zero, como 23,50, 1.234,56 ou 23.50, não \(quoted(text))."
        case .duplicateEntry(let first):
            "repete o SKU ou a assinatura de \(importWords(.place(first)))."
        case .refused(let problems, let total, _):
            "Nada foi importado: \(total == 1 ? "1 problema" : "\(number(total)) problemas") a corrigir antes\(problems.isEmpty ? "" : ", cada um com o seu lugar")."
        }
    }

    private func expected(_ expectation: JSONExpectation) -> String {
        switch expectation {
        case .number: "um número"
        case .wholeNumber: "um número inteiro de 0 para cima"
        case .text: "texto"
        case .boolean: "true ou false"
        case .dateTime: "uma data e hora como 2027-03-31T00:00:00Z"
        case .object: "um objeto ({...})"
        case .array: "uma lista ([...])"
        }
    }

    func importWords(_ words: ImportWords) -> String {
        switch words {
        case .outcome(let outcome):
            switch outcome {
            case .new: "nova"
            case .changed: "alterada"
            case .unchanged: "sem mudança"
            case .skipped: "ignorada"
            }
        case .skipped(let reason):
            switch reason {
            case .trial: "avaliação (trial): nada foi comprado"
            case .free: "SKU gratuito: nada a migrar"
            case .gone(let status): "\(status): já não existe"
            case .noEndDate: "sem data de término: importe junto o GET /directory/subscriptions, ou registre com license add"
            case .noSeats: "nenhuma licença comprada"
            case .ambiguous(let ids): "várias originais desta oferta (\(ids.map(\.description).joined(separator: ", "))): atualize com \(LicenseEdit.spec.name)"
            case .probableDuplicate(let handle, let link, let add):
                "provavelmente \(handle) (mesmo nome, fora o sufixo da empresa, acentos ou maiúsculas), registrado sem este Microsoft ID: se for, "
                    + (link.map { "ligue os dois com `\($0)` e importe de novo" } ?? "registre o domínio com \(CustomerEdit.spec.name)") + "; se for outra empresa, `\(add)` e importe de novo"
            }
        case .note(let note):
            switch note {
            case .unknownSKU(let code): "SKU desconhecido \(code), importado com o próprio código (\(ImportGraph.skuNamesKey.flagSpec.name) \(placeholder(ImportGraph.skuNamesKey.flagSpec.valueName)) dá o nome)"
            case .otherPartner(let tenant): "criada por outro parceiro (locatário \(tenant)): o cliente vem desse parceiro"
            case .unknownOwner(let tenant): "criada pelo locatário \(tenant): de outro parceiro ou do próprio cliente (importe o Customers.csv para saber)"
            case .endWorkedBack(let stage, let next): "\(stage): término calculado a partir da próxima data do ciclo de vida, \(next)"
            case .endFitsStatus(let stage, let ends): "prevalece o status \(stage) informado pelo Graph: registrado com término em \(ends)"
            case .usersUnknown: "usuários desconhecidos (sem entrada em subscribedSkus): contados como as licenças"
            case .provisionedDateUnknown: "data da compra fora do arquivo: registrada como desconhecida, então nenhuma janela de correção é prometida até ela ser registrada (\(CspEdit.spec.name), \(CspEdit.provisioned.flagSpec.name))"
            case .relationshipImplied: "há assinatura CSP, então o relacionamento de revenda fica registrado como aceito"
            case .unpaired(let candidates, let link):
                link.map { "várias originais desta oferta (\(candidates.map(\.description).joined(separator: ", "))): ligue a que ela substitui, `\($0)`" }
                    ?? "nenhuma original desta oferta espera substituta: um serviço novo"
            case .probableDuplicate(let id): "provavelmente a \(id) de novo (mesma oferta e licenças, registrada sem este id): se for, mantenha só uma (\(CspRemove.spec.name) remove a outra)"
            }
        case .change(let change):
            switch change.field {
            case .replaces: "substitui \(change.to)"
            case .accepted: "relacionamento aceito em \(change.to)" + (change.from.isEmpty ? "" : " (não em \(change.from): o Partner Center vendeu antes disso)")
            default: "\(fieldName(change.field)) \(change.from.isEmpty ? "—" : change.from) → \(change.to)"
            }
        case .reading(let reading):
            "\(reading.file) lido como \(reading.encoding == .utf8WithBOM ? "UTF-8 com BOM" : reading.encoding.rawValue)\(reading.encoding == .windows1252 ? " (convertido; salve como CSV UTF-8 para evitar isso)" : "")\(reading.separator.map { ", separado por \($0)" } ?? "")"
                + (reading.ignoredColumns.isEmpty ? "" : "; colunas ignoradas: \(reading.ignoredColumns.joined(separator: ", "))")
                + (reading.slashDates.map {
                    switch $0 {
                    case .dayFirst: ", datas com o dia primeiro (31/03/2027)"
                    case .monthFirst: ", datas com o mês primeiro (03/31/2027)"
                    case .unambiguousOnly: ", datas como 04/05/2027 recusadas (dia ou mês primeiro?), as demais lidas por só poderem ser um dia"
                    }
                } ?? "") + "."
        case .totals(let summary):
            "\(plural(summary.count(.new), "nova", "novas")), \(plural(summary.count(.changed), "alterada", "alteradas")), \(summary.count(.unchanged)) sem mudança, \(plural(summary.count(.skipped), "ignorada", "ignoradas")). "
                + (summary.dryRun ? "Simulação: nada foi registrado." : (summary.count(.new) + summary.count(.changed) == 0 ? "Nada a registrar." : "Registrado."))
        case .listedOnly(let shown, let total):
            "(primeiras \(number(shown)) de \(number(total)) linhas)"
        case .place(let place):
            place.jsonPath.map { "\(place.file) \($0)" } ?? place.row.map { "\(place.file) linha \($0)" } ?? place.file
        case .problemsListed(let shown, let total, let file):
            "(primeiros \(number(shown)) de \(number(total)) problemas\(file.map { "; todos em \($0)" } ?? ""))"
        case .detailsColumn: "Detalhes"
        }
    }

    private func plural(_ count: Int, _ one: String, _ many: String) -> String {
        "\(number(count)) \(count == 1 ? one : many)"
    }

    private func fieldName(_ field: FieldChange.Field) -> String {
        switch field {
        case .seats: "licenças"
        case .users: "usuários"
        case .ends: "término"
        case .name: "nome"
        case .domain: "domínio"
        case .tenant: "ID da Microsoft"
        case .accepted: "aceito"
        case .provisioned: "provisionada"
        case .replaces: "substitui"
        }
    }
}
