import Foundation
@testable import Assistant
import MigrationGuide
import Testing

@Suite("The deadlines as an iCalendar file")
struct DeadlineCalendarTests {
    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Goldens/deadlines")
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The timeline fixture plus a customer whose name holds every character the RFC escapes.
    static let lines = TimelineFixture.lines + [
        #"customer add padaria --name "Padaria, Pão; Quente \\ Filial Norte" --program retail"#,
        #"license add padaria "Microsoft 365 Business Basic" --seats 3 --expires 2027-01-31"#,
    ]

    static func export(_ language: Language, _ extra: String = "") throws -> (path: String, text: String, session: Session) {
        let session = try makeSession(language: language, setup: lines)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csp-deadlines-\(UUID().uuidString).ics").path
        let reply = session.execute("export \(path)\(extra)")
        #expect(!reply.isFailure, "\(TextRenderer(language: language).render(reply))")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return (path, text, session)
    }

    @Test("the file matches the golden one in each language", arguments: Language.allCases)
    func golden(language: Language) throws {
        let (path, text, _) = try Self.export(language)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let url = Self.goldens.appendingPathComponent("deadlines-\(language.rawValue).ics")
        if ProcessInfo.processInfo.environment["CSP_UPDATE_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(at: Self.goldens, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        #expect(text == (try String(contentsOf: url, encoding: .utf8)), "CSP_UPDATE_GOLDENS=1 rewrites \(url.lastPathComponent)")
    }

    @Test("lines end in CRLF and none is longer than 75 octets; continuations start with a space")
    func folding() throws {
        let (path, text, _) = try Self.export(.ptBR)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        let bytes = Array(text.utf8)
        #expect(!zip(bytes, bytes.dropFirst()).contains { $0.1 == UInt8(ascii: "\n") && $0.0 != UInt8(ascii: "\r") } && bytes.first != UInt8(ascii: "\n"))
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(lines.contains { $0.hasPrefix(" ") }, "the fixture has lines long enough to fold")
        for line in lines {
            #expect(line.utf8.count <= 75, "\(line)")
        }
        // A fold never cuts a UTF-8 sequence: every physical line is valid text by itself.
        for piece in text.utf8.split(separator: UInt8(ascii: "\n")) {
            #expect(String(validating: piece, as: UTF8.self) != nil)
        }
    }

    @Test("text values escape backslash, semicolon, comma and new lines; folding keeps multi-byte characters whole")
    func escapingAndFolding() {
        #expect(DeadlineCalendar.text("a,b;c\\d\ne") == #"a\,b\;c\\d\ne"#)
        let long = "SUMMARY:" + String(repeating: "ã", count: 80)
        let folded = DeadlineCalendar.folded(long)
        let pieces = folded.components(separatedBy: "\r\n")
        #expect(pieces.count == 3)
        #expect(pieces.allSatisfy { $0.utf8.count <= 75 })
        #expect(pieces.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(pieces.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == long)
        #expect(DeadlineCalendar.folded("SHORT:line") == "SHORT:line")
    }

    /// Events as Python's icalendar package reads the file.
    static func parsed(_ path: String) throws -> [[String: Any]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.packageRoot.appendingPathComponent("scripts/read-ics").path, path]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let problem = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "scripts/read-ics failed (scripts/setup --tests installs icalendar): \(problem)")
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(object["events"] as? [[String: Any]])
    }

    @Test("an independent parser reads every deadline to come as an all-day event, with the text as written", arguments: Language.allCases)
    func independentParser(language: Language) throws {
        let (path, _, session) = try Self.export(language)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let events = try Self.parsed(path)
        let expected = try session.allCustomers().flatMap { customer in
            session.guide.deadlines(for: customer, today: session.today).filter { $0.date >= session.today }.map { (customer, $0) }
        }
        #expect(events.count == expected.count)
        #expect(Set(events.compactMap { $0["uid"] as? String }).count == events.count, "UIDs are unique")
        for (customer, deadline) in expected {
            let uid = "\(customer.handle).\(deadline.subscription?.description ?? "customer").\(deadline.kind.rawValue)@csp-migrate"
            let event = try #require(events.first { $0["uid"] as? String == uid }, "\(uid)")
            #expect(event["start"] as? String == deadline.date.description)
            #expect(event["end"] as? String == deadline.date.adding(days: 1).description)
            #expect(event["allDay"] as? Bool == true)
            let description = try #require(event["description"] as? String)
            #expect(description.hasPrefix("\(customer.name) (\(customer.handle))"))
            #expect(description.contains("\n"))
            #expect(description.contains(language == .en ? "Run: " : "Execute: "))
            #expect((event["alarms"] as? [String]) == (deadline.costsMoneyOrService ? ["-P3D"] : []))
        }
        let padaria = try #require(events.first { ($0["uid"] as? String)?.hasPrefix("padaria.L1.originalEnds") == true })
        #expect((padaria["description"] as? String)?.hasPrefix(#"Padaria, Pão; Quente \ Filial Norte (padaria)"#) == true)
    }

    @Test("an original already replaced raises no alarm and no 'users lose access' event; the plan's provision dates are events, as the timeline draws them",
          arguments: Language.allCases)
    func replacedOriginalsAndPlanDates(language: Language) throws {
        let (path, _, session) = try Self.export(language)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let events = try Self.parsed(path)
        func event(_ uid: String) -> [String: Any]? { events.first { $0["uid"] as? String == uid } }
        // relecloud's L1 ran out and C1 replaced it; fabrikam's L1 is replaced by C1 and still running.
        #expect(event("relecloud.L1.usersLoseAccess@csp-migrate") == nil)
        #expect(event("fabrikam.L1.usersLoseAccess@csp-migrate") == nil)
        for uid in ["relecloud.L1.dataDeleted@csp-migrate", "fabrikam.L1.originalEnds@csp-migrate", "fabrikam.L1.dataDeleted@csp-migrate"] {
            let found = try #require(event(uid), "\(uid)")
            #expect((found["alarms"] as? [String]) == [], "\(uid)")
        }
        // contoso has no replacement yet: its users do lose access, with a reminder.
        #expect((event("contoso.L2.usersLoseAccess@csp-migrate")?["alarms"] as? [String]) == ["-P3D"])
        // The plan's dates, as `timeline contoso` marks them on each original's row.
        let timeline = session.guide.timeline(for: try session.customer("contoso", for: ShowTimeline.spec), today: session.today)
        var marked = 0
        for row in timeline.rows {
            guard case .original(let id, _) = row.subject else { continue }
            for mark in row.marks where mark.date >= session.today {
                let kind = try #require(mark.kind == .provisionFrom ? "provisionFrom" : mark.kind == .provisionBy ? "provisionBy" : nil)
                let found = try #require(event("contoso.\(id).\(kind)@csp-migrate"), "contoso \(id) \(kind)")
                #expect(found["start"] as? String == mark.date.description)
                #expect((found["alarms"] as? [String]) == (kind == "provisionBy" ? ["-P3D"] : []))
                #expect((found["description"] as? String)?.contains(language == .en ? "Run: plan contoso" : "Execute: plan contoso") == true)
                marked += 1
            }
        }
        #expect(marked == 4, "both originals have a provision-from and a provision-by date to come")
    }

    @Test("users still lose access, with a reminder, until a replacement covers them: an offer change not reassigned, too few seats, retired with no replacement",
          arguments: Language.allCases)
    func coveredOnlyWhenReplaced(language: Language) throws {
        let session = try makeSession(language: language, setup: [
            "customer add northwind --name Northwind --program open",
            #"license add northwind "Office 365 E3" --seats 10 --expires 2027-01-31"#,
            #"license add northwind "Visio Plan 2" --seats 5 --expires 2027-01-31"#,
            #"license add northwind "Project Plan 3" --seats 3 --expires 2026-11-20"#,
            "invite northwind --on 2026-11-01",
            "accept northwind --on 2026-11-02",
            #"provision northwind "Microsoft 365 E3" --seats 10 --replaces L1 --on 2026-11-25 --confirm"#,
            #"provision northwind "Visio Plan 2" --seats 4 --on 2026-11-25 --confirm"#,
            "expire northwind L3",
        ])
        func events() throws -> [String: [String]] {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("csp-covered-\(UUID().uuidString).ics").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            #expect(!session.execute("export \(path)").isFailure)
            return Dictionary(uniqueKeysWithValues: try Self.parsed(path).compactMap { event in
                (event["uid"] as? String).map { ($0, event["alarms"] as? [String] ?? []) }
            })
        }
        // The day before each is covered: every original's users still lose access, and a reminder says so.
        let before = try events()
        for id in ["L1", "L2", "L3"] {
            #expect(before["northwind.\(id).usersLoseAccess@csp-migrate"] == ["-P3D"], "\(id)")
        }
        #expect(before["northwind.L1.originalEnds@csp-migrate"] == ["-P3D"])
        // The licenses moved to the new offer, and a seat more for Visio: both are covered.
        #expect(!session.execute("reassign northwind --done").isFailure)
        #expect(!session.execute(#"provision northwind "Visio Plan 2" --seats 1 --on 2026-11-26 --confirm"#).isFailure)
        let after = try events()
        for id in ["L1", "L2"] {
            #expect(after["northwind.\(id).usersLoseAccess@csp-migrate"] == nil, "\(id)")
            #expect(after["northwind.\(id).originalEnds@csp-migrate"] == [], "\(id)")
            #expect(after["northwind.\(id).dataDeleted@csp-migrate"] == [], "\(id)")
        }
        // Retired with nothing in its place: still a loss of service.
        #expect(after["northwind.L3.usersLoseAccess@csp-migrate"] == ["-P3D"])
    }

    @Test("a newer export keeps each deadline's UID, so calendars update events instead of duplicating them")
    func stableUIDs() throws {
        let first = try Self.export(.en)
        defer { try? FileManager.default.removeItem(atPath: first.path) }
        _ = first.session.execute("today 2026-12-01")
        _ = first.session.execute("license edit contoso L2 --expires 2027-01-20")
        let second = first.path + ".2.ics"
        defer { try? FileManager.default.removeItem(atPath: second) }
        #expect(!first.session.execute("export \(second)").isFailure)
        let before = try Self.parsed(first.path), after = try Self.parsed(second)
        let uid = "contoso.L2.originalEnds@csp-migrate"
        #expect(before.first { $0["uid"] as? String == uid }?["start"] as? String == "2027-01-15")
        #expect(after.first { $0["uid"] as? String == uid }?["start"] as? String == "2027-01-20")
    }

    @Test("export FILE.ics HANDLE writes only that customer's deadlines; a handle with .csv is refused and writes nothing")
    func oneCustomer() throws {
        let (path, text, session) = try Self.export(.en, " fabrikam")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(text.contains("UID:fabrikam."))
        #expect(!text.contains("UID:contoso."))
        let csv = path + ".csv"
        let reply = session.execute("export \(csv) fabrikam")
        #expect(reply.isFailure)
        #expect(!FileManager.default.fileExists(atPath: csv))
    }
}
