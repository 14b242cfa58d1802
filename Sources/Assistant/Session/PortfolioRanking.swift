import MigrationGuide

/// The order in which a shift should work through its customers.
enum PortfolioRanking {
    /// Customers with warnings first, most urgent first; then those with something to do; then the
    /// ones waiting or complete. Ties by handle, so the order never depends on storage.
    static func ranked(_ rows: [PortfolioRow]) -> [PortfolioRow] {
        rows.sorted { lhs, rhs in
            let left = key(lhs), right = key(rhs)
            if left.0 != right.0 { return left.0 < right.0 }
            if left.1 != right.1 { return left.1 < right.1 }
            return lhs.handle < rhs.handle
        }
    }

    private static func key(_ row: PortfolioRow) -> (Int, Int) {
        if let finding = row.mostUrgent {
            return (finding.urgency.rank, finding.urgency.daysLeft)
        }
        switch row.nextAction {
        case .invite, .provision, .addSeats, .getAdminRights, .reassign, .turnOffAutoRenew, .recordOriginals: return (20, 0)
        case .retire(_, _, let daysLeft, _, _, _): return (21, daysLeft)
        case .awaitAcceptance(_, let pending, _): return (22, -pending)
        // By the plan's latest day: the one that can wait least comes first.
        case .waitToProvision(_, _, _, let latest, _): return (23, latest.daysSinceEpoch)
        case .waitForWindow(_, let opensOn, _, _): return (23, opensOn.daysSinceEpoch)
        case .complete: return (30, 0)
        }
    }
}
