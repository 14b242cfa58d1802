@testable import Assistant
import MigrationGuide
import MigrationStore
import Testing

/// Every command, with every kind of bad value its declaration accepts, built from the same
/// declarations the parser uses: each must fail with the matching code and change nothing.
@Suite("Bad arguments for every command")
struct BadArgumentTableTests {
    /// A valid word for each kind of positional argument or flag value.
    static func valid(_ kind: ValueKind) -> String {
        switch kind {
        case .handle: "contoso"
        case .newHandle: "newco"
        case .offer: "\"Office 365 E3\""
        case .license: "L1"
        case .date: "2026-12-01"
        case .count: "5"
        case .amount: "10"
        case .currency: "BRL"
        case .text, .file: "value.csv"
        case .email: "admin@example.com"
        case .topic: "invite"
        case .command: "cancel"
        case .language: "en"
        case .format: "text"
        case .setting: "near-end-days"
        case .program: "open"
        case .onOff: "off"
        case .choice: "annual"
        }
    }

    /// Bad values for a kind, with the code each must produce.
    static func bad(_ kind: ValueKind) -> [(String, MessageCode)] {
        switch kind {
        // (Zero is valid for some counts, such as --assigned; the parser tests cover each range.)
        case .count: [("abc", .badNumber), ("99999999999999999999", .badNumber), ("-5", .badNumber)]
        case .date: [("2027-13-01", .badDate), ("0000-00-00", .badDate), ("2027-02-30", .badDate), ("tomorrow", .badDate)]
        case .amount: [("-1", .badNumber), ("1e5", .badNumber), ("10000000", .badNumber)]
        case .currency: [("REAIS", .badValue)]
        case .onOff: [("maybe", .badValue)]
        case .program: [("csp", .badValue)]
        case .email: [("nobody", .badValue), ("a\u{1B}[2J@x.com", .badValue)]
        case .text, .offer: [("\"a\u{1B}]0;pwned\u{07}b\"", .badValue), ("\"" + String(repeating: "x", count: 201) + "\"", .badValue)]
        case .license: [("L99", .unknownLicense)]
        case .handle, .newHandle, .topic, .command, .language, .format, .setting, .file, .choice: []
        }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var line: String
        var code: MessageCode
        var testDescription: String { "\(line.prefix(80)) → \(code.rawValue)" }
    }

    static let cases: [Case] = {
        var cases: [Case] = []
        for spec in CommandCatalogue.standard.specs where spec.name != "quit" {
            let positionals = spec.arguments.filter { $0.requirement != .optional || !spec.flags.isEmpty }.map { valid($0.kind) }
            let required = spec.flags.filter(\.required)
            func line(replacing flag: FlagSpec?, with value: String?) -> String {
                var words = spec.path + positionals
                for other in required where other.name != flag?.name {
                    words += [other.name, valid(other.value ?? .text)]
                }
                if let flag, let value { words += [flag.name, value] }
                return words.joined(separator: " ")
            }
            for flag in spec.flags {
                guard let kind = flag.value else { continue }
                for (value, code) in bad(kind) {
                    cases.append(Case(line: line(replacing: flag, with: value), code: code))
                }
            }
            cases.append(Case(line: line(replacing: nil, with: nil) + " --no-such-flag", code: .usage))
            // `FILE...` takes every word left; the others refuse words beyond their arguments.
            if spec.arguments.last?.requirement != .oneOrMore {
                cases.append(Case(line: line(replacing: nil, with: nil) + " extra words here", code: .usage))
            }
        }
        return cases
    }()

    @Test("each fails with its code and leaves the store as it was", arguments: cases)
    func refused(example: Case) throws {
        let session = try makeSession(setup: SessionTests.contoso + ["accept contoso"])
        let before = try SessionTests.Snapshot(session.store)
        let today = session.today, language = session.language, selected = session.selected
        let reply = session.execute(example.line)
        guard case .error(let error) = reply.items.first else {
            Issue.record("accepted: \(example.line)")
            return
        }
        #expect(error.code == example.code, "\(example.line)")
        #expect(try SessionTests.Snapshot(session.store) == before)
        #expect(session.today == today && session.language == language && session.selected == selected)
    }

    @Test("the table has a bad value for every flag that takes one, and an unknown flag for every command")
    func coverage() {
        for spec in CommandCatalogue.standard.specs where spec.name != "quit" {
            let lines = Self.cases.map(\.line).filter { $0.hasPrefix(spec.name + " ") }
            #expect(lines.contains { $0.hasSuffix("--no-such-flag") }, "\(spec.name)")
            for flag in spec.flags where flag.value != nil && !Self.bad(flag.value ?? .text).isEmpty {
                #expect(lines.contains { $0.contains(flag.name + " ") }, "\(spec.name) \(flag.name)")
            }
        }
    }
}
