import MigrationGuide

/// How Partner Center's exports become records, as pure changes.
enum PartnerCenterImport {
    /// Customers.csv: each row is a customer, found by its Microsoft ID, else by its domain, else
    /// added under a handle made from its domain. A reseller relationship records the invitation
    /// as accepted (on the session's date when none was recorded).
    static func apply(_ rows: [PartnerCenterCustomer], to existing: [Customer], today: CalendarDate) -> (changed: [Customer], added: [Customer], lines: [ImportLine]) {
        var byHandle = Dictionary(uniqueKeysWithValues: existing.map { ($0.handle, $0) })
        var taken = Set(byHandle.keys)
        var added: [Handle] = []
        var changed: [Handle] = []
        var lines: [ImportLine] = []
        for row in rows {
            let found = existing.first { $0.tenantID == row.microsoftID }
                ?? existing.first { $0.tenantID == nil && row.domain != nil && $0.domain == row.domain }
            var line = ImportLine(.unchanged, customer: nil, subject: .customer, name: row.name, place: row.place)
            var customer: Customer
            if let found, let current = byHandle[found.handle] {
                customer = current
                if customer.tenantID != row.microsoftID {
                    line.changes.append(FieldChange(field: .tenant, from: customer.tenantID ?? "", to: row.microsoftID))
                    customer.tenantID = row.microsoftID
                }
                if customer.domain == nil, let domain = row.domain {
                    line.changes.append(FieldChange(field: .domain, from: "", to: domain))
                    customer.domain = domain
                }
            } else if let twin = byHandle.values.sorted(by: { $0.handle.description < $1.handle.description })
                .first(where: { $0.tenantID == nil && sameCompany($0.name, row.name) }) {
                // Recorded by hand or from a spreadsheet under another domain: adding it again would
                // split the case over two handles, so it waits until staff say which it is.
                let handle = uniqueHandle(from: row.domain ?? row.name, taken: taken)
                line.outcome = .skipped
                line.skipped = .probableDuplicate(
                    twin.handle,
                    link: row.domain.map { CustomerEdit.domainLine(twin.handle, $0) },
                    add: CustomerAdd.line(handle, name: row.name, domain: row.domain))
                lines.append(line)
                continue
            } else {
                let handle = uniqueHandle(from: row.domain ?? row.name, taken: taken)
                taken.insert(handle)
                customer = Customer(handle: handle, name: row.name, domain: row.domain, tenantID: row.microsoftID)
                line.outcome = .new
                added.append(handle)
            }
            if row.isReseller, !customer.isAccepted {
                _ = customer.acceptImplied(on: today)
                line.changes.append(FieldChange(field: .accepted, from: "", to: today.description))
            }
            if line.outcome != .new, !line.changes.isEmpty {
                line.outcome = .changed
                if !changed.contains(customer.handle) { changed.append(customer.handle) }
            }
            line.customer = customer.handle
            byHandle[customer.handle] = customer
            lines.append(line)
        }
        return (changed.compactMap { byHandle[$0] }, added.compactMap { byHandle[$0] }, lines)
    }

    /// A customer's subscriptions export: CSP subscriptions, each paired with the original of its
    /// offer when exactly one awaits a replacement (as `guide` rules it).
    static func apply(_ rows: [PartnerCenterSubscription], to start: Customer, guide: Guide, today: CalendarDate) -> (Customer, [ImportLine], refused: [ImportProblem]) {
        var customer = start
        var lines: [ImportLine] = []
        var refused: [ImportProblem] = []
        var matched = Set<LicenseID>()
        let acceptedBy = CSPRecording.acceptedBy(rows.filter { !$0.isGone && $0.quantity > 0 }.map(\.started), today: today)
        for row in rows {
            var line = ImportLine(.skipped, customer: customer.handle, subject: .csp(nil), name: row.offer, place: row.place)
            line.seats = row.quantity
            if row.isGone {
                line.skipped = .gone(status: row.status ?? "")
            } else if row.quantity == 0 {
                line.skipped = .noSeats
            } else {
                if row.started == nil { line.notes.append(.provisionedDateUnknown) }
                do {
                    line = try CSPRecording.record(externalIDs: [row.id], offer: row.offer, seats: row.quantity, provisionedOn: row.started, guide: guide,
                                                   today: today, line: line, acceptedBy: acceptedBy, customer: &customer, matched: &matched)
                } catch {
                    refused.append(ImportProblem(row.place, .guide(error)))
                }
                if line.outcome != .new { line.notes.removeAll { $0 == .provisionedDateUnknown } }
            }
            lines.append(line)
        }
        return (customer, lines, refused)
    }

    /// Words that only say what kind of company it is, left out when comparing names.
    static let companySuffixes: Set<String> = ["ltda", "ltd", "sa", "s a", "s/a", "me", "eireli", "epp", "inc", "llc", "corp", "co", "gmbh", "plc", "limited", "company"]

    /// The same company name apart from case, accents, punctuation and the company suffix
    /// ("Padaria São João Ltda" and "padaria sao joao").
    static func sameCompany(_ one: String, _ other: String) -> Bool {
        let words = { (name: String) -> [String] in
            var words = caseAndAccentFolded(name).split { !($0.isLetter || $0.isNumber) }.map(String.init)
            while let last = words.last, words.count > 1, companySuffixes.contains(last) { words.removeLast() }
            // "S.A." splits into "s" and "a".
            if words.count > 2, words.suffix(2) == ["s", "a"] { words.removeLast(2) }
            return words
        }
        let folded = words(one)
        return !folded.isEmpty && folded == words(other)
    }

    /// A handle from a domain's first label (`padaria-sao-joao.com.br` → `padaria-sao-joao`) or a
    /// name: folded to lowercase ASCII, other characters as `-`, made unique with `-2`, `-3`...
    static func uniqueHandle(from text: String, taken: Set<Handle>) -> Handle {
        let label = text.contains(".") && !text.contains(" ") ? String(text.split(separator: ".").first ?? "") : text
        var slug = ""
        for character in caseAndAccentFolded(label) {
            if character.isASCII, character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        slug = String(slug.prefix(36))
        while slug.last == "-" { slug.removeLast() }
        if Handle(slug) == nil { slug = "customer" }
        var number = 1
        while true {
            // Always a valid handle: lowercase ASCII letters, digits and inner `-`, at most 40 long.
            if let handle = Handle(number == 1 ? slug : "\(slug)-\(number)"), !taken.contains(handle) { return handle }
            number += 1
        }
    }
}
