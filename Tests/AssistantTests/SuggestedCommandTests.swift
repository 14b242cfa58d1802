import Foundation
@testable import Assistant
import MigrationGuide
import Testing

/// Commands that replies show are built from the commands' declarations; these tests hold every
/// reply of every transcript to that, so a renamed flag or command cannot leave a stale suggestion.
@Suite("Suggested commands")
struct SuggestedCommandTests {
    static let parser = Parser()

    /// The text between backticks, and lines after `→`, in a transcript's replies.
    static func shownCommands(_ path: String) throws -> [(line: Int, text: String)] {
        let transcript = try Transcript.load(path)
        var shown: [(Int, String)] = []
        for entry in transcript.entries {
            for line in entry.expected {
                if line.hasPrefix("→ ") { shown.append((entry.line, String(line.dropFirst(2)))) }
                let pieces = line.split(separator: "`", omittingEmptySubsequences: false)
                for (index, piece) in pieces.enumerated() where index % 2 == 1 && index < pieces.count - 1 {
                    shown.append((entry.line, String(piece)))
                }
            }
        }
        return shown
    }

    /// Whether `text` is a command line as the parser reads it. A bare command name (`license
    /// add`, `accept`) names the command rather than a line to type; placeholders (`OFFER`,
    /// `YYYY-MM-DD`) stand where values go, so only the syntax is checked, not the values.
    static func problem(in text: String) -> String? {
        guard let words = try? Tokenizer.words(text).map(\.text), let first = words.first?.lowercased(),
              parser.catalogue.topLevelNames.contains(first) else { return nil }
        if !parser.catalogue.specs(named: text).isEmpty { return nil }
        do {
            let (command, rest) = try parser.resolve(words: words)
            _ = try Parser.sort(rest, by: command.spec)
            return nil
        } catch {
            return TextRenderer(language: .en).render(.failure(error))
        }
    }

    @Test("every command shown in a transcript's replies parses", arguments: transcriptFiles)
    func transcriptCommandsParse(path: String) throws {
        let shown = try Self.shownCommands(path)
        for (line, text) in shown {
            if let problem = Self.problem(in: text) {
                Issue.record("\(URL(fileURLWithPath: path).lastPathComponent):\(line): `\(text)` does not parse: \(problem)")
            }
        }
    }

    @Test("the check finds a stale command: a renamed flag, a missing argument, an unknown subcommand")
    func checkCanFail() {
        #expect(Self.problem(in: "reassign contoso --finished") != nil)
        #expect(Self.problem(in: "cancel contoso L1 L2 L3") != nil)
        #expect(Self.problem(in: "customer rename contoso") != nil)
        #expect(Self.problem(in: "reassign contoso --done") == nil)
        #expect(Self.problem(in: "license add") == nil)
    }

    @Test("a suggestion is quoted as it must be typed and reads back as the same command")
    func quoting() throws {
        let line = Provision.line(Handle("contoso")!, offer: "Office 365 E3", seats: 48, replaces: LicenseID("L1")!)
        #expect(line.description == #"provision contoso "Office 365 E3" --seats 48 --replaces L1"#)
        let parsed = try Self.parser.parse(line.description)
        guard case .command(let command) = parsed, let provision = command as? Provision else {
            Issue.record("not a provision command")
            return
        }
        #expect(provision.offer == "Office 365 E3" && provision.seats == 48 && provision.replaces == "L1")
    }
}
