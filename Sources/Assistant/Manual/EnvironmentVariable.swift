/// An environment variable the program reads, with what it changes; the manual page's ENVIRONMENT
/// section is this list, so a new variable is one more entry here.
public struct EnvironmentVariable: Sendable {
    public var name: String
    public var meaning: LocalizedText

    public init(_ name: String, _ meaning: LocalizedText) {
        self.name = name
        self.meaning = meaning
    }

    /// Every variable csp-migrate reads, in the order the manual lists them.
    public static let all: [EnvironmentVariable] = [
        EnvironmentVariable("LANG, LC_ALL, LC_MESSAGES", LocalizedText(
            en: "The language of replies when --lang is not given: pt_BR (or any pt) gives Brazilian Portuguese, anything else English. LC_ALL wins over LC_MESSAGES, which wins over LANG.",
            pt: "O idioma das respostas quando --lang não é dado: pt_BR (ou qualquer pt) dá português do Brasil, qualquer outro valor dá inglês. LC_ALL tem precedência sobre LC_MESSAGES, que tem precedência sobre LANG.")),
        EnvironmentVariable("NO_COLOR", LocalizedText(
            en: "When set and not empty, the output is never coloured (like --no-color).",
            pt: "Quando definida e não vazia, a saída nunca é colorida (como --no-color).")),
        EnvironmentVariable("TERM", LocalizedText(
            en: "dumb turns colour off.",
            pt: "dumb desliga as cores.")),
        EnvironmentVariable("COLUMNS", LocalizedText(
            en: "The width replies are fitted to (sentences wrapped between words, tables narrowed) and timelines drawn to; without it, the terminal's width, or 80 columns when the output is not a terminal.",
            pt: "A largura a que as respostas se ajustam (frases quebradas entre palavras, tabelas estreitadas) e em que as linhas do tempo são desenhadas; sem ela, a largura do terminal, ou 80 colunas quando a saída não é um terminal.")),
        EnvironmentVariable("CSP_MIGRATE_DB", LocalizedText(
            en: "The database when --db is not given: a file, or a team database on PostgreSQL (postgresql://USER@HOST/DATABASE).",
            pt: "O banco de dados quando --db não é dado: um arquivo, ou um banco da equipe no PostgreSQL (postgresql://USUARIO@SERVIDOR/BANCO).")),
        EnvironmentVariable("PGHOST, PGPORT, PGUSER, PGDATABASE, PGSERVICE, PGPASSFILE", LocalizedText(
            en: "Read by libpq for a team database, for whatever the connection string leaves out; keep the password in ~/.pgpass (mode 0600), not in the string.",
            pt: "Lidas pela libpq para um banco da equipe, para o que a string de conexão não disser; guarde a senha em ~/.pgpass (modo 0600), não na string.")),
        EnvironmentVariable("XDG_DATA_HOME", LocalizedText(
            en: "Where the database lives by default: $XDG_DATA_HOME/csp-migrate/state.sqlite (~/.local/share when unset).",
            pt: "Onde fica o banco de dados por padrão: $XDG_DATA_HOME/csp-migrate/state.sqlite (~/.local/share quando não definida).")),
        EnvironmentVariable("XDG_STATE_HOME", LocalizedText(
            en: "Where the shell's history lives: $XDG_STATE_HOME/csp-migrate/history (~/.local/state when unset).",
            pt: "Onde fica o histórico do shell: $XDG_STATE_HOME/csp-migrate/history (~/.local/state quando não definida).")),
        EnvironmentVariable("XDG_CONFIG_HOME", LocalizedText(
            en: "Where the language chosen with lang is remembered: $XDG_CONFIG_HOME/csp-migrate/lang (~/.config when unset).",
            pt: "Onde o idioma escolhido com lang é lembrado: $XDG_CONFIG_HOME/csp-migrate/lang (~/.config quando não definida).")),
        EnvironmentVariable("HOME", LocalizedText(
            en: "The base of the default paths above when the XDG variables are unset.",
            pt: "A base dos caminhos padrão acima quando as variáveis XDG não estão definidas.")),
        EnvironmentVariable("USER", LocalizedText(
            en: "Who the journal names for changes, unless --agent is given.",
            pt: "Quem o histórico de alterações registra como autor, a menos que --agent seja dado.")),
        EnvironmentVariable("EDITRC", LocalizedText(
            en: "The line editor's settings file (default ~/.editrc), read by the interactive shell.",
            pt: "O arquivo de configuração do editor de linha (padrão ~/.editrc), lido pelo shell interativo.")),
    ]
}
