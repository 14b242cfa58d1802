/// The stored records (`Records.swift`) as PostgreSQL's text protocol carries them: the same
/// columns in the same order as each record's `selection`, every value as text.
enum TextValue {
    static func required(_ value: String?) throws -> String {
        guard let value else { throw StoredValue.Invalid() }
        return value
    }

    static func int(_ value: String?) throws -> Int {
        guard let value, let number = Int(value) else { throw StoredValue.Invalid() }
        return number
    }

    static func optionalInt(_ value: String?) throws -> Int? {
        try value.map { text in try int(text) }
    }

    static func bool(_ value: String?) throws -> Bool {
        switch value {
        case "t", "true": true
        case "f", "false": false
        default: throw StoredValue.Invalid()
        }
    }

    static func text(_ value: Int) -> String { String(value) }
    static func text(_ value: Bool) -> String { value ? "true" : "false" }
}

extension CustomerRecord {
    init(text v: [String?]) throws {
        guard v.count == 9 else { throw StoredValue.Invalid() }
        handle = try TextValue.required(v[0]); name = try TextValue.required(v[1]); domain = v[2]; program = try TextValue.required(v[3])
        adminEmail = v[4]; inviteSentOn = v[5]; inviteEmail = v[6]; acceptedOn = v[7]; revision = try TextValue.int(v[8])
    }

    var textValues: [String?] {
        [handle, name, domain, program, adminEmail, inviteSentOn, inviteEmail, acceptedOn, TextValue.text(revision)]
    }
}

extension OriginalRecord {
    init(text v: [String?]) throws {
        guard v.count == 12 else { throw StoredValue.Invalid() }
        customer = try TextValue.required(v[0]); number = try TextValue.int(v[1]); offer = try TextValue.required(v[2])
        seats = try TextValue.int(v[3]); assigned = try TextValue.int(v[4]); expires = try TextValue.required(v[5])
        price = v[6]; currency = v[7]; autoRenew = try TextValue.bool(v[8]); endingKind = v[9]; endedOn = v[10]
        endedEarly = try TextValue.bool(v[11])
    }

    var textValues: [String?] {
        [customer, TextValue.text(number), offer, TextValue.text(seats), TextValue.text(assigned), expires, price, currency,
         TextValue.text(autoRenew), endingKind, endedOn, TextValue.text(endedEarly)]
    }
}

extension CSPRecord {
    init(text v: [String?]) throws {
        guard v.count == 7 else { throw StoredValue.Invalid() }
        customer = try TextValue.required(v[0]); number = try TextValue.int(v[1]); offer = try TextValue.required(v[2])
        seats = try TextValue.int(v[3]); provisionedOn = try TextValue.required(v[4]); replaces = try TextValue.optionalInt(v[5])
        reassignedOn = v[6]
    }

    var textValues: [String?] {
        [customer, TextValue.text(number), offer, TextValue.text(seats), provisionedOn, replaces.map(TextValue.text), reassignedOn]
    }
}

extension JournalRecord {
    /// The columns a journal entry is read back with, `agent` included.
    static let selection = "id, recordedAt, sessionDate, agent, customer, command, warnings"

    init(text v: [String?]) throws {
        guard v.count == 7 else { throw StoredValue.Invalid() }
        id = Int64(try TextValue.int(v[0])); recordedAt = try TextValue.required(v[1]); sessionDate = try TextValue.required(v[2])
        agent = try TextValue.required(v[3]); customer = v[4]; command = try TextValue.required(v[5]); warnings = try TextValue.required(v[6])
    }
}
