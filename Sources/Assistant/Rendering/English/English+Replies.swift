import MigrationGuide

/// English, replies: invitations, dry runs, unanswered questions and confirmations.
extension English {
    func invitationInstructions(_ reply: InvitationReply) -> [String] {
        let customer = reply.customer
        var lines = [
            reply.preview
                ? "Preview, nothing recorded: the invitation for \(customer.name) (\(customer.handle)). Once you have sent it, record it with `\(Invite.line(customer.handle))`."
                : "\(reply.resent ? "Invitation sent again" : "Invitation recorded as pending") for \(customer.name) (\(customer.handle)) on \(reply.invitation.sentOn).",
            "1. In Partner Center, open Customers from the dashboard menu and choose Request a reseller relationship.",
            "2. Copy the invitation link it shows into the message below and send it to \(reply.invitation.email ?? "the customer's global admin").",
            "3. The global admin must be signed in to \(customer.domain ?? "the customer's tenant") as a global administrator to accept. When they have: `\(Accept.line(customer.handle))`.",
        ]
        lines.append("The reseller relationship gives the partner no admin rights: it cannot see users or assign licenses.")
        if reply.needsAdminRights {
            lines.append("4. If licenses will have to be assigned (an offer change), also request admin rights: in Partner Center, the customer → Admin relationships → Request admin relationship, with License Administrator and User Administrator; send that link too (the message below mentions it), then `\(GdapRequest.line(customer.handle))`.")
        }
        if customer.program == .ea {
            lines.append("This is an Enterprise Agreement customer: once accepted, Partner Center can also schedule the CSP subscriptions for the EA renewal (`\(Explain.line(.enterpriseAgreement))`). GDAP does not cover subscriptions bought under an EA.")
        }
        if reply.partnerName == nil {
            lines.append("The message is signed \"Thank you,\" with no name: set your company's name once with `\(Settings.partnerNameLine("Your Company Ltd"))` and it signs every invitation.")
        }
        return lines
    }

    /// "Contoso's", but "Tailspin Toys'": a name ending in s takes the apostrophe alone.
    func possessive(_ name: String) -> String {
        name.last.map { $0 == "s" || $0 == "S" } == true ? name + "'" : name + "'s"
    }

    func invitationMessage(_ reply: InvitationReply) -> [String] {
        let customer = reply.customer
        return [
            "Subject: Please accept our reseller relationship request for \(customer.name)",
            "",
            "Hello,",
            "",
            "We are ready to move \(possessive(customer.name)) Microsoft subscriptions to the Cloud Solution Provider (CSP) program with us. The first step is yours: as a global administrator of \(customer.domain ?? "your Microsoft 365 tenant"), please open the link below, sign in, and accept our request to become your reseller.",
            "",
            "    <paste the invitation link from Partner Center here>",
            "",
            "Accepting changes nothing for your users today: your current subscriptions keep working, and we will plan the switch with you so that nobody loses access.",
        ] + (reply.needsAdminRights ? [
            "",
            "If your licenses will move to a different product, we may also send a second link asking for limited admin rights (License Administrator and User Administrator) so that we can assign them for you; you can accept it, or assign them yourselves.",
        ] : []) + [
            "",
            "Thank you,",
        ] + (reply.partnerName.map { [$0] } ?? [])
    }

    func originalsEnding(_ reply: OriginalsEnding) -> String {
        let days = switch (reply.from, reply.to) {
        case (let from?, let to?) where from == to: "on \(from)"
        case (let from?, let to?): "from \(from) to \(to)"
        case (let from?, nil): "from \(from) on"
        default: ""
        }
        guard !reply.originals.isEmpty else { return reply.period == nil ? label(.noOriginals) : "No original subscription ends \(days)." }
        let customers = Set(reply.originals.map(\.customer)).count
        let total = "\(counted(reply.originals.count, "subscription", "subscriptions")) of \(counted(customers, "customer", "customers"))"
        return reply.period == nil ? "Every original subscription, soonest end first: \(total)" : "Ending \(days): \(total)"
    }

    func reassignmentOutcome(_ reply: ReassignmentReply) -> String {
        if let doneOn = reply.doneOn { return "Recorded as done on \(doneOn)." }
        return "Assign each user the new offer in the Microsoft 365 admin center (Billing → Licenses, or Users → Active users), then: `\(Reassign.line(reply.handle, done: true))`."
    }

    func cancellationCheck(_ check: CancellationCheck) -> (verdict: String, next: String) {
        let o = check.original
        let subject = "Cancelling \(o.id) (\(o.offer)) of \(check.handle) on \(check.on)"
        let expire = "let it run to its end on \(o.expires) and record it then: `\(Expire.line(check.handle, o.id))`"
        // Nothing comes back from these: cancelling only ends service sooner, so no cancel is offered.
        if check.program == .open || check.program == .retail {
            return ("\(subject) brings nothing back: an Open License or retail subscription is prepaid and not refunded (partner practice, not a Microsoft rule), so it runs to its end anyway.",
                    "Nothing was recorded. Instead, \(expire).")
        }
        if case .mcaAfterWindow(let closed) = check.refund {
            let billing = o.mayRenew ? "turn off recurring billing and record it (`\(LicenseEdit.autoRenewLine(check.handle, o.id, on: false))`), then " : ""
            return ("\(subject) brings nothing back: the customer's MCA account had its refund window close on \(closed), so the paid time is lost either way, and an annual subscription paid monthly is still charged every month to its end.",
                    "Nothing was recorded. Instead, \(billing)\(expire).")
        }
        // W-EARLY-CANCEL says these itself; near the end they are said here.
        let early = check.risks.contains { $0.code == .earlyCancel }
        let limit = early ? "" : check.onlineCancelLimit.map { " " + onlineCancelLimit($0) } ?? ""
        let unknownAccount = if !early, case .accountUnknown(let window, _) = check.refund {
            " The web-direct billing account is not recorded: a MOSA account gets a prorated credit; an MCA account gets nothing back once \(days(window)) from start or renewal have passed, so then turn recurring billing off and let it expire instead. Record it: \(typed(CustomerEdit.billingAccountTemplate(check.handle)))."
        } else { "" }
        guard check.risks.isEmpty else {
            return ("\(subject) would cost the customer money or service:",
                    "Nothing was recorded.\(unknownAccount)\(limit) To cancel anyway, with the warning kept on record: `\(check.command)`.")
        }
        let replacements = check.replacements.map(\.description).joined(separator: ", ")
        let left = check.paidTimeLeft
        let worth = left.value.map { "worth \(money($0))" } ?? "no price recorded to value them"
        let (cost, paid) = switch left.outcome {
        case _ where left.days == 0: ("nothing", "no paid day is left")
        case .lost: ("little", "the customer gives up its last \(days(left.days)) of paid time, \(worth)")
        case .refunded: ("nothing", "its last \(days(left.days)) of paid time (\(worth)) are refunded")
        case .unknown: ("little at most", "its last \(days(left.days)) of paid time (\(worth)) may or may not be refunded")
        }
        // Nothing replaces it only when nobody uses it (else cancelling would cut users off, a risk).
        let takesOver = check.replacements.isEmpty ? "nobody is assigned to it, so nobody loses access" : "\(replacements) already takes over"
        return ("\(subject) would cost \(cost): it ends on \(o.expires) anyway and \(takesOver); \(paid).\(unknownAccount)",
                "Nothing was recorded.\(limit) To record the cancellation: `\(check.command)`.")
    }

    func toRecordChange(_ command: String) -> String {
        "To record it for this customer: \(quoted(command)) (a question changes nothing)."
    }

    func unsure(_ reason: UnsureReply.Reason) -> String {
        switch reason {
        case .noIntent(nil): "I could not tell what you are asking. These may help:"
        case .noIntent(let handle?): "I recognised the customer \(handle), but not the question. For \(handle) you could type:"
        case .severalCustomers(let handles): "That could be more than one customer: \(handles.map(\.rawValue).joined(separator: ", ")). Which one? For instance:"
        case .misspelledCustomer(let word, _): "No customer is called \(quoted(word)). Did you mean:"
        case .noCustomer: "Which customer? Name one, or choose one with \(typed(Use.line(.placeholder))). For instance:"
        case .severalOriginals(let handle, let ids): "\(handle) has several originals (\(ids.map(\.description).joined(separator: ", "))); name one by id or offer. For instance:"
        case .noOriginal(let handle): "\(handle) has no original subscription recorded. To look:"
        }
    }

    func unlikelyDate(_ check: UnlikelyDate) -> String {
        let distance = abs(check.daysAway) >= 730 ? "\(number(abs(check.daysAway) / 365)) years" : days(abs(check.daysAway))
        return "\(check.field) \(check.date) is \(distance) \(check.daysAway > 0 ? "from today" : "ago"); if that is a slip, correct it with \(typed(check.correction))."
    }

    func confirmation(_ confirmation: Confirmation) -> String {
        switch confirmation {
        case .customerUpdated(let c): "Updated \(c.name) (\(c.handle)): \(program(c.program))\(c.program == .mosp ? ", billing account \(c.billingAccount.rawValue)" : "")\(c.program == .ea ? ", \(c.eaTerm == .multiYear ? "multi-year term" : "standard term")" : "")\(c.createdInPartnerCenter ? ", created in Partner Center" : "")\(c.currency.map { ", billed in \($0)" } ?? "")."
        case .cspChanged(let r):
            switch r.change {
            case .cancelled: "Recorded: \(r.subscription.id) (\(r.subscription.offer)) of \(r.handle) cancelled on \(r.subscription.cancelledOn?.description ?? "?"); it replaces nothing any more."
            case .edited: "Corrected \(r.subscription.id) for \(r.handle): \(r.subscription.offer), \(seats(r.subscription.seats)), replacing \(r.subscription.replaces.isEmpty ? "no original" : r.subscription.replaces.map(\.description).joined(separator: ", "))."
                + (r.afterWindow ? " Its correction window has closed, so Partner Center would not allow that reduction any more: this only corrects what was typed." : "")
                + (r.acceptanceMovedFrom.map { " The acceptance, recorded on \($0), is now dated \(r.subscription.provisionedOn?.description ?? "?"): Partner Center sells only after it." } ?? "")
            case .removed: "Removed \(r.subscription.id) (\(r.subscription.offer)) from \(r.handle)'s record; nothing changes in Partner Center."
            }
        case .customerAdded(let c): "Added \(c.name) as \(c.handle) (\(program(c.program))). Next: record its subscriptions with \(typed(LicenseAdd.template(c.handle))), then `\(Invite.line(c.handle))`."
        case .customerRemoved(let h, let o, let c): "Removed \(h)\(o + c > 0 ? " with its \(counted(o + c, "subscription", "subscriptions"))" : "")."
        case .customerRemovalPreview(let h, let o, let c):
            o + c == 0
                ? "Nothing removed: \(h) has no subscriptions recorded. To remove it: \(typed(CustomerRemove.line(h, force: false)))."
                : "Nothing removed: \(h) has \(subscriptionCounts(originals: o, csp: c)) recorded, which removing it forgets (Partner Center does not change). To remove it: \(typed(CustomerRemove.line(h, force: true)))."
        case .selected(let h): h.map { "Working on \($0); commands may now leave the handle out. \(typed(Use.self)) alone clears it." } ?? "No customer selected."
        case .licenseAdded(let h, let o): "Recorded \(o.id) for \(h): \(o.offer), \(seats(o.seats)), \(users(o.assigned)), ends \(o.expires)\(o.pricePerSeatMonth.map { ", \(money($0)) per seat per month" } ?? "")\(o.autoRenew.map { $0 ? ", auto-renew on" : "" } ?? ", auto-renew not recorded (counted as on)")."
        case .licenseUpdated(let h, let o): "Updated \(o.id) for \(h): \(o.offer), \(seats(o.seats)), \(users(o.assigned)), ends \(o.expires)\(o.pricePerSeatMonth.map { ", \(money($0)) per seat per month" } ?? "")\(o.autoRenew.map { $0 ? ", auto-renew on" : ", auto-renew off" } ?? ", auto-renew not recorded (counted as on)")."
        case .accepted(let h, let i): "Recorded: \(h) accepted the reseller relationship on \(i.acceptedOn?.description ?? "?"). Step 2 can start: `\(Advise.line(h))`."
        case .provisioned(let p):
            "\(p.preview ? "Preview, nothing recorded: " : "Recorded ")\(p.subscription.id) for \(p.handle): \(p.subscription.offer), \(seats(p.subscription.seats)), \(term(p.subscription.term)) term \(billing(p.subscription.billing)), \(p.subscription.provisionedOn.map { "provisioned \($0)" } ?? "purchase date unknown")\(p.replaced.isEmpty ? ", replacing no original" : ", replacing " + p.replaced.map { "\($0.id) (\($0.offer))" }.joined(separator: " and "))." + earlyProvisionAccepted(p)
        case .cancelled(let c): "Recorded: \(c.original.id) (\(c.original.offer)) of \(c.handle) cancelled on \(c.original.endDate)\(c.overridden.isEmpty ? "." : ", overriding \(c.overridden.map(\.code.rawValue).joined(separator: ", ")) (kept on record).")"
        case .expired(let h, let o): "Recorded: \(o.id) (\(o.offer)) of \(h) expired on \(o.endDate)."
        case .today(let d, let changed): changed ? "Today is now \(d)." : "Today is \(d)."
        case .language(_, let auto): auto ? "Language: follows each question (now English)." : "Language: English."
        case .format(let f): "Output format: \(f.rawValue)."
        case .exported(let r) where r.deadlines != nil:
            "Exported \(counted(r.deadlines ?? 0, "deadline", "deadlines")) of \(counted(r.customers, "customer", "customers")) to \(r.path); import it into your calendar (a newer export updates the same events)."
        case .exported(let r): "Exported \(counted(r.customers, "customer", "customers")) and \(counted(r.originals, "original", "originals")) to \(r.path)."
        case .recording(let path, let started, let base):
            started
                ? "Recording this session to \(path ?? ""); `\(SuggestedCommand(RecordStop.self))` ends it."
                    + (base.map { " " + recordingBaseNote($0, transcript: path ?? "") } ?? "")
                : (path.map { "Stopped recording; the transcript is in \($0)." } ?? "Nothing was being recorded.")
        case .goodbye: label(.goodbye)
        case .colleagueChanged(let entry): "\(entry.agent) recorded `\(entry.command)`"
        case .copied(let r, let from, let to):
            "Copied \(counted(r.customersCopied, "customer", "customers")) and \(counted(r.entriesCopied, "history entry", "history entries")) from \(from) to \(to)\(r.settingsCopied ? ", with the policy settings" : "")"
                + (r.customersAlreadyThere + r.entriesAlreadyThere == 0 ? "." : "; \(counted(r.customersAlreadyThere, "customer", "customers")) and \(counted(r.entriesAlreadyThere, "entry", "entries")) were there already.")
        case .passwordInConnectionString: "warning: the connection string holds a password, which other people on this computer may see; keep it in ~/.pgpass (mode 0600) instead."
        }
    }

    func gdapLines(_ reply: GDAPReply) -> [String] {
        let h = reply.customer
        var lines: [String] = []
        switch reply.change {
        case .requested?: lines.append("Recorded: GDAP requested for \(h) on \(reply.relationship?.requestedOn.description ?? "?") with \(reply.relationship?.roles.map(\.rawValue).joined(separator: ", ") ?? ""). In Partner Center: Customers → the customer → Admin relationships → Request admin relationship; send the link to the customer's Global Administrator, and when they accept: `\(GdapAccept.line(h))`.")
        case .accepted?: lines.append("Recorded: \(h) accepted GDAP on \(reply.relationship?.acceptedOn?.description ?? "?"), until \(reply.relationship?.expiresOn?.description ?? "?").")
        case nil: break
        }
        switch reply.state {
        case .pending(let since, let lapses)?: lines.append("Admin rights: requested \(since), waiting for the Global Administrator; the request lapses on \(lapses).")
        case .lapsed(let on)?: lines.append("Admin rights: none; the request lapsed unanswered on \(on).")
        case .active(let until)?: lines.append("Admin rights: GDAP accepted, until \(until), with \(reply.relationship?.roles.map(\.rawValue).joined(separator: ", ") ?? "").")
        case .ended(let on)?: lines.append("Admin rights: the GDAP relationship ended on \(on).")
        case nil: lines.append(reply.createdInPartnerCenter ? "Admin rights: the default GDAP relationship of a customer created in Partner Center." : "Admin rights: none recorded. The reseller relationship gives none; request GDAP with `\(GdapRequest.line(h))`.")
        }
        if !reply.adminRights, reply.state != nil { lines.append("The partner cannot assign licenses for \(h) yet (License Administrator is needed).") }
        return lines
    }

    /// A recording that starts on customers a replay will not have: where to replay it, and how
    /// to copy a database in use (a plain copy can miss what is still in the write-ahead log).
    func recordingBaseNote(_ base: RecordingBase, transcript: String) -> String {
        let note = "Note: the database already holds \(counted(base.customers, "customer", "customers")), which a replay starts without;"
        let replay = { (copy: String) in ProgramLine(.replay).with(.database, copy).with(arguments: [transcript]) }
        let copiedLater = "a copy taken later already holds what the recorded commands change, and the replay differs."
        switch base.database {
        case .file(let path):
            return note + " copy this database now, before the first command this records, with `sqlite3 \(RecordingBase.shellWord(path)) \".backup COPY.sqlite\"` (or `VACUUM INTO`; not `cp`, which can miss changes still in its -wal file), and replay the transcript on that copy with `\(replay("COPY.sqlite"))`: " + copiedLater
        case .team:
            return note + " copy the team database now, before the first command this records (with `pg_dump`), and replay the transcript on that copy with `\(replay("COPY"))`: " + copiedLater
        case .memory:
            return note + " they exist only in this session, so this transcript will not replay on its own: to hand a case over, record from the first command."
        }
    }

    /// After `provision --confirm`: what was accepted; in a preview: that recording needs it.
    private func earlyProvisionAccepted(_ p: ProvisionedReply) -> String {
        guard !p.confirmable.isEmpty else { return "" }
        if p.preview { return " Recording it needs \(CommonKeys.confirm.flagSpec.name) (W-EARLY-PROVISION below)." }
        let accepted = p.confirmable.map { "\(days($0.daysPaidTwice)) of \($0.original) paid twice\($0.paidTwice.map { ", about \(money($0))" } ?? "")" }
        return " W-EARLY-PROVISION accepted with \(CommonKeys.confirm.flagSpec.name) and kept on record: " + accepted.joined(separator: "; ") + "."
    }
}
