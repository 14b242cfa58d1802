/// Argument and flag declarations shared by several commands, so each reads the same everywhere.
extension ArgumentSpec {
    static let customer = ArgumentSpec("HANDLE", .handle, .customerOrSelected, help: LocalizedText(
        en: "the customer's handle; may be left out after `use HANDLE`",
        pt: "o identificador do cliente; pode ser omitido depois de `use HANDLE`"))

    static let license = ArgumentSpec("LICENSE", .license, help: LocalizedText(
        en: "an original's id (L1) or an unambiguous part of its offer name",
        pt: "o id de uma assinatura original (L1) ou parte inequívoca do nome da oferta"))
}

extension FlagSpec {
    static let on = FlagSpec("--on", .date, "YYYY-MM-DD", help: LocalizedText(
        en: "when it happened (default: the session's today)",
        pt: "quando aconteceu (padrão: a data da sessão)"))

    static let dryRun = FlagSpec("--dry-run", help: LocalizedText(
        en: "show what it would do and warn about, and record nothing",
        pt: "mostra o que faria e os avisos, sem registrar nada"))

    static let all = FlagSpec("--all", help: LocalizedText(
        en: "every customer, even when one is selected",
        pt: "todos os clientes, mesmo com um cliente selecionado"))
}

/// Seats and users: 1 to 1,000,000 (E-BAD-NUMBER outside).
let seatRange = 1...1_000_000
/// Assigned users may be zero (licenses bought but not yet handed out).
let assignedRange = 0...1_000_000
