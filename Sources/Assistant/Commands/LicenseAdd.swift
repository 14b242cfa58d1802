import Foundation
import MigrationGuide

/// `license add HANDLE OFFER --seats N --expires DATE [...]`: an original license-based subscription.
public struct LicenseAdd: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["license", "add"],
        arguments: [.customer, ArgumentSpec("OFFER", .offer, help: LocalizedText(en: "the offer's name, e.g. \"Office 365 E3\"", pt: "o nome da oferta, por exemplo \"Office 365 E3\""))],
        flags: [
            FlagSpec("--seats", .count, "N", required: true, help: LocalizedText(en: "licenses bought (1 to 1,000,000)", pt: "licenças compradas (1 a 1.000.000)")),
            FlagSpec("--expires", .date, "YYYY-MM-DD", required: true, help: LocalizedText(en: "the natural end of the current term", pt: "o fim natural do período atual")),
            FlagSpec("--assigned", .count, "N", help: LocalizedText(en: "users who hold a license (default: all seats)", pt: "usuários com licença atribuída (padrão: todas)")),
            FlagSpec("--price", .amount, "AMOUNT", help: LocalizedText(en: "price per seat per month", pt: "preço por licença por mês")),
            FlagSpec("--currency", .currency, "CODE", help: LocalizedText(en: "BRL, USD, EUR... (default BRL in pt-BR, USD in en)", pt: "BRL, USD, EUR... (padrão BRL em pt-BR, USD em en)")),
            FlagSpec("--auto-renew", .onOff, "on|off", choices: ["on", "off"], help: LocalizedText(en: "web direct: whether it renews by itself (default off)", pt: "compra direta: se renova sozinha (padrão off)")),
            .started,
        ],
        summary: LocalizedText(en: "Record an original license-based subscription", pt: "Registra uma assinatura original baseada em licença"),
        examples: [#"license add contoso "Office 365 E3" --seats 50 --assigned 48 --expires 2027-01-31 --price 23.00 --currency USD"#])

    public var handle: String?
    public var offer: String
    public var seats: Int
    public var expires: CalendarDate
    public var assigned: Int?
    public var price: Decimal?
    public var currency: String?
    public var autoRenew: Bool
    public var started: CalendarDate?

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        handle = arguments[argument: "HANDLE"]
        offer = try arguments.text("OFFER") ?? ""
        seats = try arguments.count("--seats", in: seatRange) ?? 0
        expires = try arguments.date("--expires") ?? CalendarDate(daysSinceEpoch: 0)
        assigned = try arguments.count("--assigned", in: assignedRange)
        price = try arguments.amount("--price")
        currency = try arguments.currency("--currency")
        autoRenew = try arguments.onOff("--auto-renew") ?? false
        started = try arguments.date("--started")
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        var customer = try session.customer(handle, for: Self.spec)
        let money = price.map { Money(amount: $0, currency: currency ?? customer.billingCurrency ?? session.defaultCurrency) }
        let original: OriginalSubscription
        do {
            original = try customer.addOriginal(offer: offer, seats: seats, assigned: assigned, expires: expires, price: money, autoRenew: autoRenew, startedOn: started)
        } catch {
            throw .guide(error)
        }
        try session.save(customer)
        return Reply(.licenseAdded(customer.handle, original))
    }
}

extension Session {
    /// The currency assumed when a price is given without one.
    var defaultCurrency: String { language == .ptBR ? "BRL" : "USD" }
}
