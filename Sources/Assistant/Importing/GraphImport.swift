import MigrationGuide

/// How Graph's answers become one customer's records, as a pure change of its record:
/// - each `directory/subscriptions` entry is an original (or, when the partner's own tenant created
///   it, a CSP subscription already provisioned), named from its SKU code, with `totalLicenses`
///   seats and its end date from `nextLifecycleDateTime` and `status`;
/// - `subscribedSkus` gives the users (`consumedUnits`, shared out over the originals of the SKU),
///   and alone it updates the seats and users of originals already recorded;
/// - trials, free SKUs and deleted or locked-out subscriptions are skipped, saying why.
/// Matched on re-import by Graph's subscription id, so a newer answer updates what changed.
public struct GraphImport: Sendable {
    public var catalogue: SKUCatalogue
    /// The partner's own tenant (`settings partner-tenant`): what it created is already CSP.
    public var partnerTenant: String?
    public var settings: GuideSettings
    public var today: CalendarDate

    public init(catalogue: SKUCatalogue = .builtIn, partnerTenant: String?, settings: GuideSettings, today: CalendarDate) {
        self.catalogue = catalogue
        self.partnerTenant = partnerTenant?.lowercased()
        self.settings = settings
        self.today = today
    }

    /// The SKU or subscription entries that repeat an earlier one (same id), as problems.
    public static func duplicates(in answer: GraphAnswer) -> [ImportProblem] {
        var problems: [ImportProblem] = []
        var skus: [String: ImportPlace] = [:]
        for sku in answer.skus {
            let key = sku.skuId ?? sku.partNumber.uppercased()
            if let first = skus[key] { problems.append(ImportProblem(sku.place, .importing(.duplicateEntry(first: first)))) } else { skus[key] = sku.place }
        }
        var subscriptions: [String: ImportPlace] = [:]
        for subscription in answer.subscriptions {
            guard let id = subscription.id else { continue }
            if let first = subscriptions[id] { problems.append(ImportProblem(subscription.place, .importing(.duplicateEntry(first: first)))) } else { subscriptions[id] = subscription.place }
        }
        return problems
    }

    /// The customer's record with the answer applied, a line per entry, and the entries that the
    /// command line would refuse (an out-of-order date, ...), each with its reason: any of those
    /// and the import records nothing.
    public func apply(_ answer: GraphAnswer, to start: Customer) -> (Customer, [ImportLine], refused: [ImportProblem]) {
        var customer = start
        var lines: [ImportLine] = []
        var refused: [ImportProblem] = []
        // Users per SKU, shared out over the originals of that SKU in the order Graph lists them.
        var usersLeft: [String: Int] = [:]
        for sku in answer.skus { usersLeft[sku.partNumber.uppercased(), default: 0] += sku.consumedUnits }
        let knowsUsers = !answer.skus.isEmpty
        var touched = Set<LicenseID>()
        var matchedCSP = Set<LicenseID>()
        let acceptedBy = CSPRecording.acceptedBy(answer.subscriptions.filter { $0.ownerTenantId != nil && $0.ownerTenantId == partnerTenant }.map(\.created), today: today)

        for subscription in answer.subscriptions {
            let (offer, known) = catalogue.offer(for: subscription.partNumber)
            let code = subscription.partNumber.uppercased()
            var line = ImportLine(.skipped, customer: customer.handle, subject: .original(nil), name: offer, place: subscription.place)
            line.seats = subscription.totalLicenses
            if !known { line.notes.append(.unknownSKU(subscription.partNumber)) }
            let status = subscription.status?.lowercased() ?? "enabled"
            if subscription.isTrial {
                line.skipped = .trial
            } else if SKUCatalogue.isFree(code) {
                line.skipped = .free
            } else if status == "deleted" || status == "lockedout" {
                line.skipped = .gone(status: subscription.status ?? "")
            } else if subscription.totalLicenses == 0 {
                line.skipped = .noSeats
            } else if let owner = subscription.ownerTenantId, owner == partnerTenant {
                line = csp(subscription, offer: offer, line: line, acceptedBy: acceptedBy, customer: &customer, matched: &matchedCSP, refused: &refused)
            } else if let next = subscription.nextLifecycle {
                var expires = next
                if status == "warning" || status == "suspended" {
                    let stages = settings.stages(for: customer)
                    let workedBack = next.adding(days: -stages.expiredDays - (status == "suspended" ? stages.disabledDays : 0))
                    line.notes.append(.endWorkedBack(stage: subscription.status ?? "", nextLifecycle: next.description))
                    expires = Self.end(workedBack, fitting: status, stages: stages, today: today)
                    if expires != workedBack { line.notes.append(.endFitsStatus(stage: subscription.status ?? "", ends: expires.description)) }
                }
                if let owner = subscription.ownerTenantId, owner != customer.tenantID {
                    line.notes.append(customer.tenantID == nil ? .unknownOwner(tenant: owner) : .otherPartner(tenant: owner))
                }
                var users: Int?
                if knowsUsers, let left = usersLeft[code] {
                    users = min(left, subscription.totalLicenses)
                    usersLeft[code] = left - (users ?? 0)
                } else {
                    line.notes.append(.usersUnknown)
                }
                line = original(subscription.id, offer: offer, seats: subscription.totalLicenses, users: users, expires: expires,
                                line: line, customer: &customer, touched: &touched, refused: &refused)
            } else {
                line.skipped = .noEndDate
            }
            lines.append(line)
        }
        if answer.subscriptions.isEmpty {
            for sku in answer.skus { lines.append(pooled(sku, customer: &customer)) }
        }
        return (customer, lines, refused)
    }

    /// The end date moved, when needed, so that the stage it gives today is the one Graph reports:
    /// the worked-back date assumes the program's stage lengths, while the status is what Microsoft
    /// sees now. Suspended: users have already lost access (ended at least the Expired stage ago).
    /// Warning: the term has ended and users still have access.
    static func end(_ workedBack: CalendarDate, fitting status: String, stages: StageLengths, today: CalendarDate) -> CalendarDate {
        switch status {
        case "suspended": min(workedBack, today.adding(days: -stages.expiredDays))
        case "warning": max(min(workedBack, today), today.adding(days: 1 - stages.expiredDays))
        default: workedBack
        }
    }

    /// An original, new or matched with one recorded (by Graph's id, else by offer and end date,
    /// else the one original of the offer not yet matched).
    private func original(
        _ id: String?, offer: String, seats: Int, users: Int?, expires: CalendarDate, line start: ImportLine,
        customer: inout Customer, touched: inout Set<LicenseID>, refused: inout [ImportProblem]
    ) -> ImportLine {
        var line = start
        line.users = users
        line.ends = expires
        let candidates = customer.originals.filter { !touched.contains($0.id) }
        let match = candidates.first { id != nil && $0.externalID == id }
            ?? candidates.first { $0.externalID == nil && sameOffer($0.offer, offer) && $0.expires == expires }
            ?? {
                let open = candidates.filter { $0.externalID == nil && sameOffer($0.offer, offer) && $0.ending == nil }
                return open.count == 1 ? open.first : nil
            }()
        guard let match, let index = customer.originals.firstIndex(where: { $0.id == match.id }) else {
            let listed = OriginalSubscription(id: customer.nextLicenseID, offer: offer, seats: seats, assigned: users ?? seats, expires: expires, autoRenew: nil, externalID: id)
            do {
                let added = try customer.addListedOriginal(listed, today: today)
                touched.insert(added.id)
                line.outcome = .new
                line.subject = .original(added.id)
            } catch {
                refused.append(ImportProblem(start.place, .guide(error)))
            }
            line.users = users ?? seats
            return line
        }
        touched.insert(match.id)
        var updated = match
        updated.externalID = id ?? match.externalID
        updated.seats = seats
        updated.expires = expires
        updated.assigned = min(users ?? match.assigned, seats)
        line.changes = changes(from: match, to: updated)
        line.subject = .original(match.id)
        line.users = updated.assigned
        line.outcome = line.changes.isEmpty ? .unchanged : .changed
        customer.originals[index] = updated
        return line
    }

    private func changes(from old: OriginalSubscription, to new: OriginalSubscription) -> [FieldChange] {
        var changes: [FieldChange] = []
        if old.seats != new.seats { changes.append(FieldChange(field: .seats, from: "\(old.seats)", to: "\(new.seats)")) }
        if old.assigned != new.assigned { changes.append(FieldChange(field: .users, from: "\(old.assigned)", to: "\(new.assigned)")) }
        if old.expires != new.expires { changes.append(FieldChange(field: .ends, from: old.expires.description, to: new.expires.description)) }
        return changes
    }

    /// A subscription the partner's own tenant created: already provisioned through CSP.
    private func csp(
        _ subscription: GraphSubscription, offer: String, line start: ImportLine, acceptedBy: CalendarDate, customer: inout Customer, matched: inout Set<LicenseID>,
        refused: inout [ImportProblem]
    ) -> ImportLine {
        var line = start
        line.subject = .csp(nil)
        line.ends = nil
        if subscription.created == nil { line.notes.append(.provisionedDateUnknown) }
        do {
            // Partner Center knows a CSP subscription by its commerce id: kept when Graph gives it, so either import finds the other's.
            line = try CSPRecording.record(externalIDs: [subscription.commerceID, subscription.id].compactMap { $0 }, offer: offer, seats: subscription.totalLicenses, provisionedOn: subscription.created, guide: Guide(settings: settings),
                                           today: today, line: line, acceptedBy: acceptedBy, customer: &customer, matched: &matched)
        } catch {
            refused.append(ImportProblem(start.place, .guide(error)))
        }
        if line.outcome != .new { line.notes.removeAll { $0 == .provisionedDateUnknown } }
        return line
    }

    /// `subscribedSkus` alone: seats and users of the one original of the offer already recorded.
    private func pooled(_ sku: GraphSKU, customer: inout Customer) -> ImportLine {
        let (offer, known) = catalogue.offer(for: sku.partNumber)
        var line = ImportLine(.skipped, customer: customer.handle, subject: .original(nil), name: offer, place: sku.place)
        if !known { line.notes.append(.unknownSKU(sku.partNumber)) }
        let seats = sku.enabled + sku.warning
        line.seats = seats
        line.users = min(sku.consumedUnits, seats)
        let status = sku.capabilityStatus?.lowercased() ?? "enabled"
        if SKUCatalogue.isFree(sku.partNumber) {
            line.skipped = .free
            return line
        }
        if status == "deleted" || status == "lockedout" {
            line.skipped = .gone(status: sku.capabilityStatus ?? "")
            return line
        }
        guard seats > 0 else {
            line.skipped = .noSeats
            return line
        }
        let open = customer.originals.filter { sameOffer($0.offer, offer) && $0.ending == nil }
        guard open.count == 1, let match = open.first, let index = customer.originals.firstIndex(where: { $0.id == match.id }) else {
            line.skipped = open.isEmpty ? .noEndDate : .ambiguous(open.map(\.id))
            return line
        }
        var updated = match
        updated.seats = seats
        updated.assigned = min(sku.consumedUnits, seats)
        line.subject = .original(match.id)
        line.ends = match.expires
        line.changes = changes(from: match, to: updated)
        line.outcome = line.changes.isEmpty ? .unchanged : .changed
        customer.originals[index] = updated
        return line
    }
}

/// Recording a CSP subscription found in an export or a Graph answer: matched by Microsoft's id,
/// else paired with the one original that awaits a replacement of its offer, as the guide rules
/// (`Guide.originalsAwaitingReplacement(by:in:on:)`). A new one goes through
/// the customer's own checks (`Customer.addListedCSP`), which may refuse it as the command line would.
enum CSPRecording {
    /// When a customer with no acceptance recorded must have accepted, given the purchase dates a
    /// file lists: by the first of them, and by today at the latest.
    static func acceptedBy(_ purchases: [CalendarDate?], today: CalendarDate) -> CalendarDate {
        min(purchases.compactMap { $0 }.min() ?? today, today)
    }

    /// `externalIDs`: the ids the file gives it, the one to keep first; a recorded subscription
    /// whose id is any of them is this one.
    static func record(
        externalIDs: [String], offer: String, seats: Int, provisionedOn: CalendarDate?, guide: Guide, today: CalendarDate, line start: ImportLine,
        acceptedBy: CalendarDate, customer: inout Customer, matched: inout Set<LicenseID>
    ) throws(GuideError) -> ImportLine {
        var line = start
        line.seats = seats
        let open = customer.cspSubscriptions.indices.filter { !matched.contains(customer.cspSubscriptions[$0].id) }
        let wanted = Set(externalIDs.map { $0.lowercased() })
        let recordedIndex = open.first { customer.cspSubscriptions[$0].externalID.map { wanted.contains($0.lowercased()) } ?? false }
            ?? open.first { customer.cspSubscriptions[$0].externalID == nil && sameOffer(customer.cspSubscriptions[$0].offer, offer) && (provisionedOn == nil || customer.cspSubscriptions[$0].provisionedOn == provisionedOn) }
        if let index = recordedIndex {
            let recorded = customer.cspSubscriptions[index]
            matched.insert(recorded.id)
            line.subject = .csp(recorded.id)
            if recorded.seats != seats {
                line.changes.append(FieldChange(field: .seats, from: "\(recorded.seats)", to: "\(seats)"))
                customer.cspSubscriptions[index].seats = seats
            }
            if recorded.provisionedOn == nil, let provisionedOn {
                line.changes.append(FieldChange(field: .provisioned, from: "", to: provisionedOn.description))
                customer.cspSubscriptions[index].provisionedOn = provisionedOn
            }
            line.outcome = line.changes.isEmpty ? .unchanged : .changed
            return line
        }
        // No id matched, yet the same offer with the same seats is recorded: most likely the same
        // subscription recorded by hand or from another source, so say so before it is recorded twice.
        if let twin = open.map({ customer.cspSubscriptions[$0] }).first(where: { $0.cancelledOn == nil && sameOffer($0.offer, offer) && $0.seats == seats }) {
            line.notes.append(.probableDuplicate(twin.id))
        }
        var changed = customer
        if !changed.isAccepted {
            // Accepted no later than the file's first purchase; with no purchase date, by today at the latest.
            _ = changed.acceptImplied(on: acceptedBy)
            line.notes.append(.relationshipImplied)
        }
        if let provisionedOn, provisionedOn <= today, let acceptedOn = changed.invitation?.acceptedOn, provisionedOn < acceptedOn {
            // Partner Center sells to a customer only once it accepted: Microsoft's purchase date
            // shows that the acceptance recorded (often only the day an export was read) came earlier.
            _ = changed.acceptImplied(on: provisionedOn)
            line.changes.append(FieldChange(field: .accepted, from: acceptedOn.description, to: provisionedOn.description))
        }
        // Judged on the purchase date, as `provision` is: an original live then was what it
        // replaced, even if nobody used it and its data is gone by today.
        let candidates = guide.originalsAwaitingReplacement(by: offer, in: changed, on: provisionedOn ?? today)
        let replaces = candidates.count == 1 ? candidates.first : nil
        let subscription = try changed.addListedCSP(
            CSPSubscription(id: changed.nextCSPID, offer: offer, seats: seats, provisionedOn: provisionedOn, replaces: replaces.map { [$0] } ?? [], externalID: externalIDs.first),
            today: today)
        customer = changed
        matched.insert(subscription.id)
        line.subject = .csp(subscription.id)
        line.outcome = .new
        if let replaces {
            line.changes.append(FieldChange(field: .replaces, from: "", to: replaces.description))
        } else {
            line.notes.append(.unpaired(candidates: candidates, link: candidates.first.map { CspEdit.line(customer.handle, subscription.id).with(CspEdit.replaces, $0.description) }))
        }
        return line
    }
}
