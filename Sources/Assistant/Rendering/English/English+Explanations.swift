import MigrationGuide

/// English, explanations: `explain` topics, message codes and `steps`.
extension English {
    func explanation(_ topic: Topic, settings: GuideSettings) -> [String] {
        switch topic {
        case .invite: [
            "Step 1, the invitation. Nothing moves to CSP until the customer accepts a reseller relationship with the partner.",
            "In Partner Center open Customers from the dashboard menu and choose Request a reseller relationship. Partner Center produces an invitation link; send it to a global administrator of the customer's tenant. `invite HANDLE` writes a ready-to-send message and records the invitation as pending.",
            "The request can also ask for granular delegated admin (GDAP) roles; ask only for the roles support needs. A customer created directly in Partner Center already has the relationship: record it with `accept`.",
        ]
        case .accept: [
            "The customer's global admin opens the link while signed in to the tenant and accepts. From then on the partner can see the customer in Partner Center and create subscriptions for it.",
            "Record it with `accept HANDLE` (add --on DATE if it happened earlier). An invitation left unanswered for more than \(days(settings.inviteStaleDays)) is flagged W-INVITE-STALE.",
        ]
        case .provision: [
            "Step 2, provisioning. After acceptance, create in Partner Center the CSP subscriptions the customer needs, usually the same offers it has today, with a seat for every user who holds a license.",
            "Record each with `provision HANDLE OFFER --seats N`; it is paired with the original of the same offer, or name the original with --replaces. Both run side by side for a while, so users never lose service.",
            "Get the quantity and the term right: under the new commerce rules a CSP subscription can be reduced or cancelled with a prorated refund only within \(days(settings.cspCorrectionDays)) of purchase (W-CSP-WINDOW).",
        ]
        case .cancellation: [
            "Step 3, retiring the originals. An original can be left to expire or be cancelled, but a cancelled original is not refunded: whatever remains of its term is lost.",
            "So wait until it is within \(days(settings.nearEndDays)) of its natural end (the near-end window, a setting) before cancelling, or better, turn off recurring billing and let it expire. `cancel` refuses an earlier cancellation unless --confirm is given (W-EARLY-CANCEL), and keeps the override on record.",
            "A subscription cancelled before its end also skips the 30-day expired stage: if nothing replaces it yet, its users lose access that same day.",
            "MOSP (web direct) customers may get a credit from Microsoft 365 billing support; Enterprise Agreement customers can schedule CSP subscriptions at the EA renewal instead.",
        ]
        case .expiry: [
            "When a Microsoft 365 subscription reaches the end of its term without renewing, it goes through three stages.",
            "Expired, \(days(settings.expiredStageDays)): everyone keeps working; it can still be reactivated.",
            "Disabled, \(days(settings.disabledStageDays)): users lose access; only admins can reach the data.",
            "Deleted: the data is gone. A subscription cancelled before its end goes straight to Disabled.",
            "Source: Microsoft 365 admin documentation on what happens when a business subscription ends. The stage lengths are settings (`settings`).",
        ]
        case .reassignment: [
            "When the CSP subscription is the same offer as the original, users keep their licenses and notice nothing: no reassignment is needed.",
            "When the offer changes (for example Office 365 E3 to Microsoft 365 Business Premium), each user's license must be assigned to the new offer in the Microsoft 365 admin center before the original ends, or they lose the services that came with it (W-OFFER-CHANGE).",
            "`reassign HANDLE` lists what must move; `reassign HANDLE --done` records that it was done.",
        ]
        case .multiPartner: [
            "Partner Center has no automatic move between licensing programs; each customer is moved by hand, one at a time.",
            "What makes it possible is that a customer may work with more than one partner and through more than one channel at once: the new CSP relationship sits beside the old purchases, so the CSP subscriptions can be created before the originals end.",
            "Moving data between tenants is a tenant-to-tenant migration and is outside what this assistant covers.",
        ]
        case .enterpriseAgreement: [
            "Enterprise Agreement customers can follow the four steps, but Partner Center also offers a channel transfer: once the customer has accepted the relationship, the partner sees the EA services and can schedule CSP subscriptions to start at the EA renewal (renew to CSP).",
            "That avoids cancelling anything and keeps end-of-sale offers going. Azure under an EA moves through a separate Azure transfer.",
        ]
        case .mosp: [
            "MOSP, or web direct: subscriptions bought in the Microsoft 365 admin center and billed by Microsoft.",
            "The partner cannot refund them, but when one is cancelled Microsoft 365 billing support may grant a credit. The customer, or a partner with delegated admin rights, must ask them, ideally before cancelling.",
        ]
        case .openLicense: [
            "Open License: online services bought through the Open License program, prepaid for a 12-month term and activated with a key.",
            "There is no recurring billing to turn off and nothing to refund: each term runs to its end unless a renewal key is bought. So let it run out, and have the CSP subscription in place before its end date (partner practice, not a Microsoft rule).",
        ]
        case .retail: [
            "Retail: subscriptions bought from a store as a key, prepaid for a term.",
            "As with Open License there is no recurring billing and no refund: let each run to its end, with the CSP subscription in place before it (partner practice, not a Microsoft rule).",
        ]
        case .otherProgram: [
            "Other: a program this assistant has no particular advice for, such as subscriptions held through another CSP partner.",
            "The four steps still apply. Check with the customer how the original ends, and whether anything can be refunded, before relying on a date; `customer add` records the program with --program once it is known.",
        ]
        case .settings: [
            "The figures behind the advice are settings, in days, shown and changed with `settings`:",
            "near-end-days (\(settings.nearEndDays)): how close to its end an original must be before cancelling it is not early.",
            "csp-correction-days (\(settings.cspCorrectionDays)): how long a new CSP subscription can be reduced or cancelled with a refund (new commerce policy).",
            "invite-stale-days (\(settings.inviteStaleDays)): when an unanswered invitation needs a follow-up.",
            "expired-stage-days (\(settings.expiredStageDays)) and disabled-stage-days (\(settings.disabledStageDays)): the Microsoft 365 lifecycle after a subscription ends.",
        ]
        case .code(let code): codeExplanation(code, settings: settings)
        }
    }

    private func codeExplanation(_ code: MessageCode, settings: GuideSettings) -> [String] {
        let text: String = switch code {
        case .earlyCancel: "W-EARLY-CANCEL: cancelling an original more than \(days(settings.nearEndDays)) before its end. There is no refund, so the rest of the term is paid for nothing; where a price is recorded the amount is shown. Wait for the near-end window or let it expire."
        case .coverageGap: "W-COVERAGE-GAP: an original ends within \(days(settings.nearEndDays)), or has ended, and no CSP subscription replaces it. Its users keep access for the \(days(settings.expiredStageDays)) of the expired stage, then lose it; the data is deleted \(days(settings.disabledStageDays)) later."
        case .offerChange: "W-OFFER-CHANGE: the CSP subscription is a different offer from the original it replaces, so each user's license must be reassigned before the original ends."
        case .seatShortfall: "W-SEAT-SHORTFALL: the CSP replacement has fewer seats than the original has users with a license; some users would be left without one."
        case .cspWindow: "W-CSP-WINDOW: a CSP subscription provisioned less than \(days(settings.cspCorrectionDays)) ago can still have seats removed or be cancelled with a prorated refund; after that the term is committed."
        case .autoRenew: "W-AUTO-RENEW: an original near its end will renew for another paid term unless recurring billing is turned off."
        case .inviteStale: "W-INVITE-STALE: the reseller invitation has gone unanswered for more than \(days(settings.inviteStaleDays))."
        case .overlap: "I-OVERLAP: days during which both an original and its CSP replacement are paid for; the cost of moving without interruption."
        case .notAccepted: "E-NOT-ACCEPTED: provisioning before the customer accepted the reseller relationship. Nothing was recorded."
        case .unknownCustomer: "E-UNKNOWN-CUSTOMER: no customer has that handle or name."
        case .unknownLicense: "E-UNKNOWN-LICENSE: the customer has no original with that id or offer."
        case .ambiguousOffer: "E-AMBIGUOUS-OFFER: the offer name matches more than one original; use its id (L1, L2...)."
        case .badDate: "E-BAD-DATE: a date that is not a real day written YYYY-MM-DD (2027-02-30, 2027-13-01)."
        case .badNumber: "E-BAD-NUMBER: seats and users must be whole numbers from 1 to 1,000,000 (users may be 0); prices zero or more."
        case .duplicate: "E-DUPLICATE: a customer with that handle already exists."
        case .badHandle: "E-BAD-HANDLE: handles are lowercase letters, digits and -."
        case .badValue: "E-BAD-VALUE: a value outside the allowed choices, or text with control characters."
        case .noCustomer: "E-NO-CUSTOMER: the command needs a customer and none was given or selected with `use`."
        case .hasSubscriptions: "E-HAS-SUBSCRIPTIONS: removing a customer that still has subscriptions recorded needs --force."
        case .confirmRequired: "E-CONFIRM-REQUIRED: the cancellation would cost money or service; it is done only with --confirm, and the override is kept on record."
        case .alreadyEnded: "E-ALREADY-ENDED: the original is already cancelled or expired."
        case .unknownCommand: "E-UNKNOWN-COMMAND: the first word is not a command; `help` lists them."
        case .usage: "E-USAGE: a missing or unexpected argument or flag; `help COMMAND` shows the usage."
        case .syntax: "E-SYNTAX: the line could not be split into words, such as a quote never closed."
        case .storage: "E-STORAGE: the state could not be read or written; the message names the file and what to do."
        case .file: "E-FILE: a file named in the command is missing, unreadable, not UTF-8 or cannot be written."
        case .badImport: "E-BAD-IMPORT: a CSV import was refused; every bad row is listed with its number and reason, and nothing was recorded."
        }
        return [text]
    }

    func steps(_ settings: GuideSettings) -> [String] {
        [
            "Partner Center cannot move a customer between licensing programs by itself: each customer goes through four steps by hand.",
            "1. Invite. In Partner Center, Customers → Request a reseller relationship; the customer's global admin accepts the link. (`invite`, then `accept`)",
            "2. Provision. Once accepted, create the CSP subscriptions the customer needs, usually the same offers, with a seat per user. They can be corrected only within \(days(settings.cspCorrectionDays)). (`provision`)",
            "3. Retire the originals. Let each expire at its natural end, or cancel it once it is within \(days(settings.nearEndDays)) of that end: a cancelled original is never refunded. (`expire`, `cancel`)",
            "4. Carry on. The customer works on the CSP subscriptions without interruption. If an offer changed, reassign the licenses before the original ends. (`reassign`)",
            "`advise HANDLE` says where a customer is and what comes next.",
        ]
    }
}
