/// What a portfolio view (`customer list`, `advise`, `status` of everyone) shows of one customer on
/// one day: everything it needs from the customer's guidance, small enough to keep for every
/// customer and read back instead of judging the whole portfolio again.
public struct CustomerSummary: Hashable, Sendable, Encodable {
    public var stage: MigrationStage
    public var originals: Int
    public var cspSubscriptions: Int
    /// The most urgent warning, if any (information alone is not urgent).
    public var mostUrgent: Finding?
    /// How many warnings there are.
    public var warnings: Int
    public var nextAction: NextAction

    public init(stage: MigrationStage, originals: Int, cspSubscriptions: Int, mostUrgent: Finding?, warnings: Int, nextAction: NextAction) {
        self.stage = stage
        self.originals = originals
        self.cspSubscriptions = cspSubscriptions
        self.mostUrgent = mostUrgent
        self.warnings = warnings
        self.nextAction = nextAction
    }
}

extension Guide {
    /// The customer's summary on `day`: a function of the customer, the day and the settings only.
    public func summary(of customer: Customer, on day: CalendarDate) -> CustomerSummary {
        let guidance = guidance(for: customer, on: day)
        return CustomerSummary(
            stage: guidance.stage, originals: customer.originals.count, cspSubscriptions: customer.cspSubscriptions.count,
            mostUrgent: guidance.findings.first { $0.severity == .warning },
            warnings: guidance.findings.reduce(0) { $0 + ($1.severity == .warning ? 1 : 0) },
            nextAction: guidance.nextAction)
    }
}
