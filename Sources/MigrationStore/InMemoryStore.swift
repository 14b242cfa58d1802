import MigrationGuide

/// A store that keeps nothing after the process ends: for tests, transcript replay and `--db :memory:`.
public final class InMemoryStore: PortfolioStore {
    private var customers: [Handle: Customer] = [:]
    private var entries: [JournalEntry] = []
    private var settings = GuideSettings()
    private var partnerSettings: [String: String] = [:]

    public init(customers: [Customer] = []) {
        for customer in customers { self.customers[customer.handle] = customer }
    }

    public func customer(_ handle: Handle) throws(StoreError) -> Customer? { customers[handle] }

    public func allCustomers() throws(StoreError) -> [Customer] {
        customers.values.sorted { $0.handle < $1.handle }
    }

    public func handles() throws(StoreError) -> [Handle] { customers.keys.sorted() }

    public func insert(_ customer: Customer, journal: JournalEntry) throws(StoreError) {
        guard customers[customer.handle] == nil else { throw .duplicate(customer.handle) }
        customers[customer.handle] = customer
        entries.append(journal)
    }

    public func update(_ customer: Customer, journal: JournalEntry) throws(StoreError) {
        guard customers[customer.handle] != nil else { throw .notFound(customer.handle) }
        customers[customer.handle] = customer
        entries.append(journal)
    }

    public func remove(_ handle: Handle, journal: JournalEntry) throws(StoreError) {
        guard customers.removeValue(forKey: handle) != nil else { throw .notFound(handle) }
        entries.append(journal)
    }

    public func journal(for handle: Handle?, since: CalendarDate?) throws(StoreError) -> [JournalEntry] {
        entries.filter { entry in
            (handle == nil || entry.customer == handle) && (since.map { entry.sessionDate >= $0 } ?? true)
        }
    }

    public func importBatch(inserting: [Customer], updating: [Customer], journal: [JournalEntry]) throws(StoreError) {
        if let taken = inserting.first(where: { customers[$0.handle] != nil }) { throw .duplicate(taken.handle) }
        if let missing = updating.first(where: { customers[$0.handle] == nil }) { throw .notFound(missing.handle) }
        for customer in inserting + updating { customers[customer.handle] = customer }
        entries += journal
    }

    public func loadSettings() throws(StoreError) -> GuideSettings { settings }

    public func saveSetting(_ name: GuideSettings.Name, _ value: Int, journal: JournalEntry) throws(StoreError) {
        settings[name] = value
        entries.append(journal)
    }

    public func loadPartnerSetting(_ name: String) throws(StoreError) -> String? { partnerSettings[name] }

    public func savePartnerSetting(_ name: String, _ text: String?, journal: JournalEntry) throws(StoreError) {
        partnerSettings[name] = text
        entries.append(journal)
    }
}
