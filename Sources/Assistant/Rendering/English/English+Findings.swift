import MigrationGuide

/// English, findings: the warnings and notes, their short summaries, an original's position and the next action.
extension English {
    func position(_ status: OriginalStatus) -> String {
        let original = status.original
        var text: String
        switch original.ending {
        case .cancelled(let on, let early): text = early ? "cancelled \(on) early (W-EARLY-CANCEL confirmed)" : "cancelled \(on)"
        case .expired(let on): text = "expired \(on)"
        case nil: text = status.ended ? "ended \(original.expires)" : (status.nearEnd ? "near its end" : "active")
        }
        switch status.lifecycle {
        case .active: break
        case .expired(let until): text += "; users keep access until \(until)"
        case .disabled(let deletion): text += "; disabled, data deleted \(deletion)"
        case .deleted: text += "; deleted"
        }
        if original.autoRenew, !status.ended { text += ", auto-renew on" }
        return text
    }

    private func subject(_ id: LicenseID, _ offer: String) -> String { "\(id) (\(offer))" }

    func finding(_ finding: Finding, handle: Handle) -> String {
        switch finding {
        case .earlyCancel(let f):
            var text = "Cancelling \(subject(f.license, f.offer)) now is early: it runs until \(f.expires), \(days(f.daysLeft)) away, and a cancelled original is not refunded"
            if let value = f.forfeited {
                text += ", so about \(money(value)) of paid time would be lost."
            } else {
                text += " (record a price with `license edit` to see the amount)."
            }
            text += " Wait: from \(f.recommendedFrom) it is in the near-end window and can be cancelled at little cost; better still, turn off renewal and let it expire on \(f.expires)."
            if f.usersLoseAccessAtOnce {
                text += " Nothing replaces it in CSP yet: a cancelled subscription skips the 30-day expired stage, so its users would lose access the same day."
            }
            switch f.program {
            case .mosp: text += " This customer buys through MOSP: the partner refunds nothing, but Microsoft 365 billing support may grant a credit, so have the customer ask them before cancelling."
            case .ea: text += " For an Enterprise Agreement there is a safer path: once the relationship is accepted, schedule the CSP subscriptions for the EA renewal (renew to CSP) in Partner Center."
            default: break
            }
            return text
        case .coverageGap(let f):
            return coverageGap(f, handle: handle)
        case .offerChange(let f):
            return "\(subject(f.replacement, f.newOffer)) replaces \(subject(f.original, f.originalOffer)) with a different offer: move the licenses of its \(users(f.users)) to the new offer before \(f.original) ends on \(f.deadline)\(f.daysLeft >= 0 ? " (in \(days(f.daysLeft)))" : ""), or they lose what came with the old one. Then record it: `\(Reassign.line(handle, done: true))`."
        case .seatShortfall(let f):
            return "\(subject(f.original, f.offer)) has \(users(f.assigned)) with a license, but its CSP replacement has only \(seats(f.cspSeats)): \(users(f.usersWithoutLicense)) would be left without a license when it ends. Provision \(seats(f.usersWithoutLicense)) more, or free licenses that nobody uses."
        case .cspWindow(let f):
            return "\(subject(f.subscription, f.offer)) was provisioned on \(f.provisionedOn) with \(seats(f.seats)): until \(f.closesOn) (\(days(f.daysLeft)) left) its seats can still be reduced or the subscription cancelled with a prorated refund. After that the whole term is committed, so check the quantity and the term now."
        case .autoRenew(let f):
            return "\(subject(f.license, f.offer)) renews by itself and ends on \(f.expires) (in \(days(f.daysLeft))): turn off recurring billing so that it expires instead of starting a new paid term, then record it: `\(LicenseEdit.autoRenewLine(handle, f.license, on: false))`."
        case .inviteStale(let f):
            return "The reseller invitation sent on \(f.sentOn)\(f.email.map { " to \($0)" } ?? "") has waited \(days(f.daysPending)) without an answer. Call the customer's global admin, or send it again with `\(Invite.line(handle))`."
        case .overlap(let f):
            let cost = f.cost.map { ", about \(money($0)) for the original" } ?? ""
            return "From \(f.from) to \(f.until) (\(days(f.days))) the customer pays for both \(f.original) and its replacement \(f.replacement)\(cost): the price of a move without interruption."
        }
    }

    private func coverageGap(_ f: CoverageGap, handle: Handle) -> String {
        let who = subject(f.license, f.offer)
        let fix = f.accepted
            ? "Provision its replacement now."
            : "The customer has not accepted the reseller relationship, so nothing can be provisioned yet: get the invitation accepted first."
        switch f.lifecycle {
        case .active:
            let lose = f.daysUntilUsersLoseAccess.map { f.endDate.adding(days: $0 - f.daysLeft) }
            return "\(who) ends on \(f.endDate) (in \(days(f.daysLeft))) and no CSP subscription replaces it: its \(users(f.assigned)) keep access through the 30-day expired stage, until \(lose.map(\.description) ?? "then"), and then lose it. \(fix)"
        case .expired(let until):
            return "\(who) ended on \(f.endDate) and no CSP subscription replaces it. It is in the expired stage: its \(users(f.assigned)) keep access for \(days(f.daysUntilUsersLoseAccess ?? 0)) more, until \(until); then it is disabled (admins only) and its data is deleted on \(until.adding(days: (f.daysUntilDataDeleted ?? 0) - (f.daysUntilUsersLoseAccess ?? 0))). \(fix)"
        case .disabled(let deletion):
            if f.ifCancelled {
                return "Nothing replaces \(who) in CSP yet: cancelling it skips the 30-day expired stage, so its \(users(f.assigned)) would lose access on \(f.endDate), and its data would be deleted on \(deletion). Provision the replacement first."
            }
            return "\(who) ended on \(f.endDate) with no replacement and is disabled: its users have lost access, only admins can reach the data, and it is deleted on \(deletion) (in \(days(f.daysUntilDataDeleted ?? 0))). \(fix)"
        case .deleted(let on):
            return "\(who) was deleted on \(on) with no replacement."
        }
    }

    func summary(_ finding: Finding) -> String {
        switch finding {
        case .earlyCancel(let f): "\(f.license) cancelling now forfeits \(days(f.daysLeft))"
        case .coverageGap(let f):
            switch f.lifecycle {
            case .active: "\(f.license) ends in \(days(f.daysLeft)), nothing replaces it"
            case .expired: "\(f.license) expired, users lose access in \(days(f.daysUntilUsersLoseAccess ?? 0))"
            case .disabled: "\(f.license) disabled, users have no access"
            case .deleted: "\(f.license) deleted"
            }
        case .offerChange(let f): "reassign \(users(f.users)) to \(f.newOffer) before \(f.deadline)"
        case .seatShortfall(let f): "\(f.original) short of \(seats(f.usersWithoutLicense))"
        case .cspWindow(let f): "\(f.subscription) can be corrected until \(f.closesOn)"
        case .autoRenew(let f): "\(f.license) will renew on \(f.expires) unless turned off"
        case .inviteStale(let f): "invitation unanswered for \(days(f.daysPending))"
        case .overlap(let f): "\(f.original) and \(f.replacement) both paid for \(days(f.days))"
        }
    }

    func nextAction(_ action: NextAction) -> String {
        switch action {
        case .invite:
            "Request the reseller relationship in Partner Center and send the invitation to the customer's global admin."
        case .awaitAcceptance(let sentOn, let pending, let stale):
            stale
                ? "The invitation sent on \(sentOn) has waited \(days(pending)): follow up with the global admin or send it again; record the acceptance with `accept` when it comes."
                : "Wait for the global admin to accept the invitation sent on \(sentOn) (\(pending == 0 ? "today" : "\(days(pending)) ago")), then record it."
        case .recordOriginals:
            "Record the customer's original subscriptions, with seats, users and end dates, so the move can be planned."
        case .provision(let original, let offer, let seats, let endDate):
            "Provision \(offer) with \(self.seats(seats)) to replace \(original), which ends on \(endDate)."
        case .addSeats(let original, let offer, let missing):
            "Provision \(self.seats(missing)) more of \(offer) so every user of \(original) keeps a license."
        case .reassign(let users, let deadline):
            "Move the licenses of \(self.users(users)) to the new offers before \(deadline), then record it."
        case .turnOffAutoRenew(let license, let expires):
            "Turn off recurring billing on \(license) so it expires on \(expires) instead of renewing."
        case .retire(let license, let expires, let daysLeft):
            "\(license) is within its last \(days(max(daysLeft, 0))): let it expire on \(expires) and record it then with `expire`, or cancel it now with `cancel` at little cost."
        case .waitForWindow(let license, let opensOn, let expires):
            "Nothing to do now: \(license) is covered and runs until \(expires). From \(opensOn) it can be retired; until then cancelling it would waste paid time."
        case .complete:
            "The move is complete: the customer works on its CSP subscriptions."
        }
    }
}
