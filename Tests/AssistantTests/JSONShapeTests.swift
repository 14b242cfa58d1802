@testable import Assistant
import Foundation
import MigrationGuide
import Testing

/// `--json` promises `{"kind": …, figures by name}` for every value with cases (README, FlatCases):
/// never Swift's own `{"case": {"_0": …}}` or `{"case": {}}`.
@Suite("JSON replies keep the documented shape")
struct JSONShapeTests {
    /// Commands giving most kinds of reply, and every question of the question table (each way
    /// of being unsure among them).
    static let lines = QuestionTests.table.map(\.0) + [
        "advise contoso", "advise --all", "status contoso", "timeline contoso", "timeline", "license list contoso",
        "cancel contoso L1 --dry-run", "plan contoso", "gdap show contoso", "log contoso", "customer list",
        "settings", "explain W-EARLY-CANCEL", "steps", "help", "bogus", "status nobody", "what's next for fabrikam?", "and contosso?",
    ]

    /// The paths of keys `_0`, `_1`… and of single-key objects holding `{}` (a case without figures).
    static func swiftShapes(in value: Any, at path: String = "") -> [String] {
        if let array = value as? [Any] {
            return array.enumerated().flatMap { swiftShapes(in: $1, at: "\(path)[\($0)]") }
        }
        guard let object = value as? [String: Any] else { return [] }
        var found = object.keys.filter { $0.hasPrefix("_") && Int($0.dropFirst()) != nil }.map { "\(path).\($0)" }
        if object.count == 1, let (key, inner) = object.first, (inner as? [String: Any])?.isEmpty == true { found.append("\(path).\(key)") }
        return found + object.flatMap { swiftShapes(in: $1, at: "\(path).\($0)") }
    }

    @Test("no reply's JSON has Swift's case shape, in either language", arguments: Language.allCases)
    func flat(language: Language) throws {
        let session = try makeSession(language: language, setup: QuestionTests.portfolio)
        for line in Self.lines {
            let json = JSONRenderer(language: language).render(session.execute(line), command: line)
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
            #expect(Self.swiftShapes(in: object).isEmpty, "\(line): \(json)")
        }
    }

    @Test("the walk finds Swift's case shapes")
    func walkFindsThem() throws {
        let object = try JSONSerialization.jsonObject(with: Data(#"{"reason":{"misspelledCustomer":{"_0":"contosso"}},"a":[{"noCustomer":{}}]}"#.utf8))
        #expect(Set(Self.swiftShapes(in: object)) == [".reason.misspelledCustomer._0", ".a[0].noCustomer"])
    }
}
