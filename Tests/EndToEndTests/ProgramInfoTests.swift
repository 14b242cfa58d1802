import Foundation
import Testing

@Suite("What the program says about itself: version, flags, manual page")
struct ProgramInfoTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("--version prints the VERSION file's number and the commit, the same line as `version` in the shell")
    func version() throws {
        let number = try String(contentsOf: Self.packageRoot.appendingPathComponent("VERSION"), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let flag = try Binary.run(["--version"])
        #expect(flag.status == 0)
        let line = flag.stdout.trimmingCharacters(in: .newlines)
        #expect(line.wholeMatch(of: /csp-migrate (\S+) \(commit ([0-9a-f]{12}(-modified)?|unknown)\)/)?.1 == Substring(number))
        let shell = try Binary.run(["--db", ":memory:", "-c", "version"])
        #expect(shell.stdout.trimmingCharacters(in: .newlines) == line)
        let json = try Binary.run(["--db", ":memory:", "--json", "-c", "version"])
        #expect(json.stdout.contains(#""number":"\#(number)""#))
    }

    @Test("every flag --help shows, for the program and for replay, is in the manual page in both languages", arguments: ["en", "pt-BR"])
    func flagsInManual(language: String) throws {
        let page = try Binary.run(["--manual-page", language])
        #expect(page.status == 0)
        for help in [try Binary.run(["--help"]), try Binary.run(["replay", "--help"]), try Binary.run(["copy", "--help"])] {
            let flags = Set(help.stdout.matches(of: /(?:^|[\s,\[(])(--[a-z][a-z-]+|-c)\b/.anchorsMatchLineEndings()).map { String($0.1) })
            #expect(flags.count >= 4)
            for flag in flags {
                #expect(page.stdout.contains("\\fB" + flag.replacingOccurrences(of: "-", with: "\\-") + "\\fR"), "\(flag) is not in the \(language) manual")
            }
        }
    }

    @Test("--manual-page with an unknown language is a usage error (status 2) and prints no page")
    func badManualLanguage() throws {
        let result = try Binary.run(["--manual-page", "fr"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
    }

    @Test("--today reads its date as `today` does: day first in Portuguese, a relative word in either language; a date it cannot read is a usage error (2)")
    func todayFlag() throws {
        let portuguese = try Binary.run(["--db", ":memory:", "--lang", "pt-BR", "--today", "31/12/2026", "-c", "today"])
        #expect(portuguese.status == 0, "\(portuguese.stderr)")
        #expect(portuguese.stdout.contains("2026-12-31"))
        let english = try Binary.run(["--db", ":memory:", "--lang", "en", "--today", "31/12/2026", "-c", "today"])
        #expect(english.status == 2)
        #expect(english.stderr.contains("did you mean 2026-12-31?"))
        let relative = try Binary.run(["--db", ":memory:", "--lang", "en", "--today", "amanhã", "-c", "today"])
        #expect(relative.status == 0, "\(relative.stderr)")
        #expect(!relative.stdout.isEmpty)
    }
}
