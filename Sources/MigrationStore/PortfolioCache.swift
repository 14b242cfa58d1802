import MigrationGuide

/// The whole portfolio as last read, kept for a shell that stays open all day. It is valid only
/// for the `version` it was read at (SQLite's `data_version`, which changes when another connection
/// commits); the store's own writes update it in place.
struct PortfolioCache {
    var version: Int
    var customers: [Handle: Customer]
    var sorted: [Customer]?

    init(version: Int, sorted customers: [Customer]) {
        self.version = version
        self.customers = Dictionary(uniqueKeysWithValues: customers.map { ($0.handle, $0) })
        self.sorted = customers
    }

    mutating func set(_ customer: Customer) {
        customers[customer.handle] = customer
        sorted = nil
    }

    mutating func remove(_ handle: Handle) {
        customers[handle] = nil
        sorted = nil
    }

    /// Every customer, sorted by handle; sorted again only after a change.
    mutating func allSorted() -> [Customer] {
        if let sorted { return sorted }
        let sorted = customers.values.sorted { $0.handle < $1.handle }
        self.sorted = sorted
        return sorted
    }
}

/// Each customer's revision as last read, which a store's next update of it names.
extension [Handle: Int] {
    /// Notes the revision of a customer just read (or forgets it, when the customer is gone) and
    /// hands the customer on.
    mutating func remember(_ loaded: (Customer, revision: Int)?, of handle: Handle) -> Customer? {
        self[handle] = loaded?.revision
        return loaded?.0
    }
}
