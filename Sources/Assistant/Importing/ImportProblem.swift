import MigrationGuide
/// Where in an imported file something was found: a spreadsheet row (and column), or a JSON path
/// such as `value[3].prepaidUnits.enabled`.
public struct ImportPlace: Hashable, Sendable, Encodable, CustomStringConvertible {
    public var file: String
    /// As a spreadsheet numbers it: the header is row 1.
    public var row: Int?
    public var jsonPath: String?

    public init(file: String, row: Int? = nil, jsonPath: String? = nil) {
        self.file = file
        self.row = row
        self.jsonPath = jsonPath
    }

    /// `file.json value[3].consumedUnits`, `file.csv:7`; the row label is the renderer's.
    public var description: String {
        if let jsonPath { return "\(file) \(jsonPath)" }
        if let row { return "\(file):\(row)" }
        return file
    }
}

/// One thing wrong with an imported file: where, and what was expected there.
public struct ImportProblem: Hashable, Sendable, Encodable {
    public var place: ImportPlace
    public var error: CommandError

    public init(_ place: ImportPlace, _ error: CommandError) {
        self.place = place
        self.error = error
    }
}

/// What a JSON value should have been, for `E-BAD-IMPORT` messages.
public enum JSONExpectation: String, Hashable, Sendable, Encodable {
    case number, wholeNumber, text, boolean, dateTime, object, array
}

/// A note attached to what an import recorded or skipped: something staff should know or check.
public enum ImportNote: Hashable, Sendable, Encodable {
    /// The SKU code is in neither the built-in table nor `--sku-names`: imported under its code.
    case unknownSKU(String)
    /// Created by another partner's tenant: the customer moves from another CSP partner.
    case otherPartner(tenant: String)
    /// Created by a tenant that is neither the partner's nor known as the customer's.
    case unknownOwner(tenant: String)
    /// In the Expired (Warning) or Disabled (Suspended) stage: the end date was worked back from
    /// the next lifecycle date.
    case endWorkedBack(stage: String, nextLifecycle: String)
    /// The worked-back end gave another stage than the status Graph reports (Suspended while the
    /// stage lengths would still give users access): the status wins, recorded as ending on `ends`.
    case endFitsStatus(stage: String, ends: String)
    /// No `subscribedSkus` answer: users are not known and count as the seats.
    case usersUnknown
    /// The export has no date of purchase: recorded as provisioned on the session's date.
    case provisionedDateUnknown
    /// A CSP subscription implies the reseller relationship: recorded as accepted.
    case relationshipImplied
    /// Not paired: no original of this offer awaits a replacement (`candidates` empty), or several
    /// do, and `link` pairs it with the first of them (`csp edit HANDLE Cn --replaces Lm`).
    case unpaired(candidates: [LicenseID], link: SuggestedCommand?)
    /// No id matched, but a CSP subscription of the same offer and seats is recorded: probably that one.
    case probableDuplicate(LicenseID)

    /// For scripts: a short code, with its value after a colon (`unknown-sku: CONTOSO_X`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        let text = switch self {
        case .unknownSKU(let code): "unknown-sku: \(code)"
        case .otherPartner(let tenant): "other-partner: \(tenant)"
        case .unknownOwner(let tenant): "unknown-owner: \(tenant)"
        case .endWorkedBack(let stage, let next): "end-worked-back: \(stage) \(next)"
        case .endFitsStatus(let stage, let ends): "end-fits-status: \(stage) \(ends)"
        case .usersUnknown: "users-unknown"
        case .provisionedDateUnknown: "provisioned-date-unknown"
        case .relationshipImplied: "relationship-implied"
        case .unpaired(let candidates, _): candidates.isEmpty ? "unpaired" : "unpaired: \(candidates.map(\.description).joined(separator: " "))"
        case .probableDuplicate(let id): "probable-duplicate: \(id)"
        }
        try container.encode(text)
    }
}
