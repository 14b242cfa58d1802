import MigrationGuide

/// What to do with a reading: run one read-only command, or say what was understood and offer
/// commands to choose from. Pure: the session's selection and portfolio are given.
enum QuestionPlan: Sendable, Equatable {
    /// Run this read-only command; it answers `Intent`. `change`: the command that records what the
    /// question asks to do, which a question never does itself; the answer names it.
    case run(SuggestedCommand, Intent, change: SuggestedCommand? = nil)
    case unsure(UnsureReply)
}

/// The assistant could not tell what was meant; `suggestions` are complete commands, at most three.
public struct UnsureReply: Sendable, Equatable, Encodable {
    public enum Reason: Sendable, Equatable, Encodable {
        /// No question it knows; `customer` when at least a customer was recognised.
        case noIntent(customer: Handle?)
        /// The words fit several customers.
        case severalCustomers([Handle])
        /// No customer has this name; these come close.
        case misspelledCustomer(String, closest: [Handle])
        /// The question is about one customer, but none was named or selected.
        case noCustomer
        /// The question is about one original, and the customer has several.
        case severalOriginals(Handle, [LicenseID])
        /// The question is about an original, and the customer has none.
        case noOriginal(Handle)
    }

    public var reason: Reason
    public var suggestions: [String]
}

extension UnsureReply.Reason: FlatCases {
    public var kind: String {
        switch self {
        case .noIntent: "no-intent"
        case .severalCustomers: "several-customers"
        case .misspelledCustomer: "misspelled-customer"
        case .noCustomer: "no-customer"
        case .severalOriginals: "several-originals"
        case .noOriginal: "no-original"
        }
    }

    public var fields: [(String, (any Encodable)?)] {
        switch self {
        case .noIntent(let customer): [("customer", customer)]
        case .severalCustomers(let customers): [("customers", customers)]
        case .misspelledCustomer(let word, let closest): [("word", word), ("closest", closest)]
        case .noCustomer: []
        case .severalOriginals(let customer, let originals): [("customer", customer), ("originals", originals)]
        case .noOriginal(let customer): [("customer", customer)]
        }
    }

    public func encode(to encoder: any Encoder) throws { try encodeFlat(to: encoder) }
}

struct QuestionPlanner {
    /// Customers to offer when a question names none, most urgent first; asked only then.
    var mostUrgent: () -> [Handle]

    static let maximumSuggestions = 3

    func plan(_ reading: Reading, selected: Handle?) -> QuestionPlan {
        guard let intent = reading.intent else {
            let customer = reading.customers.count == 1 ? reading.customers.first : nil
            let suggestions = customer.map { [Advise.line($0), Status.line($0), LicenseList.line($0)] } ?? [Advise.line(Handle?.none), SuggestedCommand(Steps.self), Help.line(String?.none)]
            return .unsure(UnsureReply(reason: .noIntent(customer: customer), suggestions: suggestions.map(\.description)))
        }
        if reading.customers.count > 1 {
            let handles = reading.customers
            let suggestions = handles.prefix(Self.maximumSuggestions).map { command(for: intent, handle: $0, reading: reading).description }
            return .unsure(UnsureReply(reason: .severalCustomers(handles), suggestions: suggestions))
        }
        if reading.customers.isEmpty, let guess = reading.misspelledCustomer {
            let suggestions = guess.candidates.map { command(for: intent, handle: $0, reading: reading).description }
            return .unsure(UnsureReply(reason: .misspelledCustomer(guess.word, closest: guess.candidates), suggestions: suggestions))
        }
        let handle = reading.customers.first ?? selected
        switch intent {
        // "Is contoso urgent?", or a follow-up naming one customer: that customer's advice.
        case .attention: return .run(Advise.line(reading.customers.first, all: reading.customers.isEmpty), intent)
        case .steps: return .run(SuggestedCommand(Steps.self), intent)
        case .help: return .run(Help.line(String?.none), intent)
        case .customers: return .run(SuggestedCommand(CustomerList.self), intent)
        case .explainTopic:
            // The reader only picks this intent with a topic; without one there is nothing to explain.
            guard let topic = reading.topic else {
                let suggestions = [SuggestedCommand(Steps.self), Help.line(Explain.spec.name), Help.line(String?.none)]
                return .unsure(UnsureReply(reason: .noIntent(customer: handle), suggestions: suggestions.map(\.description)))
            }
            return .run(Explain.line(topic), intent)
        case .nextStep: return .run(Advise.line(handle), intent)
        case .standing: return .run(Status.line(handle), intent)
        case .history: return .run(Log.line(handle), intent)
        case .timeline: return .run(ShowTimeline.line(handle), intent)
        case .adminRights: return .run(handle.map { GdapShow.line($0) } ?? Explain.line(.gdap), intent)
        case .reassignment: return .run(handle.map { Reassign.line($0) } ?? Explain.line(.reassignment), intent)
        case .inviteHow: return .run(handle.map { Invite.line($0).with(CommonKeys.dryRun) } ?? Explain.line(.invite), intent)
        case .endDate:
            guard let handle else { return askForCustomer(intent, reading: reading) }
            return .run(LicenseList.line(handle), intent)
        // "What happens to its users after the end?": the customer's stages drawn with their dates.
        case .lifecycle: return .run(handle.map { ShowTimeline.line($0) } ?? Explain.line(.expiry), intent)
        case .renewToCSP: return .run(Explain.line(.enterpriseAgreement), intent)
        case .removeCustomer:
            guard let handle else { return askForCustomer(intent, reading: reading) }
            // "Delete L3": an original, not the customer. Removing the customer would take every
            // original and its history with it, so it is never offered for an original; its
            // record can be corrected instead.
            if reading.originalNamed, case .one(let original) = reading.original {
                let suggestions = [LicenseEdit.line(handle, original.id), LicenseList.line(handle), Help.line(LicenseEdit.spec.path.first)]
                return .unsure(UnsureReply(reason: .noIntent(customer: handle), suggestions: suggestions.map(\.description)))
            }
            return .run(command(for: intent, handle: handle, reading: reading), intent)
        case .autoRenewOff:
            guard let handle, case .one(let original) = reading.original else { return .run(Explain.line(.code(.autoRenew)), intent) }
            return .run(Explain.line(.code(.autoRenew)), intent, change: LicenseEdit.autoRenewLine(handle, original.id, on: false))
        case .endingIn:
            let named = reading.customers.first
            guard let period = reading.period else {
                // "What ends soon?": a customer's originals, or the portfolio's coming deadlines.
                return .run(named.map { LicenseList.line($0) } ?? ShowTimeline.line(nil), intent)
            }
            // Across the portfolio unless a customer is named; `--all` says so when one is selected.
            return .run(LicenseList.ending(period, customer: named, all: named == nil && selected != nil), intent)
        case .cancelCheck, .provisionCheck:
            guard let handle else { return askForCustomer(intent, reading: reading) }
            switch reading.original {
            case .one: return .run(command(for: intent, handle: handle, reading: reading), intent)
            case .none: return .unsure(UnsureReply(reason: .noOriginal(handle), suggestions: [LicenseList.line(handle).description, Status.line(handle).description]))
            case .several(let ids):
                let suggestions = intent == .provisionCheck
                    ? [Plan.line(handle).description, LicenseList.line(handle).description]
                    : ids.prefix(Self.maximumSuggestions).map { cancelCheck(handle, $0, on: reading.date).description }
                return .unsure(UnsureReply(reason: .severalOriginals(handle, ids), suggestions: suggestions))
            }
        }
    }

    /// Who did you mean? The same command for the customers most in need of attention.
    private func askForCustomer(_ intent: Intent, reading: Reading) -> QuestionPlan {
        var suggestions = mostUrgent().prefix(Self.maximumSuggestions).map { command(for: intent, handle: $0, reading: reading) }
        if suggestions.isEmpty { suggestions = [SuggestedCommand(CustomerList.self), Help.line(CustomerAdd.spec.path.first)] }
        return .unsure(UnsureReply(reason: .noCustomer, suggestions: suggestions.map(\.description)))
    }

    /// The command answering `intent` for one customer.
    private func command(for intent: Intent, handle: Handle, reading: Reading) -> SuggestedCommand {
        switch intent {
        case .nextStep, .attention, .steps, .help, .customers, .explainTopic: Advise.line(handle)
        case .standing: Status.line(handle)
        case .history: Log.line(handle)
        case .timeline: ShowTimeline.line(handle)
        case .adminRights: GdapShow.line(handle)
        case .reassignment: Reassign.line(handle)
        case .inviteHow: Invite.line(handle).with(CommonKeys.dryRun)
        case .endDate: LicenseList.line(handle)
        case .endingIn: reading.period.map { LicenseList.ending($0, customer: handle, all: false) } ?? LicenseList.line(handle)
        case .lifecycle: ShowTimeline.line(handle)
        case .renewToCSP: Explain.line(.enterpriseAgreement)
        case .removeCustomer: CustomerRemove.line(handle, force: false).with(CommonKeys.dryRun)
        case .autoRenewOff: Explain.line(.code(.autoRenew))
        case .provisionCheck:
            if case .one(let original) = reading.original, reading.customers.first == handle || reading.customers.isEmpty {
                Provision.line(handle, offer: original.offer, seats: max(original.assigned, 1), replaces: original.id).with(CommonKeys.dryRun)
            } else {
                Plan.line(handle)
            }
        case .cancelCheck:
            if case .one(let original) = reading.original, reading.customers.first == handle || reading.customers.isEmpty {
                cancelCheck(handle, original.id, on: reading.date)
            } else {
                LicenseList.line(handle)
            }
        }
    }

    private func cancelCheck(_ handle: Handle, _ license: LicenseID, on date: CalendarDate?) -> SuggestedCommand {
        Cancel.line(handle, license).with(CommonKeys.dryRun).with(CommonKeys.on, date?.description)
    }
}
