import MigrationGuide

/// Arguments and flags shared by several commands, so each reads the same everywhere.
enum CommonKeys {
    /// A customer's handle or name; the selected customer stands in when it is left out.
    static let customer = OptionalArgumentKey("HANDLE", .word(.handle), selectable: true, help: LocalizedText(
        en: "the customer's handle; may be left out after `use HANDLE`",
        pt: "o identificador do cliente; pode ser omitido depois de `use IDENTIFICADOR`"))

    /// An original's id or part of its offer name, resolved against the customer.
    static let license = ArgumentKey("LICENSE", .word(.license), help: LocalizedText(
        en: "an original's id (L1) or an unambiguous part of its offer name",
        pt: "o id de uma assinatura original (L1) ou parte inequívoca do nome da oferta"))

    static let on = FlagKey("--on", .date, "YYYY-MM-DD", help: LocalizedText(
        en: "when it happened (default: the session's today)",
        pt: "quando aconteceu (padrão: a data da sessão)"))

    static let dryRun = SwitchKey("--dry-run", help: LocalizedText(
        en: "show what it would do and warn about, and record nothing",
        pt: "mostra o que faria e os avisos, sem registrar nada"))

    static let all = SwitchKey("--all", help: LocalizedText(
        en: "every customer, even when one is selected",
        pt: "todos os clientes, mesmo com um cliente selecionado"))
}

/// Seats and users: 1 to 1,000,000 (E-BAD-NUMBER outside).
let seatRange = 1...1_000_000
/// Assigned users may be zero (licenses bought but not yet handed out).
let assignedRange = 0...1_000_000
