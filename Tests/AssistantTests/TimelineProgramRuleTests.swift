@testable import Assistant
import MigrationGuide
import MigrationStore
import Testing

/// A portfolio with each program, as a partner has it on 2026-11-29: Enterprise Agreements (one
/// multi-year), web direct on MOSA, on MCA and on an unknown account, Open License (already ended),
/// retail. mosa's and mca's invitations were sent on 2026-11-01; stale's is still unanswered, and
/// mca's GDAP request was never accepted.
enum ProgramPortfolio {
    static let lines = [
        #"customer add ea1 --name "EA One" --program ea"#,
        #"license add ea1 "Office 365 E3" --seats 100 --assigned 95 --expires 2026-12-04 --price 23 --currency USD"#,
        #"customer add ea3 --name "EA Multi" --program ea --ea-term multi-year"#,
        #"license add ea3 "Microsoft 365 E5" --seats 200 --assigned 190 --expires 2027-06-17 --price 57 --currency USD"#,
        #"customer add mosa --name "Mosa" --program mosp --billing-account mosa"#,
        #"license add mosa "Microsoft 365 Business Standard" --seats 30 --expires 2027-01-28 --price 12.50 --currency USD"#,
        #"customer add mca --name "Mca" --program mosp --billing-account mca"#,
        #"license add mca "Microsoft 365 Business Premium" --seats 20 --assigned 18 --expires 2027-06-17 --started 2026-06-18 --price 22 --currency USD"#,
        #"customer add webz --name "Webz" --program mosp"#,
        #"license add webz "Office 365 E3" --seats 40 --expires 2027-06-17 --price 23 --currency USD"#,
        #"customer add open1 --name "Open One" --program open"#,
        #"license add open1 "Office 365 E1" --seats 15 --expires 2026-11-20"#,
        #"customer add ret --name "Retail Shop" --program retail"#,
        #"license add ret "Microsoft 365 Business Standard" --seats 5 --expires 2027-01-28"#,
        #"customer add stale --name "Stale" --program mosp"#,
        #"license add stale "Office 365 E1" --seats 3 --expires 2027-09-30"#,
        "invite mosa --on 2026-11-01", "invite mca --on 2026-11-01", "invite stale --on 2026-11-01",
        "gdap request mca --on 2026-11-01",
        "invite ea1", "invite ea3", "invite webz", "invite open1", "invite ret",
        "accept ea1", "accept ea3", "accept mosa", "accept mca", "accept webz", "accept open1", "accept ret",
    ]

    static func session(language: Language = .en, today: String = "2026-11-29") throws -> Session {
        let session = try makeSession(language: language, setup: [])
        session.today = try #require(CalendarDate(iso: "2026-11-01"))
        for line in lines {
            let reply = session.execute(line)
            #expect(!reply.isFailure, "setup failed: \(line)")
        }
        session.today = try #require(CalendarDate(iso: today))
        return session
    }

    static func portfolioTimeline(_ session: Session) throws -> Timeline {
        let reply = session.execute("timeline")
        for item in reply.items { if case .timeline(let timeline) = item { return timeline.timeline } }
        Issue.record("no timeline in the reply")
        return Timeline(from: session.today, to: session.today, today: session.today, rows: [])
    }

    static let dates = ["2026-11-29", "2026-12-20", "2027-01-20", "2027-03-01", "2027-05-18", "2027-06-12", "2027-08-01"]
}

@Suite("Timeline and calendar follow each program's rule")
struct TimelineProgramRuleTests {
    @Test("every command the portfolio timeline and the calendar suggest is carried out on that customer that day, not refused", arguments: ProgramPortfolio.dates)
    func suggestedCommandsRun(_ day: String) throws {
        let session = try ProgramPortfolio.session(today: day)
        let timeline = try ProgramPortfolio.portfolioTimeline(session)
        var commands = timeline.rows.compactMap(\.command) + timeline.rows.flatMap(\.alsoDue).compactMap(\.command) + timeline.overdue.compactMap(\.command)
        // The calendar's: every deadline to come, as `export deadlines.ics` writes them.
        for customer in try session.allCustomers() {
            for deadline in session.guide.deadlines(for: customer, today: session.today) where deadline.date >= session.today {
                commands.append(ShowTimeline.command(for: deadline, handle: customer.handle).description)
            }
        }
        #expect(!commands.isEmpty)
        for command in Set(commands).sorted() {
            let reply = session.execute(command)
            #expect(!reply.isFailure, "\(day): `\(command)` was refused: \(TextRenderer(language: .en).render(reply))")
        }
    }

    @Test("EA, Open and retail originals get no cancel command and no 'good day to cancel' near their end; EA says renew to CSP, the others that they run to their end",
          arguments: Language.allCases)
    func nearEndByProgram(_ language: Language) throws {
        let session = try ProgramPortfolio.session(language: language, today: "2026-11-29")
        for customer in try session.allCustomers() {
            for deadline in session.guide.deadlines(for: customer, today: session.today) where deadline.kind == .nearEndOpens {
                let command = ShowTimeline.command(for: deadline, handle: customer.handle).description
                let title = TimelineWords.deadline(deadline)(language)
                let detail = TimelineWords.detail(deadline, settings: session.guide.settings, stages: session.guide.settings.stages(for: customer))(language)
                switch customer.program {
                case .ea, .open, .retail:
                    #expect(!command.hasPrefix("cancel"), "\(customer.handle): \(command)")
                    #expect(!title.contains("cancel") || title.contains(language == .ptBR ? "nada a cancelar" : "nothing to cancel"), "\(customer.handle): \(title)")
                    #expect(!detail.contains(language == .ptBR ? "renovação automática" : "auto-renew"), "\(customer.handle): \(detail)")
                    if customer.program == .ea {
                        #expect(title.contains(language == .ptBR ? "renovação para o CSP" : "renew to CSP"))
                    } else {
                        #expect(title.contains(language == .ptBR ? "vai até o fim" : "runs to its end"))
                    }
                case .mosp, .other:
                    if customer.billingAccount == .mca {
                        #expect(command == "license edit \(customer.handle) L1 --auto-renew off")
                    } else {
                        #expect(command == "cancel \(customer.handle) L1 --dry-run")
                    }
                }
            }
        }
        let calendar = DeadlineCalendar.ics(
            try session.allCustomers().flatMap { customer in session.guide.deadlines(for: customer, today: session.today).map { (customer, $0) } },
            today: session.today, language: language, settings: session.guide.settings)
        for event in calendar.components(separatedBy: "BEGIN:VEVENT").dropFirst() where event.contains("nearEndOpens") {
            let unfolded = event.replacingOccurrences(of: "\r\n ", with: "")
            if ["ea1", "ea3", "open1", "ret"].contains(where: { unfolded.contains("UID:\($0).") }) {
                #expect(!unfolded.contains(TimelineWords.run(language) + " cancel"), "\(unfolded)")
                #expect(!unfolded.contains(language == .ptBR ? "dia bom para cancelar" : "good day to cancel"), "\(unfolded)")
                #expect(!unfolded.contains(language == .ptBR ? "renovação automática" : "auto-renew"), "\(unfolded)")
            }
        }
    }

    @Test("the plan's 'provision from' day is not hidden by another deadline on the same day: both are dated, and the legend says which mark was drawn",
          arguments: Language.allCases)
    func provisionFromShown(_ language: Language) throws {
        let session = try ProgramPortfolio.session(language: language, today: "2027-05-18")
        // A 30-day lead puts ea3's "provision from" on the day its near-end window opens (the same
        // offer takes the 14-day lead by default).
        _ = session.execute("settings lead-days 30")
        let text = TextRenderer(language: language, width: 100, unicode: true).render(session.execute("timeline"))
        let ea3 = try #require(text.components(separatedBy: "\nea3 L1").dropFirst().first?.components(separatedBy: "\nmca L1").first)
        let words = ea3.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains(language == .ptBR ? "provisionar a substituta a partir deste dia" : "provision the replacement from this day"), "\(ea3)")
        #expect(words.contains(language == .ptBR ? "renovação para o CSP" : "renew to CSP"), "\(ea3)")
        #expect(ea3.hasPrefix("  ▷"), "the bar shows the plan's mark over the next deadline's: \(ea3)")
        #expect(text.contains(language == .ptBR ? "▷ encobre ◆ no mesmo dia" : "▷ hides ◆ on the same day"), "\(text)")
    }

    /// Its one plan date left is the last day of its expired stage: users keep access through it.
    @Test("an original that has ended with no replacement has no past plan marks on its row, only the expired stage's last day")
    func endedOriginalHasNoPastPlanMarks() throws {
        let session = try ProgramPortfolio.session(today: "2026-11-29")
        let open1 = try session.customer("open1", for: ShowTimeline.spec)
        let timeline = session.guide.timeline(for: open1, today: session.today, from: CalendarDate(iso: "2026-09-01"))
        let marks = timeline.rows.flatMap(\.marks).filter { $0.kind == .provisionFrom || $0.kind == .provisionBy }
        #expect(marks.allSatisfy { $0.kind == .provisionBy && $0.date == CalendarDate(iso: "2026-12-19") }, "\(marks)")
        #expect(!timeline.deadlines.contains { ($0.kind == .provisionFrom || $0.kind == .provisionBy) && $0.date < session.today })
    }

    @Test("what was not done in time stays at the top of the portfolio timeline as overdue: a stale invitation, a lapsed GDAP request, an original unprovisioned past its latest day",
          arguments: Language.allCases)
    func overdueAtTheTop(_ language: Language) throws {
        let session = try ProgramPortfolio.session(language: language, today: "2027-03-15")
        let timeline = try ProgramPortfolio.portfolioTimeline(session)
        let overdue = timeline.overdue.map { "\($0.customer.handle) \($0.deadline.kind)" }
        #expect(overdue.contains("stale invitationStale"), "\(overdue)")
        #expect(overdue.contains("mca adminRequestLapses"), "\(overdue)")
        #expect(overdue.contains("mosa provisionBy"), "\(overdue)")
        #expect(!overdue.contains("webz provisionBy"), "webz's latest day is still to come")
        let text = TextRenderer(language: language, width: 80, unicode: true).render(session.execute("timeline"))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[1] == (language == .ptBR ? "Atrasados: não feitos a tempo" : "Overdue: not done in time"))
        let stale = try #require(lines.firstIndex { $0.contains("stale") })
        // Sent 2026-11-01, stale after 14 days: overdue since 2026-11-16, 119 days before today.
        #expect(lines[stale].contains("2026-11-16") && lines[stale].contains("invite stale --dry-run"), "\(lines[stale])")
        #expect(text.contains(language == .ptBR ? "(atrasado há 119 dias)" : "(overdue 119 days)"), "\(text)")
    }
}
