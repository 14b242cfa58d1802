import MigrationGuide

/// `license list [HANDLE]`: a customer's originals with days left and their CSP counterparts.
public struct LicenseList: AssistantCommand, Equatable {
    public static let spec = CommandSpec(
        ["license", "list"],
        arguments: [CommonKeys.customer],
        summary: LocalizedText(en: "List a customer's original subscriptions", pt: "Lista as assinaturas originais de um cliente"),
        examples: ["license list contoso"])

    /// The customer as typed (a handle or a name); nil for the selected one.
    public var reference: String?

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        reference = try arguments[CommonKeys.customer]
    }

    public var changesState: Bool { false }

    public func run(in session: Session) throws(CommandError) -> Reply {
        let customer = try session.customer(reference, for: Self.spec)
        return Reply(.licenseList(customer.handle, session.guide.guidance(for: customer, on: session.today).originals))
    }
}

extension LicenseList {
    /// `license list contoso`.
    static func line(_ customer: some LineValue) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(CommonKeys.customer, customer)
    }
}
