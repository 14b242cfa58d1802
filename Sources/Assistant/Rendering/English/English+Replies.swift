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
        if customer.program == .ea {
            lines.append("This is an Enterprise Agreement customer: once accepted, Partner Center can also schedule the CSP subscriptions for the EA renewal (`\(Explain.line(.enterpriseAgreement))`).")
        }
        return lines
    }

    func invitationMessage(_ reply: InvitationReply) -> [String] {
        let customer = reply.customer
        return [
            "Subject: Please accept our reseller relationship request for \(customer.name)",
            "",
            "Hello,",
            "",
            "We are ready to move \(customer.name)'s Microsoft subscriptions to the Cloud Solution Provider (CSP) program with us. The first step is yours: as a global administrator of \(customer.domain ?? "your Microsoft 365 tenant"), please open the link below, sign in, and accept our request to become your reseller.",
            "",
            "    <paste the invitation link from Partner Center here>",
            "",
            "Accepting changes nothing for your users today: your current subscriptions keep working, and we will plan the switch with you so that nobody loses access.",
            "",
            "Thank you,",
        ]
    }

    func reassignmentOutcome(_ reply: ReassignmentReply) -> String {
        if let doneOn = reply.doneOn { return "Recorded as done on \(doneOn)." }
        return "Assign each user the new offer in the Microsoft 365 admin center (Billing → Licenses, or Users → Active users), then: `\(Reassign.line(reply.handle, done: true))`."
    }

    func cancellationCheck(_ check: CancellationCheck) -> (verdict: String, next: String) {
        let o = check.original
        let subject = "Cancelling \(o.id) (\(o.offer)) of \(check.handle) on \(check.on)"
        guard check.risks.isEmpty else {
            return ("\(subject) would cost the customer money or service:",
                    "Nothing was recorded. To cancel anyway, with the warning kept on record: `\(check.command)`.")
        }
        let replacements = check.replacements.map(\.description).joined(separator: ", ")
        return ("\(subject) would cost nothing: it ends on \(o.expires) anyway (\(days(check.on.days(until: o.expires))) later) and \(replacements) already takes over.",
                "Nothing was recorded. To record the cancellation: `\(check.command)`.")
    }

    func unsure(_ reason: UnsureReply.Reason) -> String {
        switch reason {
        case .noIntent(nil): "I could not tell what you are asking. These may help:"
        case .noIntent(let handle?): "I recognised the customer \(handle), but not the question. For \(handle) you could type:"
        case .severalCustomers(let handles): "That could be more than one customer: \(handles.map(\.rawValue).joined(separator: ", ")). Which one? For instance:"
        case .misspelledCustomer(let word, _): "No customer is called \(quoted(word)). Did you mean:"
        case .noCustomer: "Which customer? Name one, or choose one with `use HANDLE`. For instance:"
        case .severalOriginals(let handle, let ids): "\(handle) has several originals (\(ids.map(\.description).joined(separator: ", "))); name one by id or offer. For instance:"
        case .noOriginal(let handle): "\(handle) has no original subscription recorded. To look:"
        }
    }

    func unlikelyDate(_ check: UnlikelyDate) -> String {
        let distance = abs(check.daysAway) >= 730 ? "\(number(abs(check.daysAway) / 365)) years" : days(abs(check.daysAway))
        return "\(check.field) \(check.date) is \(distance) \(check.daysAway > 0 ? "from today" : "ago"); if that is a slip, correct it with `\(check.correction) \(check.field) YYYY-MM-DD`."
    }

    func confirmation(_ confirmation: Confirmation) -> String {
        switch confirmation {
        case .customerAdded(let c): "Added \(c.name) as \(c.handle) (\(program(c.program))). Next: record its subscriptions with `\(LicenseAdd.template(c.handle, offer: "OFFER", seats: "N", expires: "YYYY-MM-DD"))`, then `\(Invite.line(c.handle))`."
        case .customerRemoved(let h, let o, let c): "Removed \(h)\(o + c > 0 ? " with its \(o + c) subscription(s)" : "")."
        case .selected(let h): h.map { "Working on \($0); commands may now leave the handle out. `use` alone clears it." } ?? "No customer selected."
        case .licenseAdded(let h, let o): "Recorded \(o.id) for \(h): \(o.offer), \(seats(o.seats)), \(users(o.assigned)), ends \(o.expires)\(o.pricePerSeatMonth.map { ", \(money($0)) per seat per month" } ?? "")\(o.autoRenew ? ", auto-renew on" : "")."
        case .licenseUpdated(let h, let o): "Updated \(o.id) for \(h): \(o.offer), \(seats(o.seats)), \(users(o.assigned)), ends \(o.expires)\(o.pricePerSeatMonth.map { ", \(money($0)) per seat per month" } ?? "")\(o.autoRenew ? ", auto-renew on" : ", auto-renew off")."
        case .accepted(let h, let i): "Recorded: \(h) accepted the reseller relationship on \(i.acceptedOn?.description ?? "?"). Step 2 can start: `\(Advise.line(h))`."
        case .provisioned(let p): "Recorded \(p.subscription.id) for \(p.handle): \(p.subscription.offer), \(seats(p.subscription.seats)), provisioned \(p.subscription.provisionedOn)\(p.replaced.map { ", replacing \($0.id) (\($0.offer))" } ?? ", replacing no original")."
        case .cancelled(let c): "Recorded: \(c.original.id) (\(c.original.offer)) of \(c.handle) cancelled on \(c.original.endDate)\(c.overridden.isEmpty ? "." : ", overriding \(c.overridden.map(\.code.rawValue).joined(separator: ", ")) (kept on record).")"
        case .expired(let h, let o): "Recorded: \(o.id) (\(o.offer)) of \(h) expired on \(o.endDate)."
        case .today(let d, let changed): changed ? "Today is now \(d)." : "Today is \(d)."
        case .language(_, let auto): auto ? "Language: follows each question (now English)." : "Language: English."
        case .format(let f): "Output format: \(f.rawValue)."
        case .exported(let r): "Exported \(r.customers) customer(s) and \(r.originals) original(s) to \(r.path)."
        case .recording(let path, let started, let existing):
            started
                ? "Recording this session to \(path ?? ""); `\(SuggestedCommand(RecordStop.self))` ends it."
                    + (existing > 0 ? " Note: the database already holds \(existing) customer(s), which a replay starts without; replay it on a copy of this database with `csp-migrate replay --db COPY FILE`." : "")
                : (path.map { "Stopped recording; the transcript is in \($0)." } ?? "Nothing was being recorded.")
        case .goodbye: label(.goodbye)
        case .colleagueChanged(let entry): "\(entry.agent) recorded `\(entry.command)`"
        case .passwordInConnectionString: "warning: the connection string holds a password, which other people on this computer may see; keep it in ~/.pgpass (mode 0600) instead."
        }
    }

}
