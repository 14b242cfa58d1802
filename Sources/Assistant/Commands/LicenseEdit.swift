import Foundation
import MigrationGuide

/// `license edit HANDLE LICENSE [--seats N] [--assigned N] [--expires DATE] [--price A] [--auto-renew on|off]`:
/// correct what was recorded, or note that recurring billing was turned off.
public struct LicenseEdit: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["license", "edit"],
        arguments: [.customer, .license],
        flags: [
            FlagSpec("--seats", .count, "N", help: LocalizedText(en: "licenses bought", pt: "licenças compradas")),
            FlagSpec("--assigned", .count, "N", help: LocalizedText(en: "users who hold a license", pt: "usuários com licença atribuída")),
            FlagSpec("--expires", .date, "YYYY-MM-DD", help: LocalizedText(en: "the natural end of the term", pt: "o fim natural do período")),
            FlagSpec("--price", .amount, "AMOUNT", help: LocalizedText(en: "price per seat per month", pt: "preço por licença por mês")),
            FlagSpec("--currency", .currency, "CODE", help: LocalizedText(en: "the price's currency", pt: "a moeda do preço")),
            FlagSpec("--auto-renew", .onOff, "on|off", choices: ["on", "off"], help: LocalizedText(en: "web direct: whether it renews by itself", pt: "compra direta: se renova sozinha")),
            .started,
        ],
        summary: LocalizedText(en: "Correct an original's seats, users, end date, price or auto-renew", pt: "Corrige licenças, usuários, término, preço ou renovação de uma original"),
        examples: ["license edit contoso L1 --auto-renew off", "license edit contoso E3 --assigned 45"])

    public var handle: String?
    public var license: String
    public var seats: Int?
    public var assigned: Int?
    public var expires: CalendarDate?
    public var price: Decimal?
    public var currency: String?
    public var autoRenew: Bool?
    public var started: CalendarDate?

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        handle = arguments[argument: "HANDLE"]
        license = try arguments.required("LICENSE")
        seats = try arguments.count("--seats", in: seatRange)
        assigned = try arguments.count("--assigned", in: assignedRange)
        expires = try arguments.date("--expires")
        price = try arguments.amount("--price")
        currency = try arguments.currency("--currency")
        autoRenew = try arguments.onOff("--auto-renew")
        started = try arguments.date("--started")
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        var customer = try session.customer(handle, for: Self.spec)
        let updated: OriginalSubscription
        do {
            let original = try customer.resolveOriginal(license)
            let money = price.map { Money(amount: $0, currency: currency ?? original.pricePerSeatMonth?.currency ?? customer.billingCurrency ?? session.defaultCurrency) }
            updated = try customer.editOriginal(original.id, seats: seats, assigned: assigned, expires: expires, price: money, autoRenew: autoRenew, startedOn: started)
        } catch {
            throw .guide(error)
        }
        try session.save(customer)
        return Reply(.licenseUpdated(customer.handle, updated))
    }
}
