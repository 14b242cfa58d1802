import Foundation
import MigrationGuide
import MigrationStore

/// Every sentence in English.
struct English: Phrasebook {
    var language: Language { .en }

    func placeholder(_ name: String) -> String { name }

    func label(_ label: Label) -> String {
        switch label {
        case .commands: "Commands"
        case .usage: "Usage"
        case .arguments: "Arguments"
        case .flags: "Flags"
        case .examples: "Examples"
        case .helpFooter: "Type \(typed(Help.line(Placeholder.declared))) or \(quoted("\(placeholder(Help.command.argumentSpec.name)) \(Parser.helpFlag)")) for its flags and an example; \(typed(Steps.self)) explains the four steps of the move. You can also ask in your own words, in English or Portuguese: \"what's next for contoso?\""
        case .originals: "Original subscriptions"
        case .cspSubscriptions: "CSP subscriptions"
        case .warnings: "Warnings, most urgent first"
        case .next: "Next"
        case .invitation: "Invitation"
        case .notInvited: "not sent yet"
        case .invitedOn: "sent"
        case .acceptedOn: "accepted"
        case .id: "ID"
        case .offer: "Offer"
        case .seatsColumn: "Seats"
        case .assigned: "Assigned"
        case .ends: "Ends"
        case .daysLeft: "Days left"
        case .position: "State"
        case .replacedBy: "Replaced by"
        case .provisioned: "Provisioned"
        case .replaces: "Replaces"
        case .provisionFrom: "Provision from"
        case .provisionBy: "Latest"
        case .now: "now"
        case .notNeeded: "not needed: no users"
        case .leadDays: "Lead (days)"
        case .planHeading: "the plan"
        case .handle: "Handle"
        case .name: "Name"
        case .stageColumn: "Step"
        case .warningsColumn: "Warnings"
        case .mostUrgent: "Most urgent"
        case .program: "Program"
        case .domain: "Domain"
        case .email: "Admin e-mail"
        case .noCustomers: "No customers yet. Add one with \(typed(CustomerAdd.template))."
        case .noOriginals: "No original subscriptions recorded (\(typed(LicenseAdd.self)))."
        case .noCSP: "No CSP subscriptions yet."
        case .noWarnings: "No warnings."
        case .portfolioHeading: "Portfolio, most urgent first"
        case .settingsHeading: "Settings"
        case .settingChangedForEveryone: "Changed for everyone who uses this database: the figures are a shared policy, not a personal preference."
        case .reassignmentNone: "No reassignment needed: every CSP subscription keeps the offer of the original it replaces, or it was already recorded as done."
        case .reassignmentHeading: "License reassignment needed"
        case .goodbye: "Bye."
        case .errorTag: "error"
        case .warningTag: "warning"
        case .noteTag: "note"
        case .aliases: "also"
        case .row: "row"
        case .noJournal: "Nothing recorded yet."
        case .when: "When"
        case .sessionDate: "Date"
        case .agent: "Who"
        case .command: "Command"
        case .historySearch: "(history search)"
        case .historySearchNotFound: "(history search: not found)"
        }
    }

    func stage(_ stage: MigrationStage) -> String {
        switch stage {
        case .invite: "step 1 of 4: invite"
        case .provision: "step 2 of 4: provision"
        case .retire: "step 3 of 4: retire the originals"
        case .complete: "step 4 of 4: complete"
        }
    }

    func program(_ program: Program) -> String {
        switch program {
        case .open: "Open License"
        case .mosp: "MOSP (web direct)"
        case .ea: "Enterprise Agreement"
        case .retail: "Retail"
        case .other: "Other program"
        }
    }

    func programInSentence(_ program: Program) -> String {
        switch program {
        case .retail: "retail"
        case .other: "another program"
        case .open, .mosp, .ea: self.program(program)
        }
    }

    func days(_ count: Int) -> String { counted(count, "day", "days") }
    func users(_ count: Int) -> String { counted(count, "user", "users") }
    func seats(_ count: Int) -> String { counted(count, "seat", "seats") }

    /// `1 original and no CSP subscriptions`.
    func subscriptionCounts(originals: Int, csp: Int) -> String {
        (originals == 0 ? "no originals" : counted(originals, "original", "originals")) + " and "
            + (csp == 0 ? "no CSP subscriptions" : counted(csp, "CSP subscription", "CSP subscriptions"))
    }
}
