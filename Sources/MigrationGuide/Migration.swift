/// The steps of the move as pure changes to a customer's record. Each either returns the changed
/// record or throws, leaving the caller's copy untouched.
public enum GuideError: Error, Hashable, Sendable {
    /// Provisioning needs the reseller relationship first (seed, step 2).
    case notAccepted(Handle, invitedOn: CalendarDate?)
    /// No original or CSP subscription answers to this id or offer.
    case unknownLicense(String, known: [LicenseID])
    /// The offer text names more than one original.
    case ambiguousOffer(String, candidates: [LicenseID])
    /// The original is already cancelled or expired.
    case alreadyEnded(LicenseID, on: CalendarDate)
    /// Assigned users exceed the seats bought.
    case assignedExceedsSeats(assigned: Int, seats: Int)
    /// Cancelling would cost money or service: these findings explain how; `--confirm` overrides.
    case confirmationRequired(Handle, [Finding])
}

extension Customer {
    /// Finds an original by id (`L2`) or by offer: an exact offer name (case and accents ignored)
    /// or a fragment that names exactly one original.
    public func resolveOriginal(_ reference: String) throws(GuideError) -> OriginalSubscription {
        if let id = LicenseID(reference), id.kind == .original {
            guard let original = original(id) else {
                throw .unknownLicense(reference, known: originals.map(\.id))
            }
            return original
        }
        let key = offerKey(reference)
        let exact = originals.filter { offerKey($0.offer) == key }
        if exact.count == 1, let only = exact.first { return only }
        if exact.count > 1 { throw .ambiguousOffer(reference, candidates: exact.map(\.id)) }
        let partial = originals.filter { offerKey($0.offer).contains(key) }
        if partial.count == 1, let only = partial.first { return only }
        if partial.count > 1 { throw .ambiguousOffer(reference, candidates: partial.map(\.id)) }
        throw .unknownLicense(reference, known: originals.map(\.id))
    }

    public mutating func addOriginal(
        offer: String, seats: Int, assigned: Int?, expires: CalendarDate,
        price: Money?, autoRenew: Bool
    ) throws(GuideError) -> OriginalSubscription {
        let assigned = assigned ?? seats
        guard assigned <= seats else { throw .assignedExceedsSeats(assigned: assigned, seats: seats) }
        let original = OriginalSubscription(
            id: nextLicenseID, offer: offer, seats: seats, assigned: assigned, expires: expires,
            pricePerSeatMonth: price, autoRenew: autoRenew)
        originals.append(original)
        return original
    }

    /// Changes the recorded facts of an original; nil leaves a field as it is.
    public mutating func editOriginal(
        _ id: LicenseID, seats: Int?, assigned: Int?, expires: CalendarDate?, price: Money?, autoRenew: Bool?
    ) throws(GuideError) -> OriginalSubscription {
        guard let index = originals.firstIndex(where: { $0.id == id }) else {
            throw .unknownLicense(id.description, known: originals.map(\.id))
        }
        var original = originals[index]
        if let seats { original.seats = seats }
        if let assigned { original.assigned = assigned }
        if let expires { original.expires = expires }
        if let price { original.pricePerSeatMonth = price }
        if let autoRenew { original.autoRenew = autoRenew }
        guard original.assigned <= original.seats else {
            throw .assignedExceedsSeats(assigned: original.assigned, seats: original.seats)
        }
        originals[index] = original
        return original
    }

    /// Step 1: the reseller relationship request is sent. Sending again restarts the wait.
    public mutating func invite(on date: CalendarDate, email: String?) -> Invitation {
        let invitation = Invitation(sentOn: date, email: email ?? adminEmail, acceptedOn: invitation?.acceptedOn)
        self.invitation = invitation
        return invitation
    }

    /// The global admin accepted. A customer created in Partner Center already has the
    /// relationship, so accepting with no recorded invitation is allowed and dates both.
    public mutating func accept(on date: CalendarDate) -> Invitation {
        var invitation = self.invitation ?? Invitation(sentOn: date, email: adminEmail)
        invitation.acceptedOn = date
        self.invitation = invitation
        return invitation
    }

    /// Step 2: a CSP subscription. With no `replaces`, it takes over from the one original of the
    /// same offer, if there is exactly one still without a replacement.
    public mutating func provision(
        offer: String, seats: Int, replaces reference: String?, on date: CalendarDate
    ) throws(GuideError) -> CSPSubscription {
        guard isAccepted else { throw .notAccepted(handle, invitedOn: invitation?.sentOn) }
        var replaces: LicenseID?
        if let reference {
            replaces = try resolveOriginal(reference).id
        } else {
            let sameOffered = originals.filter { sameOffer($0.offer, offer) }
            if sameOffered.count == 1 {
                replaces = sameOffered.first?.id
            } else if sameOffered.count > 1 {
                let uncovered = sameOffered.filter { replacements(of: $0.id).isEmpty }
                guard uncovered.count == 1 else { throw .ambiguousOffer(offer, candidates: sameOffered.map(\.id)) }
                replaces = uncovered.first?.id
            }
        }
        let subscription = CSPSubscription(id: nextCSPID, offer: offer, seats: seats, provisionedOn: date, replaces: replaces)
        cspSubscriptions.append(subscription)
        return subscription
    }

    /// What cancelling would cost, without cancelling: the original it names and the findings
    /// that `cancel` would refuse on. Throws when it cannot be cancelled at all.
    public func cancellationCheck(
        _ reference: String, on date: CalendarDate, guide: Guide
    ) throws(GuideError) -> (OriginalSubscription, risks: [Finding]) {
        let original = try resolveOriginal(reference)
        if original.hasEnded(on: date) {
            throw .alreadyEnded(original.id, on: original.endDate)
        }
        return (original, guide.cancellationRisks(of: original, in: self, on: date))
    }

    /// Step 3 by hand. Refused when it would cost money or service, unless `confirmed`.
    /// Returns the findings that were overridden (empty when none applied).
    public mutating func cancel(
        _ reference: String, on date: CalendarDate, confirmed: Bool, guide: Guide
    ) throws(GuideError) -> (OriginalSubscription, overridden: [Finding]) {
        let (original, risks) = try cancellationCheck(reference, on: date, guide: guide)
        if !risks.isEmpty, !confirmed { throw .confirmationRequired(handle, risks) }
        let early = risks.contains { $0.code == .earlyCancel }
        guard let index = originals.firstIndex(where: { $0.id == original.id }) else {
            throw .unknownLicense(reference, known: originals.map(\.id))
        }
        originals[index].ending = .cancelled(on: date, early: early)
        return (originals[index], risks)
    }

    /// Step 3 the safe way: the original ran to its end.
    public mutating func expire(_ reference: String, on date: CalendarDate) throws(GuideError) -> OriginalSubscription {
        let original = try resolveOriginal(reference)
        if let ending = original.ending {
            switch ending {
            case .cancelled(let on, _), .expired(let on): throw .alreadyEnded(original.id, on: on)
            }
        }
        guard let index = originals.firstIndex(where: { $0.id == original.id }) else {
            throw .unknownLicense(reference, known: originals.map(\.id))
        }
        originals[index].ending = .expired(on: date)
        return originals[index]
    }

    /// Records that users were moved to the new offers: every CSP subscription whose offer differs
    /// from the original it replaces. Returns the ids it marked.
    @discardableResult
    public mutating func recordReassignment(on date: CalendarDate) -> [LicenseID] {
        var marked: [LicenseID] = []
        for index in cspSubscriptions.indices {
            let subscription = cspSubscriptions[index]
            guard subscription.reassignedOn == nil, let replaced = subscription.replaces.flatMap(original),
                  !sameOffer(replaced.offer, subscription.offer) else { continue }
            cspSubscriptions[index].reassignedOn = date
            marked.append(subscription.id)
        }
        return marked
    }
}

extension Guide {
    /// What cancelling `original` on `date` would cost: W-EARLY-CANCEL when it is outside the
    /// near-end window; otherwise W-COVERAGE-GAP when nothing replaces it (a cancelled subscription
    /// skips the Expired stage, so its users lose access that day).
    public func cancellationRisks(of original: OriginalSubscription, in customer: Customer, on date: CalendarDate) -> [Finding] {
        var risks: [Finding] = []
        if let early = earlyCancellation(of: original, in: customer, on: date) {
            // The early-cancellation warning already says when users would lose access.
            risks.append(.earlyCancel(early))
        } else if customer.replacements(of: original.id).isEmpty {
            let deletedOn = date.adding(days: settings.disabledStageDays)
            risks.append(.coverageGap(CoverageGap(
                license: original.id, offer: original.offer, assigned: original.assigned,
                endDate: date, daysLeft: 0, lifecycle: .disabled(dataDeletedOn: deletedOn),
                daysUntilUsersLoseAccess: 0, daysUntilDataDeleted: date.days(until: deletedOn),
                accepted: customer.isAccepted, ifCancelled: true)))
        }
        return risks
    }
}
