import Foundation
@testable import MigrationGuide
@testable import MigrationStore
import PropertyBased
import Testing

/// A customer's summary as the store keeps it: packed bytes that read back to the very same
/// summary, for anything the guide can say; bytes it cannot read throw, and the customer is then
/// judged again.
@Suite("Packed summaries")
struct SummaryCodingTests {
    static let day = CalendarDate(iso: "2026-11-29") ?? CalendarDate(daysSinceEpoch: 0)

    /// Packs and reads back; also compares the text of both, which tells decimals with the same
    /// value but other digits apart (`12.50` and `12.5` are equal).
    static func roundTrip(_ summary: CustomerSummary) throws -> Bool {
        let bytes = summary.packed()
        let back = try bytes.withUnsafeBytes { try CustomerSummary(packed: $0) }
        return back == summary && String(describing: back) == String(describing: summary)
    }

    static func unpack(_ bytes: [UInt8]) throws -> CustomerSummary {
        try bytes.withUnsafeBytes { try CustomerSummary(packed: $0) }
    }

    /// Every finding code (warnings and information; errors are refusals, not findings).
    static let findingCodes = Set(MessageCode.allCases.filter { $0.severity != .error })
    /// Every next action's kind.
    static let nextActionKinds: Set<String> = [
        "invite", "await-acceptance", "follow-up-invitation", "record-originals", "wait-to-provision", "provision", "add-seats",
        "get-admin-rights", "reassign", "turn-off-auto-renew", "check-renewal", "retire", "wait-for-window", "complete", "nothing-to-move", "let-unused-end",
        "cancel-unused",
    ]

    /// Thousands of random customers, each judged on several days around its dates.
    static func randomSummaries() -> [CustomerSummary] {
        var customers = RandomCustomers(seed: 2026_11_29, around: day)
        let guide = Guide()
        var summaries: [CustomerSummary] = []
        for index in 0..<3_000 {
            let customer = customers.customer(index)
            for offset in [-400, -120, -30, -1, 0, 1, 30, 90, 200, 420] {
                summaries.append(guide.summary(of: customer, on: day.adding(days: offset)))
            }
        }
        return summaries
    }

    @Test("the summaries of thousands of random customers on many days read back the same")
    func randomRoundTrip() throws {
        var codes: Set<MessageCode> = [], kinds: Set<String> = []
        var failures = 0
        for summary in Self.randomSummaries() {
            if let finding = summary.mostUrgent { codes.insert(finding.code) }
            kinds.insert(summary.nextAction.kind)
            if try !Self.roundTrip(summary) {
                failures += 1
                if failures <= 3 { Issue.record("\(summary) does not read back the same") }
            }
        }
        #expect(failures == 0)
        // The hand-built values below cover what the generator never reaches; together, every case.
        let handBuilt = HandBuiltSummaries.all
        #expect(codes.union(handBuilt.compactMap(\.mostUrgent?.code)) == Self.findingCodes)
        #expect(kinds.union(handBuilt.map(\.nextAction.kind)) == Self.nextActionKinds)
        // Most of it comes from the guide itself, not from hand-built values.
        #expect(codes.count >= 12, "finding codes reached: \(codes.map(\.rawValue).sorted())")
        #expect(kinds.count >= 11, "next actions reached: \(kinds.sorted())")
    }

    @Test("every finding and next action, with every nested case, optionals present and absent, reads back the same")
    func everyCase() throws {
        for summary in HandBuiltSummaries.all {
            #expect(try Self.roundTrip(summary), "\(summary)")
        }
    }

    @Test("amounts keep their digits, up to Foundation's 38")
    func decimals() throws {
        for text in ["0", "12.50", "12.5", "0.0001", "123456789012345678901234567890.12345678", "-3.25", "18446744073709551616"] {
            let amount = try #require(Decimal(string: text))
            var summary = HandBuiltSummaries.base
            summary.mostUrgent = .currencyMismatch(CurrencyMismatch(original: HandBuiltSummaries.L1, offer: "E3", price: Money(amount: amount, currency: "EUR"), customerCurrency: "BRL"))
            #expect(try Self.roundTrip(summary), "\(text)")
        }
    }

    @Test("no bytes, another format, truncated bytes and extra bytes throw")
    func unreadableBytes() throws {
        #expect(throws: PackedSummaryError.empty) { try Self.unpack([]) }
        for summary in HandBuiltSummaries.all {
            var bytes = summary.packed()
            #expect(bytes.first == CustomerSummary.packedFormat)
            for length in 1..<bytes.count {
                #expect(throws: PackedSummaryError.self, "\(length) of \(bytes.count) bytes") { try Self.unpack(Array(bytes.prefix(length))) }
            }
            #expect(throws: PackedSummaryError.self) { try Self.unpack(bytes + [0]) }
            bytes[0] = CustomerSummary.packedFormat &+ 1
            #expect(throws: PackedSummaryError.otherVersion(CustomerSummary.packedFormat &+ 1)) { try Self.unpack(bytes) }
            bytes[0] = 0
            #expect(throws: PackedSummaryError.otherVersion(0)) { try Self.unpack(bytes) }
        }
        // A stage, counts or a case that does not exist.
        for garbage: [UInt8] in [[CustomerSummary.packedFormat, 0xFF], [CustomerSummary.packedFormat] + Array(repeating: 0xFF, count: 40),
                                 [CustomerSummary.packedFormat, 9, 0, 0, 0, 0, 0]] {
            #expect(throws: PackedSummaryError.self, "\(garbage)") { try Self.unpack(garbage) }
        }
    }

    @Test("random bytes never crash the reader")
    func randomBytes() {
        var generator = Xoshiro(seed: (2026, 11, 29, 9))
        let samples = HandBuiltSummaries.all.map { $0.packed() }
        for round in 0..<20_000 {
            // Random bytes, and real summaries with one byte changed.
            var bytes = samples[round % samples.count]
            if round % 2 == 0 {
                bytes = [CustomerSummary.packedFormat] + (0..<Int.random(in: 0...60, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            } else {
                bytes[Int.random(in: 1..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            _ = try? Self.unpack(bytes)
        }
    }

    @Test("the flat JSON of findings, next actions and their nested cases reads back the same")
    func jsonRoundTrip() throws {
        let encoder = JSONEncoder(), decoder = JSONDecoder()
        for summary in HandBuiltSummaries.all + Self.randomSummaries().prefix(3_000) {
            let action = try decoder.decode(NextAction.self, from: encoder.encode(summary.nextAction))
            #expect(action == summary.nextAction)
            if let finding = summary.mostUrgent {
                #expect(try decoder.decode(Finding.self, from: encoder.encode(finding)) == finding)
            }
        }
        for ending in [OriginalSubscription.Ending.cancelled(on: Self.day, early: true), .cancelled(on: Self.day, early: false), .expired(on: Self.day)] {
            #expect(try decoder.decode(OriginalSubscription.Ending.self, from: encoder.encode(ending)) == ending)
        }
        // The leaves with their own text: a date, a license id, a handle, an amount.
        let leaves = HandBuiltSummaries.Leaves(date: Self.day, license: LicenseID(kind: .csp, number: 12), handle: Handle("fabrikam-br"),
                                               money: Money(amount: Decimal(string: "1234.5678") ?? 0, currency: "BRL"))
        #expect(try decoder.decode(HandBuiltSummaries.Leaves.self, from: encoder.encode(leaves)) == leaves)
    }

    @Test("JSON that names no known case, or a finding with the wrong severity, is refused")
    func unknownJSON() {
        let decoder = JSONDecoder()
        #expect(throws: DecodingError.self) { try decoder.decode(NextAction.self, from: Data(#"{"kind": "fly"}"#.utf8)) }
        #expect(throws: DecodingError.self) { try decoder.decode(NextAction.self, from: Data(#"{"kind": "reassign", "users": 3}"#.utf8)) }
        #expect(throws: DecodingError.self) { try decoder.decode(Finding.self, from: Data(#"{"code": "E-BAD-DATE", "severity": "error"}"#.utf8)) }
        #expect(throws: DecodingError.self) {
            try decoder.decode(Finding.self, from: Data(#"{"code": "W-GDAP-EXPIRING", "severity": "info", "expiresOn": "2027-01-01", "daysLeft": 3}"#.utf8))
        }
    }

    /// An enum whose table of cases forgot one: what a case added to an enum and not to its table
    /// would be.
    enum Partial: Equatable, Sendable, PackedByCases {
        case listed, forgotten
        static let cases: [PackedCase<Partial>] = [PackedCase(.listed)]
    }

    @Test("a value whose case is missing from its table is refused when read, never read out of place")
    func caseMissingFromItsTable() throws {
        var writer = PackWriter()
        [Partial.forgotten, .listed].pack(into: &writer)
        // What follows could be read as a case: without the refusal the array would read as two.
        0.pack(into: &writer)
        writer.bytes.withUnsafeBytes { bytes in
            var reader = PackReader(bytes)
            #expect(throws: UnpackError.self) { try [Partial](unpacking: &reader) }
        }
        var listed = PackWriter()
        [Partial.listed].pack(into: &listed)
        let read = try listed.bytes.withUnsafeBytes { bytes in
            var reader = PackReader(bytes)
            return try [Partial](unpacking: &reader)
        }
        #expect(read == [.listed])
    }
}
