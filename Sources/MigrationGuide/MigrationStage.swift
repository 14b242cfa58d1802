/// The four steps of the move (seed): invite, provision, retire the originals, carry on.
public enum MigrationStage: Int, CaseIterable, Sendable, Codable, Comparable {
    /// Step 1: the reseller relationship is not accepted yet.
    case invite = 1
    /// Step 2: accepted; some original still has no CSP subscription to take over.
    case provision = 2
    /// Step 3: every original is covered; some are still running and must expire or be cancelled.
    case retire = 3
    /// Step 4: the originals are gone and the customer carries on in CSP.
    case complete = 4

    public static func < (lhs: MigrationStage, rhs: MigrationStage) -> Bool { lhs.rawValue < rhs.rawValue }
}
