@testable import Assistant
import MigrationGuide
import Testing

/// What a new user tripped over: each case says what they typed and what the assistant says now.
@Suite("Rough edges")
struct RoughEdgeTests {
    @Test("a handle given without its original names the original as missing and lists the customer's", arguments: [
        ("cancel contoso", "`cancel contoso` needs the original too; contoso has L1 (Office 365 E3), L2 (Visio Plan 2)."),
        ("expire fabrikam", "`expire fabrikam` needs an original, and fabrikam has none recorded (`license add`)."),
    ])
    func missingOriginal(line: String, message: String) throws {
        let session = try makeSession()
        let reply = session.execute(line)
        guard case .error(let error)? = reply.items.first else {
            Issue.record("\(line) answered \(reply.items)")
            return
        }
        #expect(error.code == .usage)
        #expect(text(session, line).contains(message))
    }

    @Test("with a customer selected, the one word is still the original")
    func selectedStillWorks() throws {
        let session = try makeSession(setup: SessionTests.contoso + ["use contoso"])
        #expect(text(session, "cancel L2 --dry-run").contains("Cancelling L2 (Visio Plan 2) of contoso"))
    }

    @Test("a handle too long says the limit, in both languages")
    func longHandle() throws {
        let long = String(repeating: "a", count: 41)
        let session = try makeSession(setup: [])
        #expect(text(session, "customer add \(long) --name X").contains("at most 40 characters"))
        _ = session.execute("lang pt-BR")
        #expect(text(session, "customer add \(long) --name X").contains("no máximo 40 caracteres"))
    }

    @Test("curly quotes pasted from a word processor are quotes; a backslash is kept")
    func pastedNames() throws {
        let session = try makeSession(setup: [])
        _ = session.execute("customer add pq --name “Padaria Pão Quente” --program open")
        _ = session.execute(#"customer add tab --name "Padaria\tTab""#)
        let names = try session.allCustomers().map(\.name)
        #expect(names.contains("Padaria Pão Quente"))
        #expect(names.contains(#"Padaria\tTab"#))
    }
}
