import MigrationGuide

/// What an import recorded, or would record with `--dry-run`: one line per subscription or
/// customer it read, new, changed, unchanged or skipped, with the reason and notes.
public struct ImportSummary: Sendable, Encodable {
    public var files: [String]
    /// How each file was read when that is worth saying (`Windows-1252`, `;`-separated).
    public var readings: [FileReading] = []
    public var dryRun: Bool
    public var lines: [ImportLine]
    public var customersAdded = 0
    public var customersUpdated = 0

    public init(files: [String], dryRun: Bool, lines: [ImportLine]) {
        self.files = files
        self.dryRun = dryRun
        self.lines = lines
    }

    public func count(_ outcome: ImportLine.Outcome) -> Int { lines.filter { $0.outcome == outcome }.count }

    /// The listing shows at most this many lines; the counts cover them all.
    public static let listedLines = 40
}

/// How a file was read: its encoding and separator, when not plain UTF-8 with commas.
public struct FileReading: Hashable, Sendable, Encodable {
    public var file: String
    public var encoding: SourceText.Encoding
    public var separator: String?
    /// Columns the import does not know, which it ignored.
    public var ignoredColumns: [String] = []
    /// How `a/b/yyyy` dates were read, when the file has any.
    public var slashDates: SlashDates?

    public enum SlashDates: String, Hashable, Sendable, Encodable {
        /// Day first, as Excel in Portuguese writes them (`;`, or Portuguese column names).
        case dayFirst
        /// Only those that can mean one day; `04/05/2027` is refused.
        case unambiguousOnly
        /// Month first, as Excel or Partner Center in English (US) writes them (`03/31/2027`).
        case monthFirst
    }
}

public struct ImportLine: Hashable, Sendable, Encodable {
    public enum Outcome: String, Hashable, Sendable, Encodable { case new, changed, unchanged, skipped }
    public enum Subject: Hashable, Sendable, Encodable {
        case customer
        case original(LicenseID?)
        case csp(LicenseID?)

        /// For scripts: `customer`, the id (`L3`, `C1`), or `original` / `csp` when none was given.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .customer: try container.encode("customer")
            case .original(let id): try container.encode(id?.description ?? "original")
            case .csp(let id): try container.encode(id?.description ?? "csp")
            }
        }
    }

    public var outcome: Outcome
    public var customer: Handle?
    public var subject: Subject
    /// The offer, or the customer's name.
    public var name: String
    public var seats: Int?
    public var users: Int?
    public var ends: CalendarDate?
    public var changes: [FieldChange] = []
    public var skipped: SkipReason?
    public var notes: [ImportNote] = []
    public var place: ImportPlace

    public init(_ outcome: Outcome, customer: Handle?, subject: Subject, name: String, place: ImportPlace) {
        self.outcome = outcome
        self.customer = customer
        self.subject = subject
        self.name = name
        self.place = place
    }
}

/// One field a re-import changes, with its recorded and its new value.
public struct FieldChange: Hashable, Sendable, Encodable {
    public enum Field: String, Hashable, Sendable, Encodable { case seats, users, ends, name, domain, tenant, accepted, provisioned, replaces }
    public var field: Field
    public var from: String
    public var to: String
}

/// Why a line of an import was not recorded.
public enum SkipReason: Hashable, Sendable, Encodable {
    /// `isTrial`: nothing was bought.
    case trial
    /// A free SKU: nothing to migrate.
    case free
    /// `Deleted`, `LockedOut` (Graph) or `Deleted`, `Expired` (Partner Center): gone already.
    case gone(status: String)
    /// No end date (no `nextLifecycleDateTime`, or only `subscribedSkus`, and no original to update).
    case noEndDate
    /// No seats bought.
    case noSeats
    /// Several originals of this offer and only pooled figures to update them with.
    case ambiguous([LicenseID])
    /// A customer of the same name (apart from case, accents and company suffix) is recorded
    /// without a Microsoft ID: probably this one. `link` gives it this row's domain so that the
    /// import finds it again; `add` records this row as another company.
    case probableDuplicate(Handle, link: SuggestedCommand?, add: SuggestedCommand)

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .trial: try container.encode("trial")
        case .free: try container.encode("free")
        case .gone(let status): try container.encode("gone: \(status)")
        case .noEndDate: try container.encode("no-end-date")
        case .noSeats: try container.encode("no-seats")
        case .ambiguous(let ids): try container.encode("ambiguous: \(ids.map(\.description).joined(separator: ","))")
        case .probableDuplicate(let handle, _, _): try container.encode("probable-duplicate: \(handle)")
        }
    }
}
