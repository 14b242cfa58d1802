@testable import Assistant
import Testing

@Suite("Tab completion")
struct CompleterTests {
    @Test("completes commands, subcommands, flags, handles and offers", arguments: [
        ("he", ["help"]),
        ("pro", ["provision"]),
        ("customer a", ["add"]),
        ("customer ", ["add", "edit", "list", "remove", "show"]),
        ("provision contoso E3 --se", ["--seats"]),
        ("status co", ["contoso"]),
        ("cancel contoso ", ["L1", "L2", "Office 365 E3", "Visio Plan 2"]),
        ("cancel contoso V", ["Visio Plan 2"]),
        ("cancel contoso \"Off", ["Office 365 E3"]),
        ("provision contoso O", ["Office 365 E3"]),
        ("customer add x --program e", ["ea"]),
        ("explain W-EA", ["W-EARLY-CANCEL", "W-EARLY-PROVISION"]),
        ("lang p", ["pt-BR"]),
        ("frobnicate ", []),
    ])
    func candidates(text: String, expected: [String]) throws {
        let session = try makeSession()
        #expect(Completer().complete(text, data: session).candidates == expected)
    }

    @Test("one candidate replaces the word, quoted when it has spaces")
    func replacement() throws {
        let session = try makeSession()
        let completion = Completer().complete("cancel contoso \"Vis", data: session)
        #expect(completion.wordLength == 4)
        #expect(completion.replacement == "\"Visio Plan 2\" ")
        #expect(Completer().complete("he", data: session).replacement == "help ")
    }

    @Test("several candidates extend to their common prefix")
    func commonPrefix() throws {
        let session = try makeSession(setup: SessionTests.contoso + ["customer add contoso-br --name B"])
        let completion = Completer().complete("status con", data: session)
        #expect(completion.candidates == ["contoso", "contoso-br"])
        #expect(completion.replacement == "contoso")
    }

    @Test("after use, the handle may be left out")
    func selected() throws {
        let session = try makeSession()
        _ = session.execute("use contoso")
        #expect(Completer().complete("cancel L", data: session).candidates == ["L1", "L2"])
    }
}
