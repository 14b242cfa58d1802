import Foundation
@testable import Assistant
import MigrationGuide
import Testing

/// Every file a command writes goes through one path: inside a replay's sandbox, never over an
/// existing file without `--force`, and never on a dry run.
@Suite("Files commands write")
struct FileWriteTests {
    static let header = "handle,name,domain,program,offer,seats,assigned,expires,price,currency,auto_renew\n"

    /// A spreadsheet with `count` rows, each refused (no seats), in `folder`.
    static func badSpreadsheet(rows count: Int, in folder: URL) throws -> String {
        let rows = (1...count).map { "cli-\($0),Cliente,,,E3,0,0,2027-01-01,,," }.joined(separator: "\n")
        let url = folder.appendingPathComponent("bad.csv")
        try Data((header + rows + "\n").utf8).write(to: url)
        return url.path
    }

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csp-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("a replayed import refused with many problems writes its errors list in the sandbox, nothing beside the file")
    func replayedErrorsStayInside() throws {
        let outside = try Self.folder()
        defer { try? FileManager.default.removeItem(at: outside) }
        let path = try Self.badSpreadsheet(rows: 25, in: outside)
        let hostile = """
            # today: 2026-11-28
            csp> import \(path)

            """
        _ = try replay(try Transcript.parse(Data(hostile.utf8), path: "hostile.txt"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path) == ["bad.csv"])
        #expect(!FileManager.default.fileExists(atPath: ".errors.csv"))
    }

    @Test("a dry run lists the first problems and writes no errors file")
    func dryRunWritesNothing() throws {
        let outside = try Self.folder()
        defer { try? FileManager.default.removeItem(at: outside) }
        let path = try Self.badSpreadsheet(rows: 25, in: outside)
        let reply = try makeSession(setup: []).execute("import \(path) --dry-run")
        guard case .error(.importing(.refused(let problems, let total, let errorsFile)))? = reply.items.first else { Issue.record("accepted"); return }
        #expect(problems.count == 20 && total == 25 && errorsFile == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path) == ["bad.csv"])
        #expect(TextRenderer(language: .en).render(reply).contains("20 of 25"))
    }

    @Test("an errors list replaces an earlier one, never a file that is not one")
    func errorsListOverwrite() throws {
        let outside = try Self.folder()
        defer { try? FileManager.default.removeItem(at: outside) }
        let path = try Self.badSpreadsheet(rows: 25, in: outside)
        let session = try makeSession(setup: [])
        try "keep me\n".write(toFile: path + ".errors.csv", atomically: true, encoding: .utf8)
        guard case .error(.importing(.refused(_, _, let kept)))? = session.execute("import \(path)").items.first else { Issue.record("accepted"); return }
        #expect(kept == nil)
        #expect(try String(contentsOfFile: path + ".errors.csv", encoding: .utf8) == "keep me\n")
        try FileManager.default.removeItem(atPath: path + ".errors.csv")
        for _ in 1...2 {
            guard case .error(.importing(.refused(_, _, let written)))? = session.execute("import \(path)").items.first else { Issue.record("accepted"); return }
            #expect(written == path + ".errors.csv")
        }
        #expect(try String(contentsOfFile: path + ".errors.csv", encoding: .utf8).split(separator: "\n").count == 26)
    }

    @Test("export keeps an existing file unless --force, as record does", arguments: [Language.en, .ptBR])
    func exportOverwrite(language: Language) throws {
        let outside = try Self.folder()
        defer { try? FileManager.default.removeItem(at: outside) }
        let path = outside.appendingPathComponent("carteira.csv").path
        try "keep me\n".write(toFile: path, atomically: true, encoding: .utf8)
        let session = try makeSession(language: language)
        let refused = session.execute("export \(path)")
        guard case .error(.file(_, .exists))? = refused.items.first else { Issue.record("replaced"); return }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me\n")
        #expect(TextRenderer(language: language).render(refused).contains("--force"))
        #expect(!session.execute("export \(path) --force").isFailure)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("contoso"))
    }
}
