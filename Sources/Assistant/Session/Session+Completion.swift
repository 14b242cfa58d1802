import Foundation
import MigrationGuide

/// Completion reads the portfolio through the session, so it always sees the store's current state.
extension Session: CompletionData {
    public var completionSelected: String? { selected?.rawValue }

    public func completionHandles() -> [String] {
        ((try? store.handles()) ?? []).map(\.rawValue)
    }

    public func completionLicenses(for handle: String?) -> [String] {
        guard let customer = completionCustomer(handle) else { return [] }
        return customer.originals.map(\.id.description) + customer.originals.map(\.offer)
    }

    public func completionOffers(for handle: String?) -> [String] {
        guard let customer = completionCustomer(handle) else { return [] }
        return customer.originals.map(\.offer)
    }

    public func completionFiles(_ prefix: String) -> [String] {
        let slash = prefix.lastIndex(of: "/")
        let folder = slash.map { String(prefix[...$0]) } ?? ""
        let namePrefix = slash.map { String(prefix[prefix.index(after: $0)...]) } ?? prefix
        let expanded = folder.hasPrefix("~/") ? NSHomeDirectory() + folder.dropFirst() : folder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: expanded.isEmpty ? "." : expanded) else { return [] }
        return names.filter { $0.hasPrefix(namePrefix) && (!$0.hasPrefix(".") || namePrefix.hasPrefix(".")) }.sorted().map { name in
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: (expanded.isEmpty ? "" : expanded) + name, isDirectory: &isFolder)
            return folder + name + (isFolder.boolValue ? "/" : "")
        }
    }

    private func completionCustomer(_ handle: String?) -> Customer? {
        guard let key = handle.flatMap({ Handle($0) }) ?? selected else { return nil }
        return try? store.customer(key)
    }
}
