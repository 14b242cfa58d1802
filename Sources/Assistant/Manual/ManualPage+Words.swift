extension ManualPage {
    /// The manual page's own prose, in both languages; everything about commands and flags comes
    /// from their declarations instead.
    enum Words {
        static let manualTitle = LocalizedText(en: "User Commands", pt: "Comandos do usuário")
        static let name = LocalizedText(en: "Name", pt: "Nome")
        static let synopsis = LocalizedText(en: "Synopsis", pt: "Sinopse")
        static let description = LocalizedText(en: "Description", pt: "Descrição")
        static let options = LocalizedText(en: "Options", pt: "Opções")
        static let shellCommands = LocalizedText(en: "Shell commands", pt: "Comandos do shell")
        static let questions = LocalizedText(en: "Questions", pt: "Perguntas")
        static let files = LocalizedText(en: "Files", pt: "Arquivos")
        static let environment = LocalizedText(en: "Environment", pt: "Ambiente")
        static let exitStatus = LocalizedText(en: "Exit status", pt: "Status de saída")
        static let transcripts = LocalizedText(en: "Transcripts", pt: "Transcrições")
        static let examples = LocalizedText(en: "Examples", pt: "Exemplos")
        static let example = LocalizedText(en: "Example", pt: "Exemplo")
        static let seeAlso = LocalizedText(en: "See also", pt: "Veja também")
        static let aliases = LocalizedText(en: "also", pt: "também")
        static let optionsWord = LocalizedText(en: "options", pt: "opções")
        static let commandWord = LocalizedText(en: "command", pt: "comando")
        static let fileWord = LocalizedText(en: "file", pt: "arquivo")

        static let oneLine = LocalizedText(
            en: "move Microsoft customers from license-based services to the Cloud Solution Provider program",
            pt: "migra clientes Microsoft de serviços baseados em licença para o programa Cloud Solution Provider")

        static let descriptionParagraphs = [
            LocalizedText(
                en: "csp-migrate is an assistant for the support staff of a Microsoft CSP partner. It keeps track of where each customer stands in the four steps of the move (invite, provision, retire the originals, carry on), explains each step, says what to do next, and warns before anything costs the customer money or service, in English and Brazilian Portuguese.",
                pt: "csp-migrate é um assistente para a equipe de suporte de um parceiro CSP da Microsoft. Ele acompanha em que ponto cada cliente está nas quatro etapas da migração (convidar, provisionar, encerrar as assinaturas originais, seguir em frente), explica cada etapa, diz o que fazer a seguir e avisa antes de qualquer coisa que custe dinheiro ou serviço ao cliente, em inglês e em português do Brasil."),
            LocalizedText(
                en: "With no -c and a terminal, it opens an interactive shell (type help). With standard input from a pipe or a file, it runs its lines as commands. csp-migrate replay checks saved transcripts against what the program says now.",
                pt: "Sem -c e num terminal, abre um shell interativo (digite help). Com a entrada padrão vinda de um pipe ou de um arquivo, executa suas linhas como comandos. csp-migrate replay confere transcrições gravadas com o que o programa diz agora."),
        ]

        static let replay = LocalizedText(
            en: "csp-migrate replay FILE... replays each transcript on a fresh in-memory database (unless --db is given) and reports every command whose output differs. Exit status 0 only when every file matches.",
            pt: "csp-migrate replay ARQUIVO... reproduz cada transcrição num banco de dados novo, em memória (a menos que --db seja dado), e aponta cada comando cuja saída difere. Status de saída 0 só quando todos os arquivos conferem.")

        static let copy = LocalizedText(
            en: "csp-migrate copy --from FILE copies a portfolio file (customers, history and settings) into a team database on PostgreSQL, all or nothing; a database that already holds customers or history is refused unless --merge is given. Run it with the owner role.",
            pt: "csp-migrate copy --from ARQUIVO copia um arquivo de carteira (clientes, histórico e configurações) para um banco da equipe no PostgreSQL, tudo ou nada; um banco que já tem clientes ou histórico é recusado, a menos que --merge seja dado. Execute com o papel de dono do banco.")

        /// The handle's placeholder and the commands named here come from their declarations; the
        /// handle as the page's usage lines show it (in English in both pages).
        static let shellCommandsIntro: LocalizedText = {
            let help = Help.line(Placeholder.declared).inEachLanguage
            let command = Help.command.argumentSpec.name
            return LocalizedText(
                en: "Typed at the csp> prompt, given with -c, piped in, or replayed from a transcript. A handle shown as [\(CommonKeys.customer.argumentSpec.name)] may be left out once a customer is selected with \(Use.spec.name). Inside the shell, \(help.en) or \(command) \(Parser.helpFlag) shows the same.",
                pt: "Digitados no prompt csp>, dados com -c, enviados por pipe ou reproduzidos de uma transcrição. Um identificador mostrado como [\(CommonKeys.customer.argumentSpec.name)] pode ser omitido depois que um cliente é selecionado com \(Use.spec.name). Dentro do shell, \(help.pt) ou \(Portuguese().placeholder(command)) \(Parser.helpFlag) mostra o mesmo.")
        }()

        static let questionParagraphs = [
            LocalizedText(
                en: "A line that is not a command, or any line ending in ?, is read as a question in English or Portuguese (\"what's next for contoso?\", \"can contoso cancel their E3 now?\"). The answer is the reply of one read-only command, shown first as → COMMAND so that staff learn the commands. Questions never change anything.",
                pt: "Uma linha que não é um comando, ou qualquer linha terminada em ?, é lida como pergunta, em português ou inglês (\"o que falta para a contoso?\", \"a contoso pode cancelar o E3 agora?\"). A resposta é a de um comando que só consulta, mostrado antes como → COMANDO para que a equipe aprenda os comandos. Perguntas nunca alteram nada."),
        ]

        static let fileEntries: [(String, LocalizedText)] = [
            ("$XDG_DATA_HOME/csp-migrate/state.sqlite", LocalizedText(
                en: "The state: customers, subscriptions, the shared policy settings (settings) and the journal of every change (log). Created on first use, readable by its owner only; --db or CSP_MIGRATE_DB chooses another file, or a team database on PostgreSQL.",
                pt: "O estado: clientes, assinaturas, as configurações de política compartilhadas (settings) e o histórico de cada alteração (log). Criado no primeiro uso, legível só pelo dono; --db ou CSP_MIGRATE_DB escolhe outro arquivo, ou um banco da equipe no PostgreSQL.")),
            ("$XDG_STATE_HOME/csp-migrate/history", LocalizedText(
                en: "The interactive shell's history, 1,000 lines; --no-history turns it off.",
                pt: "O histórico do shell interativo, 1.000 linhas; --no-history o desliga.")),
            ("$XDG_CONFIG_HOME/csp-migrate/lang", LocalizedText(
                en: "The language chosen with lang, remembered for your next sessions: a personal preference, not a setting of the shared database.",
                pt: "O idioma escolhido com lang, lembrado nas próximas sessões: uma preferência pessoal, não uma configuração do banco compartilhado.")),
            ("~/.editrc", LocalizedText(
                en: "Key bindings for the line editor (editrc(5)).",
                pt: "Atalhos de teclado do editor de linha (editrc(5)).")),
            ("/usr/share/csp-migrate", LocalizedText(
                en: "Sample spreadsheets (samples/) and transcripts (transcripts/) to import, read and replay (under /usr/local/share when installed with make install).",
                pt: "Planilhas de exemplo (samples/) e transcrições (transcripts/) para importar, ler e reproduzir (em /usr/local/share quando instalado com make install).")),
        ]

        static let exitStatuses: [(String, LocalizedText)] = [
            ("0", LocalizedText(en: "Every command succeeded, or the interactive shell was left (quit, exit, Ctrl-D); replay: every transcript matched.", pt: "Todos os comandos deram certo, ou o shell interativo foi encerrado (quit, exit, Ctrl-D); replay: todas as transcrições conferem.")),
            ("1", LocalizedText(en: "A command failed or was refused (with --stop-on-error, the first one stops the run); replay: a transcript differs or cannot be read; the database cannot be opened.", pt: "Um comando falhou ou foi recusado (com --stop-on-error, o primeiro interrompe a execução); replay: uma transcrição difere ou não pode ser lida; o banco de dados não pode ser aberto.")),
            ("2", LocalizedText(en: "Bad program flags.", pt: "Opções do programa inválidas.")),
            ("128+N", LocalizedText(en: "The shell was ended by signal N.", pt: "O shell foi encerrado pelo sinal N.")),
        ]

        static let transcriptFormat = LocalizedText(
            en: "A transcript is a saved session that reads like the terminal did: a header of # key: value lines (today sets the session's date and is required; lang sets the language; title names it), then each command after its prompt with the output it printed below it. record FILE (or --record) writes one; replay checks one, byte for byte.",
            pt: "Uma transcrição é uma sessão gravada que se lê como o terminal mostrou: um cabeçalho de linhas # chave: valor (today define a data da sessão e é obrigatório; lang define o idioma; title dá o título), depois cada comando após o prompt, com a saída que imprimiu abaixo dele. record ARQUIVO (ou --record) grava uma; replay confere uma, byte a byte.")

        static let transcriptExample = [
            "# title: Contoso moves to CSP",
            "# today: 2026-11-28",
            "# lang: en",
            "csp> use contoso",
            "Working on contoso; commands may now leave the handle out. `use` alone clears it.",
            "csp(contoso)> today",
            "Today is 2026-11-28.",
        ]

        static let transcriptRules = LocalizedText(
            en: "A line starting with the prompt (csp> or csp(HANDLE)> ) is a command; the lines up to the next command are its expected output. Any other line starting with # is a comment. An output line that would start with #, \\ or a prompt is written with a leading backslash, which replay removes.",
            pt: "Uma linha que começa com o prompt (csp> ou csp(HANDLE)> ) é um comando; as linhas até o próximo comando são a saída esperada. Qualquer outra linha que começa com # é um comentário. Uma linha de saída que começaria com #, \\ ou um prompt é escrita com uma barra invertida na frente, que o replay remove.")

        static let programExamples = [
            "csp-migrate",
            "csp-migrate --lang pt-BR",
            "csp-migrate -c \"import /usr/share/csp-migrate/samples/portfolio.csv\" -c advise",
            "csp-migrate replay /usr/share/csp-migrate/transcripts/01-complete-migration-en.txt",
        ]
    }
}
