import MigrationGuide
import MigrationStore

extension Session {
    /// Other agents' changes to the team store heard since the last call, one item each, for the
    /// shell to show before its next prompt. Hearing any also reloads the guide's settings, which
    /// a colleague may have changed; the store itself already dropped its stale portfolio.
    public func changesByOthers() -> Reply {
        guard let shared = store as? any SharedPortfolioStore,
              let entries = try? shared.changesByOthers(), !entries.isEmpty else { return Reply() }
        if let settings = try? store.loadSettings() { guide = Guide(settings: settings) }
        return Reply(entries.map(ReplyItem.colleagueChanged))
    }
}
