import Foundation
import MigrationGuide

/// A compact binary form of the guide's values, for what the store keeps only to read back itself
/// (a customer's summary). Positional: no names are written, so bytes read back only with the code
/// that wrote them: the store reads back only what this build of the program wrote.
///
/// Each struct is packed field by field from its `FieldList` (the guide's one list of its
/// fields), each enum from its table of cases (`PackedCase`), the case's place in the table being
/// its tag. Integers are variable-length (zigzag for negative ones), strings a length and their
/// UTF-8, optionals a presence byte, arrays a count. `Codable` would need no list at all, but
/// through a binary `Decoder` a summary with a finding of a dozen figures took 4.8 µs to read
/// (generic metadata, boxed containers, reference counting), against 1 µs this way.
protocol Packable: SendableMetatype {
    func pack(into writer: inout PackWriter)
    init(unpacking reader: inout PackReader) throws
}

struct PackWriter {
    private(set) var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(160) }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func unsigned(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// Zigzag: small negative numbers (days since an end) stay one byte too.
    mutating func signed(_ value: Int) {
        let value = Int64(value)
        unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }
}

/// Why packed bytes cannot be read: where, and what was wrong there.
struct UnpackError: Error, CustomStringConvertible {
    let why: String
    let offset: Int
    var description: String { "\(why) at byte \(offset)" }
}

/// Reads packed bytes in place; every read checks the bytes left, so nothing reads past the end.
struct PackReader {
    let bytes: UnsafeRawBufferPointer
    private(set) var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    func error(_ why: String) -> UnpackError { UnpackError(why: why, offset: offset) }

    mutating func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw error("truncated") }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func unsigned() throws -> UInt64 {
        var value: UInt64 = 0, shift: UInt64 = 0
        while true {
            let byte = try byte()
            // The tenth byte holds the last bit of 64; more is not a number we wrote.
            guard shift < 63 || byte <= 1 else { throw error("integer too long") }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    mutating func signed() throws -> Int {
        let zigzag = try unsigned()
        return Int(truncatingIfNeeded: Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1))))
    }

    /// A count of things that each take at least a byte: never more than the bytes left.
    mutating func count() throws -> Int {
        let count = try unsigned()
        guard count <= UInt64(bytes.count - offset) else { throw error("count larger than the bytes left") }
        return Int(count)
    }

    mutating func utf8(_ length: Int) throws -> String {
        let utf8 = UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length])
        // Decoding repairs bad UTF-8, so bytes that differ afterwards were not UTF-8. (Cheaper
        // than `String(validating:)`, which is not specialized for raw bytes.)
        let text = String(decoding: utf8, as: UTF8.self)
        guard text.utf8.elementsEqual(utf8) else { throw error("not UTF-8") }
        offset += length
        return text
    }
}

// MARK: - Leaves

extension Int: Packable {
    func pack(into writer: inout PackWriter) { writer.signed(self) }
    init(unpacking reader: inout PackReader) throws { self = try reader.signed() }
}

extension Bool: Packable {
    func pack(into writer: inout PackWriter) { writer.byte(self ? 1 : 0) }
    init(unpacking reader: inout PackReader) throws {
        switch try reader.byte() {
        case 0: self = false
        case 1: self = true
        default: throw reader.error("not a boolean")
        }
    }
}

extension String: Packable {
    func pack(into writer: inout PackWriter) {
        writer.unsigned(UInt64(utf8.count))
        for byte in utf8 { writer.byte(byte) }
    }

    init(unpacking reader: inout PackReader) throws { self = try reader.utf8(reader.count()) }
}

extension Optional: Packable where Wrapped: Packable {
    func pack(into writer: inout PackWriter) {
        writer.byte(self == nil ? 0 : 1)
        self?.pack(into: &writer)
    }

    init(unpacking reader: inout PackReader) throws {
        self = try Bool(unpacking: &reader) ? try Wrapped(unpacking: &reader) : nil
    }
}

extension Array: Packable where Element: Packable {
    func pack(into writer: inout PackWriter) {
        writer.unsigned(UInt64(count))
        for element in self { element.pack(into: &writer) }
    }

    init(unpacking reader: inout PackReader) throws {
        let count = try reader.count()
        self = []
        reserveCapacity(count)
        for _ in 0..<count { append(try Element(unpacking: &reader)) }
    }
}

extension CalendarDate: Packable {
    func pack(into writer: inout PackWriter) { writer.signed(daysSinceEpoch) }
    init(unpacking reader: inout PackReader) throws { self.init(daysSinceEpoch: try reader.signed()) }
}

extension LicenseID: Packable {
    // Switches without a default: a third kind cannot be added without being given a byte here.
    func pack(into writer: inout PackWriter) {
        switch kind {
        case .original: writer.byte(0)
        case .csp: writer.byte(1)
        }
        number.pack(into: &writer)
    }

    init(unpacking reader: inout PackReader) throws {
        let kind: Kind
        switch try reader.byte() {
        case 0: kind = .original
        case 1: kind = .csp
        default: throw reader.error("not a kind of license id")
        }
        self.init(kind: kind, number: try Int(unpacking: &reader))
    }
}

extension Decimal: Packable {
    /// Sign, exponent and digits, so that it reads back with the same digits (`12.50` stays
    /// `12.50`); digits past 64 bits (never a price or a rounded amount) as text, which keeps them.
    func pack(into writer: inout PackWriter) {
        guard let digits = exactSignificand else {
            writer.byte(2)
            return description.pack(into: &writer)
        }
        writer.byte(sign == .minus ? 1 : 0)
        writer.signed(exponent)
        writer.unsigned(digits)
    }

    init(unpacking reader: inout PackReader) throws {
        switch try reader.byte() {
        case let sign where sign <= 1:
            let exponent = try reader.signed()
            self.init(sign: sign == 1 ? .minus : .plus, exponent: exponent, significand: Decimal(try reader.unsigned()))
        case 2:
            guard let value = Decimal(string: try String(unpacking: &reader)) else { throw reader.error("not a decimal") }
            self = value
        default: throw reader.error("not a decimal")
        }
    }
}

/// An enum packed as its raw value.
protocol PackedByRawValue: Packable, RawRepresentable where RawValue: Packable {}

extension PackedByRawValue {
    func pack(into writer: inout PackWriter) { rawValue.pack(into: &writer) }

    init(unpacking reader: inout PackReader) throws {
        guard let value = Self(rawValue: try RawValue(unpacking: &reader)) else { throw reader.error("not a \(Self.self)") }
        self = value
    }
}

extension MigrationStage: PackedByRawValue {}
extension Program: PackedByRawValue {}
extension BillingAccount: PackedByRawValue {}
extension CSPTerm: PackedByRawValue {}
extension BillingFrequency: PackedByRawValue {}
extension GDAPRole: PackedByRawValue {}
extension Deadline: PackedByRawValue {}
extension PaidTimeOutcome: PackedByRawValue {}
extension UsersUnlicensed.Cause: PackedByRawValue {}

// MARK: - Structs, by their field lists

/// Packs a `Root` field by field.
protocol FieldPacking<Root>: Sendable {
    associatedtype Root
    func pack(_ root: Root, into writer: inout PackWriter)
    func unpack(from reader: inout PackReader) throws -> Root
}

extension FieldList: FieldPacking where repeat each Field: Packable {
    func pack(_ root: Root, into writer: inout PackWriter) {
        for path in repeat each paths { root[keyPath: path].pack(into: &writer) }
    }

    func unpack(from reader: inout PackReader) throws -> Root {
        make(repeat try (each Field).init(unpacking: &reader))
    }
}

/// A struct packed field by field, in the order of its `FieldList`.
protocol PackedByFields: Packable {
    associatedtype Fields: FieldPacking<Self>
    static var fields: Fields { get }
}

extension PackedByFields {
    func pack(into writer: inout PackWriter) { Self.fields.pack(self, into: &writer) }
    init(unpacking reader: inout PackReader) throws { self = try Self.fields.unpack(from: &reader) }
}

extension CustomerSummary: PackedByFields {}
extension Money: PackedByFields {}
extension StageLengths: PackedByFields {}
extension EndedOriginal: PackedByFields {}
extension OwedReassignment: PackedByFields {}
extension SeatsTarget: PackedByFields {}
extension SharedSeats: PackedByFields {}
extension UsersUnlicensed: PackedByFields {}
extension EarlyCancellation: PackedByFields {}
extension EarlyProvision: PackedByFields {}
extension CSPCancellation: PackedByFields {}
extension CoverageGap: PackedByFields {}
extension OfferChange: PackedByFields {}
extension NoAdminRights: PackedByFields {}
extension SeatShortfall: PackedByFields {}
extension SeatSurplus: PackedByFields {}
extension CSPWindow: PackedByFields {}
extension AutoRenew: PackedByFields {}
extension InviteStale: PackedByFields {}
extension GDAPStale: PackedByFields {}
extension GDAPExpiring: PackedByFields {}
extension TenantLimit: PackedByFields {}
extension Overlap: PackedByFields {}
extension RefundWindow: PackedByFields {}
extension CurrencyMismatch: PackedByFields {}
extension PurchaseDateUnknown: PackedByFields {}

// MARK: - Enums, by their tables of cases

/// One case of an enum: how to build it from its values, and how to get them out of a value of
/// that case (nil for another case). Its place in the enum's `cases` is its tag.
struct PackedCase<Root>: Sendable {
    let unpack: @Sendable (inout PackReader) throws -> Root
    /// Writes `tag` and the values, when the value is of this case.
    let pack: @Sendable (Root, Int, inout PackWriter) -> Bool

    init<each Value: Packable>(_ make: @escaping @Sendable (repeat each Value) -> Root, _ values: @escaping @Sendable (Root) -> (repeat each Value)?) {
        unpack = { reader in make(repeat try (each Value).init(unpacking: &reader)) }
        pack = { root, tag, writer in
            guard let values = values(root) else { return false }
            writer.unsigned(UInt64(tag))
            repeat (each values).pack(into: &writer)
            return true
        }
    }

    /// A case without values.
    init(_ value: Root) where Root: Equatable & Sendable {
        unpack = { _ in value }
        pack = { root, tag, writer in
            guard root == value else { return false }
            writer.unsigned(UInt64(tag))
            return true
        }
    }
}

/// An enum packed as its case's tag, then the case's values.
protocol PackedByCases: Packable {
    static var cases: [PackedCase<Self>] { get }
}

extension PackedByCases {
    func pack(into writer: inout PackWriter) {
        for (tag, packedCase) in Self.cases.enumerated() where packedCase.pack(self, tag, &writer) { return }
        // A case missing from the table: a tag no reader accepts, so that the row is judged again
        // when read instead of its later fields being read out of place.
        writer.unsigned(UInt64(Self.cases.count))
    }

    init(unpacking reader: inout PackReader) throws {
        let tag = try reader.unsigned(), cases = Self.cases
        guard tag < UInt64(cases.count) else { throw reader.error("not a case of \(Self.self)") }
        self = try cases[Int(tag)].unpack(&reader)
    }
}

extension NextAction: PackedByCases {
    static let cases: [PackedCase<NextAction>] = [
        PackedCase(.invite),
        PackedCase(NextAction.awaitAcceptance) { if case let .awaitAcceptance(a, b, c) = $0 { (a, b, c) } else { nil } },
        PackedCase(.recordOriginals),
        PackedCase(NextAction.waitToProvision) { if case let .waitToProvision(a, b, c, d, e) = $0 { (a, b, c, d, e) } else { nil } },
        PackedCase(NextAction.provision) { if case let .provision(a, b, c, d, e, f, g) = $0 { (a, b, c, d, e, f, g) } else { nil } },
        PackedCase(NextAction.addSeats) { if case let .addSeats(a, b, c, d, e) = $0 { (a, b, c, d, e) } else { nil } },
        PackedCase(NextAction.getAdminRights) { if case let .getAdminRights(a, b, c) = $0 { (a, b, c) } else { nil } },
        PackedCase(NextAction.reassign) { if case let .reassign(a, b, c) = $0 { (a, b, c) } else { nil } },
        PackedCase(NextAction.turnOffAutoRenew) { if case let .turnOffAutoRenew(a, b) = $0 { (a, b) } else { nil } },
        PackedCase(NextAction.checkRenewal) { if case let .checkRenewal(a, b) = $0 { (a, b) } else { nil } },
        PackedCase(.nothingToMove),
        PackedCase(NextAction.retire) { if case let .retire(a, b, c, d, e, f) = $0 { (a, b, c, d, e, f) } else { nil } },
        PackedCase(NextAction.waitForWindow) { if case let .waitForWindow(a, b, c, d) = $0 { (a, b, c, d) } else { nil } },
        PackedCase(.complete),
        PackedCase(NextAction.letUnusedEnd) { if case let .letUnusedEnd(a, b, c, d, e) = $0 { (a, b, c, d, e) } else { nil } },
        PackedCase(NextAction.cancelUnused) { if case let .cancelUnused(a, b, c, d, e, f) = $0 { (a, b, c, d, e, f) } else { nil } },
    ]
}

extension Preparation: PackedByCases {
    static let cases: [PackedCase<Preparation>] = [
        PackedCase(Preparation.requestGDAP) { if case let .requestGDAP(a) = $0 { a } else { nil } },
        PackedCase(Preparation.turnOffRenewal) { if case let .turnOffRenewal(a) = $0 { a } else { nil } },
        PackedCase(.renewToCSP),
    ]
}

extension Lifecycle: PackedByCases {
    static let cases: [PackedCase<Lifecycle>] = [
        PackedCase(.active),
        PackedCase(Lifecycle.expired) { if case let .expired(a) = $0 { a } else { nil } },
        PackedCase(Lifecycle.disabled) { if case let .disabled(a) = $0 { a } else { nil } },
        PackedCase(Lifecycle.deleted) { if case let .deleted(a) = $0 { a } else { nil } },
    ]
}

extension GDAPState: PackedByCases {
    static let cases: [PackedCase<GDAPState>] = [
        PackedCase(GDAPState.pending) { if case let .pending(a, b) = $0 { (a, b) } else { nil } },
        PackedCase(GDAPState.lapsed) { if case let .lapsed(a) = $0 { a } else { nil } },
        PackedCase(GDAPState.active) { if case let .active(a) = $0 { a } else { nil } },
        PackedCase(GDAPState.ended) { if case let .ended(a) = $0 { a } else { nil } },
    ]
}

extension CancellationRefund: PackedByCases {
    static let cases: [PackedCase<CancellationRefund>] = [
        PackedCase(.none),
        PackedCase(.proratedCredit),
        PackedCase(CancellationRefund.mcaInsideWindow) { if case let .mcaInsideWindow(a) = $0 { a } else { nil } },
        PackedCase(CancellationRefund.mcaAfterWindow) { if case let .mcaAfterWindow(a) = $0 { a } else { nil } },
        PackedCase(CancellationRefund.mcaStartUnknown) { if case let .mcaStartUnknown(a) = $0 { a } else { nil } },
        PackedCase(CancellationRefund.accountUnknown) { if case let .accountUnknown(a, b) = $0 { (a, b) } else { nil } },
    ]
}

extension Finding: PackedByCases {
    static let cases: [PackedCase<Finding>] = [
        PackedCase(Finding.usersUnlicensed) { if case let .usersUnlicensed(f) = $0 { f } else { nil } },
        PackedCase(Finding.earlyCancel) { if case let .earlyCancel(f) = $0 { f } else { nil } },
        PackedCase(Finding.earlyProvision) { if case let .earlyProvision(f) = $0 { f } else { nil } },
        PackedCase(Finding.cspCancel) { if case let .cspCancel(f) = $0 { f } else { nil } },
        PackedCase(Finding.coverageGap) { if case let .coverageGap(f) = $0 { f } else { nil } },
        PackedCase(Finding.offerChange) { if case let .offerChange(f) = $0 { f } else { nil } },
        PackedCase(Finding.noAdminRights) { if case let .noAdminRights(f) = $0 { f } else { nil } },
        PackedCase(Finding.seatShortfall) { if case let .seatShortfall(f) = $0 { f } else { nil } },
        PackedCase(Finding.seatSurplus) { if case let .seatSurplus(f) = $0 { f } else { nil } },
        PackedCase(Finding.cspWindow) { if case let .cspWindow(f) = $0 { f } else { nil } },
        PackedCase(Finding.autoRenew) { if case let .autoRenew(f) = $0 { f } else { nil } },
        PackedCase(Finding.gdapExpiring) { if case let .gdapExpiring(f) = $0 { f } else { nil } },
        PackedCase(Finding.inviteStale) { if case let .inviteStale(f) = $0 { f } else { nil } },
        PackedCase(Finding.gdapStale) { if case let .gdapStale(f) = $0 { f } else { nil } },
        PackedCase(Finding.currencyMismatch) { if case let .currencyMismatch(f) = $0 { f } else { nil } },
        PackedCase(Finding.tenantLimit) { if case let .tenantLimit(f) = $0 { f } else { nil } },
        PackedCase(Finding.purchaseDateUnknown) { if case let .purchaseDateUnknown(f) = $0 { f } else { nil } },
        PackedCase(Finding.overlap) { if case let .overlap(f) = $0 { f } else { nil } },
        PackedCase(Finding.refundWindow) { if case let .refundWindow(f) = $0 { f } else { nil } },
    ]
}
