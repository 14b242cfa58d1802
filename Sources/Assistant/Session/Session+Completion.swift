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

    private func completionCustomer(_ handle: String?) -> Customer? {
        guard let key = handle.flatMap({ Handle($0) }) ?? selected else { return nil }
        return try? store.customer(key)
    }
}
