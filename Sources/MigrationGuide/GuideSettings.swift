/// The policy figures behind the advice. Each default is either Microsoft's figure in force today,
/// one inferred from Microsoft's pages, or our own choice (`Name.provenance` says which, and
/// `explain sources` names each page and its date); they are settings because policies change and
/// partners differ. Every message that states one of these figures reads it from here.
public struct GuideSettings: Hashable, Sendable, Codable {
    private var values: [Name: Int] = [:]

    public init() {}

    /// Every setting by its name as staff type it (`settings near-end-days 45`).
    public enum Name: String, CaseIterable, Sendable, Codable {
        /// An original whose end is this many days away or fewer is "near its end": cancelling it
        /// then forfeits little, and it is the time to retire it (seed, step 3).
        case nearEndDays = "near-end-days"
        /// Days before an original's end to provision its replacement when nothing needs
        /// reassigning: time for what can go wrong, without paying twice for long.
        case leadDays = "lead-days"
        /// The same when licenses must be reassigned (the offer changes): someone with admin
        /// rights must assign every user before the original ends. The same offer needs no
        /// reassignment, so it takes `lead-days` whatever the admin rights.
        case reassignmentLeadDays = "reassignment-lead-days"
        /// New-commerce CSP subscriptions can be reduced or cancelled with a prorated refund only
        /// within 7 days (168 h) of purchase or renewal.
        case cspCorrectionDays = "csp-correction-days"
        /// A CSP subscription whose term ended with auto-renew off stays Expired this long (users keep
        /// access; it cannot be reactivated).
        case cspExpiredDays = "csp-expired-days"
        /// A cancelled CSP subscription goes straight to Deleted; the admin has this long to back up data.
        case cspBackupDays = "csp-backup-days"
        /// A pending reseller invitation older than this needs a follow-up.
        case inviteStaleDays = "invite-stale-days"
        /// A GDAP request unanswered for this long needs a follow-up.
        case gdapStaleDays = "gdap-stale-days"
        /// An unanswered GDAP request expires after this long.
        case gdapRequestExpiryDays = "gdap-request-expiry-days"
        /// How long an accepted GDAP relationship lasts when no end date is recorded (at most 2 years).
        case gdapDurationDays = "gdap-duration-days"
        /// Warn when the GDAP relationship ends within this many days and the move is not complete.
        case gdapExpiringDays = "gdap-expiring-days"
        /// A web-direct MCA account gets a prorated refund only within this many days of start or renewal.
        case mcaRefundDays = "mca-refund-days"
        /// The most active subscriptions a tenant may hold: above it the originals cannot all be duplicated.
        case tenantSubscriptionLimit = "tenant-subscription-limit"
        /// A quantity reduced below the licenses assigned has no Expired stage: admins have this long
        /// to resolve the over-assignment while users keep service.
        case overAssignmentDays = "over-assignment-days"
        /// A MOSA subscription can be cancelled online only with this many licenses or fewer.
        case mosaOnlineCancelSeats = "mosa-online-cancel-seats"
        /// Microsoft 365 lifecycle after a term ends, per program: Expired (users keep access),
        /// then Disabled (admins only), then Deleted.
        case openExpiredDays = "open-expired-days"
        case openDisabledDays = "open-disabled-days"
        case mospExpiredDays = "mosp-expired-days"
        case mospDisabledDays = "mosp-disabled-days"
        case eaExpiredDays = "ea-expired-days"
        case eaDisabledDays = "ea-disabled-days"
        case eaMultiYearExpiredDays = "ea-multi-year-expired-days"
        case eaMultiYearDisabledDays = "ea-multi-year-disabled-days"
        case retailExpiredDays = "retail-expired-days"
        case retailDisabledDays = "retail-disabled-days"
        case otherExpiredDays = "other-expired-days"
        case otherDisabledDays = "other-disabled-days"

        /// The figure in force today (DOMAIN.md).
        public var defaultValue: Int {
            switch self {
            case .nearEndDays: 30
            case .leadDays: 14
            case .reassignmentLeadDays: 30
            case .cspCorrectionDays: 7
            case .cspBackupDays: 7
            case .cspExpiredDays: 30
            case .inviteStaleDays: 14
            case .gdapStaleDays: 14
            case .gdapRequestExpiryDays: 90
            case .gdapDurationDays: 730
            case .gdapExpiringDays: 30
            case .mcaRefundDays: 7
            case .tenantSubscriptionLimit: 150
            case .overAssignmentDays: 90
            case .mosaOnlineCancelSeats: 25
            // "Most offers" in Microsoft's lifecycle table: web direct and Open.
            case .openExpiredDays, .mospExpiredDays: 30
            case .openDisabledDays, .mospDisabledDays: 90
            case .eaExpiredDays, .eaMultiYearExpiredDays: 90
            case .eaDisabledDays: 60
            case .eaMultiYearDisabledDays: 90
            // Retail online services are business subscriptions activated by key, and an unknown
            // program is most likely one of them: both take the "most offers" row of the table.
            case .retailExpiredDays, .otherExpiredDays: 30
            case .retailDisabledDays, .otherDisabledDays: 90
            }
        }

        /// Where the default comes from: `settings` and `explain sources` say it, so a figure we
        /// chose or inferred is never passed off as Microsoft's.
        public var provenance: Provenance {
            switch self {
            case .cspCorrectionDays, .cspExpiredDays, .cspBackupDays: .microsoft(.newCommerce)
            case .gdapRequestExpiryDays, .gdapDurationDays: .microsoft(.gdap)
            case .mcaRefundDays, .mosaOnlineCancelSeats: .microsoft(.cancelBusiness)
            // The Jan 2023 version of the move-to-CSP page: duplicating more would exceed the tenant's maximum.
            case .tenantSubscriptionLimit: .microsoft(.transition)
            case .overAssignmentDays: .microsoft(.lifecycle)
            case .openExpiredDays, .openDisabledDays, .mospExpiredDays, .mospDisabledDays,
                 .eaExpiredDays, .eaDisabledDays, .eaMultiYearExpiredDays, .eaMultiYearDisabledDays: .microsoft(.lifecycle)
            // The lifecycle page has no row for them: they take its "most offers" row.
            case .retailExpiredDays, .retailDisabledDays, .otherExpiredDays, .otherDisabledDays: .inferred(from: .lifecycle)
            // How near is "near the end", how long to lead, when to follow up: the advice's own
            // judgement. Microsoft says to wait for the end, not how many days before it.
            case .nearEndDays, .leadDays, .reassignmentLeadDays, .inviteStaleDays, .gdapStaleDays, .gdapExpiringDays: .ourChoice
            }
        }

        /// The values it may take: days up to three years; the tenant limit as a count.
        public var allowed: ClosedRange<Int> {
            isDays ? 0...1096 : 1...100_000
        }

        /// False for the settings that count subscriptions or licenses rather than days.
        public var isDays: Bool { self != .tenantSubscriptionLimit && self != .mosaOnlineCancelSeats }
    }

    public subscript(name: Name) -> Int {
        get { values[name] ?? name.defaultValue }
        set { values[name] = newValue == name.defaultValue ? nil : newValue }
    }

    /// Every setting's value by name, in one fixed order: two equal texts give the same advice,
    /// so a judgement kept under one text holds while the text does.
    public var canonicalText: String {
        Name.allCases.map { "\($0.rawValue)=\(self[$0])" }.joined(separator: ",")
    }

    /// The partner changed it from its default (the default's provenance no longer describes the value).
    public func isChanged(_ name: Name) -> Bool { values[name] != nil }

    public var nearEndDays: Int { self[.nearEndDays] }
    public var leadDays: Int { self[.leadDays] }
    public var reassignmentLeadDays: Int { self[.reassignmentLeadDays] }
    public var cspCorrectionDays: Int { self[.cspCorrectionDays] }
    public var cspBackupDays: Int { self[.cspBackupDays] }
    public var cspExpiredDays: Int { self[.cspExpiredDays] }
    public var inviteStaleDays: Int { self[.inviteStaleDays] }
    public var gdapStaleDays: Int { self[.gdapStaleDays] }
    public var gdapRequestExpiryDays: Int { self[.gdapRequestExpiryDays] }
    public var gdapDurationDays: Int { self[.gdapDurationDays] }
    public var gdapExpiringDays: Int { self[.gdapExpiringDays] }
    public var mcaRefundDays: Int { self[.mcaRefundDays] }
    public var tenantSubscriptionLimit: Int { self[.tenantSubscriptionLimit] }
    public var overAssignmentDays: Int { self[.overAssignmentDays] }
    public var mosaOnlineCancelSeats: Int { self[.mosaOnlineCancelSeats] }

    /// The Expired and Disabled stage lengths for a customer's originals.
    public func stages(for program: Program, eaTerm: EATerm = .standard) -> StageLengths {
        let names: (Name, Name) = switch program {
        case .open: (.openExpiredDays, .openDisabledDays)
        case .mosp: (.mospExpiredDays, .mospDisabledDays)
        case .ea: eaTerm == .multiYear ? (.eaMultiYearExpiredDays, .eaMultiYearDisabledDays) : (.eaExpiredDays, .eaDisabledDays)
        case .retail: (.retailExpiredDays, .retailDisabledDays)
        case .other: (.otherExpiredDays, .otherDisabledDays)
        }
        return StageLengths(expiredDays: self[names.0], disabledDays: self[names.1])
    }

    public func stages(for customer: Customer) -> StageLengths {
        stages(for: customer.program, eaTerm: customer.eaTerm)
    }

    /// The lifecycle settings of each program, in the order `settings` lists them.
    public static let lifecycleNames: [(program: Program, eaTerm: EATerm, expired: Name, disabled: Name)] = [
        (.mosp, .standard, .mospExpiredDays, .mospDisabledDays),
        (.open, .standard, .openExpiredDays, .openDisabledDays),
        (.ea, .standard, .eaExpiredDays, .eaDisabledDays),
        (.ea, .multiYear, .eaMultiYearExpiredDays, .eaMultiYearDisabledDays),
        (.retail, .standard, .retailExpiredDays, .retailDisabledDays),
        (.other, .standard, .otherExpiredDays, .otherDisabledDays),
    ]
}

/// How long an original stays Expired (users keep access) and then Disabled (admins only) after its
/// term ends, before its data is deleted.
public struct StageLengths: Hashable, Sendable, Codable {
    public var expiredDays: Int
    public var disabledDays: Int

    public init(expiredDays: Int, disabledDays: Int) {
        self.expiredDays = expiredDays
        self.disabledDays = disabledDays
    }
}
