import MigrationGuide

/// Why stored summary bytes cannot be read back; the store then judges the customer again.
enum PackedSummaryError: Error, Equatable, CustomStringConvertible {
    /// No bytes at all.
    case empty
    /// Written by another version of the format (an older or newer program).
    case otherVersion(UInt8)
    /// Truncated, or not a summary at all.
    case unreadable(String)

    var description: String {
        switch self {
        case .empty: "no summary bytes"
        case .otherVersion(let version): "summary bytes of format \(version), not \(CustomerSummary.packedFormat)"
        case .unreadable(let why): "unreadable summary bytes: \(why)"
        }
    }
}

extension CustomerSummary {
    /// The first byte of every packed summary. Raise it whenever the bytes change meaning: a field
    /// added, removed, reordered or retyped in any type a summary holds (its `FieldList`), a case
    /// added or moved in a table of cases, a raw value renamed; the bytes carry no names.
    static let packedFormat: UInt8 = 1

    /// The summary as the store keeps it beside the customer: the format byte, then the summary
    /// packed (`Packable`).
    func packed() -> [UInt8] {
        var writer = PackWriter()
        writer.byte(Self.packedFormat)
        pack(into: &writer)
        return writer.bytes
    }

    /// A summary read back from `packed()`'s bytes; throws for bytes of another format, truncated,
    /// with bytes left over, or not a summary.
    init(packed bytes: UnsafeRawBufferPointer) throws(PackedSummaryError) {
        guard let version = bytes.first else { throw .empty }
        guard version == Self.packedFormat else { throw .otherVersion(version) }
        var reader = PackReader(UnsafeRawBufferPointer(rebasing: bytes.dropFirst()))
        do {
            self = try CustomerSummary(unpacking: &reader)
        } catch {
            throw .unreadable(String(describing: error))
        }
        guard reader.isAtEnd else { throw .unreadable(reader.error("bytes left over").description) }
    }
}
