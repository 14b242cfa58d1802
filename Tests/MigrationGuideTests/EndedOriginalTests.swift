import Foundation
import MigrationGuide
import Testing

/// The plan of an original whose end date has passed: no latest day in the past, but the stage it
/// is in by its program and the day its users lose access.
@Suite("The plan after an original's end")
struct EndedOriginalTests {
    static let end = date("2026-12-20")

    static func subject(_ program: Program, eaTerm: EATerm = .standard) -> Customer {
        var subject = customer(program: program, originals: [("Office 365 E3", 10, 8, end.description)])
        subject.eaTerm = eaTerm
        return subject
    }

    @Test("the day before the end the plan has no end to report; from the end day it has, with the program's stages", arguments: [
        (Program.open, EATerm.standard, 30, 90), (.mosp, .standard, 30, 90), (.ea, .standard, 90, 60), (.ea, .multiYear, 90, 90), (.retail, .standard, 30, 90),
    ])
    func endedByProgram(program: Program, eaTerm: EATerm, expired: Int, disabled: Int) throws {
        let subject = Self.subject(program, eaTerm: eaTerm)
        #expect(guide.plan(for: subject.originals[0], in: subject, on: Self.end.adding(days: -1)).ended == nil)
        let ended = try #require(guide.plan(for: subject.originals[0], in: subject, on: Self.end).ended)
        #expect(ended.endedOn == Self.end)
        #expect(ended.usersLoseAccessOn == Self.end.adding(days: expired))
        #expect(ended.dataDeletedOn == Self.end.adding(days: expired + disabled))
        #expect(ended.lifecycle == .expired(usersLoseAccessOn: Self.end.adding(days: expired)))
        guard case .provision(_, _, _, _, _, let channelTransfer, let next?) = guide.guidance(for: subject, on: Self.end).nextAction else {
            Issue.record("not provisioning now"); return
        }
        #expect(next == ended)
        // Renewing to CSP is for an EA renewal still to come.
        #expect(!channelTransfer)
        // The last day of the expired stage, then the first without access.
        let last = try #require(guide.plan(for: subject.originals[0], in: subject, on: Self.end.adding(days: expired - 1)).ended)
        #expect(last.lifecycle.usersHaveAccess)
        let gone = try #require(guide.plan(for: subject.originals[0], in: subject, on: Self.end.adding(days: expired)).ended)
        #expect(gone.lifecycle == .disabled(dataDeletedOn: Self.end.adding(days: expired + disabled)))
    }

    @Test("a changed stage setting moves the day users lose access")
    func changedStage() throws {
        var settings = GuideSettings()
        settings[.openExpiredDays] = 45
        let subject = Self.subject(.open)
        let ended = try #require(Guide(settings: settings).plan(for: subject.originals[0], in: subject, on: Self.end).ended)
        #expect(ended.usersLoseAccessOn == Self.end.adding(days: 45))
        #expect(ended.stages.expiredDays == 45)
    }
}
