@testable import Assistant
import MigrationGuide
import Testing

/// A line is parsed first: it is read as a question only when it is not a command, so a `?` in a
/// command's own words never turns it into one.
@Suite("Commands before questions")
struct CommandFirstTests {
    @Test("`?` is the alias of help it is documented as")
    func questionMarkIsHelp() throws {
        let session = try makeSession(setup: [])
        let reply = session.execute("?")
        #expect(!reply.isFailure)
        guard case .help(let help)? = reply.items.first else {
            Issue.record("`?` answered \(reply.items)")
            return
        }
        #expect(help.isListing)
    }

    @Test("a ? inside an argument stays part of it")
    func questionMarkInsideArgument() throws {
        let session = try makeSession(setup: [])
        let reply = session.execute("customer add acme --name Why?")
        guard case .customerAdded(let customer)? = reply.items.first else {
            Issue.record("the command answered \(reply.items)")
            return
        }
        #expect(customer.name == "Why?")
        #expect(!session.execute("status acme").isFailure)
    }

    @Test("a line whose first word is no command and ends in ? is still a question")
    func questionsStillAnswered() throws {
        let session = try makeSession()
        guard case .question(let answer)? = session.execute("what's next for contoso?").items.first else {
            Issue.record("not read as a question")
            return
        }
        #expect(answer.command == "advise contoso")
    }

    @Test("help describes every two-word command", arguments: CommandCatalogue.standard.specs.map(\.name).filter { $0.contains(" ") })
    func helpForTwoWords(name: String) throws {
        let session = try makeSession(setup: [])
        let reply = session.execute("help \(name)")
        guard case .help(let help)? = reply.items.first else {
            Issue.record("help \(name) answered \(reply.items)")
            return
        }
        #expect(!help.isListing)
        #expect(help.specs.map(\.name) == [name])
    }
}
