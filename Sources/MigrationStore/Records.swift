import Foundation
import MigrationGuide

// Rows as stored, one struct per table; converted to and from the domain at this boundary only.
// Each declares its columns once (`Column`); the SQL and the argument lists come from that
// declaration (RecordMapping.swift), and `value(_:)` and `init(row:)` name columns, not positions.
// A new fact is a new column: a case in `Column`, its line in `value(_:)` and `init(row:)`, and a
// migration appended to `Schema.migrations` that adds it. An enumeration is stored under names
// spelled out here (`StoredEnumeration`), never through its Swift names or `Codable`.

package struct CustomerRecord: StoredRecord {
    package static let tableName = "customer"
    package enum Column: Int, StoredColumn {
        case handle, name, domain, program, adminEmail, inviteSentOn, inviteEmail, acceptedOn
        /// Optimistic concurrency: a write names the revision it read.
        case revision
        /// The Microsoft ID (migration v3-imported-ids).
        case tenantID
        // Since v5-advice-facts-as-columns (v4 kept them as JSON in a `details` column).
        case billingAccount, eaTerm, createdInPartnerCenter
        /// The GDAP relationship, when one was requested: its roles as the store's names, joined by commas.
        case gdapRequestedOn, gdapRoles, gdapAcceptedOn, gdapExpiresOn
        /// The currency the customer is billed in (ISO 4217).
        case currency
    }
    package static let key: [Column] = [.handle]

    var handle: String
    var name: String
    var domain: String?
    var program: String
    var adminEmail: String?
    var inviteSentOn: String?
    var inviteEmail: String?
    var acceptedOn: String?
    var revision: Int
    var tenantID: String?
    var billingAccount: String
    var eaTerm: String
    var createdInPartnerCenter: Bool
    var gdapRequestedOn: String?
    var gdapRoles: String?
    var gdapAcceptedOn: String?
    var gdapExpiresOn: String?
    var currency: String?

    /// A new customer's first revision, drawn from 2^52 values rather than 0: a session that read
    /// a customer since removed and added again by another must not find the revision it
    /// remembers, or its stale change would pass the revision check and write over the new one.
    package static func firstRevision() -> Int { Int.random(in: 1...(1 << 52)) }

    package init(_ customer: Customer, revision: Int) {
        handle = customer.handle.rawValue
        name = customer.name
        domain = customer.domain
        program = customer.program.storedName
        adminEmail = customer.adminEmail
        inviteSentOn = customer.invitation?.sentOn.description
        inviteEmail = customer.invitation?.email
        acceptedOn = customer.invitation?.acceptedOn?.description
        self.revision = revision
        tenantID = customer.tenantID
        billingAccount = customer.billingAccount.storedName
        eaTerm = customer.eaTerm.storedName
        createdInPartnerCenter = customer.createdInPartnerCenter
        gdapRequestedOn = customer.gdap?.requestedOn.description
        gdapRoles = customer.gdap.map { StoredList.join($0.roles.map(\.storedName)) }
        gdapAcceptedOn = customer.gdap?.acceptedOn?.description
        gdapExpiresOn = customer.gdap?.expiresOn?.description
        currency = customer.currency
    }

    package func value(_ column: Column) -> SQLValue {
        switch column {
        case .handle: SQLValue(handle)
        case .name: SQLValue(name)
        case .domain: SQLValue(domain)
        case .program: SQLValue(program)
        case .adminEmail: SQLValue(adminEmail)
        case .inviteSentOn: SQLValue(inviteSentOn)
        case .inviteEmail: SQLValue(inviteEmail)
        case .acceptedOn: SQLValue(acceptedOn)
        case .revision: SQLValue(revision)
        case .tenantID: SQLValue(tenantID)
        case .billingAccount: SQLValue(billingAccount)
        case .eaTerm: SQLValue(eaTerm)
        case .createdInPartnerCenter: SQLValue(createdInPartnerCenter)
        case .gdapRequestedOn: SQLValue(gdapRequestedOn)
        case .gdapRoles: SQLValue(gdapRoles)
        case .gdapAcceptedOn: SQLValue(gdapAcceptedOn)
        case .gdapExpiresOn: SQLValue(gdapExpiresOn)
        case .currency: SQLValue(currency)
        }
    }

    package init(row: some StoredRow) throws(StoredValue.Invalid) {
        handle = try row.text(Column.handle)
        name = try row.text(Column.name)
        domain = row.optionalText(Column.domain)
        program = try row.text(Column.program)
        adminEmail = row.optionalText(Column.adminEmail)
        inviteSentOn = row.optionalText(Column.inviteSentOn)
        inviteEmail = row.optionalText(Column.inviteEmail)
        acceptedOn = row.optionalText(Column.acceptedOn)
        revision = try row.int(Column.revision)
        tenantID = row.optionalText(Column.tenantID)
        billingAccount = try row.text(Column.billingAccount)
        eaTerm = try row.text(Column.eaTerm)
        createdInPartnerCenter = try row.bool(Column.createdInPartnerCenter)
        gdapRequestedOn = row.optionalText(Column.gdapRequestedOn)
        gdapRoles = row.optionalText(Column.gdapRoles)
        gdapAcceptedOn = row.optionalText(Column.gdapAcceptedOn)
        gdapExpiresOn = row.optionalText(Column.gdapExpiresOn)
        currency = row.optionalText(Column.currency)
    }

    package func domain(originals: [OriginalRecord], csp: [CSPRecord]) throws(StoredValue.Invalid) -> Customer {
        var originalSubscriptions: [OriginalSubscription] = []
        originalSubscriptions.reserveCapacity(originals.count)
        for original in originals { originalSubscriptions.append(try original.domain()) }
        var cspSubscriptions: [CSPSubscription] = []
        cspSubscriptions.reserveCapacity(csp.count)
        for subscription in csp { cspSubscriptions.append(try subscription.domain()) }
        return try domain(originals: originalSubscriptions, csp: cspSubscriptions)
    }

    /// The customer, with its subscriptions already read.
    func domain(originals: [OriginalSubscription], csp: [CSPSubscription]) throws(StoredValue.Invalid) -> Customer {
        guard let handle = Handle(handle) else { throw StoredValue.Invalid() }
        var invitation: Invitation?
        if let inviteSentOn {
            invitation = Invitation(sentOn: try StoredValue.date(inviteSentOn), email: inviteEmail, acceptedOn: try acceptedOn.map(StoredValue.date))
        }
        var gdap: GDAPRelationship?
        if let gdapRequestedOn {
            var roles: [GDAPRole] = []
            for name in StoredList.split(gdapRoles) { roles.append(try GDAPRole.stored(name)) }
            gdap = GDAPRelationship(
                requestedOn: try StoredValue.date(gdapRequestedOn), roles: roles,
                acceptedOn: try gdapAcceptedOn.map(StoredValue.date), expiresOn: try gdapExpiresOn.map(StoredValue.date))
        }
        return Customer(
            handle: handle, name: name, domain: domain, program: (try? Program.stored(program)) ?? .other,
            adminEmail: adminEmail, invitation: invitation, originals: originals, cspSubscriptions: csp,
            billingAccount: try BillingAccount.stored(billingAccount), eaTerm: try EATerm.stored(eaTerm),
            createdInPartnerCenter: createdInPartnerCenter, gdap: gdap, currency: currency, tenantID: tenantID)
    }
}

package struct OriginalRecord: CustomerOwnedRecord {
    package static let tableName = "original"
    package enum Column: Int, StoredColumn {
        case customer, number, offer, seats, assigned, expires
        /// Decimal as text: exact, never a binary float.
        case price
        case currency, autoRenew, endingKind, endedOn, endedEarly
        /// Microsoft's id for it (migration v3-imported-ids).
        case externalID
        /// When the current term started (v4).
        case startedOn
        /// Whether `autoRenew` was recorded; false: nobody said (v6).
        case autoRenewRecorded
    }
    package static let key: [Column] = [.customer, .number]
    package static let ownerColumn = Column.customer

    var customer: String
    var number: Int
    var offer: String
    var seats: Int
    var assigned: Int
    var expires: String
    var price: String?
    var currency: String?
    var autoRenew: Bool
    var autoRenewRecorded: Bool
    var endingKind: String?
    var endedOn: String?
    var endedEarly: Bool
    var externalID: String?
    var startedOn: String?

    package init(_ original: OriginalSubscription, of handle: Handle) {
        startedOn = original.startedOn?.description
        customer = handle.rawValue
        number = original.id.number
        offer = original.offer
        seats = original.seats
        assigned = original.assigned
        expires = original.expires.description
        price = original.pricePerSeatMonth.map { "\($0.amount)" }
        currency = original.pricePerSeatMonth?.currency
        autoRenew = original.autoRenew ?? false
        autoRenewRecorded = original.autoRenew != nil
        externalID = original.externalID
        switch original.ending {
        case .cancelled(let on, let early):
            endingKind = Self.cancelled; endedOn = on.description; endedEarly = early
        case .expired(let on):
            endingKind = Self.expired; endedOn = on.description; endedEarly = false
        case nil:
            endingKind = nil; endedOn = nil; endedEarly = false
        }
    }

    static let cancelled = "cancelled", expired = "expired"

    package func value(_ column: Column) -> SQLValue {
        switch column {
        case .customer: SQLValue(customer)
        case .number: SQLValue(number)
        case .offer: SQLValue(offer)
        case .seats: SQLValue(seats)
        case .assigned: SQLValue(assigned)
        case .expires: SQLValue(expires)
        case .price: SQLValue(price)
        case .currency: SQLValue(currency)
        case .autoRenew: SQLValue(autoRenew)
        case .endingKind: SQLValue(endingKind)
        case .endedOn: SQLValue(endedOn)
        case .endedEarly: SQLValue(endedEarly)
        case .externalID: SQLValue(externalID)
        case .startedOn: SQLValue(startedOn)
        case .autoRenewRecorded: SQLValue(autoRenewRecorded)
        }
    }

    package init(row: some StoredRow) throws(StoredValue.Invalid) {
        customer = try row.text(Column.customer)
        number = try row.int(Column.number)
        offer = try row.sharedText(Column.offer)
        seats = try row.int(Column.seats)
        assigned = try row.int(Column.assigned)
        expires = try row.text(Column.expires)
        price = row.optionalText(Column.price)
        currency = row.optionalText(Column.currency)
        autoRenew = try row.bool(Column.autoRenew)
        autoRenewRecorded = try row.bool(Column.autoRenewRecorded)
        endingKind = row.optionalText(Column.endingKind)
        endedOn = row.optionalText(Column.endedOn)
        endedEarly = try row.bool(Column.endedEarly)
        externalID = row.optionalText(Column.externalID)
        startedOn = row.optionalText(Column.startedOn)
    }

    func domain() throws(StoredValue.Invalid) -> OriginalSubscription {
        var ending: OriginalSubscription.Ending?
        switch endingKind {
        case nil: ending = nil
        case Self.cancelled?: ending = .cancelled(on: try StoredValue.date(endedOn), early: endedEarly)
        case Self.expired?: ending = .expired(on: try StoredValue.date(endedOn))
        default: throw StoredValue.Invalid()
        }
        return OriginalSubscription(
            id: LicenseID(kind: .original, number: number), offer: offer, seats: seats, assigned: assigned,
            expires: try StoredValue.date(expires), pricePerSeatMonth: try StoredValue.money(price, currency), autoRenew: autoRenewRecorded ? autoRenew : nil, ending: ending,
            startedOn: try startedOn.map(StoredValue.date), externalID: externalID)
    }
}

package struct CSPRecord: CustomerOwnedRecord {
    package static let tableName = "cspSubscription"
    package enum Column: Int, StoredColumn {
        case customer, number, offer, seats, provisionedOn
        /// The first original replaced.
        case replaces
        case reassignedOn
        /// Microsoft's id for it (migration v3-imported-ids).
        case externalID
        // Since v5-advice-facts-as-columns (v4 kept them as JSON in a `details` column).
        /// The rest of a pool: the numbers of the other originals replaced, joined by commas.
        case alsoReplaces
        case term, billing
        /// Decimal as text, as the originals' price.
        case price
        case currency, cancelledOn
    }
    package static let key: [Column] = [.customer, .number]
    package static let ownerColumn = Column.customer

    var customer: String
    var number: Int
    var offer: String
    var seats: Int
    /// Empty when the purchase date is unknown (the column predates that case and is NOT NULL).
    var provisionedOn: String
    var replaces: Int?
    var reassignedOn: String?
    var externalID: String?
    var alsoReplaces: String?
    var term: String
    var billing: String
    var price: String?
    var currency: String?
    var cancelledOn: String?

    package init(_ subscription: CSPSubscription, of handle: Handle) {
        customer = handle.rawValue
        number = subscription.id.number
        offer = subscription.offer
        seats = subscription.seats
        provisionedOn = subscription.provisionedOn?.description ?? ""
        replaces = subscription.replaces.first?.number
        reassignedOn = subscription.reassignedOn?.description
        externalID = subscription.externalID
        alsoReplaces = subscription.replaces.count > 1 ? StoredList.join(subscription.replaces.dropFirst().map { String($0.number) }) : nil
        term = subscription.term.storedName
        billing = subscription.billing.storedName
        price = subscription.pricePerSeatMonth.map { "\($0.amount)" }
        currency = subscription.pricePerSeatMonth?.currency
        cancelledOn = subscription.cancelledOn?.description
    }

    package func value(_ column: Column) -> SQLValue {
        switch column {
        case .customer: SQLValue(customer)
        case .number: SQLValue(number)
        case .offer: SQLValue(offer)
        case .seats: SQLValue(seats)
        case .provisionedOn: SQLValue(provisionedOn)
        case .replaces: SQLValue(replaces)
        case .reassignedOn: SQLValue(reassignedOn)
        case .externalID: SQLValue(externalID)
        case .alsoReplaces: SQLValue(alsoReplaces)
        case .term: SQLValue(term)
        case .billing: SQLValue(billing)
        case .price: SQLValue(price)
        case .currency: SQLValue(currency)
        case .cancelledOn: SQLValue(cancelledOn)
        }
    }

    package init(row: some StoredRow) throws(StoredValue.Invalid) {
        customer = try row.text(Column.customer)
        number = try row.int(Column.number)
        offer = try row.sharedText(Column.offer)
        seats = try row.int(Column.seats)
        provisionedOn = try row.text(Column.provisionedOn)
        replaces = row.optionalInt(Column.replaces)
        reassignedOn = row.optionalText(Column.reassignedOn)
        externalID = row.optionalText(Column.externalID)
        alsoReplaces = row.optionalText(Column.alsoReplaces)
        term = try row.text(Column.term)
        billing = try row.text(Column.billing)
        price = row.optionalText(Column.price)
        currency = row.optionalText(Column.currency)
        cancelledOn = row.optionalText(Column.cancelledOn)
    }

    func domain() throws(StoredValue.Invalid) -> CSPSubscription {
        var replaced: [LicenseID] = []
        if let replaces {
            replaced.append(LicenseID(kind: .original, number: replaces))
            for number in StoredList.split(alsoReplaces) {
                guard let number = Int(number) else { throw StoredValue.Invalid() }
                replaced.append(LicenseID(kind: .original, number: number))
            }
        }
        return CSPSubscription(
            id: LicenseID(kind: .csp, number: number), offer: offer, seats: seats,
            provisionedOn: provisionedOn.isEmpty ? nil : try StoredValue.date(provisionedOn),
            replaces: replaced, reassignedOn: try reassignedOn.map(StoredValue.date),
            term: try CSPTerm.stored(term), billing: try BillingFrequency.stored(billing),
            pricePerSeatMonth: try StoredValue.money(price, currency), cancelledOn: try cancelledOn.map(StoredValue.date),
            externalID: externalID)
    }
}

/// The journal's rows. The `id` column the database numbers itself is not written; it only orders
/// the entries (`orderedSQL`).
package struct JournalRecord: StoredRecord {
    package static let tableName = "journal"
    package enum Column: Int, StoredColumn {
        case recordedAt, sessionDate, agent, customer, command
        /// The codes as a JSON array of strings (migration v2-journal-warnings-json).
        case warnings
    }
    package static let key: [Column] = []
    package static let order = "ORDER BY \"id\""

    /// The entries of one customer, or since a day, or both, or all: the filters given, in that
    /// order, are the statement's arguments.
    package static func selectSQL(_ dialect: SQLDialect, customer: Bool, since: Bool) -> String {
        var conditions: [String] = []
        if customer { conditions.append("\(quoted(Column.customer.name)) = \(dialect.placeholder(conditions.count + 1))") }
        if since { conditions.append("\(quoted(Column.sessionDate.name)) >= \(dialect.placeholder(conditions.count + 1))") }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return selectSQL + filter + " " + order
    }

    var recordedAt: String
    var sessionDate: String
    var agent: String
    var customer: String?
    var command: String
    var warnings: String

    package init(_ entry: JournalEntry) {
        recordedAt = entry.recordedAt
        sessionDate = entry.sessionDate.description
        agent = entry.agent
        customer = entry.customer?.rawValue
        command = entry.command
        warnings = WarningList.encode(entry.warnings.map(\.rawValue))
    }

    package func value(_ column: Column) -> SQLValue {
        switch column {
        case .recordedAt: SQLValue(recordedAt)
        case .sessionDate: SQLValue(sessionDate)
        case .agent: SQLValue(agent)
        case .customer: SQLValue(customer)
        case .command: SQLValue(command)
        case .warnings: SQLValue(warnings)
        }
    }

    package init(row: some StoredRow) throws(StoredValue.Invalid) {
        recordedAt = try row.text(Column.recordedAt)
        sessionDate = try row.text(Column.sessionDate)
        agent = try row.text(Column.agent)
        customer = row.optionalText(Column.customer)
        command = try row.text(Column.command)
        warnings = try row.text(Column.warnings)
    }

    package func domain() throws(StoredValue.Invalid) -> JournalEntry {
        JournalEntry(
            recordedAt: recordedAt, sessionDate: try StoredValue.date(sessionDate), agent: agent,
            customer: customer.flatMap(Handle.init), command: command,
            recordedWarnings: try WarningList.decode(warnings).map(RecordedCode.init(rawValue:)))
    }
}

/// A journal entry's warning codes as a JSON array of strings: self-delimiting, and read back
/// whole, codes this version does not know included.
enum WarningList {
    static func encode(_ codes: [String]) -> String {
        var text = "["
        for (index, code) in codes.enumerated() {
            if index > 0 { text += "," }
            text += "\""
            for character in code.unicodeScalars {
                switch character {
                case "\"": text += "\\\""
                case "\\": text += "\\\\"
                case _ where character.value < 0x20: text += String(format: "\\u%04x", character.value)
                default: text.unicodeScalars.append(character)
                }
            }
            text += "\""
        }
        return text + "]"
    }

    static func decode(_ text: String) throws(StoredValue.Invalid) -> [String] {
        if text == "[]" { return [] }
        guard let codes = try? JSONDecoder().decode([String].self, from: Data(text.utf8)) else { throw StoredValue.Invalid() }
        return codes
    }
}

/// A policy figure. The names stored are the store's own, mapped here, so that renaming a setting
/// as staff type it never orphans the figure saved under the old name.
package struct SettingRecord: StoredRecord {
    package static let tableName = "setting"
    package enum Column: Int, StoredColumn {
        case name, value
    }
    package static let key: [Column] = [.name]

    var name: String
    var figure: Int

    package static func storedName(_ name: GuideSettings.Name) -> String {
        switch name {
        case .nearEndDays: "near-end-days"
        case .leadDays: "lead-days"
        case .reassignmentLeadDays: "reassignment-lead-days"
        case .cspCorrectionDays: "csp-correction-days"
        case .cspBackupDays: "csp-backup-days"
        case .cspExpiredDays: "csp-expired-days"
        case .inviteStaleDays: "invite-stale-days"
        case .gdapStaleDays: "gdap-stale-days"
        case .gdapRequestExpiryDays: "gdap-request-expiry-days"
        case .gdapDurationDays: "gdap-duration-days"
        case .gdapExpiringDays: "gdap-expiring-days"
        case .mcaRefundDays: "mca-refund-days"
        case .tenantSubscriptionLimit: "tenant-subscription-limit"
        case .overAssignmentDays: "over-assignment-days"
        case .mosaOnlineCancelSeats: "mosa-online-cancel-seats"
        // Per program since v3-advice-by-program, which moved the former single pair here.
        case .openExpiredDays: "open-expired-days"
        case .openDisabledDays: "open-disabled-days"
        case .mospExpiredDays: "mosp-expired-days"
        case .mospDisabledDays: "mosp-disabled-days"
        case .eaExpiredDays: "ea-expired-days"
        case .eaDisabledDays: "ea-disabled-days"
        case .eaMultiYearExpiredDays: "ea-multi-year-expired-days"
        case .eaMultiYearDisabledDays: "ea-multi-year-disabled-days"
        case .retailExpiredDays: "retail-expired-days"
        case .retailDisabledDays: "retail-disabled-days"
        case .otherExpiredDays: "other-expired-days"
        case .otherDisabledDays: "other-disabled-days"
        }
    }

    static let byStoredName = Dictionary(uniqueKeysWithValues: GuideSettings.Name.allCases.map { (storedName($0), $0) })

    package init(_ name: GuideSettings.Name, figure: Int) {
        self.name = Self.storedName(name)
        self.figure = figure
    }

    package func value(_ column: Column) -> SQLValue {
        switch column {
        case .name: SQLValue(name)
        case .value: SQLValue(figure)
        }
    }

    package init(row: some StoredRow) throws(StoredValue.Invalid) {
        name = try row.text(Column.name)
        figure = try row.int(Column.value)
    }

    /// Every stored figure applied over the defaults; names this version does not know are left.
    package static func settings(_ records: [SettingRecord]) -> GuideSettings {
        var settings = GuideSettings()
        for record in records {
            if let name = byStoredName[record.name] { settings[name] = record.figure }
        }
        return settings
    }
}

/// Who the partner is (`settings partner-tenant`): text, where `setting` holds whole days.
package struct PartnerSettingRecord: StoredRecord {
    package static let tableName = "partnerSetting"
    package enum Column: Int, StoredColumn {
        case name, value
    }
    package static let key: [Column] = [.name]
    package static let partnerTenant = "partner-tenant"
    package static let partnerCurrency = "currency"

    var name: String
    var text: String

    package init(name: String, text: String) {
        self.name = name
        self.text = text
    }

    package func value(_ column: Column) -> SQLValue {
        switch column {
        case .name: SQLValue(name)
        case .value: SQLValue(text)
        }
    }

    package init(row: some StoredRow) throws(StoredValue.Invalid) {
        name = try row.text(Column.name)
        text = try row.text(Column.value)
    }
}

extension StoredValue {
    static func date(_ text: String?) throws(Invalid) -> CalendarDate {
        guard let text, let date = CalendarDate(iso: text) else { throw Invalid() }
        return date
    }
}

extension StoredValue {
    /// A price as the store writes it: the amount as plain decimal text, and its currency (prices
    /// written before currencies were recorded are in US dollars).
    static func money(_ amount: String?, _ currency: String?) throws(Invalid) -> Money? {
        guard let amount else { return nil }
        guard let value = Decimal(plainText: amount) else { throw Invalid() }
        return Money(amount: value, currency: currency ?? "USD")
    }
}

/// A short list in one column: the store's names (or numbers), which never hold a comma, joined
/// by commas. Read without JSON: the portfolio is read whole for most commands.
enum StoredList {
    static func join(_ items: [String]) -> String { items.joined(separator: ",") }

    static func split(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        return text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
}

/// A domain enumeration as the store writes it: under the store's own names, spelled out below,
/// so that renaming a case (or its raw value) in the domain never changes what a database holds
/// or orphans what it held. A new case does not compile until it has its stored name.
protocol StoredEnumeration: CaseIterable {
    var storedName: String { get }
}

extension StoredEnumeration {
    /// The value stored as `name`; any other text was not written by this program.
    static func stored(_ name: String) throws(StoredValue.Invalid) -> Self {
        guard let value = allCases.first(where: { $0.storedName == name }) else { throw StoredValue.Invalid() }
        return value
    }
}

extension Program: StoredEnumeration {
    var storedName: String {
        switch self {
        case .open: "open"
        case .mosp: "mosp"
        case .ea: "ea"
        case .retail: "retail"
        case .other: "other"
        }
    }
}

extension BillingAccount: StoredEnumeration {
    var storedName: String {
        switch self {
        case .mosa: "mosa"
        case .mca: "mca"
        case .unknown: "unknown"
        }
    }
}

extension EATerm: StoredEnumeration {
    var storedName: String {
        switch self {
        case .standard: "standard"
        case .multiYear: "multi-year"
        }
    }
}

extension CSPTerm: StoredEnumeration {
    var storedName: String {
        switch self {
        case .monthly: "monthly"
        case .annual: "annual"
        case .threeYear: "three-year"
        }
    }
}

extension BillingFrequency: StoredEnumeration {
    var storedName: String {
        switch self {
        case .monthly: "monthly"
        case .annual: "annual"
        case .upfront: "upfront"
        }
    }
}

extension GDAPRole: StoredEnumeration {
    var storedName: String {
        switch self {
        case .licenseAdministrator: "License Administrator"
        case .userAdministrator: "User Administrator"
        case .directoryReaders: "Directory Readers"
        case .globalReader: "Global Reader"
        }
    }
}
