import MigrationGuide

func date(_ text: String) -> CalendarDate {
    guard let date = CalendarDate(iso: text) else { preconditionFailure("bad fixture date \(text)") }
    return date
}

func handle(_ text: String) -> Handle {
    guard let handle = Handle(text) else { preconditionFailure("bad fixture handle \(text)") }
    return handle
}

let guide = Guide()
let today = date("2026-11-28")

/// A customer who accepted on `acceptedOn`, with one original per (offer, seats, assigned, expires).
func customer(
    accepted acceptedOn: String? = "2026-11-01", program: Program = .open,
    originals: [(String, Int, Int, String)] = [], price: String? = nil
) -> Customer {
    var customer = Customer(handle: handle("contoso"), name: "Contoso Ltda", program: program)
    if let acceptedOn {
        customer.invitation = Invitation(sentOn: date("2026-10-20"), acceptedOn: date(acceptedOn))
    }
    for (offer, seats, assigned, expires) in originals {
        let money = price.flatMap(Money.parseAmount).map { Money(amount: $0, currency: "BRL") }
        _ = try? customer.addOriginal(offer: offer, seats: seats, assigned: assigned, expires: date(expires), price: money, autoRenew: false)
    }
    return customer
}

extension Guidance {
    func findings(_ code: MessageCode) -> [Finding] { findings.filter { $0.code == code } }
}

let L1 = LicenseID(kind: .original, number: 1)
let L2 = LicenseID(kind: .original, number: 2)
let C1 = LicenseID(kind: .csp, number: 1)

extension Customer {
    /// Each step as staff record it on the day it happens, confirming any warning: the tests of the
    /// rules below call these; the tests of the checks call the steps themselves.
    mutating func provision(offer: String, seats: Int, replaces: String?, on date: CalendarDate, with guide: Guide = guide) throws(GuideError) -> CSPSubscription {
        try provision(
            offer: offer, seats: seats, replacing: replaces.map { .named($0.split(separator: ",").map(String.init)) } ?? .matched,
            on: date, today: date, confirmed: true, guide: guide).subscription
    }

    mutating func invite(on date: CalendarDate, email: String?) throws(GuideError) -> Invitation {
        try invite(on: date, email: email, today: date)
    }

    mutating func accept(on date: CalendarDate) throws(GuideError) -> Invitation {
        try accept(on: date, today: date)
    }

    mutating func cancel(_ reference: String, on date: CalendarDate, confirmed: Bool, guide: Guide) throws(GuideError) -> (OriginalSubscription, overridden: [Finding]) {
        try cancel(reference, on: date, today: date, confirmed: confirmed, guide: guide)
    }

    mutating func expire(_ reference: String, on date: CalendarDate) throws(GuideError) -> OriginalSubscription {
        try expire(reference, on: date, today: date)
    }
}
