@testable import Assistant
import PropertyBased
import Testing

@Suite("Random questions")
struct RandomQuestionTests {
    /// Words questions use, names, ids, dates and a little noise, in both languages.
    static let words: [String] = {
        let lexicon = Lexicon.standard
        let vocabulary = lexicon.words.values.flatMap { $0 }.sorted()
        return vocabulary + ["contoso", "Contoso", "Fabrikam", "Soluções", "toys", "Tailspin's", "E3", "visio", "L1", "L2", "L9",
                             "march", "15", "de", "março", "2027-03-15", "31/02", "next", "month", "em", "10", "dias", "?", "'",
                             "W-EARLY-CANCEL", "--confirm", "cancel", "invite", "customer", "remove", "--force", "\u{202E}", "é"]
    }()

    @Test("no sequence of words changes the store, unless it is a command that does")
    func questionsNeverAct() async throws {
        await propertyCheck(count: 300, input: Gen.int(in: 0...(Self.words.count - 1)).array(of: 1...12).array(of: 1...4)) { lines in
            guard let session = try? makeSession(setup: QuestionTests.portfolio) else {
                Issue.record("no session")
                return
            }
            for indexes in lines {
                let line = indexes.map { Self.words[$0] }.joined(separator: " ")
                // Only a line that parses as a command which changes state may change the store.
                if case .command(let command)? = try? session.parser.parse(line), command.changesState { continue }
                do {
                    let before = try SessionTests.Snapshot(session.store)
                    _ = session.execute(line)
                    #expect(try SessionTests.Snapshot(session.store) == before, "`\(line)` changed the store")
                } catch {
                    Issue.record("the store could not be read around `\(line)`: \(error)")
                }
            }
        }
    }
}
