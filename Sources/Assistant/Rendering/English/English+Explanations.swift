import MigrationGuide

/// English, explanations: `explain` topics, message codes and \(typed(Steps.self)).
extension English {
    func explanation(_ topic: Topic, settings: GuideSettings) -> [String] {
        body(topic, settings: settings) + sourceLines(topic, heading: "Check it at the source:", version: "version of")
    }

    func provenance(of name: GuideSettings.Name, in settings: GuideSettings) -> String {
        let source = switch name.provenance {
        case .microsoft(let page): "Microsoft, \(pageName(page)) (\(page.date))"
        case .inferred(let page): "inferred from Microsoft's \(pageName(page))"
        case .partners: "partners' reports"
        case .ourChoice: "our choice"
        }
        return settings.isChanged(name) ? "changed by the partner; default \(name.defaultValue): \(source)" : source
    }

    private func pageName(_ page: MicrosoftPage) -> String {
        switch page {
        case .lifecycle: "lifecycle page"
        case .cancelBusiness: "cancellation page"
        case .newCommerce: "new commerce pages"
        case .gdap: "GDAP FAQ"
        case .transition: "move-to-CSP page"
        }
    }

    private func stageLine(_ program: Program, _ eaTerm: EATerm, _ settings: GuideSettings) -> String {
        let stages = settings.stages(for: program, eaTerm: eaTerm)
        let name = eaTerm == .multiYear ? "Enterprise Agreement, multi-year term" : self.program(program)
        return "\(name): expired \(days(stages.expiredDays)), then disabled \(days(stages.disabledDays))"
            + stageSource(program, eaTerm, settings, inferred: " (inferred by us: Microsoft's page has no row for this program)", changed: " (changed by the partner)") + "."
    }

    private func body(_ topic: Topic, settings: GuideSettings) -> [String] {
        switch topic {
        case .invite: [
            "Step 1, the invitation. Nothing moves to CSP until the customer accepts a reseller relationship with the partner.",
            "In Partner Center open Customers from the dashboard menu and choose Request a reseller relationship. Partner Center produces an invitation link; send it to a global administrator of the customer's tenant. \(typed(Invite.line(.placeholder))) writes a ready-to-send message and records the invitation as pending.",
            "The request can also ask for granular delegated admin (GDAP) roles; ask only for the roles support needs. A customer created directly in Partner Center already has the relationship: record it with \(typed(Accept.self)).",
        ]
        case .accept: [
            "The customer's global admin opens the link while signed in to the tenant and accepts. From then on the partner can see the customer in Partner Center and create subscriptions for it.",
            "Record it with \(typed(Accept.line(.placeholder))) (add \(CommonKeys.on.flagSpec.name) \(placeholder(CommonKeys.on.flagSpec.valueName)) if it happened earlier). An invitation left unanswered for more than \(days(settings.inviteStaleDays)) is flagged W-INVITE-STALE.",
        ]
        case .provision: [
            "Step 2, provisioning. After acceptance, create in Partner Center the CSP subscriptions the customer needs, usually the same offers it has today, with a seat for every user who holds a license.",
            "Record each with \(typed(Provision.template)); it is paired with the original of the same offer, or name the original with \(Provision.replaces.flagSpec.name). Both run side by side for a while, so users never lose service.",
            "Get the quantity and the term right: under the new commerce rules a CSP subscription can be reduced or cancelled with a prorated refund only within \(days(settings.cspCorrectionDays)) of purchase (W-CSP-WINDOW).",
        ]
        case .cancellation: [
            "Step 3, retiring the originals. What staff can do with an original depends on its program:",
            "Web direct (MOSP), Microsoft's rules (\"Cancel your Microsoft business subscription\", \(MicrosoftPage.cancelBusiness.date)): recurring billing can be turned off in the Microsoft 365 admin center and the subscription cancelled. A MOSA account gets a prorated credit or refund; an MCA account only within \(days(settings.mcaRefundDays)) of start or renewal, after which the paid time is lost and turning recurring billing off is the way out (\(typed(Explain.line(.mosp)))).",
            "Open License and retail (partner practice, not a Microsoft rule): prepaid terms with no recurring billing and nothing to refund; they run to their end.",
            "Enterprise Agreement (partner practice, not a Microsoft rule): committed per enrollment year, with no mid-term cancellation; quantities are reduced only at the anniversary, and renewal is a decision about the whole enrollment, or a renew-to-CSP channel transfer (\(typed(Explain.line(.enterpriseAgreement)))).",
            "\(typed(Cancel.self)) refuses a cancellation more than \(days(settings.nearEndDays)) before the end (\(GuideSettings.Name.nearEndDays.rawValue), our choice: Microsoft says to wait until near the end, not how near) unless \(CommonKeys.confirm.flagSpec.name) is given (W-EARLY-CANCEL), and keeps the override on record. A subscription cancelled before its end skips the expired stage: if nothing replaces it yet, its users lose access that same day.",
        ]
        case .expiry: [
            "When a Microsoft 365 subscription reaches the end of its term without renewing, it goes through three stages: expired (everyone keeps working; it can still be reactivated), disabled (users lose access; only admins reach the data), then deleted. A subscription cancelled before its end goes straight to disabled; a quantity reduced below the licenses assigned has no expired stage, and admins have \(days(settings.overAssignmentDays)) to resolve the over-assignment while users keep service.",
            "How long each stage lasts depends on the program (settings, \(typed(Settings.self))):",
            stageLine(.mosp, .standard, settings), stageLine(.open, .standard, settings),
            stageLine(.ea, .standard, settings), stageLine(.ea, .multiYear, settings),
            stageLine(.retail, .standard, settings), stageLine(.other, .standard, settings),
            "Volume Licensing (EA, Open) changed its grace figures in 2025 (the page read in 2024 said services stop when the expired stage starts), and not every VL subscription has the full grace: plan every VL move to have the CSP subscription in place by the end date; the grace is a safety net, not the plan.",
            "A CSP subscription that ends with auto-renew off is expired for \(days(settings.cspExpiredDays)) and cannot be reactivated; a cancelled CSP subscription goes straight to deleted (\(typed(Explain.line(.cspTerm)))).",
        ]
        case .reassignment: [
            "When the CSP subscription is the same offer as the original, users keep their licenses and notice nothing: no reassignment is needed.",
            "When the offer changes (for example Office 365 E3 to Microsoft 365 Business Premium), each user's license must be assigned to the new offer in the Microsoft 365 admin center before the original ends, or they lose the services that came with it (W-OFFER-CHANGE).",
            "\(typed(Reassign.line(.placeholder))) lists what must move; \(typed(Reassign.line(.placeholder, done: true))) records that it was done.",
        ]
        case .multiPartner: [
            "Partner Center has no automatic move between licensing programs; each customer is moved by hand, one at a time.",
            "What makes it possible is that a customer may work with more than one partner and through more than one channel at once: the new CSP relationship sits beside the old purchases, so the CSP subscriptions can be created before the originals end.",
            "Moving data between tenants is a tenant-to-tenant migration and is outside what this assistant covers.",
        ]
        case .enterpriseAgreement: [
            "Enterprise Agreement customers can follow the four steps, but Partner Center also offers a channel transfer: once the customer has accepted the relationship, the partner sees the EA services and can schedule CSP subscriptions to start at the EA renewal (renew to CSP).",
            "That avoids cancelling anything and keeps end-of-sale offers (such as Teams-enabled SKUs) going. Azure under an EA moves through a separate Azure transfer.",
            "EA online services are committed per enrollment year: no mid-term cancellation, quantities reduced only at the anniversary. GDAP does not cover subscriptions bought under an EA.",
            stageLine(.ea, .standard, settings) + " " + stageLine(.ea, .multiYear, settings),
        ]
        case .mosp: [
            "MOSP, or web direct: subscriptions bought in the Microsoft 365 admin center and billed by Microsoft. What cancelling returns depends on the billing account:",
            "MOSA (the classic Microsoft Online Subscription Agreement, no billing profile): cancelling after start or renewal gives a prorated credit or refund; online only with \(number(settings.mosaOnlineCancelSeats)) licenses or fewer, above that reduce to \(number(settings.mosaOnlineCancelSeats)) first or contact support.",
            "MCA (Microsoft Customer Agreement, with a billing profile): a prorated refund only within \(days(settings.mcaRefundDays)) of start or renewal. After that it cannot be cancelled for a refund: turn off recurring billing, users keep access to the end of the term, and an annual subscription paid monthly is still charged every month until then.",
            "To tell them apart: Billing → Billing accounts in the Microsoft 365 admin center; an MCA account has a billing profile. Record it with \(typed(CustomerEdit.billingAccountTemplate(.placeholder))), and the term's start with \(typed(LicenseEdit.startedTemplate(.placeholder, "L1"))).",
        ]
        case .gdap: [
            "Since 2023-10-09 the reseller relationship carries no admin rights: it lets the partner sell, not see users or assign licenses. Admin rights come from a separate GDAP (granular delegated admin privileges) relationship that the customer's Global Administrator accepts.",
            "Assigning licenses needs the License Administrator role; creating users, User Administrator; reading company details, Directory Readers. A relationship lasts at most two years (\(days(settings.gdapDurationDays)) by default here); a request unanswered for \(days(settings.gdapRequestExpiryDays)) lapses (W-GDAP-STALE from \(days(settings.gdapStaleDays))).",
            "A customer created in Partner Center gets a default GDAP relationship; an existing tenant that accepts a reseller request gets none (our inference from the rules above, not a Microsoft statement).",
            "So a customer whose offer changes needs GDAP with License Administrator, or its own admin doing the assignments, before the original ends (W-NO-ADMIN-RIGHTS). Record it with \(typed(GdapRequest.line(.placeholder))) and \(typed(GdapAccept.line(.placeholder))).",
        ]
        case .cspTerm: [
            "A CSP (new commerce) subscription has a term, monthly, annual or three-year, billed monthly, annually or up front. Record them with \(typed(Provision.termsTemplate)).",
            "Within \(days(settings.cspCorrectionDays)) of purchase or renewal it can be cancelled with a prorated refund and seats can be reduced; after that the partner is billed for the whole term. Seats added mid-term get their own window; upgrades get none.",
            "A cancelled CSP subscription goes straight to deleted: users lose access at once and it cannot be restored; the admin has \(days(settings.cspBackupDays)) to back up data. Auto-renew is on by default; renewal runs the day after the term ends and opens a new window.",
            "Prices: partners report that annual or three-year terms billed monthly cost 5% more than paid up front since 2025-04-01 (partly confirmed by Microsoft's March 2025 announcement), and that the monthly term costs about 20% more than the annual one; check the price list.",
        ]
        case .sources: sourcesLines(settings, SourcesWords(
            intro: "Where each setting's default comes from (\(typed(Settings.self)) shows it beside each value). Only the first group is Microsoft's policy; each figure is a setting, so a change by Microsoft, or a choice of the partner, is a change of setting.",
            microsoftHeading: "Stated by Microsoft, on these pages (read in the version dated):",
            version: "version of",
            inferredHeading: "Inferred by us from Microsoft's lifecycle page, which has no row for these programs (its \"most offers\" row):",
            partnersHeading: "Reported by partners only, not Microsoft policy:",
            noSettingReported: "no setting; the CSP price differences in `\(Explain.line(.cspTerm))` are.",
            ourChoiceHeading: "Our choice, a house default that Microsoft does not set:",
            changed: { value, original in "(changed by the partner to \(value); default \(original))" }))
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
            "The four steps still apply. Check with the customer how the original ends, and whether anything can be refunded, before relying on a date; \(typed(CustomerAdd.self)) records the program with \(CustomerAdd.program.flagSpec.name) once it is known.",
        ]
        case .settings: [
            "The figures behind the advice are settings, shown and changed with \(typed(Settings.self)) (days, except the tenant limit):",
            "\(setting(.nearEndDays, settings)): how close to its end an original must be before cancelling it is not early.",
            "\(setting(.leadDays, settings)) and \(setting(.reassignmentLeadDays, settings)): how long before an original's end to provision its replacement, the second when licenses must be reassigned or no admin rights are recorded.",
            "\(setting(.cspCorrectionDays, settings)) and \(setting(.cspBackupDays, settings)): the new commerce correction window, and the time to back up a cancelled CSP subscription's data.",
            "\(setting(.inviteStaleDays, settings)), \(setting(.gdapStaleDays, settings)), \(setting(.gdapRequestExpiryDays, settings)), \(setting(.gdapDurationDays, settings)), \(setting(.gdapExpiringDays, settings)): invitations and admin rights.",
            "\(setting(.mcaRefundDays, settings)): the web-direct MCA refund window. \(setting(.tenantSubscriptionLimit, settings)).",
            "The lifecycle stages per program, PROGRAM-expired-days and PROGRAM-disabled-days (\(typed(Explain.line(.expiry)))).",
            "Some defaults are Microsoft's, some inferred from Microsoft's pages, some our own choice: \(typed(Settings.self)) says which beside each value, and `\(Explain.line(.sources))` groups them.",
        ]
        case .code(let code): codeExplanation(code, settings: settings)
        }
    }

    private func codeExplanation(_ code: MessageCode, settings: GuideSettings) -> [String] {
        let text: String = switch code {
        case .earlyCancel: "W-EARLY-CANCEL: cancelling an original more than \(days(settings.nearEndDays)) before its end. What is lost depends on the program and, for web direct, the billing account (\(typed(Explain.line(.cancellation)))); where a price is recorded the amount is shown. A cancelled original with no replacement also cuts its users off that day."
        case .earlyProvision: "W-EARLY-PROVISION: provisioning a replacement more than the lead time (\(days(settings.leadDays)), or \(days(settings.reassignmentLeadDays)) when licenses must be reassigned or no admin rights are recorded) before the original ends. Every day until the end is paid twice; \(typed(Provision.self)) asks for \(CommonKeys.confirm.flagSpec.name)."
        case .cspCancel: "W-CSP-CANCEL: cancelling a CSP subscription inside its correction window is refunded, but it goes straight to deleted: users lose access at once, and the admin has \(days(settings.cspBackupDays)) to back up data."
        case .usersUnlicensed: "W-USERS-UNLICENSED: users of an ended original have lost access and hold no license: nothing replaced it, its replacement lacks seats, or their licenses were never moved to a new offer. The most urgent warning there is."
        case .noAdminRights: "W-NO-ADMIN-RIGHTS: licenses must be assigned to a new offer and no accepted GDAP relationship with License Administrator is recorded; the reseller relationship gives no admin rights (\(typed(Explain.line(.gdap))))."
        case .seatSurplus: "W-SEAT-SURPLUS: CSP seats of an offer beyond the users who need them; after the correction window they are paid for the whole term."
        case .gdapExpiring: "W-GDAP-EXPIRING: the GDAP relationship ends within \(days(settings.gdapExpiringDays)) while the move is not complete."
        case .gdapStale: "W-GDAP-STALE: a GDAP request unanswered for more than \(days(settings.gdapStaleDays)); it lapses after \(days(settings.gdapRequestExpiryDays))."
        case .tenantLimit: "I-TENANT-LIMIT: more than \(number(settings.tenantSubscriptionLimit)) originals running: duplicating them all would exceed the tenant's maximum, so some are left to expire and bought again in CSP during their expired stage."
        case .outOfOrder: "E-OUT-OF-ORDER: a date after today, or before the event it depends on (acceptance before the invitation, provisioning before the acceptance). Nothing was recorded."
        case .notEnded: "E-NOT-ENDED: \(typed(Expire.self)) records a natural end only; ending an original before its end date is a cancellation (\(typed(Cancel.self)), with its warnings)."
        case .windowClosed: "E-WINDOW-CLOSED: the CSP correction window has closed, so Partner Center no longer allows the cancellation."
        case .notCancellable: "E-NOT-CANCELLABLE: an Enterprise Agreement original cannot be cancelled before its end (committed per enrollment year); \(CommonKeys.confirm.flagSpec.name) does not change that. Let it run to its end and record it with \(typed(Expire.self)), or plan for the anniversary, the renewal, or renew to CSP."
        case .noAutoRenew: "E-NO-AUTO-RENEW: Open License, Enterprise Agreement and retail subscriptions have no recurring billing to turn on."
        case .noCurrency: "E-NO-CURRENCY: a price's currency comes from \(LicenseAdd.currency.flagSpec.name), the customer's currency or its other priced originals, or the partner's default (\(typed(Settings.partnerCurrencyLine(nil)))); never from the language staff type in."
        case .noMatch: "E-NO-MATCH: the offer matches no original while some have no replacement yet; name the original with \(Provision.replaces.flagSpec.name), or \(Provision.replacing("none")) for a new service."
        case .coverageGap: "W-COVERAGE-GAP: an original ends within \(days(settings.nearEndDays)), or has ended, and no CSP subscription replaces it. Its users keep access through the expired stage of its program, then lose it; the data is deleted at the end of the disabled stage (\(typed(Explain.line(.expiry)))). For an original with no users it only says that nobody loses access: nothing needs buying for it, and its plan reads not needed."
        case .offerChange: "W-OFFER-CHANGE: the CSP subscription is a different offer from the original it replaces, so each user's license must be reassigned before the original ends."
        case .seatShortfall: "W-SEAT-SHORTFALL: the CSP replacement has fewer seats than the original has users with a license; some users would be left without one."
        case .cspWindow: "W-CSP-WINDOW: a CSP subscription provisioned less than \(days(settings.cspCorrectionDays)) ago can still have seats removed or be cancelled with a prorated refund; after that the term is committed."
        case .autoRenew: "W-AUTO-RENEW: an original near its end will renew for another paid term unless recurring billing is turned off."
        case .inviteStale: "W-INVITE-STALE: the reseller invitation has gone unanswered for more than \(days(settings.inviteStaleDays))."
        case .overlap: "I-OVERLAP: days during which both an original and its CSP replacements are paid for, counted once per original; a CSP subscription that replaces several originals is split between them, each user's seat with the original that user leaves, so every seat is counted once: a cost that a planned move keeps short."
        case .currencyMismatch: "W-CURRENCY-MISMATCH: an original priced in another currency than the customer's (its own, or that of its other priced originals). Its amounts are stated in its own currency and never added to the others; if the currency was typed by mistake, correct it with \(typed(LicenseEdit.self))."
        case .purchaseDateUnknown: "I-PURCHASE-DATE-UNKNOWN: a CSP subscription imported without its purchase date (Partner Center's subscriptions export does not give it): its correction window and term end are unknown, so no refund is promised until the date is recorded (\(CspEdit.spec.name), \(CspEdit.provisioned.flagSpec.name))."
        case .refundWindow: "I-REFUND-WINDOW: a web-direct subscription on an MCA account is refunded (prorated) only within \(days(settings.mcaRefundDays)) of its start or renewal (\(GuideSettings.Name.mcaRefundDays.rawValue), Microsoft's \"Cancel your Microsoft business subscription\"). While that window is open, the customer can move at no loss: provision the replacement and cancel the original before it closes. Said too when the account is not recorded, since it may be MCA."
        case .noPurchaseDate: "E-NO-PURCHASE-DATE: the CSP subscription's purchase date was never recorded, so whether its correction window is open is unknown. Nothing was recorded."
        case .notAccepted: "E-NOT-ACCEPTED: provisioning before the customer accepted the reseller relationship. Nothing was recorded."
        case .unknownCustomer: "E-UNKNOWN-CUSTOMER: no customer has that handle or name."
        case .unknownLicense: "E-UNKNOWN-LICENSE: the customer has no original with that id or offer."
        case .ambiguousOffer: "E-AMBIGUOUS-OFFER: the offer name matches more than one original; use its id (L1, L2...)."
        case .badDate: "E-BAD-DATE: a date that is not a real day written YYYY-MM-DD (2027-02-30, 2027-13-01)."
        case .badNumber: "E-BAD-NUMBER: seats and users must be whole numbers from 1 to 1,000,000 (users may be 0); prices zero or more."
        case .duplicate: "E-DUPLICATE: a customer with that handle already exists."
        case .badHandle: "E-BAD-HANDLE: handles are lowercase letters, digits and -."
        case .badValue: "E-BAD-VALUE: a value outside the allowed choices, or text with control characters."
        case .noCustomer: "E-NO-CUSTOMER: the command needs a customer and none was given or selected with \(typed(Use.self))."
        case .hasSubscriptions: "E-HAS-SUBSCRIPTIONS: removing a customer that still has subscriptions recorded needs \(CustomerRemove.force.flagSpec.name)."
        case .confirmRequired: "E-CONFIRM-REQUIRED: the cancellation would cost money or service; it is done only with \(CommonKeys.confirm.flagSpec.name), and the override is kept on record."
        case .alreadyEnded: "E-ALREADY-ENDED: the original is already cancelled or expired."
        case .unknownCommand: "E-UNKNOWN-COMMAND: the first word is not a command; \(typed(Help.self)) lists them."
        case .usage: "E-USAGE: a missing or unexpected argument or flag; \(typed(Help.line(Placeholder.declared))) shows the usage."
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
            "1. Invite. In Partner Center, Customers → Request a reseller relationship; the customer's global admin accepts the link. (\(typed(Invite.self)), then \(typed(Accept.self)))",
            "2. Provision. Once accepted, create the CSP subscriptions the customer needs, usually the same offers, with a seat per user. They can be corrected only within \(days(settings.cspCorrectionDays)). (\(typed(Provision.self)))",
            "3. Retire the originals. What can be done depends on the program (`\(Explain.line(.cancellation))`):",
            "   Web direct (MOSP): turn off recurring billing so each one expires at its end. Cancelling returns money only on a MOSA account (a prorated credit) or an MCA account within \(days(settings.mcaRefundDays)) of start or renewal; otherwise cancelling gives up the rest of the term, so the advice here waits for its last \(days(settings.nearEndDays)) (\(GuideSettings.Name.nearEndDays.rawValue), our choice, not a Microsoft rule). (\(typed(LicenseEdit.self)) with \(LicenseAdd.autoRenew.flagSpec.name) off, \(typed(Expire.self)), \(typed(Cancel.self)))",
            "   Open License and retail: prepaid, with nothing to turn off or refund: let each run to its end, then record it. (\(typed(Expire.self)))",
            "   Enterprise Agreement: committed per enrollment year, with no mid-term cancellation: plan for the anniversary or the renewal, or renew to CSP (`\(Explain.line(.enterpriseAgreement))`), and record the end. (\(typed(Expire.self)))",
            "4. Carry on. The customer works on the CSP subscriptions without interruption. If an offer changed, reassign the licenses before the original ends. (\(typed(Reassign.self)))",
            "\(typed(Advise.line(Placeholder.declared))) says where a customer is and what comes next.",
        ]
    }
}
