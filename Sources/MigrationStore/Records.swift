import Foundation
import GRDB
import MigrationGuide

/// Rows as stored, one struct per table; converted to and from the domain at this boundary only.
struct CustomerRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "customer"

    /// Decoded by position, not through Codable: loading a large portfolio spends most of its time
    /// here, and keyed decoding hashes every column name of every row.
    static let selection = "handle, name, domain, program, adminEmail, inviteSentOn, inviteEmail, acceptedOn, revision, details"
    init(row: Row) {
        handle = row[0]; name = row[1]; domain = row[2]; program = row[3]; adminEmail = row[4]
        inviteSentOn = row[5]; inviteEmail = row[6]; acceptedOn = row[7]; revision = row[8]; details = row[9]
    }

    var handle: String
    var name: String
    var domain: String?
    var program: String
    var adminEmail: String?
    var inviteSentOn: String?
    var inviteEmail: String?
    var acceptedOn: String?
    var revision: Int
    /// The facts added after the first schema (billing account, EA term, GDAP, currency), as JSON;
    /// nil while all are at their defaults.
    var details: String?

    init(_ customer: Customer, revision: Int) {
        details = Details.json(CustomerDetails(customer))
        handle = customer.handle.rawValue
        name = customer.name
        domain = customer.domain
        program = customer.program.rawValue
        adminEmail = customer.adminEmail
        inviteSentOn = customer.invitation?.sentOn.description
        inviteEmail = customer.invitation?.email
        acceptedOn = customer.invitation?.acceptedOn?.description
        self.revision = revision
    }
}

struct OriginalRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "original"

    static let selection = "customer, number, offer, seats, assigned, expires, price, currency, autoRenew, endingKind, endedOn, endedEarly, startedOn"
    init(row: Row) {
        customer = row[0]; number = row[1]; offer = row[2]; seats = row[3]; assigned = row[4]; expires = row[5]
        price = row[6]; currency = row[7]; autoRenew = row[8]; endingKind = row[9]; endedOn = row[10]; endedEarly = row[11]
        startedOn = row[12]
    }

    var customer: String
    var number: Int
    var offer: String
    var seats: Int
    var assigned: Int
    var expires: String
    var price: String?
    var currency: String?
    var autoRenew: Bool
    var endingKind: String?
    var endedOn: String?
    var endedEarly: Bool
    var startedOn: String?

    init(_ original: OriginalSubscription, of handle: Handle) {
        startedOn = original.startedOn?.description
        customer = handle.rawValue
        number = original.id.number
        offer = original.offer
        seats = original.seats
        assigned = original.assigned
        expires = original.expires.description
        price = original.pricePerSeatMonth.map { "\($0.amount)" }
        currency = original.pricePerSeatMonth?.currency
        autoRenew = original.autoRenew
        switch original.ending {
        case .cancelled(let on, let early):
            endingKind = "cancelled"; endedOn = on.description; endedEarly = early
        case .expired(let on):
            endingKind = "expired"; endedOn = on.description; endedEarly = false
        case nil:
            endingKind = nil; endedOn = nil; endedEarly = false
        }
    }

    func domain() throws -> OriginalSubscription {
        var ending: OriginalSubscription.Ending?
        if let endingKind {
            let on = try StoredValue.date(endedOn)
            ending = endingKind == "cancelled" ? .cancelled(on: on, early: endedEarly) : .expired(on: on)
        }
        let money = try price.map { text -> Money in
            guard let amount = Decimal(plainText: text) else { throw StoredValue.Invalid() }
            return Money(amount: amount, currency: currency ?? "USD")
        }
        return OriginalSubscription(
            id: LicenseID(kind: .original, number: number), offer: offer, seats: seats, assigned: assigned,
            expires: try StoredValue.date(expires), pricePerSeatMonth: money, autoRenew: autoRenew, ending: ending,
            startedOn: try startedOn.map { try StoredValue.date($0) })
    }
}

struct CSPRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "cspSubscription"

    static let selection = "customer, number, offer, seats, provisionedOn, replaces, reassignedOn, details"
    init(row: Row) {
        customer = row[0]; number = row[1]; offer = row[2]; seats = row[3]; provisionedOn = row[4]; replaces = row[5]; reassignedOn = row[6]
        details = row[7]
    }

    var customer: String
    var number: Int
    var offer: String
    var seats: Int
    var provisionedOn: String
    /// The first original it replaces; the others of a pool, and the term, billing, price and
    /// cancellation added later, are in `details`.
    var replaces: Int?
    var reassignedOn: String?
    var details: String?

    init(_ subscription: CSPSubscription, of handle: Handle) {
        details = Details.json(CSPDetails(subscription))
        customer = handle.rawValue
        number = subscription.id.number
        offer = subscription.offer
        seats = subscription.seats
        provisionedOn = subscription.provisionedOn.description
        replaces = subscription.replaces.first?.number
        reassignedOn = subscription.reassignedOn?.description
    }

    func domain() throws -> CSPSubscription {
        var subscription = CSPSubscription(
            id: LicenseID(kind: .csp, number: number), offer: offer, seats: seats,
            provisionedOn: try StoredValue.date(provisionedOn),
            replaces: replaces.map { [LicenseID(kind: .original, number: $0)] } ?? [],
            reassignedOn: try reassignedOn.map { try StoredValue.date($0) })
        if let details {
            try Details.decode(CSPDetails.self, details).apply(to: &subscription)
        }
        return subscription
    }
}

struct JournalRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "journal"
    var id: Int64?
    var recordedAt: String
    var sessionDate: String
    var agent: String
    var customer: String?
    var command: String
    var warnings: String

    init(_ entry: JournalEntry) {
        recordedAt = entry.recordedAt
        sessionDate = entry.sessionDate.description
        agent = entry.agent
        customer = entry.customer?.rawValue
        command = entry.command
        warnings = entry.warnings.map(\.rawValue).joined(separator: ",")
    }

    func domain() throws -> JournalEntry {
        JournalEntry(
            recordedAt: recordedAt, sessionDate: try StoredValue.date(sessionDate), agent: agent,
            customer: customer.flatMap(Handle.init), command: command,
            warnings: warnings.split(separator: ",").compactMap { MessageCode(rawValue: String($0)) })
    }
}

struct SettingRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "setting"
    var name: String
    var value: Int
}

/// Reading values back: a value the program did not write means the file was damaged.
enum StoredValue {
    struct Invalid: Error {}

    static func date(_ text: String?) throws -> CalendarDate {
        guard let text, let date = CalendarDate(iso: text) else { throw Invalid() }
        return date
    }
}

extension CustomerRecord {
    func domain(originals: [OriginalRecord], csp: [CSPRecord]) throws -> Customer {
        guard let handle = Handle(handle) else { throw StoredValue.Invalid() }
        var invitation: Invitation?
        if let inviteSentOn {
            invitation = Invitation(sentOn: try StoredValue.date(inviteSentOn), email: inviteEmail, acceptedOn: try acceptedOn.map { try StoredValue.date($0) })
        }
        var customer = Customer(
            handle: handle, name: name, domain: domain, program: Program(rawValue: program) ?? .other,
            adminEmail: adminEmail, invitation: invitation,
            originals: try originals.map { try $0.domain() },
            cspSubscriptions: try csp.map { try $0.domain() })
        if let details {
            try Details.decode(CustomerDetails.self, details).apply(to: &customer)
        }
        return customer
    }
}

/// Facts stored as one JSON column per table: written only when they differ from the defaults, so
/// rows of customers that do not use them stay as small and fast to load as before.
enum Details {
    static func json<T: Encodable & Equatable & DefaultConstructible>(_ value: T) -> String? {
        guard value != T() else { return nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? encoder.encode(value)).flatMap { String(data: $0, encoding: .utf8) }
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw StoredValue.Invalid()
        }
    }
}

protocol DefaultConstructible { init() }

struct CustomerDetails: Codable, Equatable, DefaultConstructible {
    var billingAccount: BillingAccount?
    var eaTerm: EATerm?
    var createdInPartnerCenter: Bool?
    var gdap: GDAPRelationship?
    var currency: String?

    init() {}

    init(_ customer: Customer) {
        billingAccount = customer.billingAccount == .unknown ? nil : customer.billingAccount
        eaTerm = customer.eaTerm == .standard ? nil : customer.eaTerm
        createdInPartnerCenter = customer.createdInPartnerCenter ? true : nil
        gdap = customer.gdap
        currency = customer.currency
    }

    func apply(to customer: inout Customer) {
        customer.billingAccount = billingAccount ?? .unknown
        customer.eaTerm = eaTerm ?? .standard
        customer.createdInPartnerCenter = createdInPartnerCenter ?? false
        customer.gdap = gdap
        customer.currency = currency
    }
}

struct CSPDetails: Codable, Equatable, DefaultConstructible {
    /// Every original replaced, when more than one.
    var replaces: [Int]?
    var term: CSPTerm?
    var billing: BillingFrequency?
    var price: String?
    var currency: String?
    var cancelledOn: CalendarDate?

    init() {}

    init(_ subscription: CSPSubscription) {
        replaces = subscription.replaces.count > 1 ? subscription.replaces.map(\.number) : nil
        term = subscription.term == .annual ? nil : subscription.term
        billing = subscription.billing == .monthly ? nil : subscription.billing
        price = subscription.pricePerSeatMonth.map { "\($0.amount)" }
        currency = subscription.pricePerSeatMonth?.currency
        cancelledOn = subscription.cancelledOn
    }

    func apply(to subscription: inout CSPSubscription) throws {
        if let replaces { subscription.replaces = replaces.map { LicenseID(kind: .original, number: $0) } }
        subscription.term = term ?? .annual
        subscription.billing = billing ?? .monthly
        if let price {
            guard let amount = Decimal(plainText: price) else { throw StoredValue.Invalid() }
            subscription.pricePerSeatMonth = Money(amount: amount, currency: currency ?? "USD")
        }
        subscription.cancelledOn = cancelledOn
    }
}
