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
    /// The first byte of every packed summary. The bytes carry no names, so they mean something only
    /// to the build that wrote them; the store never hands a build another build's rows (its rules
    /// stamp names the program's build), so this byte is a last check that refuses, rather than
    /// misreads, bytes of any other shape.
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
