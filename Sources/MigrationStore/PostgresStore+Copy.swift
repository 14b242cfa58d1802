import MigrationGuide

/// What `copy` moved into the team database, and what it found there already.
public struct CopyReport: Hashable, Sendable {
    public var customersCopied = 0
    public var customersAlreadyThere = 0
    public var entriesCopied = 0
    public var entriesAlreadyThere = 0
    public var settingsCopied = false
}

extension PostgresStore {
    /// Moves a one-person portfolio (customers, history and settings) into this team database in
    /// one transaction: all of it or none of it. Into a database that holds anything only with
    /// `merge`, and then only when every customer on both sides is recorded the same (else the
    /// differing ones are listed and nothing is written); what is already there is skipped, so
    /// copying twice changes nothing. History entries keep the names they were written under,
    /// which only the owner role may write (agents' roles cannot set the journal's agent).
    public func copy(customers: [Customer], journal: [JournalEntry], settings: GuideSettings, merge: Bool) throws(StoreError) -> CopyReport {
        let report = try write { () throws -> CopyReport in
            // Nobody writes while the two sides are compared and the copy made.
            try connection.exec(#"LOCK TABLE "customer", "journal", "setting" IN EXCLUSIVE MODE"#)
            let existing = Dictionary(uniqueKeysWithValues: try loadPortfolio().map { ($0.0.handle, $0.0) })
            let entries = try connection.fetch(JournalRecord.self, JournalRecord.selectSQL + " " + JournalRecord.order).map { try $0.domain() }
            let storedSettings = try connection.fetch(SettingRecord.self, SettingRecord.selectSQL)
            guard merge || (existing.isEmpty && entries.isEmpty) else {
                throw StoreError.unavailable(path: server, problem: .copyTargetNotEmpty(customers: existing.count, entries: entries.count))
            }
            let conflicts = customers.filter { customer in existing[customer.handle].map { $0 != customer } ?? false }.map(\.handle)
            let settingsDiffer = !storedSettings.isEmpty && SettingRecord.settings(storedSettings) != settings
            guard conflicts.isEmpty, !settingsDiffer else {
                throw StoreError.unavailable(path: server, problem: .copyConflicts(customers: conflicts.sorted(), settings: settingsDiffer))
            }
            var report = CopyReport()
            for customer in customers {
                if existing[customer.handle] != nil {
                    report.customersAlreadyThere += 1
                } else {
                    _ = try insertCustomer(customer)
                    report.customersCopied += 1
                }
            }
            // The same entry may appear twice on purpose (the same command at the same second):
            // entries are matched as many times as they occur.
            var present = Dictionary(entries.map { ($0, 1) }, uniquingKeysWith: +)
            let insertEntry = Self.sql.insertJournal
            for entry in journal {
                if let count = present[entry], count > 0 {
                    present[entry] = count - 1
                    report.entriesAlreadyThere += 1
                } else {
                    try connection.exec(insertEntry, values: JournalRecord(entry).insertArguments)
                    report.entriesCopied += 1
                }
            }
            if storedSettings.isEmpty {
                let save = Self.sql.saveSetting
                for name in GuideSettings.Name.allCases {
                    try connection.exec(save, values: SettingRecord(name, figure: settings[name]).insertArguments)
                }
                report.settingsCopied = true
            }
            return report
        }
        forgetPortfolio()
        return report
    }
}
