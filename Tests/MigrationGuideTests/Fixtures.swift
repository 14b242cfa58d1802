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
