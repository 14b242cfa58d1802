/// The statements both SQL stores run, in one dialect, built once from the record mapping: the two
/// stores cannot drift apart on any of them. What only one store does (the team store's revision
/// check inside the UPDATE, its journal agent left to the database) is added there.
struct StoreStatements: Sendable {
    let dialect: SQLDialect
    let customerByHandle, originalsOfCustomer, cspOfCustomer, revisionOfCustomer: String
    let insertCustomer, updateCustomer, deleteCustomer: String
    let insertOriginal, deleteOriginalsOfCustomer: String
    let insertCSP, deleteCSPOfCustomer: String
    let insertJournal: String
    let saveSetting, savePartnerSetting, deletePartnerSetting, partnerSetting: String

    // The portfolio, whole, in the order the stores merge its three tables.
    let allCustomers = CustomerRecord.selectInKeyOrderSQL
    let allOriginals = OriginalRecord.selectInKeyOrderSQL
    let allCSP = CSPRecord.selectInKeyOrderSQL
    let customerCount = CustomerRecord.countSQL
    let handles = CustomerRecord.selectKeysSQL
    /// Each customer's handle and name, without the rest of the portfolio.
    let customerNames = CustomerRecord.selectInKeyOrderSQL(only: [.handle, .name])

    init(_ dialect: SQLDialect) {
        self.dialect = dialect
        customerByHandle = CustomerRecord.selectByKeySQL(dialect)
        originalsOfCustomer = OriginalRecord.selectByCustomerSQL(dialect)
        cspOfCustomer = CSPRecord.selectByCustomerSQL(dialect)
        revisionOfCustomer = CustomerRecord.selectByKeySQL(dialect, only: [.revision])
        insertCustomer = CustomerRecord.insertSQL(dialect)
        updateCustomer = CustomerRecord.updateSQL(dialect)
        deleteCustomer = CustomerRecord.deleteSQL(dialect)
        insertOriginal = OriginalRecord.insertSQL(dialect)
        deleteOriginalsOfCustomer = OriginalRecord.deleteByCustomerSQL(dialect)
        insertCSP = CSPRecord.insertSQL(dialect)
        deleteCSPOfCustomer = CSPRecord.deleteByCustomerSQL(dialect)
        insertJournal = JournalRecord.insertSQL(dialect)
        saveSetting = SettingRecord.upsertSQL(dialect)
        savePartnerSetting = PartnerSettingRecord.upsertSQL(dialect)
        deletePartnerSetting = PartnerSettingRecord.deleteSQL(dialect)
        partnerSetting = PartnerSettingRecord.selectByKeySQL(dialect)
    }

    /// The journal's entries of one customer, or since a day, or both, or all.
    func journal(customer: Bool, since: Bool) -> String {
        JournalRecord.selectSQL(dialect, customer: customer, since: since)
    }
}
