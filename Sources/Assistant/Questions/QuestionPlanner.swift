import MigrationGuide

/// What to do with a reading: run one read-only command, or say what was understood and offer
/// commands to choose from. Pure: the session's selection and portfolio are given.
enum QuestionPlan: Sendable, Equatable {
    /// Run this read-only command; it answers `Intent`.
    case run(String, Intent)
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

struct QuestionPlanner {
    /// Customers to offer when a question names none, most urgent first; asked only then.
    var mostUrgent: () -> [Handle]

    static let maximumSuggestions = 3

    func plan(_ reading: Reading, selected: Handle?) -> QuestionPlan {
        guard let intent = reading.intent else {
            let customer = reading.customers.count == 1 ? reading.customers.first?.handle : nil
            let suggestions = customer.map { ["advise \($0)", "status \($0)", "license list \($0)"] } ?? ["advise", "steps", "help"]
            return .unsure(UnsureReply(reason: .noIntent(customer: customer), suggestions: suggestions))
        }
        if reading.customers.count > 1 {
            let handles = reading.customers.map(\.handle)
            let suggestions = handles.prefix(Self.maximumSuggestions).map { command(for: intent, handle: $0, reading: reading) }
            return .unsure(UnsureReply(reason: .severalCustomers(handles), suggestions: suggestions))
        }
        if reading.customers.isEmpty, let guess = reading.misspelledCustomer {
            let suggestions = guess.candidates.map { command(for: intent, handle: $0, reading: reading) }
            return .unsure(UnsureReply(reason: .misspelledCustomer(guess.word, closest: guess.candidates), suggestions: suggestions))
        }
        let handle = reading.customers.first?.handle ?? selected
        switch intent {
        // "Is contoso urgent?", or a follow-up naming one customer: that customer's advice.
        case .attention: return .run(reading.customers.first.map { "advise \($0.handle)" } ?? "advise --all", intent)
        case .steps: return .run("steps", intent)
        case .help: return .run("help", intent)
        case .customers: return .run("customer list", intent)
        case .explainTopic:
            // The reader only picks this intent with a topic; without one there is nothing to explain.
            guard let topic = reading.topic else { return .unsure(UnsureReply(reason: .noIntent(customer: handle), suggestions: ["steps", "help explain", "help"])) }
            return .run("explain \(topic.name)", intent)
        case .nextStep: return .run(handle.map { "advise \($0)" } ?? "advise", intent)
        case .standing: return .run(handle.map { "status \($0)" } ?? "status", intent)
        case .history: return .run(handle.map { "log \($0)" } ?? "log", intent)
        case .reassignment: return .run(handle.map { "reassign \($0)" } ?? "explain reassignment", intent)
        case .inviteHow: return .run(handle.map { "invite \($0) --dry-run" } ?? "explain invite", intent)
        case .endDate:
            guard let handle else { return askForCustomer(intent, reading: reading) }
            return .run("license list \(handle)", intent)
        case .cancelCheck:
            guard let handle else { return askForCustomer(intent, reading: reading) }
            switch reading.original {
            case .one: return .run(command(for: intent, handle: handle, reading: reading), intent)
            case .none: return .unsure(UnsureReply(reason: .noOriginal(handle), suggestions: ["license list \(handle)", "status \(handle)"]))
            case .several(let ids):
                let suggestions = ids.prefix(Self.maximumSuggestions).map { cancelCheck(handle, $0, on: reading.date) }
                return .unsure(UnsureReply(reason: .severalOriginals(handle, ids), suggestions: suggestions))
            }
        }
    }

    /// Who did you mean? The same command for the customers most in need of attention.
    private func askForCustomer(_ intent: Intent, reading: Reading) -> QuestionPlan {
        let suggestions = mostUrgent().prefix(Self.maximumSuggestions).map { command(for: intent, handle: $0, reading: reading) }
        return .unsure(UnsureReply(reason: .noCustomer, suggestions: suggestions.isEmpty ? ["customer list", "help customer"] : suggestions))
    }

    /// The command answering `intent` for one customer.
    private func command(for intent: Intent, handle: Handle, reading: Reading) -> String {
        switch intent {
        case .nextStep, .attention, .steps, .help, .customers, .explainTopic: "advise \(handle)"
        case .standing: "status \(handle)"
        case .history: "log \(handle)"
        case .reassignment: "reassign \(handle)"
        case .inviteHow: "invite \(handle) --dry-run"
        case .endDate: "license list \(handle)"
        case .cancelCheck:
            if case .one(let original) = reading.original, reading.customers.first?.handle == handle || reading.customers.isEmpty {
                cancelCheck(handle, original.id, on: reading.date)
            } else {
                "license list \(handle)"
            }
        }
    }

    private func cancelCheck(_ handle: Handle, _ license: LicenseID, on date: CalendarDate?) -> String {
        "cancel \(handle) \(license) --dry-run" + (date.map { " --on \($0)" } ?? "")
    }
}
