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
        // Its renewal, not the expired stage, is what a web-direct original past its end most
        // likely reached (W-AUTO-RENEW says what to check).
        if status.probablyRenewed { return text + "; probably renewed (W-AUTO-RENEW)" }
        // Nobody to move, whatever its stage: nothing needs buying for it, and no user loses access.
        let unused = status.replacements.isEmpty && !status.replacementNeeded
        var separator = "; "
        switch status.lifecycle {
        case .active: break
        case .expired(let until): text += unused ? "" : "; users lose access on \(until)"
        case .disabled(let deletion): text += "; disabled, data deleted \(deletion)"
        case .deleted:
            text += "; deleted"
            separator = ", "
        }
        if !status.ended {
            switch original.autoRenew {
            case true?: text += ", auto-renew on"
            case nil: text += ", auto-renew not recorded"
            case false?: break
            }
        }
        if unused { text += separator + "no users: nothing to provision" }
        return text
    }

    private func subject(_ id: LicenseID, _ offer: String) -> String { "\(id) (\(offer))" }

    private func about(_ value: Money?) -> String { value.map { ", about \(money($0))" } ?? "" }

    /// An amount paid twice: the CSP seats it counts, and whether their price is the original's.
    /// A replacement shared with other originals: this one's share of its seats, and whose users
    /// the others serve.
    func paidTwice(_ value: Money?, cspSeats: Int, atOriginalPrice: Bool, shared: SharedSeats? = nil) -> String {
        value.map { amount in
            let counted = shared.map { "\(number(cspSeats)) of the \(number($0.seats)) CSP seats" } ?? "\(number(cspSeats)) CSP \(cspSeats == 1 ? "seat" : "seats")"
            let notes = [atOriginalPrice ? "at the original's price per seat: no CSP price is recorded" : nil, shared.map { shared in "the other seats are for the users of \(shared.with.map(\.description).joined(separator: " and ")), which the same replacement also takes over from" }].compactMap { $0 }
            return ", about \(money(amount)) for \(counted)" + (notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")")
        } ?? ""
    }

    private func inDays(_ count: Int) -> String { count >= 0 ? " (in \(days(count)))" : "" }

    /// The stage an ended original is in, from its program's stage lengths, and what follows.
    func endedStage(_ ended: EndedOriginal) -> String {
        switch ended.lifecycle {
        case .active, .expired:
            "It is in the expired stage (\(days(ended.stages.expiredDays)) for \(programInSentence(ended.program))), so its users lose access on \(ended.usersLoseAccessOn); its data is deleted on \(ended.dataDeletedOn)."
        case .disabled(let deletion):
            "It is disabled: its users have had no access since \(ended.usersLoseAccessOn), and its data is deleted on \(deletion)."
        case .deleted(let on):
            "Its data was deleted on \(on)."
        }
    }

    private func owedDeadline(_ owed: OwedReassignment) -> String {
        switch owed.deadlineKind {
        case .originalEnds: "before \(owed.deadline)\(inDays(owed.daysLeft))"
        case .usersLoseAccess: "before they lose access on \(owed.deadline)\(inDays(owed.daysLeft))"
        }
    }

    func term(_ term: CSPTerm) -> String {
        switch term {
        case .monthly: "monthly"
        case .annual: "annual"
        case .threeYear: "three-year"
        }
    }

    func billing(_ billing: BillingFrequency) -> String {
        switch billing {
        case .monthly: "billed monthly"
        case .annual: "billed annually"
        case .upfront: "paid up front"
        }
    }

    func finding(_ finding: Finding, handle: Handle) -> String {
        switch finding {
        case .usersUnlicensed(let f):
            if f.ifCancelled {
                return "Cancelling \(subject(f.original, f.offer)) on \(f.since) would leave \(users(f.users)) without a license: its CSP replacement has no seat for them, and a cancelled subscription skips the expired stage. Its data would be deleted on \(f.dataDeletedOn)\(inDays(f.daysUntilDataDeleted)). Provision the missing seats before cancelling."
            }
            let (why, fix) = switch f.cause {
            case .noReplacement: ("the original ended and no CSP subscription replaces it", "Provision the replacement now and assign the licenses.")
            case .seatShortfall: ("its CSP replacement has no seat for them", "Provision the missing seats now.")
            case .notReassigned: ("their licenses were never moved to the new offer", "Assign them the new offer now, then `\(Reassign.line(handle, done: true))`.")
            }
            // Deleted data leaves the users as they were: without service, and now without their data too.
            let data = f.daysUntilDataDeleted > 0
                ? "Its data is deleted on \(f.dataDeletedOn)\(inDays(f.daysUntilDataDeleted))."
                : "Its data was deleted on \(f.dataDeletedOn): they start again without it."
            let noLongerNeeded = f.daysUntilDataDeleted > 0 ? ""
                : " If they no longer need a license, record it: `\(LicenseEdit.line(handle, f.original).with(LicenseEdit.assigned, "0"))`."
            return "\(users(f.users)) of \(subject(f.original, f.offer)) have had no access since \(f.since): \(why). \(data) \(fix)\(noLongerNeeded)"
        case .earlyCancel(let f):
            return earlyCancel(f, handle: handle)
        case .earlyProvision(let f):
            guard let refund = f.recoverable else {
                return "Provisioning the replacement of \(subject(f.original, f.offer)) on \(f.provisionOn) is early: \(f.original) runs until \(f.endDate), so \(days(f.daysPaidTwice)) would be paid twice\(paidTwice(f.paidTwice, cspSeats: f.cspSeats, atOriginalPrice: f.atOriginalPrice, shared: f.shared)). The plan is to provision from \(f.recommendedFrom) (latest \(f.latest)); waiting until then saves \(days(f.avoidableDays))\(about(f.avoidable))."
            }
            return "Provisioning the replacement of \(subject(f.original, f.offer)) on \(f.provisionOn) is early: \(f.original) runs until \(f.endDate), so both would be paid for \(days(f.daysPaidTwice))\(paidTwice(f.paidTwice, cspSeats: f.cspSeats, atOriginalPrice: f.atOriginalPrice, shared: f.shared)). That is not lost: \(recovery(refund, f.original, handle: handle)) The plan is to provision from \(f.recommendedFrom) (latest \(f.latest))."
        case .cspCancel(let f):
            return "Cancelling \(subject(f.subscription, f.offer)) on \(f.on) is refunded inside the correction window, but a cancelled CSP subscription goes straight to Deleted: its users lose access at once and it cannot be restored; the admin has \(days(f.backupDays)) to back up data before it is deleted on \(f.dataDeletedOn). To correct a record typed by mistake instead: `\(CspEdit.line(handle, f.subscription))` or `\(CspRemove.line(handle, f.subscription))`."
        case .coverageGap(let f):
            return coverageGap(f, handle: handle)
        case .offerChange(let f):
            let deadline = switch f.deadlineKind {
            case .originalEnds: "before \(f.original) ends on \(f.deadline)\(inDays(f.daysLeft))"
            case .usersLoseAccess: "before they lose access on \(f.deadline)\(inDays(f.daysLeft)): \(f.original) has already ended"
            }
            return "\(subject(f.replacement, f.newOffer)) replaces \(subject(f.original, f.originalOffer)) with a different offer: move the licenses of its \(users(f.users)) to the new offer \(deadline), or they lose what came with the old one. Then record it: `\(Reassign.line(handle, done: true))`."
        case .noAdminRights(let f):
            // Each original keeps its own deadline: merging them under the earliest hides the later ones.
            let owed = f.owed.map { "\(users($0.users)) of \(subject($0.original, $0.offer)) \(owedDeadline($0))" }
            var text = f.owed.count > 1
                ? "Licenses must be assigned to a new offer: \(owed.joined(separator: "; ")). No accepted GDAP relationship with the License Administrator role is recorded: the reseller relationship alone gives the partner no admin rights."
                : "The licenses of \(users(f.users)) must be assigned to a new offer before \(f.deadline)\(inDays(f.daysLeft)), and no accepted GDAP relationship with the License Administrator role is recorded: the reseller relationship alone gives the partner no admin rights."
            switch f.gdap {
            case nil: text += " Request it now (`\(GdapRequest.line(handle))`), or agree that the customer's own admin assigns them before then."
            case .pending(let since, let lapses)?: text += " The GDAP request of \(since) still waits for the customer's Global Administrator (it lapses on \(lapses)): follow it up, or agree that the customer's own admin assigns them."
            case .lapsed(let on)?: text += " The GDAP request lapsed unanswered on \(on): request it again (`\(GdapRequest.line(handle))`), or agree that the customer's own admin assigns them."
            case .active?: text += " The accepted GDAP relationship lacks License Administrator: request one with that role (`\(GdapRequest.line(handle))`)."
            case .ended(let on)?: text += " The GDAP relationship ended on \(on): request a new one (`\(GdapRequest.line(handle))`)."
            }
            return text + " Once the assignments are done: `\(Reassign.line(handle, done: true))`."
        case .seatShortfall(let f):
            let who = f.originals.count > 1 ? f.originals.map(\.description).joined(separator: " + ") + " (\(f.offer))" : subject(f.original, f.offer)
            return "\(who) has \(users(f.assigned)) with a license, but its CSP replacement has only \(seats(f.cspSeats)): \(users(f.usersWithoutLicense)) would be left without a license when it ends. Add \(seats(f.usersWithoutLicense)) to \(f.addTo.id) in Partner Center and record it (`\(CspEdit.line(handle, f.addTo.id).with(CspEdit.seats, String(f.addTo.seats + f.usersWithoutLicense)))`); the added seats can be reduced only within \(days(f.correctionDays)) of being added. Or free licenses that nobody uses."
        case .seatSurplus(let f):
            let when = f.daysLeftInWindow > 0
                ? "Reduce them before \(f.windowClosesOn) (\(days(f.daysLeftInWindow)) left); after that they"
                : "The correction window closed on \(f.windowClosesOn): they"
            return "\(subject(f.subscription, f.offer)) brings \(seats(f.seats)) for \(users(f.users)): \(seats(f.surplus)) more than needed. \(when) are paid until the term ends on \(f.termEndsOn)\(about(f.cost))."
        case .cspWindow(let f):
            return "\(subject(f.subscription, f.offer)) was provisioned on \(f.provisionedOn) with \(seats(f.seats)), \(term(f.term)) term \(billing(f.billing)): until \(f.closesOn) (\(days(f.daysLeft)) left) its seats can still be reduced or the subscription cancelled with a prorated refund (`\(CspCancel.line(handle, f.subscription))`). After that the partner is committed to the whole term, until \(f.termEndsOn)\(about(f.committed)), so check the quantity and the term now."
        case .autoRenew(let f) where f.renewedOn != nil:
            return renewed(f, handle: handle)
        case .autoRenew(let f) where !f.recorded:
            return "\(subject(f.license, f.offer)) ends on \(f.expires) (in \(days(f.daysLeft))) and whether it renews by itself is not recorded: Microsoft turns recurring billing on by default, so check it in the Microsoft 365 admin center and turn it off so that it expires instead of starting a new paid term, then record it: `\(LicenseEdit.autoRenewLine(handle, f.license, on: false))`."
        case .autoRenew(let f):
            return "\(subject(f.license, f.offer)) renews by itself and ends on \(f.expires) (in \(days(f.daysLeft))): turn off recurring billing so that it expires instead of starting a new paid term, then record it: `\(LicenseEdit.autoRenewLine(handle, f.license, on: false))`."
        case .gdapExpiring(let f):
            return "The GDAP relationship (admin rights) ends on \(f.expiresOn)\(inDays(f.daysLeft)) and the move is not complete: ask the customer to extend it, or request a new one with `\(GdapRequest.line(handle))`."
        case .inviteStale(let f):
            return "The reseller invitation sent on \(f.sentOn)\(f.email.map { " to \($0)" } ?? "") has waited \(days(f.daysPending)) without an answer. Call the customer's global admin, or send it again with `\(Invite.line(handle))`."
        case .gdapStale(let f):
            return f.lapsed
                ? "The GDAP request sent on \(f.requestedOn) lapsed unanswered on \(f.lapsesOn): request it again with `\(GdapRequest.line(handle))`."
                : "The GDAP request sent on \(f.requestedOn) has waited \(days(f.daysPending)) without an answer; it lapses on \(f.lapsesOn). Call the customer's Global Administrator, or request it again with `\(GdapRequest.line(handle))`."
        case .currencyMismatch(let f):
            return "\(subject(f.original, f.offer)) is priced in \(f.price.currency) (\(money(f.price)) per seat per month), but the customer's currency is \(f.customerCurrency): its amounts are stated in \(f.price.currency) and never added to the customer's amounts in \(f.customerCurrency). If the price was typed in the wrong currency, correct it: `\(LicenseEdit.line(handle, f.original).with(LicenseEdit.price, f.price.roundedAmount.description).with(LicenseEdit.currency, f.customerCurrency))`."
        case .purchaseDateUnknown(let f):
            return "\(subject(f.subscription, f.offer)): purchase date unknown (the import file does not give it), so no correction window or refund is promised and the term's end is unknown. Look it up in Partner Center and record it with \(typed(CspEdit.datingLine(handle, f.subscription)))."
        case .tenantLimit(let f):
            return "\(number(f.running)) originals are still running, more than the \(number(f.limit)) subscriptions a tenant may hold, so they cannot all be duplicated in CSP. For those over the limit: turn renewal off, let each expire, and buy it in CSP during its expired stage (\(days(f.expiredStageDays))), while users still have access."
        case .overlap(let f):
            let paid = "From \(f.from) to \(f.until) (\(days(f.days))) the customer pays twice for \(f.original): the original and its replacement \(f.replacements.map(\.description).joined(separator: ", "))\(paidTwice(f.cost, cspSeats: f.cspSeats, atOriginalPrice: f.atOriginalPrice, shared: f.shared))."
            guard let refund = f.recoverable else { return paid + " That is the cost of provisioning before the end; a planned move keeps it short." }
            return paid + " It can be recovered: " + recovery(refund, f.original, handle: handle)
        case .refundWindow(let f):
            let account = f.accountKnown ? "On the customer's MCA account" : "If the web-direct account is MCA (not recorded), then"
            let move = f.covered
                ? "cancel it before then to move at no loss (`\(Cancel.line(handle, f.license))`)"
                : "to move at no loss, provision its replacement and cancel \(f.license) before then"
            return "\(account) \(subject(f.license, f.offer)) can be cancelled with a prorated refund until \(f.closesOn) (\(days(f.daysLeft)) left): \(move). After that, cancelling brings nothing back and the term runs, and is billed, to \(f.expires)."
        }
    }

    /// How days paid twice come back: cancelling the original once the replacement covers the users.
    private func recovery(_ refund: CancellationRefund, _ original: LicenseID, handle: Handle) -> String {
        let cancel = "`\(Cancel.line(handle, original))`"
        if case .mcaInsideWindow(let closes) = refund {
            return "once the replacement covers the users, cancel \(original) before \(closes) (\(cancel)): the MCA account is refunded (prorated) until then."
        }
        return "once the replacement covers the users, cancel \(original) (\(cancel)): the MOSA account gets a prorated credit for the rest of its term."
    }

    /// W-AUTO-RENEW once the end date has passed: a renewal to check, and its refund window.
    private func renewed(_ f: AutoRenew, handle: Handle) -> String {
        let billing = f.recorded ? "with recurring billing recorded on" : "and whether it renews by itself is not recorded (Microsoft turns recurring billing on by default)"
        var text = "\(subject(f.license, f.offer)) reached its end date, \(f.expires), \(billing): it has most likely renewed that day for a new paid term rather than expired, and its users keep their licenses. Check it in the Microsoft 365 admin center."
        if let closes = f.refundClosesOn {
            let window = days(f.expires.days(until: closes))
            let open = (f.refundDaysLeft ?? 0) > 0
            switch f.account ?? .unknown {
            case .mosa: text += " On a MOSA account, cancelling the new term gives a prorated credit or refund."
            case .mca where open: text += " On an MCA account, cancelling is refunded (prorated) only within \(window) of the renewal: before \(closes) (\(days(f.refundDaysLeft ?? 0)) left)."
            case .mca: text += " On an MCA account the refund window after the renewal closed on \(closes): the new term is paid; turn recurring billing off so it does not renew again."
            case .unknown where open: text += " If the billing account is MCA, cancelling is refunded (prorated) only within \(window) of the renewal: before \(closes) (\(days(f.refundDaysLeft ?? 0)) left); a MOSA account gets a prorated credit."
            case .unknown: text += " If the billing account is MCA, its refund window after the renewal closed on \(closes); a MOSA account gets a prorated credit."
            }
        }
        return text + " Then record what you find: the new end date (\(typed(LicenseEdit.expiresTemplate(handle, f.license)))), or, if it did not renew, `\(LicenseEdit.autoRenewLine(handle, f.license, on: false))`."
    }

    private func earlyCancel(_ f: EarlyCancellation, handle: Handle) -> String {
        var text = "Cancelling \(subject(f.license, f.offer)) on \(f.on) is early: it runs until \(f.expires), \(days(f.daysLeft)) away."
        let lost = f.remainingValue.map { "about \(money($0)) of paid time" } ?? "the paid time (record a price with \(typed(LicenseEdit.self)) to see the amount)"
        switch f.refund {
        case .none:
            text += " A cancelled subscription from \(programInSentence(f.program)) is not refunded (partner practice, not a Microsoft rule), so \(lost) would be lost."
        case .proratedCredit:
            text += " The customer's web-direct account is MOSA: a prorated credit or refund is expected, so no money is lost: the risk is the users' access."
            text += f.onlineCancelLimit.map { " " + onlineCancelLimit($0) } ?? ""
        case .mcaInsideWindow(let closes):
            text += " The customer's web-direct account is MCA and the term started recently: cancelled before \(closes), it is refunded (prorated), so no money is lost: the risk is the users' access."
        case .mcaAfterWindow(let closed):
            text += " The customer's web-direct account is MCA and its refund window closed on \(closed): \(lost) would be lost, and an annual subscription paid monthly is still charged every month to its end. \(f.autoRenew == false ? "Let it run instead of cancelling (recurring billing is recorded off)" : "Turn recurring billing off instead of cancelling"): users keep access until \(f.expires)."
        case .mcaStartUnknown(let window):
            text += " The customer's web-direct account is MCA: it is refunded only within \(days(window)) of start or renewal (record the start with \(typed(LicenseEdit.startedTemplate(handle, f.license)))); after that \(lost) would be lost, so \(f.autoRenew == false ? "let it run to its end instead (recurring billing is recorded off)" : "turn recurring billing off instead")."
        case .accountUnknown(let window, _):
            text += " The web-direct billing account is not recorded: a MOSA account gets a prorated credit or refund; an MCA account only within \(days(window)) of start or renewal, after which \(lost) would be lost and \(f.autoRenew == false ? "it should run to its end instead" : "recurring billing should be turned off instead"). Look under Billing → Billing accounts in the Microsoft 365 admin center (an MCA account has a billing profile), then `\(CustomerEdit.billingAccountLine(handle, .mosa))` or \(quoted(BillingAccount.mca.rawValue))."
            text += f.onlineCancelLimit.map { " If it is MOSA: " + onlineCancelLimit($0) } ?? ""
        }
        switch f.program {
        case .mosp, .other:
            text += " Better: from \(f.recommendedFrom) it will be in the near-end window; \(f.autoRenew == false ? "recurring billing is recorded off, so let it" : "turn off recurring billing and let it") expire on \(f.expires)."
        case .open, .retail:
            text += " An Open License or retail subscription is prepaid and runs to its end: let it expire on \(f.expires)."
        case .ea:
            text += " An Enterprise Agreement is committed per enrollment year: plan the move for the anniversary or the renewal, or renew to CSP (a channel transfer scheduled in Partner Center once the relationship is accepted)."
        }
        if f.usersLoseAccessAtOnce, let lose = f.usersLoseAccessOn {
            text += " Nothing replaces it in CSP yet: a cancelled subscription skips the expired stage (\(days(f.skippedExpiredDays))), so its users would lose access on \(lose)\(f.dataDeletedOn.map { " and its data would be deleted on \($0)" } ?? "")."
        }
        return text
    }

    private func coverageGap(_ f: CoverageGap, handle: Handle) -> String {
        let who = subject(f.license, f.offer)
        let fix = f.accepted
            ? f.provisionFrom.map { "Provision its replacement from \($0), by \(f.latest) at the latest." } ?? "Provision its replacement now."
            : "The customer has not accepted the reseller relationship, so nothing can be provisioned yet: get the invitation accepted first."
        switch f.lifecycle {
        case .active:
            if f.graceUncertain {
                return "\(who) ends on \(f.endDate) (in \(days(f.daysLeft))) and no CSP subscription replaces it: its \(users(f.assigned)) may lose access on \(f.endDate). Microsoft's current page gives \(days(f.stages.expiredDays)) of grace (users would lose access on \(f.usersLoseAccessOn)), but not every Volume Licensing subscription has it and the figure changed in 2025 (`\(Explain.line(.expiry))`): have the replacement in place by \(f.endDate). \(fix)"
            }
            return "\(who) ends on \(f.endDate) (in \(days(f.daysLeft))) and no CSP subscription replaces it: its \(users(f.assigned)) keep access through the expired stage (\(days(f.stages.expiredDays))) and lose it on \(f.usersLoseAccessOn). \(fix)"
        case .expired(let until):
            return "\(who) ended on \(f.endDate) and no CSP subscription replaces it. It is in the expired stage: its \(users(f.assigned)) keep access for \(days(f.daysUntilUsersLoseAccess ?? 0)) more and lose it on \(until)\(f.graceUncertain ? " at the latest (not every Volume Licensing subscription has the full grace)" : ""); then it is disabled (admins only) and its data is deleted on \(f.dataDeletedOn). \(fix)"
        case .disabled(let deletion):
            if f.ifCancelled {
                return "Nothing replaces \(who) in CSP yet: cancelling it skips the expired stage (\(days(f.stages.expiredDays))), so its \(users(f.assigned)) would lose access on \(f.endDate), and its data would be deleted on \(deletion). Provision the replacement first."
            }
            return "\(who) ended on \(f.endDate) with no replacement and is disabled: its users have lost access, only admins can reach the data, and it is deleted on \(deletion) (in \(days(f.daysUntilDataDeleted ?? 0))). \(fix)"
        case .deleted(let on):
            return "\(who) was deleted on \(on) with no replacement."
        }
    }

    /// Web direct near its end, recurring billing recorded off (`NextAction.retire`): let it expire,
    /// or cancel it when cancelling returns something.
    private func retireWebDirect(_ license: LicenseID, expires: CalendarDate, daysLeft: Int, refund: CancellationRefund, onlineCancelLimit: Int?) -> String {
        let within = "\(license) is within its last \(days(max(daysLeft, 0)))"
        let expire = "let it expire on \(expires) and record it then with \(typed(Expire.self))"
        let limit = onlineCancelLimit.map { " " + self.onlineCancelLimit($0) } ?? ""
        switch refund {
        case .none: return "\(within): \(expire), or cancel it now with \(typed(Cancel.self)) at little cost."
        case .proratedCredit: return "\(within): \(expire), or cancel it now with \(typed(Cancel.self)): the MOSA account gets a prorated credit.\(limit)"
        case .mcaInsideWindow(let closes): return "\(within): \(expire), or cancel it before \(closes) with \(typed(Cancel.self)): the MCA account is refunded (prorated) until then."
        case .mcaAfterWindow(let closed):
            return "\(within) and its recurring billing is recorded off: \(expire). Cancelling brings nothing back: the MCA account's refund window closed on \(closed)."
        case .mcaStartUnknown(let window):
            return "\(within) and its recurring billing is recorded off: \(expire). An MCA account is refunded only within \(days(window)) of start or renewal, so cancelling now most likely brings nothing back."
        case .accountUnknown(let window, _):
            return "\(within) and its recurring billing is recorded off: \(expire). Cancelling now brings a prorated credit on a MOSA account, but nothing on an MCA account past \(days(window)) from start or renewal: record the account with \(typed(CustomerEdit.billingAccountTemplate(Placeholder.placeholder))) to know.\(limit)"
        }
    }

    /// Why an unused web-direct original is cancelled now rather than let run to its end: the
    /// paid time left comes back, for certain or by the account type.
    private func cancelUnused(expires: CalendarDate, refund: CancellationRefund, refunded: Money?) -> String {
        let worth = refunded.map { ", about \(money($0))" } ?? ""
        let cancel = typed(Cancel.self)
        switch refund {
        case .mcaInsideWindow(let closes):
            return "cancel it before \(closes) with \(cancel), and the MCA account is refunded (prorated) for its paid time up to \(expires)\(worth); from that day cancelling brings nothing back."
        case .accountUnknown(let window, let closes):
            let mca = closes.map { "only until \($0) (\(days(window)) from start or renewal)" } ?? "only within \(days(window)) of start or renewal"
            return "on a MOSA account, cancelling it now brings a prorated credit for its paid time up to \(expires)\(worth); on an MCA account the refund comes \(mca), and past that it is let expire on \(expires). Record the account with \(typed(CustomerEdit.billingAccountTemplate(Placeholder.placeholder))) to know."
        default:
            return "cancel it now with \(cancel) rather than let it expire on \(expires), and the MOSA account gets a prorated credit for its paid time left\(worth)."
        }
    }

    /// Why an Open License or retail original is let run to its end, labelled as the partner
    /// practice it is (DOMAIN: what each program lets staff do), wherever it is said.
    private var prepaidRunsToEnd: String {
        "partner practice, not a Microsoft rule: an Open License or retail subscription has nothing to cancel or refund"
    }

    /// How an original nobody uses comes to its end, by what its program allows.
    private func letEnd(expires: CalendarDate, program: Program, turnOffRenewal: Bool) -> String {
        if turnOffRenewal { return "Turn off its recurring billing so it expires on \(expires) instead of renewing." }
        return switch program {
        case .mosp, .other: "Its recurring billing is recorded off: let it expire on \(expires), then record it with \(typed(Expire.self))."
        case .open, .retail: "Let it run to its end on \(expires) (\(prepaidRunsToEnd)), then record it with \(typed(Expire.self))."
        case .ea: "Let it reach its end on \(expires) with the enrollment, then record it with \(typed(Expire.self))."
        }
    }

    /// Microsoft's limit on cancelling a MOSA subscription online.
    func onlineCancelLimit(_ limit: Int) -> String {
        "Online, a MOSA subscription can be cancelled only with \(number(limit)) licenses or fewer: reduce it to \(number(limit)) first, or contact Microsoft support."
    }

    func summary(_ finding: Finding) -> String {
        switch finding {
        case .usersUnlicensed(let f): "\(users(f.users)) of \(f.original) without access since \(f.since)\(f.daysUntilDataDeleted > 0 ? "" : ", data deleted")"
        case .earlyCancel(let f):
            switch f.paidTime {
            case .lost: "\(f.license) cancelling now forfeits \(days(f.daysLeft))"
            case .unknown: "\(f.license) cancelling now may forfeit \(days(f.daysLeft))"
            case .refunded: "\(f.license) cancelling now is refunded but cuts users off"
            }
        case .earlyProvision(let f): "provisioning for \(f.original) now pays \(days(f.daysPaidTwice)) twice"
        case .cspCancel(let f): "cancelling \(f.subscription) deletes it at once"
        case .coverageGap(let f):
            switch f.lifecycle {
            case .active: "\(f.license) ends in \(days(f.daysLeft)), nothing replaces it"
            case .expired: "\(f.license) expired, users lose access in \(days(f.daysUntilUsersLoseAccess ?? 0))"
            case .disabled: "\(f.license) disabled, users have no access"
            case .deleted: "\(f.license) deleted"
            }
        case .offerChange(let f): "reassign \(users(f.users)) to \(f.newOffer) before \(f.deadline)"
        case .noAdminRights(let f): "no admin rights to reassign \(users(f.users)) before \(f.deadline)"
        case .seatShortfall(let f): "\(f.original) short of \(seats(f.usersWithoutLicense))"
        case .seatSurplus(let f): "\(f.subscription) has \(seats(f.surplus)) too many"
        case .cspWindow(let f): "\(f.subscription) can be corrected until \(f.closesOn)"
        case .autoRenew(let f): f.renewedOn.map { "\(f.license) has most likely renewed on \($0)" } ?? "\(f.license) will renew on \(f.expires) unless turned off"
        case .gdapExpiring(let f): "admin rights end on \(f.expiresOn)"
        case .inviteStale(let f): "invitation unanswered for \(days(f.daysPending))"
        case .gdapStale(let f): f.lapsed ? "GDAP request lapsed on \(f.lapsesOn)" : "GDAP request unanswered for \(days(f.daysPending))"
        case .tenantLimit(let f): "\(number(f.running)) originals, over the tenant limit of \(number(f.limit))"
        case .overlap(let f): "\(f.original) paid twice for \(days(f.days))"
        case .purchaseDateUnknown(let f): "\(f.subscription) purchase date unknown"
        case .refundWindow(let f): "\(f.license) refunded if cancelled before \(f.closesOn)"
        case .currencyMismatch(let f): "\(f.original) priced in \(f.price.currency), customer in \(f.customerCurrency)"
        }
    }

    func replacesNothing(_ subscription: CSPSubscription, links: [(original: LicenseID, ends: CalendarDate, command: SuggestedCommand)], all: SuggestedCommand?, remove: SuggestedCommand) -> String {
        let link = switch links.count {
        case 0: ""
        case 1: " If it takes over from one, link it: `\(links[0].command)`."
        default:
            " If it takes over from one, it could be any of \(number(links.count)) originals of its offer, so link the right one: "
                + links.map { "\($0.original) (ends \($0.ends)): `\($0.command)`" }.joined(separator: "; ")
                + (all.map { "; or, for all of them, `\($0)`" } ?? "") + "."
        }
        return "\(subscription.id) (\(subscription.offer)) replaces no original: a new service." + link + " If it was recorded by mistake: `\(remove)`."
    }

    func nextAction(_ action: NextAction) -> String {
        switch action {
        case .invite:
            "Request the reseller relationship in Partner Center and send the invitation to the customer's global admin."
        case .awaitAcceptance(let sentOn, let pending, let stale):
            stale
                ? "The invitation sent on \(sentOn) has waited \(days(pending)): follow up with the global admin or send it again; record the acceptance with \(typed(Accept.self)) when it comes."
                : "Wait for the global admin to accept the invitation sent on \(sentOn) (\(pending == 0 ? "today" : "\(days(pending)) ago")), then record it."
        case .recordOriginals:
            "Record the customer's original subscriptions, with seats, users and end dates, so the move can be planned."
        case .waitToProvision(let original, let offer, let from, let latest, let meanwhile):
            "Nothing to buy yet: provision \(offer) for \(original) from \(from) (latest \(latest)); before then every day would be paid twice." + meanwhile.map { preparation in
                switch preparation {
                case .requestGDAP(let offerChangeFrom): " The same offer needs no reassignment and no admin rights. If the replacement will be another offer, licenses must be reassigned: request admin rights now (GDAP with License Administrator, accepted by the customer's Global Administrator: \(typed(GdapRequest.self))) and provision from \(offerChangeFrom) instead."
                case .turnOffRenewal(let license): " Meanwhile, turn off recurring billing on \(license)."
                case .renewToCSP: " For this Enterprise Agreement the other path is to renew to CSP: a channel transfer scheduled in Partner Center for the EA renewal (`\(Explain.line(.enterpriseAgreement))`)."
                }
            }.joined()
        case .provision(let original, let offer, let seats, _, _, _, let ended?):
            "Provision \(offer) with \(self.seats(seats)) now to replace \(original), which ended on \(ended.endedOn). " + endedStage(ended)
        case .provision(let original, let offer, let seats, let endDate, let latest, let channelTransfer, nil):
            "Provision \(offer) with \(self.seats(seats)) to replace \(original), which ends on \(endDate) (latest \(latest))."
                + (channelTransfer ? " Or, for this Enterprise Agreement, renew to CSP: a channel transfer scheduled in Partner Center for the EA renewal (`\(Explain.line(.enterpriseAgreement))`)." : "")
        case .addSeats(let original, let offer, let missing, let subscription, let seats):
            "Add \(self.seats(missing)) to \(subscription) (\(offer)) in Partner Center, so every user of \(original) keeps a license, and record its \(self.seats(seats)); the added seats have their own correction window."
        case .getAdminRights(let users, let deadline, let gdap):
            switch gdap {
            case .pending(let since, _)?:
                "Get the GDAP request of \(since) accepted by the customer's Global Administrator before \(deadline), or agree that the customer's own admin moves the licenses of \(self.users(users))."
            case .ended(let on)?:
                "The GDAP relationship ended on \(on): request a new one with the License Administrator role before \(deadline) so the licenses of \(self.users(users)) can be moved, or agree that the customer's own admin does it."
            case .lapsed(let on)?:
                "The GDAP request lapsed unanswered on \(on): request a new one with the License Administrator role before \(deadline) so the licenses of \(self.users(users)) can be moved, or agree that the customer's own admin does it."
            case .active?:
                "The GDAP relationship lacks the License Administrator role: request one with it before \(deadline) so the licenses of \(self.users(users)) can be moved, or agree that the customer's own admin does it."
            case nil:
                "Get admin rights before \(deadline): request a GDAP relationship with the License Administrator role so the licenses of \(self.users(users)) can be moved, or agree that the customer's own admin does it."
            }
        case .reassign(let users, let deadline, let kind):
            switch kind {
            case .originalEnds: "Move the licenses of \(self.users(users)) to the new offers before \(deadline), then record it."
            case .usersLoseAccess: "Move the licenses of \(self.users(users)) to the new offers before they lose access on \(deadline), then record it."
            }
        case .turnOffAutoRenew(let license, let expires):
            "Turn off recurring billing on \(license) so it expires on \(expires) instead of renewing."
        case .checkRenewal(let license, let renewedOn):
            "Check in the Microsoft 365 admin center whether \(license) renewed on \(renewedOn), then record its new end date, or that recurring billing is off."
        case .retire(let license, let expires, let daysLeft, let program, let refund, let limit):
            switch program {
            case .mosp, .other: retireWebDirect(license, expires: expires, daysLeft: daysLeft, refund: refund, onlineCancelLimit: limit)
            case .open, .retail: "\(license) is within its last \(days(max(daysLeft, 0))): let it run to its end on \(expires) (\(prepaidRunsToEnd)), then record it with \(typed(Expire.self))."
            case .ea: "\(license) is within its last \(days(max(daysLeft, 0))): let it reach its end on \(expires) with the enrollment (or renew to CSP), then record it with \(typed(Expire.self))."
            }
        case .waitForWindow(let license, let opensOn, let expires, let program):
            switch program {
            case .mosp, .other: "Nothing to do now: \(license) is covered and runs until \(expires). From \(opensOn) it can be retired; until then cancelling it would waste paid time."
            case .open, .retail: "Nothing to do now: \(license) is covered and runs until \(expires); let it run to its end, then record it with \(typed(Expire.self))."
            case .ea: "Nothing to do now: \(license) is covered and runs until \(expires); plan for the anniversary or the renewal of the enrollment, then record its end with \(typed(Expire.self))."
            }
        case .complete:
            "The move is complete: every user works on the CSP subscriptions."
        case .nothingToMove:
            "Nothing left to move: no original had users who needed a CSP subscription, so none was bought."
        case .letUnusedEnd(let license, let offer, let expires, let program, let turnOffRenewal):
            "Nothing needs buying for \(license) (\(offer)): nobody is assigned to it, so nobody loses access when it ends. "
                + letEnd(expires: expires, program: program, turnOffRenewal: turnOffRenewal)
                + " If the customer wants seats for new users, provision them with \(typed(Provision.self)) and \(quoted(Provision.replacing(license.description))), with the seats they want."
        case .cancelUnused(let license, let offer, let expires, let refund, let refunded, let limit):
            "Nobody is assigned to \(license) (\(offer)), so cancelling it cuts nobody off: "
                + cancelUnused(expires: expires, refund: refund, refunded: refunded)
                + (limit.map { " " + onlineCancelLimit($0) } ?? "")
                + " Keep it only if the customer wants its seats for new users."
        }
    }
}
