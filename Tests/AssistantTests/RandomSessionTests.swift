import Foundation
@testable import Assistant
import MigrationGuide
import MigrationStore
import PropertyBased
import Testing

/// Random sequences of valid commands, checked against the rules that must always hold.
@Suite("Random sessions")
struct RandomSessionTests {
    static let start = CalendarDate(iso: "2026-11-28") ?? CalendarDate(daysSinceEpoch: 0)

    /// One number → one command line on three customers and their first three originals.
    static func command(_ n: Int, today: CalendarDate) -> String {
        let c = (n / 12) % 3, l = (n / 36) % 3 + 1, d = (n / 108) % 400 - 30, seats = (n / 43_200) % 60 + 1
        let programs = ["open", "mosp", "ea"]
        switch n % 12 {
        case 0: return "customer add c\(c) --name \"Cliente \(c)\" --program \(programs[c])"
        case 1: return "license add c\(c) \"Offer \(l)\" --seats \(seats) --assigned \(seats - seats % 2) --expires \(today.adding(days: d)) --price 10"
        case 2: return "invite c\(c)"
        case 3: return "accept c\(c)"
        case 4: return "provision c\(c) \"Offer \(l)\" --seats \(seats)" + (d % 2 == 0 ? " --confirm" : "")
        case 5: return "provision c\(c) \"Other \(l)\" --seats \(seats) --replaces L\(l)"
        case 6: return "cancel c\(c) L\(l)"
        case 7: return "cancel c\(c) L\(l) --confirm"
        case 8: return "expire c\(c) L\(l)"
        case 9: return "today \(today.adding(days: (d + 30) % 40))"
        case 10: return "reassign c\(c) --done"
        default: return "advise c\(c)"
        }
    }

    /// Never "complete" while a user of an ended original has no license: not even once its data
    /// is deleted (the users are still without service), and the next action agrees with the stage.
    static func checkFinished(_ guidance: Guidance, _ customer: Customer, after line: String) {
        if guidance.nextAction == .complete || guidance.nextAction == .nothingToMove {
            #expect(guidance.stage == .complete, "\(customer.handle) says complete at \(guidance.stage) after \(line)")
        }
        guard guidance.stage == .complete else { return }
        for status in guidance.originals where status.ended && status.original.assigned > 0 {
            let replacements = customer.replacements(of: status.original.id)
            #expect(!replacements.isEmpty, "\(customer.handle) complete with \(status.original.id) unreplaced after \(line)")
            #expect(replacements.allSatisfy { sameOffer($0.offer, status.original.offer) || $0.reassignedOn != nil },
                    "\(customer.handle) complete with users not reassigned after \(line)")
        }
        #expect(!guidance.findings.contains { $0.code == .usersUnlicensed }, "\(customer.handle) after \(line)")
    }

    /// The overlap reported equals the overlap computed here: once per original, from its first
    /// replacement to its end, at its own price.
    static func checkOverlaps(_ guidance: Guidance, _ customer: Customer, after line: String) {
        for finding in guidance.findings {
            guard case .overlap(let overlap) = finding, let original = customer.original(overlap.original) else { continue }
            let first = customer.cspSubscriptions.filter { $0.cancelledOn == nil && $0.replaces.contains(original.id) }.compactMap(\.provisionedOn).min()
            let days = first.map { $0.days(until: original.endDate) } ?? 0
            #expect(overlap.days == days, "\(line)")
            if let price = original.pricePerSeatMonth {
                let expected = (Decimal(original.seats) * price.amount * Decimal(days) * 12 / 365).rounded(scale: 2)
                #expect(overlap.cost?.amount == expected, "\(line)")
            }
        }
        let perOriginal = guidance.findings.compactMap { if case .overlap(let o) = $0 { o.original } else { nil } }
        #expect(Set(perOriginal).count == perOriginal.count, "one I-OVERLAP per original after \(line)")
    }

    /// No event is recorded out of order or after today.
    static func checkOrder(_ customer: Customer, today: CalendarDate, after line: String) {
        if let invitation = customer.invitation {
            #expect(invitation.sentOn <= today, "\(line)")
            if let accepted = invitation.acceptedOn {
                #expect(invitation.sentOn <= accepted && accepted <= today, "\(line)")
                for subscription in customer.cspSubscriptions {
                    guard let provisionedOn = subscription.provisionedOn else { continue }
                    #expect(accepted <= provisionedOn && provisionedOn <= today, "\(line)")
                }
            }
        }
        for original in customer.originals {
            if case .expired(let on) = original.ending { #expect(original.expires <= on && on <= today, "\(line)") }
        }
    }

    @Test("the rules hold after every command, and the recorded session replays to the same state")
    func rulesHold() async {
        await propertyCheck(count: 150, input: Gen.int(in: 0...2_000_000).array(of: 1...60)) { numbers in
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("csp-random-\(UUID().uuidString).txt").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            guard let session = try? Session(store: InMemoryStore(), today: Self.start),
                  let recorder = try? TranscriptRecorder(path: path, title: "random", today: Self.start, language: .en, agent: session.agent, overwrite: false) else {
                Issue.record("no session")
                return
            }
            session.recorder = recorder
            let loop = ShellLoop(session: session, write: { _ in })
            let window = session.guide.settings.nearEndDays
            for number in numbers {
                let line = Self.command(number, today: session.today)
                let before = (try? session.store.allCustomers()) ?? []
                _ = loop.run(ScriptLineSource([line]))
                let after = (try? session.store.allCustomers()) ?? []
                // A cancellation that went through without --confirm was near the end and covered.
                if line.hasPrefix("cancel"), !line.hasSuffix("--confirm"), before != after,
                   let changed = after.first(where: { customer in !before.contains(customer) }) {
                    for original in changed.originals {
                        guard case .cancelled(let on, let early) = original.ending, on == session.today,
                              before.first(where: { $0.handle == changed.handle })?.original(original.id)?.ending == nil else { continue }
                        #expect(!early)
                        #expect(on.days(until: original.expires) <= window, "\(line)")
                        #expect(!changed.replacements(of: original.id).isEmpty, "\(line)")
                    }
                }
                for customer in after {
                    let guidance = session.guide.guidance(for: customer, on: session.today)
                    // advise never recommends retiring an original outside the near-end window.
                    if case .retire(_, _, let daysLeft, _, _, _) = guidance.nextAction { #expect(daysLeft <= window) }
                    // A latest day to provision is never in the past: an ended original says so instead.
                    if case .provision(_, _, _, _, let latest, _, let ended) = guidance.nextAction {
                        #expect(ended != nil || session.today <= latest, "\(customer.handle) after \(line)")
                    }
                    // An Enterprise Agreement original is never cancelled before its end.
                    if customer.program == .ea {
                        for original in customer.originals {
                            if case .cancelled(let on, _) = original.ending { #expect(original.expires <= on, "\(line)") }
                        }
                    }
                    // Every original is covered, ended and gone, far from its end, or warned about.
                    for status in guidance.originals where status.replacements.isEmpty {
                        let warned = guidance.findings.contains { [.coverageGap, .usersUnlicensed].contains($0.code) && $0.subject == status.original.id }
                        #expect(warned || status.original.assigned == 0 || (!status.ended && !status.nearEnd), "\(customer.handle) \(status.original.id) after \(line)")
                    }
                    Self.checkFinished(guidance, customer, after: line)
                    Self.checkOverlaps(guidance, customer, after: line)
                    Self.checkOrder(customer, today: session.today, after: line)
                }
            }
            // The recorded transcript replays identically and rebuilds the same portfolio.
            guard let transcript = try? Transcript.load(path) else { Issue.record("unreadable transcript"); return }
            let store = InMemoryStore()
            guard let result = try? TranscriptReplayer.replay(transcript, store: store) else { Issue.record("replay failed"); return }
            #expect(result.passed, Comment(rawValue: ReplayReport.summary(result)))
            #expect((try? store.allCustomers()) == (try? session.store.allCustomers()))
        }
    }
}
