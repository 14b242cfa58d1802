import Foundation

/// The steps of the move as pure changes to a customer's record. Each either returns the changed
/// record or throws, leaving the caller's copy untouched. Dates are checked against `today` (the
/// session's date) and against the events they depend on, so the record stays in order.
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
        let key = comparisonKey(reference)
        let exact = originals.filter { comparisonKey($0.offer) == key }
        if exact.count == 1, let only = exact.first { return only }
        if exact.count > 1 { throw .ambiguousOffer(reference, candidates: exact.map(\.id)) }
        let partial = originals.filter { comparisonKey($0.offer).contains(key) }
        if partial.count == 1, let only = partial.first { return only }
        if partial.count > 1 { throw .ambiguousOffer(reference, candidates: partial.map(\.id)) }
        throw .unknownLicense(reference, known: originals.map(\.id))
    }

    /// A CSP subscription by id (`C2`).
    public func resolveCSP(_ reference: String) throws(GuideError) -> CSPSubscription {
        guard let id = LicenseID(reference), id.kind == .csp, let subscription = cspSubscription(id) else {
            throw .unknownLicense(reference, known: cspSubscriptions.map(\.id))
        }
        return subscription
    }

    /// The currency a price typed without one is in: the customer's own, else that of its other
    /// priced originals. Never the language staff happen to type in.
    public var billingCurrency: String? {
        currency ?? originals.lazy.compactMap(\.pricePerSeatMonth).first?.currency
    }

    /// A price typed for this customer: in the currency given, else the customer's (`billingCurrency`),
    /// else the partner's default; with none of them it is refused rather than guessed.
    public func price(_ amount: Decimal, currency given: String?, partnerDefault: String?) throws(GuideError) -> Money {
        guard let currency = given ?? billingCurrency ?? partnerDefault else { throw .noCurrency(handle) }
        return Money(amount: amount, currency: currency)
    }

    public mutating func addOriginal(
        offer: String, seats: Int, assigned: Int?, expires: CalendarDate,
        price: Money?, autoRenew: Bool?, startedOn: CalendarDate? = nil
    ) throws(GuideError) -> OriginalSubscription {
        let assigned = assigned ?? seats
        guard assigned <= seats else { throw .assignedExceedsSeats(assigned: assigned, seats: seats) }
        if autoRenew == true, !program.hasRecurringBilling { throw .noAutoRenew(program) }
        // Without recurring billing there is nothing to renew: off, not unknown.
        let original = OriginalSubscription(
            id: nextLicenseID, offer: offer, seats: seats, assigned: assigned, expires: expires,
            pricePerSeatMonth: price, autoRenew: program.hasRecurringBilling ? autoRenew : false, startedOn: startedOn)
        originals.append(original)
        return original
    }

    /// An original that a file lists (an import or a backup), checked as `license add` checks one
    /// and, when it has ended, as `expire` and `cancel` date an ending. It keeps its id when that
    /// is free (a backup read back), else takes the next one. Throws, changing nothing, when the
    /// command line would refuse it.
    public mutating func addListedOriginal(_ listed: OriginalSubscription, today: CalendarDate) throws(GuideError) -> OriginalSubscription {
        var customer = self
        var added = try customer.addOriginal(
            offer: listed.offer, seats: listed.seats, assigned: listed.assigned, expires: listed.expires,
            price: listed.pricePerSeatMonth, autoRenew: listed.autoRenew, startedOn: listed.startedOn)
        switch listed.ending {
        case .expired(let on)?:
            if on < listed.expires { throw .endsLater(added.id, expires: listed.expires, on: on) }
            try Self.check(.expired, on: on, today: today)
        case .cancelled(let on, _)?:
            try Self.check(.cancelled, on: on, today: today)
            if !program.allowsMidTermCancellation, on < listed.expires {
                throw .noMidTermCancellation(handle, added.id, offer: listed.offer, program: program, expires: listed.expires)
            }
        case nil:
            break
        }
        if listed.id.kind == .original, original(listed.id) == nil { added.id = listed.id }
        added.ending = listed.ending
        added.externalID = listed.externalID
        customer.originals[customer.originals.count - 1] = added
        self = customer
        return added
    }

    /// Changes the recorded facts of an original; nil leaves a field as it is.
    public mutating func editOriginal(
        _ id: LicenseID, seats: Int?, assigned: Int?, expires: CalendarDate?, price: Money?, autoRenew: Bool?,
        startedOn: CalendarDate? = nil
    ) throws(GuideError) -> OriginalSubscription {
        guard let index = originals.firstIndex(where: { $0.id == id }) else {
            throw .unknownLicense(id.description, known: originals.map(\.id))
        }
        var original = originals[index]
        if let seats { original.seats = seats }
        if let assigned { original.assigned = assigned }
        if let expires { original.expires = expires }
        if let price { original.pricePerSeatMonth = price }
        if let autoRenew {
            if autoRenew, !program.hasRecurringBilling { throw .noAutoRenew(program) }
            original.autoRenew = autoRenew
        }
        if let startedOn { original.startedOn = startedOn }
        guard original.assigned <= original.seats else {
            throw .assignedExceedsSeats(assigned: original.assigned, seats: original.seats)
        }
        originals[index] = original
        return original
    }

    /// Step 1: the reseller relationship request is sent. Sending again restarts the wait.
    public mutating func invite(on date: CalendarDate, email: String?, today: CalendarDate) throws(GuideError) -> Invitation {
        try Self.check(.invited, on: date, today: today)
        if let acceptedOn = invitation?.acceptedOn { throw .alreadyAccepted(handle, on: acceptedOn) }
        let invitation = Invitation(sentOn: date, email: email ?? adminEmail, acceptedOn: invitation?.acceptedOn)
        self.invitation = invitation
        return invitation
    }

    /// The global admin accepted. A customer created in Partner Center already has the
    /// relationship, so accepting with no recorded invitation is allowed and dates both.
    public mutating func accept(on date: CalendarDate, today: CalendarDate) throws(GuideError) -> Invitation {
        try Self.check(.accepted, on: date, today: today)
        if let sentOn = invitation?.sentOn, date < sentOn { throw .outOfOrder(.accepted, on: date, after: .invited, of: sentOn) }
        if let first = cspSubscriptions.compactMap(\.provisionedOn).min(), first < date {
            throw .outOfOrder(.provisioned, on: first, after: .accepted, of: date)
        }
        var invitation = self.invitation ?? Invitation(sentOn: date, email: adminEmail)
        invitation.acceptedOn = date
        self.invitation = invitation
        return invitation
    }

    /// An acceptance that Partner Center's own records show (an import), dated as they say: it is
    /// what happened, not a step staff take today, so it is not checked against the session's day.
    public mutating func acceptImplied(on date: CalendarDate) -> Invitation {
        var invitation = self.invitation ?? Invitation(sentOn: date, email: adminEmail)
        invitation.sentOn = min(invitation.sentOn, date)
        invitation.acceptedOn = date
        self.invitation = invitation
        return invitation
    }

    /// Admin rights: a GDAP relationship requested from the customer's Global Administrator.
    /// Requesting again replaces an earlier request; replacing an accepted relationship that still
    /// runs takes `confirmed`, since the admin rights it gives would wait for a new acceptance.
    public mutating func requestGDAP(roles: [GDAPRole], on date: CalendarDate, today: CalendarDate, confirmed: Bool = false) throws(GuideError) -> GDAPRelationship {
        try Self.check(.gdapRequested, on: date, today: today)
        if !confirmed, let current = gdap, let acceptedOn = current.acceptedOn, current.expiresOn.map({ date < $0 }) ?? true {
            throw .gdapActive(handle, acceptedOn: acceptedOn, until: current.expiresOn)
        }
        let relationship = GDAPRelationship(requestedOn: date, roles: roles.isEmpty ? GDAPRole.forAMove : roles)
        gdap = relationship
        return relationship
    }

    /// The Global Administrator accepted the GDAP request; it lasts until `expires` (default: the
    /// longest Partner Center allows). With no request recorded, it is dated as requested that day.
    public mutating func acceptGDAP(
        on date: CalendarDate, expires: CalendarDate?, today: CalendarDate, settings: GuideSettings
    ) throws(GuideError) -> GDAPRelationship {
        try Self.check(.gdapAccepted, on: date, today: today)
        var relationship = gdap ?? GDAPRelationship(requestedOn: date, roles: GDAPRole.forAMove)
        if date < relationship.requestedOn { throw .outOfOrder(.gdapAccepted, on: date, after: .gdapRequested, of: relationship.requestedOn) }
        let ends = expires ?? date.adding(days: settings.gdapDurationDays)
        if ends <= date { throw .outOfOrder(.gdapAccepted, on: ends, after: .gdapAccepted, of: date) }
        relationship.acceptedOn = date
        relationship.expiresOn = ends
        gdap = relationship
        return relationship
    }

    /// Which originals a new CSP subscription takes over from.
    public enum Replacing: Hashable, Sendable {
        /// Found from the offer: the same offer, or one distinctive word ("visio", "E3").
        case matched
        /// Named by id or offer (`--replaces L1,L2`); several pool their users.
        case named([String])
        /// A new service with no original behind it (`--replaces none`).
        case nothing
    }

    /// What `provision` would record, and what it would cost, without recording it.
    public struct ProvisionOutcome: Hashable, Sendable {
        public var subscription: CSPSubscription
        /// Findings that ask for `--confirm` (W-EARLY-PROVISION).
        public var risks: [Finding]
    }

    /// Step 2: a CSP subscription. Refused before the customer accepted, out of order, or (without
    /// `confirmed`) before the plan's provisioning date, since every day before the original's end
    /// is paid twice.
    public mutating func provision(
        offer typed: String, seats: Int, replacing: Replacing, term: CSPTerm = .annual, billing: BillingFrequency = .monthly,
        price: Money? = nil, on date: CalendarDate, today: CalendarDate, confirmed: Bool, guide: Guide
    ) throws(GuideError) -> ProvisionOutcome {
        try checkPurchase(on: date, today: today)
        // Found from the offer, only originals a replacement may still take over from on that day
        // count (the rule `Guide.mayBeReplaced` gives the guidance and the imports).
        let (offer, replaced) = try replacedOriginals(typed, replacing) { guide.mayBeReplaced($0, in: self, on: date) }
        if let original = replaced.first, Self.isMisspelling(offer, of: original.offer) {
            throw .misspelledOffer(typed, meant: OfferReference(id: original.id, offer: original.offer))
        }
        let subscription = CSPSubscription(
            id: nextCSPID, offer: offer, seats: seats, provisionedOn: date, replaces: replaced.map(\.id),
            term: term, billing: billing, pricePerSeatMonth: price)
        // Seats added to an original that already has a replacement complete a choice already made.
        let risks = replaced.filter { replacements(of: $0.id).isEmpty }.compactMap { original in
            guide.earlyProvision(of: original, by: subscription, in: self).map(Finding.earlyProvision)
        }
        if !risks.isEmpty, !confirmed { throw .confirmationRequired(handle, risks) }
        cspSubscriptions.append(subscription)
        return ProvisionOutcome(subscription: subscription, risks: risks)
    }

    /// A CSP subscription is bought once the customer accepted, and not after today; an unknown
    /// purchase date (`nil`: an export that does not say) only needs the acceptance.
    private func checkPurchase(on date: CalendarDate?, today: CalendarDate) throws(GuideError) {
        guard let acceptedOn = invitation?.acceptedOn else { throw .notAccepted(handle, invitedOn: invitation?.sentOn) }
        guard let date else { return }
        try Self.check(.provisioned, on: date, today: today)
        if date < acceptedOn { throw .outOfOrder(.provisioned, on: date, after: .accepted, of: acceptedOn) }
    }

    /// A CSP subscription that a file lists as bought already (a backup, Partner Center's export,
    /// a Graph answer): checked for the order of its dates and for the originals it names, as
    /// `provision`, `csp cancel` and `reassign` check them, but not weighed for cost, since the
    /// purchase is done. It keeps its id when that is free, else takes the next one. Throws,
    /// changing nothing, when the command line would refuse it.
    public mutating func addListedCSP(_ listed: CSPSubscription, today: CalendarDate) throws(GuideError) -> CSPSubscription {
        try checkPurchase(on: listed.provisionedOn, today: today)
        var found: [OriginalSubscription] = []
        for id in listed.replaces {
            guard let original = original(id) else { throw .unknownLicense(id.description, known: originals.map(\.id)) }
            found.append(original)
        }
        if let first = found.first, found.contains(where: { !sameOffer($0.offer, first.offer) }) {
            throw .mixedOffers(found.map { OfferReference(id: $0.id, offer: $0.offer) })
        }
        if let cancelledOn = listed.cancelledOn {
            try Self.check(.cancelled, on: cancelledOn, today: today)
            if let provisionedOn = listed.provisionedOn, cancelledOn < provisionedOn {
                throw .outOfOrder(.cancelled, on: cancelledOn, after: .provisioned, of: provisionedOn)
            }
        }
        if let reassignedOn = listed.reassignedOn { try Self.check(.reassigned, on: reassignedOn, today: today) }
        var added = listed
        if listed.id.kind != .csp || cspSubscription(listed.id) != nil { added.id = nextCSPID }
        cspSubscriptions.append(added)
        return added
    }

    /// The offer to record and the originals it takes over from.
    private func replacedOriginals(_ typed: String, _ replacing: Replacing, needed: (OriginalSubscription) -> Bool) throws(GuideError) -> (String, [OriginalSubscription]) {
        switch replacing {
        case .nothing:
            return (typed, [])
        case .named(let references):
            var found: [OriginalSubscription] = []
            for reference in references {
                let original = try resolveOriginal(reference)
                if !found.contains(where: { $0.id == original.id }) { found.append(original) }
            }
            if let first = found.first, found.contains(where: { !sameOffer($0.offer, first.offer) }) {
                throw .mixedOffers(found.map { OfferReference(id: $0.id, offer: $0.offer) })
            }
            return (completedOffer(typed, by: found.first), found)
        case .matched:
            let live = originals.filter(needed)
            let uncovered = live.filter { replacements(of: $0.id).isEmpty && $0.ending == nil }
            let same = live.filter { sameOffer($0.offer, typed) }
            let candidates = same.isEmpty ? live.filter { sharesDistinctiveWord(typed, $0.offer) } : same
            if candidates.count == 1, let only = candidates.first { return (completedOffer(typed, by: only), [only]) }
            if candidates.count > 1 {
                let open = candidates.filter { replacements(of: $0.id).isEmpty }
                guard open.count == 1, let only = open.first else {
                    let oneOffer = candidates.allSatisfy { sameOffer($0.offer, candidates[0].offer) }
                    throw oneOffer ? .ambiguousReplacement(typed, candidates: candidates.map(\.id)) : .ambiguousOffer(typed, candidates: candidates.map(\.id))
                }
                return (completedOffer(typed, by: only), [only])
            }
            if !uncovered.isEmpty {
                throw .unmatchedOffer(typed, uncovered: uncovered.map { OfferReference(id: $0.id, offer: $0.offer) })
            }
            return (typed, [])
        }
    }

    /// Every word of `typed` that the offer lacks is a typo of one of its words (`ofice` for
    /// `office`): the offer was meant. Numbers and short codes (`E5` for `E3`) are other offers.
    static func isMisspelling(_ typed: String, of offer: String) -> Bool {
        let offerWordSet = offerWords(offer)
        let extra = offerWords(typed).subtracting(offerWordSet)
        guard !extra.isEmpty else { return false }
        return extra.allSatisfy { word in
            // One typo per four letters, as with mistyped commands and customer names.
            let allowed = min(3, max(1, word.count / 4))
            return word.count >= 4 && word.allSatisfy(\.isLetter)
                && offerWordSet.contains { abs($0.count - word.count) <= allowed && editDistance(word, $0) <= allowed }
        }
    }

    /// "visio" typed for "Visio Plan 2" is the original's offer; "Microsoft 365 E3" for "Office 365
    /// E3" is another offer that replaces it.
    private func completedOffer(_ typed: String, by original: OriginalSubscription?) -> String {
        guard let original else { return typed }
        let words = offerWords(typed)
        return words.isSubset(of: offerWords(original.offer)) ? original.offer : typed
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
        if !program.allowsMidTermCancellation, date < original.expires {
            throw .noMidTermCancellation(handle, original.id, offer: original.offer, program: program, expires: original.expires)
        }
        return (original, guide.cancellationRisks(of: original, in: self, on: date))
    }

    /// Step 3 by hand. Refused when it would cost money or service, unless `confirmed`.
    /// Returns the findings that were overridden (empty when none applied).
    public mutating func cancel(
        _ reference: String, on date: CalendarDate, today: CalendarDate, confirmed: Bool, guide: Guide
    ) throws(GuideError) -> (OriginalSubscription, overridden: [Finding]) {
        try Self.check(.cancelled, on: date, today: today)
        let (original, risks) = try cancellationCheck(reference, on: date, guide: guide)
        if !risks.isEmpty, !confirmed { throw .confirmationRequired(handle, risks) }
        let early = risks.contains { $0.code == .earlyCancel }
        guard let index = originals.firstIndex(where: { $0.id == original.id }) else {
            throw .unknownLicense(reference, known: originals.map(\.id))
        }
        originals[index].ending = .cancelled(on: date, early: early)
        return (originals[index], risks)
    }

    /// Step 3 the safe way: the original ran to its end. Only a natural end: a date before the
    /// end date is a cancellation, and `cancel` weighs what that costs.
    public mutating func expire(_ reference: String, on date: CalendarDate, today: CalendarDate) throws(GuideError) -> OriginalSubscription {
        let original = try resolveOriginal(reference)
        if let ending = original.ending {
            switch ending {
            case .cancelled(let on, _), .expired(let on): throw .alreadyEnded(original.id, on: on)
            }
        }
        if date < original.expires { throw .endsLater(original.id, expires: original.expires, on: date) }
        try Self.check(.expired, on: date, today: today)
        guard let index = originals.firstIndex(where: { $0.id == original.id }) else {
            throw .unknownLicense(reference, known: originals.map(\.id))
        }
        originals[index].ending = .expired(on: date)
        return originals[index]
    }

    /// Records that users were moved to the new offers: every CSP subscription whose offer differs
    /// from an original it replaces. Returns the ids it marked.
    @discardableResult
    public mutating func recordReassignment(on date: CalendarDate) -> [LicenseID] {
        var marked: [LicenseID] = []
        for index in cspSubscriptions.indices {
            let subscription = cspSubscriptions[index]
            guard subscription.reassignedOn == nil,
                  subscription.replaces.compactMap(original).contains(where: { !sameOffer($0.offer, subscription.offer) })
            else { continue }
            cspSubscriptions[index].reassignedOn = date
            marked.append(subscription.id)
        }
        return marked
    }

    /// A CSP subscription cancelled in Partner Center inside its correction window: refunded, but
    /// it goes straight to Deleted, so its users lose access that day. Refused after the window;
    /// without `confirmed`, refused with the warning.
    public mutating func cancelCSP(
        _ reference: String, on date: CalendarDate, today: CalendarDate, confirmed: Bool, guide: Guide
    ) throws(GuideError) -> (CSPSubscription, overridden: [Finding]) {
        let subscription = try resolveCSP(reference)
        if let cancelledOn = subscription.cancelledOn { throw .alreadyEnded(subscription.id, on: cancelledOn) }
        try Self.check(.cancelled, on: date, today: today)
        // Whether the window is still open depends on the purchase date: record it first.
        guard let provisionedOn = subscription.provisionedOn else { throw .purchaseDateUnknown(handle, subscription.id) }
        if date < provisionedOn { throw .outOfOrder(.cancelled, on: date, after: .provisioned, of: provisionedOn) }
        let closesOn = provisionedOn.adding(days: guide.settings.cspCorrectionDays)
        guard date < closesOn else { throw .correctionWindowClosed(subscription.id, closedOn: closesOn) }
        let risk = Finding.cspCancel(CSPCancellation(
            subscription: subscription.id, offer: subscription.offer, seats: subscription.seats, on: date,
            backupDays: guide.settings.cspBackupDays, dataDeletedOn: date.adding(days: guide.settings.cspBackupDays)))
        if !confirmed { throw .confirmationRequired(handle, [risk]) }
        guard let index = cspSubscriptions.firstIndex(where: { $0.id == subscription.id }) else {
            throw .unknownLicense(reference, known: cspSubscriptions.map(\.id))
        }
        cspSubscriptions[index].cancelledOn = date
        return (cspSubscriptions[index], [risk])
    }

    /// Corrects a CSP record typed by mistake (seats, offer, the originals it replaces, its
    /// purchase date, which dates the acceptance back when it came first). Unlike `cancelCSP` this
    /// changes nothing in Partner Center.
    public mutating func editCSP(
        _ reference: String, seats: Int?, offer: String?, replaces: [String]?, provisionedOn: CalendarDate? = nil, today: CalendarDate? = nil
    ) throws(GuideError) -> CSPSubscription {
        var subscription = try resolveCSP(reference)
        var customer = self
        if let provisionedOn {
            if let today { try Self.check(.provisioned, on: provisionedOn, today: today) }
            if let cancelledOn = subscription.cancelledOn, cancelledOn < provisionedOn {
                throw .outOfOrder(.cancelled, on: cancelledOn, after: .provisioned, of: provisionedOn)
            }
            // The purchase date looked up in Partner Center: it sells only after the acceptance,
            // so an acceptance recorded later (often the day an export was read) came earlier.
            if let acceptedOn = invitation?.acceptedOn, provisionedOn < acceptedOn { _ = customer.acceptImplied(on: provisionedOn) }
            subscription.provisionedOn = provisionedOn
        }
        if let seats { subscription.seats = seats }
        if let offer { subscription.offer = offer }
        if let replaces {
            let (_, found) = try replacedOriginals(subscription.offer, replaces.isEmpty ? .nothing : .named(replaces)) { _ in true }
            subscription.replaces = found.map(\.id)
        }
        guard let index = customer.cspSubscriptions.firstIndex(where: { $0.id == subscription.id }) else {
            throw .unknownLicense(reference, known: cspSubscriptions.map(\.id))
        }
        customer.cspSubscriptions[index] = subscription
        self = customer
        return subscription
    }

    /// Removes a CSP record entered by mistake.
    public mutating func removeCSP(_ reference: String) throws(GuideError) -> CSPSubscription {
        let subscription = try resolveCSP(reference)
        cspSubscriptions.removeAll { $0.id == subscription.id }
        return subscription
    }

    /// An event is recorded once it happened: never after today.
    static func check(_ event: Event, on date: CalendarDate, today: CalendarDate) throws(GuideError) {
        if today < date { throw .dateInFuture(event, on: date, today: today) }
    }
}

/// The words of an offer name that set it apart: "Visio Plan 2" → visio, 2; "Office 365 E3" → e3.
public func distinctiveOfferWords(_ offer: String) -> Set<String> {
    offerWords(offer).subtracting(genericOfferWords)
}

public func offerWords(_ offer: String) -> Set<String> {
    let folded = caseAndAccentFolded(offer)
    // Folded offers are nearly always ASCII: split on bytes, without Unicode property lookups
    // for every character (offers are compared on every `provision`).
    if folded.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(folded) }
    return Set(folded.split { !($0.isLetter || $0.isNumber) }.map(String.init))
}

/// The runs of ASCII letters and digits in `text` (itself ASCII), as `offerWords` splits them.
func asciiWords(_ text: String) -> Set<String> {
    var words = Set<String>()
    var word: [UInt8] = []
    for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            word.append(byte)
        default:
            if !word.isEmpty { words.insert(String(decoding: word, as: UTF8.self)) }
            word.removeAll(keepingCapacity: true)
        }
    }
    if !word.isEmpty { words.insert(String(decoding: word, as: UTF8.self)) }
    return words
}

/// Words shared by most offer names, which set none apart.
public let genericOfferWords: Set<String> = ["microsoft", "office", "365", "m365", "o365", "plan", "plano", "for", "de", "the", "and", "e"]

func sharesDistinctiveWord(_ typed: String, _ offer: String) -> Bool {
    !distinctiveOfferWords(typed).isDisjoint(with: distinctiveOfferWords(offer))
}
