import Foundation
import MigrationGuide
import PropertyBased

/// Customers with anything staff might have recorded, around `day`: every program and billing
/// account, invitations and GDAP in every state, originals running, ended, cancelled or renewed,
/// priced in the customer's currency or another, and CSP subscriptions replacing some of them,
/// with or without a purchase date, reassigned, cancelled or pooled. Seeded, so that a failure
/// reproduces.
struct RandomCustomers {
    var generator: Xoshiro
    let day: CalendarDate

    init(seed: UInt64, around day: CalendarDate) {
        generator = Xoshiro(seed: (seed, 2026, 11, 29))
        self.day = day
    }

    static let offers = ["Office 365 E3", "Office 365 E1", "Microsoft 365 Business Standard", "Visio Plan 2", "Exchange Online (Plan 1)"]

    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &generator) < percent }
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &generator) }
    mutating func pick<T>(_ values: [T]) -> T { values[int(0...values.count - 1)] }
    mutating func date(_ range: ClosedRange<Int>) -> CalendarDate { day.adding(days: int(range)) }

    mutating func money(currency: String) -> Money {
        // Prices as typed, up to four decimals.
        Money(amount: Decimal(sign: .plus, exponent: -int(0...4), significand: Decimal(int(100...400_000))), currency: currency)
    }

    mutating func customer(_ index: Int) -> Customer {
        let currency = pick(["BRL", "USD"])
        var customer = Customer(
            handle: Handle("c\(index)")!, name: "Cliente \(index)",
            program: pick(Program.allCases), billingAccount: pick(BillingAccount.allCases), eaTerm: pick(EATerm.allCases),
            createdInPartnerCenter: chance(15), currency: chance(70) ? currency : nil)
        let sentOn = date(-200...0)
        if chance(85) {
            customer.invitation = Invitation(sentOn: sentOn, email: chance(50) ? "admin@c\(index).com.br" : nil,
                                             acceptedOn: chance(75) ? sentOn.adding(days: int(0...20)) : nil)
        }
        if chance(50) {
            let requestedOn = date(-800...0)
            let accepted = chance(60) ? requestedOn.adding(days: int(0...30)) : nil
            customer.gdap = GDAPRelationship(requestedOn: requestedOn, roles: GDAPRole.allCases.filter { _ in chance(60) },
                                             acceptedOn: accepted, expiresOn: accepted != nil && chance(40) ? date(-30...400) : nil)
        }
        for number in 1..<int(1...6) {
            let expires = date(-400...500)
            var original = OriginalSubscription(
                id: LicenseID(kind: .original, number: number), offer: pick(Self.offers), seats: int(0...300), assigned: 0,
                expires: expires, pricePerSeatMonth: chance(70) ? money(currency: chance(90) ? currency : "EUR") : nil,
                autoRenew: pick([nil, true, false]), startedOn: chance(50) ? expires.adding(days: -int(1...400)) : nil)
            original.assigned = max(0, original.seats - int(-5...10))
            switch int(0...9) {
            case 0: original.ending = .cancelled(on: date(-300...0), early: chance(50))
            case 1: original.ending = .expired(on: min(day, expires.adding(days: int(0...30))))
            default: break
            }
            customer.originals.append(original)
        }
        let accepted = customer.invitation?.acceptedOn
        for number in 1..<int(1...5) where accepted != nil || chance(10) {
            let replaced = customer.originals.filter { _ in chance(50) }
            let provisionedOn = chance(85) ? date(-300...0) : nil
            customer.cspSubscriptions.append(CSPSubscription(
                id: LicenseID(kind: .csp, number: number), offer: replaced.first.map { chance(80) ? $0.offer : pick(Self.offers) } ?? pick(Self.offers),
                seats: int(0...320), provisionedOn: provisionedOn, replaces: replaced.map(\.id),
                reassignedOn: chance(30) ? provisionedOn?.adding(days: int(0...40)) : nil,
                term: pick(CSPTerm.allCases), billing: pick(BillingFrequency.allCases),
                pricePerSeatMonth: chance(60) ? money(currency: currency) : nil,
                cancelledOn: chance(8) ? provisionedOn?.adding(days: int(0...7)) : nil))
        }
        return customer
    }
}
