import Foundation
import MigrationGuide

/// One entry of `GET /subscribedSkus`: a SKU the tenant holds, pooled over its subscriptions.
public struct GraphSKU: Hashable, Sendable {
    public var place: ImportPlace
    public var skuId: String?
    public var partNumber: String
    /// `Enabled`, `Warning`, `Suspended`, `Deleted`, `LockedOut`.
    public var capabilityStatus: String?
    /// Users holding a license of the SKU.
    public var consumedUnits: Int
    public var enabled: Int
    /// Seats in the grace (Expired) stage: still usable.
    public var warning: Int
}

/// One entry of `GET /directory/subscriptions` (`companySubscription`).
public struct GraphSubscription: Hashable, Sendable {
    public var place: ImportPlace
    public var id: String?
    /// The commerce (billing) subscription's id: the `Subscription ID` Partner Center exports.
    public var commerceID: String?
    public var skuId: String?
    public var partNumber: String
    /// `Enabled`, `Warning`, `Suspended`, `Deleted`, `LockedOut`.
    public var status: String?
    public var totalLicenses: Int
    public var created: CalendarDate?
    public var nextLifecycle: CalendarDate?
    public var isTrial: Bool
    /// The tenant that created it: a partner's for a CSP subscription, empty when bought directly.
    public var ownerTenantId: String?
}

/// What one or more Graph files held.
public struct GraphAnswer: Hashable, Sendable {
    public var skus: [GraphSKU] = []
    public var subscriptions: [GraphSubscription] = []

    public init(skus: [GraphSKU] = [], subscriptions: [GraphSubscription] = []) {
        self.skus = skus
        self.subscriptions = subscriptions
    }
}

/// Reads the JSON of `GET /subscribedSkus` and `GET /directory/subscriptions`, as Graph returns it
/// (`{"value": [...]}`, camelCase) or as PowerShell's `ConvertTo-Json` writes `Get-MgSubscribedSku` /
/// `Get-MgDirectorySubscription` (a bare array or one object, PascalCase). Which answer an entry
/// belongs to is told from its fields. Pure: bytes in, entries and problems out.
public enum GraphReader {
    /// A tenant's answer is kilobytes; anything this large is not one.
    public static let sizeLimit = 32 << 20
    static let countRange = 0...10_000_000

    public static func read(_ data: Data, file: String) -> (GraphAnswer, [ImportProblem]) {
        let whole = ImportPlace(file: file)
        guard data.count <= sizeLimit else { return (GraphAnswer(), [ImportProblem(whole, .file(path: file, problem: .tooLarge(limit: sizeLimit)))]) }
        let document: JSONValue
        do {
            document = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            return (GraphAnswer(), [ImportProblem(whole, .jsonUnreadable(reason: Self.reason(error)))])
        }
        var problems: [ImportProblem] = []
        let items: [(JSONValue, String)]
        switch document {
        case .object where document["value"] != nil:
            guard case .array(let values)? = document["value"] else {
                return (GraphAnswer(), [ImportProblem(ImportPlace(file: file, jsonPath: "value"), .jsonField(name: "value", expected: .array, found: document["value"]?.foundText))])
            }
            if case .string? = document["@odata.nextLink"] {
                problems.append(ImportProblem(ImportPlace(file: file, jsonPath: "@odata.nextLink"), .jsonMorePages))
            }
            items = values.enumerated().map { ($1, "value[\($0)]") }
        case .array(let values):
            items = values.enumerated().map { ($1, "[\($0)]") }
        case .object:
            items = [(document, "$")]
        default:
            return (GraphAnswer(), [ImportProblem(whole, .jsonShape)])
        }
        var answer = GraphAnswer()
        for (item, path) in items {
            var reader = ItemReader(item: item, file: file, path: path)
            if item["prepaidUnits"] != nil || item["consumedUnits"] != nil || item["capabilityStatus"] != nil {
                if let sku = reader.sku() { answer.skus.append(sku) }
            } else if item["totalLicenses"] != nil || item["nextLifecycleDateTime"] != nil || item["isTrial"] != nil {
                if let subscription = reader.subscription() { answer.subscriptions.append(subscription) }
            } else {
                reader.problems.append(ImportProblem(ImportPlace(file: file, jsonPath: path), .jsonShape))
            }
            problems += reader.problems
        }
        return (answer, problems)
    }

    static func reason(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return underlying ?? context.debugDescription
        }
        return "\(error)"
    }

    /// Reads the fields of one entry, collecting every problem rather than stopping at the first.
    struct ItemReader {
        let item: JSONValue
        let file: String
        let path: String
        var problems: [ImportProblem] = []

        init(item: JSONValue, file: String, path: String) {
            self.item = item
            self.file = file
            self.path = path
        }

        var place: ImportPlace { ImportPlace(file: file, jsonPath: path) }

        mutating func problem(_ field: String, _ expected: JSONExpectation, _ found: JSONValue?) {
            problems.append(ImportProblem(ImportPlace(file: file, jsonPath: "\(path).\(field)"), .jsonField(name: field, expected: expected, found: found?.foundText)))
        }

        mutating func text(_ field: String, in object: JSONValue? = nil, required: Bool) -> String? {
            let value = (object ?? item)[field]
            switch value {
            case .string(let text)?:
                if let scalar = InputPolicy.forbiddenScalar(in: text) {
                    problems.append(ImportProblem(ImportPlace(file: file, jsonPath: "\(path).\(field)"), .controlCharacter(field: field, scalar: scalar.value)))
                    return nil
                }
                if text.count > InputPolicy.maximumTextLength {
                    problems.append(ImportProblem(ImportPlace(file: file, jsonPath: "\(path).\(field)"), .textTooLong(field: field, limit: InputPolicy.maximumTextLength)))
                    return nil
                }
                if text.isEmpty, required { problem(field, .text, value) }
                return text.isEmpty ? nil : text
            case nil, .null?:
                if required { problem(field, .text, nil) }
                return nil
            default:
                problem(field, .text, value)
                return nil
            }
        }

        /// A count: a whole number, also when written as text (`"25"`), as some exports do.
        mutating func count(_ field: String, in object: JSONValue? = nil, under prefix: String = "", required: Bool) -> Int? {
            let value = (object ?? item)[field]
            let name = prefix + field
            switch value {
            case .integer(let number)?:
                guard GraphReader.countRange.contains(Int(clamping: number)) else { break }
                return Int(number)
            case .number(let number)?:
                guard number.rounded() == number, let whole = Int(exactly: number), GraphReader.countRange.contains(whole) else { break }
                return whole
            case .string(let text)?:
                guard let whole = Int(InputPolicy.trimmedWhitespace(text)), GraphReader.countRange.contains(whole) else { break }
                return whole
            case nil, .null?:
                if required { problem(name, .wholeNumber, nil) }
                return nil
            default: break
            }
            problem(name, .wholeNumber, value)
            return nil
        }

        mutating func flag(_ field: String) -> Bool? {
            switch item[field] {
            case .bool(let value)?: return value
            case .string(let text)? where ["true", "false"].contains(text.lowercased()): return text.lowercased() == "true"
            case nil, .null?: return nil
            case let other?:
                problem(field, .boolean, other)
                return nil
            }
        }

        mutating func date(_ field: String) -> CalendarDate? {
            switch item[field] {
            case .string(let text)?:
                if let date = GraphReader.date(text) { return date }
                problem(field, .dateTime, .string(text))
                return nil
            case nil, .null?: return nil
            case let other?:
                problem(field, .dateTime, other)
                return nil
            }
        }

        mutating func sku() -> GraphSKU? {
            let before = problems.count
            let partNumber = text("skuPartNumber", required: true)
            let skuId = text("skuId", required: false)
            let status = text("capabilityStatus", required: false)
            let consumed = count("consumedUnits", required: true)
            var enabled: Int?, warning: Int?
            switch item["prepaidUnits"] {
            case let units? where { if case .object = units { true } else { false } }():
                enabled = count("enabled", in: units, under: "prepaidUnits.", required: true)
                warning = count("warning", in: units, under: "prepaidUnits.", required: false)
            case let other:
                problem("prepaidUnits", .object, other)
            }
            guard problems.count == before, let partNumber, let consumed, let enabled else { return nil }
            return GraphSKU(place: place, skuId: skuId?.lowercased(), partNumber: partNumber, capabilityStatus: status,
                            consumedUnits: consumed, enabled: enabled, warning: warning ?? 0)
        }

        mutating func subscription() -> GraphSubscription? {
            let before = problems.count
            let partNumber = text("skuPartNumber", required: true)
            let id = text("id", required: false)
            let commerceID = text("commerceSubscriptionId", required: false)
            let skuId = text("skuId", required: false)
            let status = text("status", required: false)
            let total = count("totalLicenses", required: true)
            let created = date("createdDateTime")
            let next = date("nextLifecycleDateTime")
            let trial = flag("isTrial")
            let owner = text("ownerTenantId", required: false)
            guard problems.count == before, let partNumber, let total else { return nil }
            return GraphSubscription(place: place, id: id?.lowercased(), commerceID: commerceID?.lowercased(), skuId: skuId?.lowercased(), partNumber: partNumber, status: status,
                                     totalLicenses: total, created: created, nextLifecycle: next, isTrial: trial ?? false,
                                     ownerTenantId: owner?.lowercased())
        }
    }

    /// The calendar day of a Graph date-time as written (`2027-03-31T23:59:59Z`,
    /// `2027-03-31T00:00:00-03:00`: the day in the offset it was written with), a plain
    /// `2027-03-31`, or Windows PowerShell 5's `/Date(1806364800000)/` (milliseconds, UTC).
    static func date(_ text: String) -> CalendarDate? {
        guard let day = writtenDate(text), plausibleDays.contains(day.daysSinceEpoch) else { return nil }
        return day
    }

    /// 1900-01-01 to 2199-12-31: anything outside is not a subscription's date.
    static let plausibleDays = -25_567...84_005

    private static func writtenDate(_ text: String) -> CalendarDate? {
        if text.hasPrefix("/Date("), text.hasSuffix(")/") {
            let inner = text.dropFirst(6).dropLast(2)
            let digits = inner.prefix { $0 == "-" || $0.isNumber }
            guard digits.count <= 16, let milliseconds = Int64(digits) else { return nil }
            let day = milliseconds >= 0 ? milliseconds / 86_400_000 : (milliseconds - 86_399_999) / 86_400_000
            return CalendarDate(daysSinceEpoch: Int(day))
        }
        guard text.count >= 10, let day = CalendarDate(iso: String(text.prefix(10))) else { return nil }
        let rest = text.dropFirst(10)
        guard rest.isEmpty || rest.first == "T" || rest.first == " " else { return nil }
        return day
    }
}
