import Foundation
@testable import Assistant
import MigrationGuide
import MigrationStore
import StoreTestSupport
import Testing

/// Two people on one database (one SQLite file opened by two shells, or the PostgreSQL team
/// store): changing one setting must not put back a stale value of another.
@Suite("Settings shared by two sessions")
struct SharedSettingsTests {
    enum Kind: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case sqlite, postgres
        static var available: [Kind] { TeamDatabase.server == nil ? [.sqlite] : [.sqlite, .postgres] }
        var testDescription: String { rawValue }
    }

    @Test("a colleague's newer setting survives my change of another", arguments: Kind.available)
    func colleaguesSettingSurvives(kind: Kind) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("settings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let team = kind == .postgres ? try TeamDatabase(owner: "settings") : nil
        func open() throws -> Session {
            let store: any PortfolioStore = if let team {
                try PostgresStore(conninfo: team.conninfo)
            } else {
                try SQLiteStore(path: folder.appendingPathComponent("state.sqlite").path)
            }
            return try Session(store: store, today: CalendarDate(iso: "2026-11-28") ?? CalendarDate(daysSinceEpoch: 0), agent: "tester")
        }
        let first = try open()
        let second = try open()
        #expect(!first.execute("settings near-end-days 45").isFailure)
        #expect(!second.execute("settings invite-stale-days 10").isFailure)
        let fresh = try open()
        #expect(fresh.guide.settings[.nearEndDays] == 45)
        #expect(fresh.guide.settings[.inviteStaleDays] == 10)
        #expect(text(second, "settings near-end-days").contains("45"))
    }

    @Test("a setting another session changes on the same file takes effect in my next command, without my reading it")
    func colleaguesSettingTakesEffect() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("settings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func open() throws -> Session {
            try Session(store: try SQLiteStore(path: folder.appendingPathComponent("state.sqlite").path),
                        today: CalendarDate(iso: "2026-11-28") ?? CalendarDate(daysSinceEpoch: 0), agent: "tester")
        }
        let mine = try open()
        #expect(!mine.execute("customer add blue --name \"Blue Yonder\" --program open").isFailure)
        #expect(!mine.execute("license add blue \"Office 365 E3\" --seats 40 --expires 2027-01-04").isFailure)
        // 37 days left: not yet near its end at the default 30 days.
        #expect(!text(mine, "advise blue").contains("W-COVERAGE-GAP"))
        #expect(!text(mine, "advise").contains("W-COVERAGE-GAP"))
        #expect(!(try open()).execute("settings near-end-days 60").isFailure)
        #expect(mine.guide.settings[.nearEndDays] == 30)
        #expect(text(mine, "advise blue").contains("W-COVERAGE-GAP"))
        #expect(mine.guide.settings[.nearEndDays] == 60)
        #expect(text(mine, "advise").contains("W-COVERAGE-GAP"))
        // Nobody else changed anything since: nothing is read again, and my own change holds.
        #expect(!mine.execute("settings near-end-days 20").isFailure)
        #expect(!text(mine, "customer list").contains("W-COVERAGE-GAP"))
    }
}
