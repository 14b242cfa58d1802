import Foundation
import MigrationGuide

/// `license add HANDLE OFFER --seats N --expires DATE [...]`: an original license-based subscription.
public struct LicenseAdd: AssistantCommand, Equatable {
    static let offer = ArgumentKey("OFFER", .text(.offer), help: LocalizedText(en: "the offer's name, e.g. \"Office 365 E3\"", pt: "o nome da oferta, por exemplo \"Office 365 E3\""))
    static let seats = RequiredFlagKey("--seats", .count(in: seatRange), "N", help: LocalizedText(en: "licenses bought (1 to 1,000,000)", pt: "licenças compradas (1 a 1.000.000)"))
    static let expires = RequiredFlagKey("--expires", .date, "YYYY-MM-DD", help: LocalizedText(en: "the natural end of the current term", pt: "o fim natural do período atual"))
    static let assigned = FlagKey("--assigned", .count(in: assignedRange), "N", help: LocalizedText(en: "users who hold a license (default: all seats)", pt: "usuários com licença atribuída (padrão: todas)"))
    static let price = FlagKey("--price", .amount, "AMOUNT", help: LocalizedText(en: "price per seat per month", pt: "preço por licença por mês"))
    static let currency = FlagKey("--currency", .currency, "CODE", help: LocalizedText(
        en: "BRL, USD, EUR... (default: the customer's currency, else the partner's: \(Settings.partnerCurrencyLine(nil)))",
        pt: "BRL, USD, EUR... (padrão: a moeda do cliente, senão a do parceiro: \(Settings.partnerCurrencyLine(nil)))"))
    static let autoRenew = FlagKey("--auto-renew", .onOff, "on|off", help: LocalizedText(en: "web direct: whether it renews by itself (default: not recorded, counted as on, Microsoft's default)", pt: "compra direta: se renova sozinha (padrão: não registrado, contado como on, o padrão da Microsoft)"))

    public static let spec = CommandSpec(
        ["license", "add"],
        arguments: [CommonKeys.customer, offer],
        flags: [seats, expires, assigned, price, currency, autoRenew, CommonKeys.started],
        summary: LocalizedText(en: "Record an original license-based subscription", pt: "Registra uma assinatura original baseada em licença"),
        examples: [#"license add contoso "Office 365 E3" --seats 50 --assigned 48 --expires 2027-01-31 --price 23.00 --currency USD"#])

    /// The customer as typed (a handle or a name); nil for the selected one.
    public var reference: String?
    public var offer: String
    public var seats: Int
    public var expires: CalendarDate
    public var assigned: Int?
    public var price: Decimal?
    public var currency: String?
    public var autoRenew: Bool?
    public var started: CalendarDate?

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        reference = try arguments[CommonKeys.customer]
        offer = try arguments[Self.offer]
        seats = try arguments[Self.seats]
        expires = try arguments[Self.expires]
        assigned = try arguments[Self.assigned]
        price = try arguments[Self.price]
        currency = try arguments[Self.currency]
        autoRenew = try arguments[Self.autoRenew]
        started = try arguments[CommonKeys.started]
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        let partnerCurrency = price == nil ? nil : try session.partnerCurrency()
        let (customer, original) = try session.change(reference, for: Self.spec) { customer throws(GuideError) in
            let money = try price.map { amount throws(GuideError) in try customer.price(amount, currency: currency, partnerDefault: partnerCurrency) }
            return try customer.addOriginal(offer: offer, seats: seats, assigned: assigned, expires: expires, price: money, autoRenew: autoRenew, startedOn: started)
        }
        var reply = Reply(.licenseAdded(customer.handle, original))
        let mismatch = session.guide.guidance(for: customer, on: session.today).findings.filter { $0.code == .currencyMismatch && $0.subject == original.id }
        if !mismatch.isEmpty { reply.items.append(.findings(customer.handle, mismatch)) }
        let correction = LicenseEdit.expiresTemplate(customer.handle, original.id)
        if let check = UnlikelyDate(field: Self.expires.flagSpec.name, date: expires, today: session.today, correction: correction) {
            reply.items.append(.unlikelyDate(check))
        }
        return reply
    }
}

extension LicenseAdd {
    /// `license add contoso OFFER --seats N --expires YYYY-MM-DD`: what is left to fill in, as the
    /// declaration names it (or `offer` for the offer's placeholder).
    static func template(_ customer: some LineValue, offer: Placeholder = .declared) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(CommonKeys.customer, customer)
            .with(Self.offer, offer).with(Self.seats, .placeholder).with(Self.expires, .placeholder)
    }
}
