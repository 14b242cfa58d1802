import Foundation
import MigrationGuide

/// `license edit HANDLE LICENSE [--seats N] [--assigned N] [--expires DATE] [--price A] [--auto-renew on|off]`:
/// correct what was recorded, or note that recurring billing was turned off.
public struct LicenseEdit: AssistantCommand, Equatable {
    static let seats = FlagKey("--seats", .count(in: seatRange), "N", help: LocalizedText(en: "licenses bought", pt: "licenças compradas"))
    static let assigned = FlagKey("--assigned", .count(in: assignedRange), "N", help: LocalizedText(en: "users who hold a license", pt: "usuários com licença atribuída"))
    static let expires = FlagKey("--expires", .date, "YYYY-MM-DD", help: LocalizedText(en: "the natural end of the term", pt: "o fim natural do período"))
    static let price = FlagKey("--price", .amount, "AMOUNT", help: LocalizedText(en: "price per seat per month", pt: "preço por licença por mês"))
    static let currency = FlagKey("--currency", .currency, "CODE", help: LocalizedText(en: "the price's currency", pt: "a moeda do preço"))
    static let autoRenew = FlagKey("--auto-renew", .onOff, "on|off", help: LocalizedText(en: "web direct: whether it renews by itself", pt: "compra direta: se renova sozinha"))

    public static let spec = CommandSpec(
        ["license", "edit"],
        arguments: [CommonKeys.customer, CommonKeys.license],
        flags: [seats, assigned, expires, price, currency, autoRenew, CommonKeys.started],
        summary: LocalizedText(en: "Correct an original's seats, users, end date, price or auto-renew", pt: "Corrige licenças, usuários, término, preço ou renovação de uma original"),
        examples: ["license edit contoso L1 --auto-renew off", "license edit contoso E3 --assigned 45"])

    /// The customer as typed (a handle or a name); nil for the selected one.
    public var reference: String?
    public var license: String
    public var seats: Int?
    public var assigned: Int?
    public var expires: CalendarDate?
    public var price: Decimal?
    public var currency: String?
    public var autoRenew: Bool?
    public var started: CalendarDate?

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        reference = try arguments[CommonKeys.customer]
        license = try arguments[CommonKeys.license]
        seats = try arguments[Self.seats]
        assigned = try arguments[Self.assigned]
        expires = try arguments[Self.expires]
        price = try arguments[Self.price]
        currency = try arguments[Self.currency]
        autoRenew = try arguments[Self.autoRenew]
        started = try arguments[CommonKeys.started]
    }

    public func run(in session: Session) throws(CommandError) -> Reply {
        try session.refuseCustomerAsOriginal(reference, original: license, for: Self.spec)
        let partnerCurrency = price == nil ? nil : try session.partnerCurrency()
        let (customer, updated) = try session.change(reference, for: Self.spec) { customer throws(GuideError) in
            let original = try customer.resolveOriginal(license)
            let money = try price.map { amount throws(GuideError) in
                try customer.price(amount, currency: currency ?? original.pricePerSeatMonth?.currency, partnerDefault: partnerCurrency)
            }
            return try customer.editOriginal(original.id, seats: seats, assigned: assigned, expires: expires, price: money, autoRenew: autoRenew, startedOn: started)
        }
        var reply = Reply(.licenseUpdated(customer.handle, updated))
        let mismatch = session.guide.guidance(for: customer, on: session.today).findings.filter { $0.code == .currencyMismatch && $0.subject == updated.id }
        if !mismatch.isEmpty { reply.items.append(.findings(customer.handle, mismatch)) }
        if let expires, let check = UnlikelyDate(field: Self.expires.flagSpec.name, date: expires, today: session.today, correction: Self.expiresTemplate(customer.handle, updated.id)) {
            reply.items.append(.unlikelyDate(check))
        }
        return reply
    }
}

extension LicenseEdit {
    /// `license edit contoso L1`, for a flag to follow.
    static func line(_ customer: some LineValue, _ license: some LineValue) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(CommonKeys.customer, customer).with(CommonKeys.license, license)
    }

    /// `license edit contoso L1 --started YYYY-MM-DD`: recording when the term started.
    static func startedTemplate(_ customer: some LineValue, _ license: some LineValue) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(CommonKeys.customer, customer).with(CommonKeys.license, license)
            .with(CommonKeys.started, Placeholder.declared)
    }

    /// `license edit contoso L1 --expires YYYY-MM-DD`: correcting an end date typed wrong.
    static func expiresTemplate(_ customer: Handle, _ license: LicenseID) -> SuggestedCommand {
        line(customer, license).with(Self.expires, Placeholder.declared)
    }

    /// `license edit contoso L1 --auto-renew off`.
    static func autoRenewLine(_ customer: Handle, _ license: LicenseID, on: Bool) -> SuggestedCommand {
        line(customer, license).with(Self.autoRenew, on ? "on" : "off")
    }
}
