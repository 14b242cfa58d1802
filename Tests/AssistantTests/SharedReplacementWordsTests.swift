import Foundation
@testable import Assistant
import MigrationGuide
import Testing

/// One CSP subscription for two originals: the notes and warnings of each say how many of its
/// seats they count and whose users the others are for, in both languages.
@Suite("The words of a CSP subscription shared by several originals")
struct SharedReplacementWordsTests {
    /// Today 2026-11-28: L1 (10 users) ends 2027-01-09, L2 (5 users) 2027-03-09; C1 has 15 seats at $22.
    static let setup = [
        "customer add a --name Acme --program open --currency USD",
        #"license add a "Office 365 E3" --seats 10 --expires 2027-01-09 --price 20"#,
        #"license add a "Office 365 E3" --seats 5 --expires 2027-03-09 --price 20"#,
        "accept a",
    ]

    @Test("W-EARLY-PROVISION and I-OVERLAP name each original's share and the original the rest is for", arguments: Language.allCases)
    func shares(_ language: Language) throws {
        let session = try makeSession(language: language, setup: Self.setup)
        let early = text(session, #"provision a "Office 365 E3" --seats 15 --replaces L1,L2 --price 22 --dry-run"#)
        let (l1, l2) = language == .en
            ? ("$303.78 for 10 of the 15 CSP seats (the other seats are for the users of L2,", "$365.26 for 5 of the 15 CSP seats (the other seats are for the users of L1,")
            : ("US$ 303,78 por 10 das 15 licenças CSP (as demais licenças são dos usuários de L2,", "US$ 365,26 por 5 das 15 licenças CSP (as demais licenças são dos usuários de L1,")
        let flat = early.split(whereSeparator: \.isNewline).joined(separator: " ")
        #expect(flat.contains(l1) && flat.contains(l2), "\(early)")
        _ = text(session, #"provision a "Office 365 E3" --seats 15 --replaces L1,L2 --price 22 --confirm"#)
        let advice = text(session, "advise a").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(advice.contains(l1) && advice.contains(l2), "\(advice)")
    }
}
