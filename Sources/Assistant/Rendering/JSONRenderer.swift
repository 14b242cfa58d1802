import Foundation
import MigrationGuide

/// Renders each reply as one JSON object on one line, for scripts:
/// `{"command":"status contoso","ok":true,"items":[{"type":"status","data":{…}}],"text":"…"}`.
/// `text` is the same reply as people read it, in the session's language, without colour.
public struct JSONRenderer: Sendable {
    public var text: TextRenderer

    public init(language: Language, settings: GuideSettings = GuideSettings()) {
        text = TextRenderer(language: language, style: .plain, settings: settings)
    }

    public func render(_ reply: Reply, command: String) -> String {
        let document = Document(
            command: command, ok: !reply.isFailure,
            items: reply.items.map { EncodedItem(item: $0, text: text) },
            text: text.render(reply))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document), let line = String(data: data, encoding: .utf8) else {
            return #"{"ok":false,"error":"unencodable reply"}"#
        }
        return line
    }

    struct Document: Encodable {
        var command: String
        var ok: Bool
        var items: [EncodedItem]
        var text: String
    }
}

/// One reply item as `{"type": …, "data": …}`; errors also carry their code and message.
struct EncodedItem: Encodable {
    let item: ReplyItem
    let text: TextRenderer

    private enum Keys: String, CodingKey { case type, data, code, message }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        func put<T: Encodable>(_ type: String, _ data: T) throws {
            try container.encode(type, forKey: .type)
            try container.encode(data, forKey: .data)
        }
        switch item {
        case .error(let error):
            try container.encode("error", forKey: .type)
            try container.encode(error.code, forKey: .code)
            try container.encode(text.phrases.error(error), forKey: .message)
            if case .guide(.confirmationRequired(_, let findings)) = error {
                try container.encode(findings, forKey: .data)
            }
            if case .importing(.refused(let problems, _, _)) = error {
                try container.encode(problems.map { ["place": text.phrases.importWords(.place($0.place)), "code": $0.error.code.rawValue, "message": text.phrases.error($0.error)] }, forKey: .data)
            }
        case .help(let help): try put("help", help.specs.map { ["name": $0.name, "usage": $0.usage, "summary": $0.summary(text.language)] })
        case .steps: try put("steps", text.phrases.steps(text.settings))
        case .explanation(let topic): try put("explanation", text.phrases.explanation(topic, settings: text.settings))
        case .customerAdded(let customer): try put("customerAdded", customer)
        case .customerUpdated(let customer): try put("customerUpdated", customer)
        case .plan(let guidance): try put("plan", guidance)
        case .gdap(let reply): try put("gdap", reply)
        case .cspChanged(let reply): try put("cspChanged", reply)
        case .customerRemoved(let handle, _, _): try put("customerRemoved", handle)
        case .customerRemovalPreview(let handle, let originals, let csp): try put("customerRemovalPreview", RemovalPreview(customer: handle, originals: originals, csp: csp))
        case .customerList(let rows): try put("customerList", rows)
        case .customerDetail(let customer, let guidance): try put("customerDetail", CustomerDetail(customer: customer, guidance: guidance))
        case .selected(let handle): try put("selected", handle)
        case .licenseAdded(let handle, let original): try put("licenseAdded", LicenseChange(customer: handle, license: original))
        case .licenseUpdated(let handle, let original): try put("licenseUpdated", LicenseChange(customer: handle, license: original))
        case .licenseList(let handle, let originals): try put("licenseList", LicenseListing(customer: handle, originals: originals))
        case .originalsEnding(let reply): try put("originalsEnding", reply)
        case .invitation(let reply): try put("invitation", InvitationData(customer: reply.customer.handle, invitation: reply.invitation, resent: reply.resent, message: text.phrases.invitationMessage(reply).joined(separator: "\n")))
        case .accepted(let handle, let invitation): try put("accepted", InvitationData(customer: handle, invitation: invitation, resent: false, message: nil))
        case .provisioned(let reply): try put("provisioned", reply)
        case .cancelled(let reply): try put("cancelled", reply)
        case .expired(let handle, let original): try put("expired", LicenseChange(customer: handle, license: original))
        case .reassignment(let reply): try put("reassignment", reply)
        case .status(let guidance): try put("status", guidance)
        case .portfolioStatus(let rows): try put("portfolioStatus", rows)
        case .advice(let guidance): try put("advice", guidance)
        case .portfolioAdvice(let rows): try put("portfolioAdvice", rows)
        case .today(let date, _): try put("today", date)
        case .language(let language, _): try put("language", language)
        case .format(let format): try put("format", format)
        case .settings(let values, _, let partner):
            try put("settings", SettingsData(values: values, partner: partner, settings: text.settings))
        case .journal(let entries): try put("journal", entries)
        case .importSummary(let summary): try put("importSummary", summary)
        case .partnerTenant(let tenant, _): try put("partnerTenant", tenant)
        case .partnerCurrency(let currency, _): try put("currency", currency)
        case .partnerName(let name, _): try put("partnerName", name)
        case .exported(let report): try put("exported", report)
        case .recording(let path, let started, _): try put(started ? "recordingStarted" : "recordingStopped", path)
        case .goodbye: try put("goodbye", true)
        case .version(let version): try put("version", version)
        case .timeline(let reply): try put("timeline", reply)
        case .unlikelyDate(let check): try put("unlikelyDate", check)
        case .findings(_, let findings): try put("findings", findings)
        case .colleagueChanged(let entry): try put("colleagueChanged", entry)
        case .passwordInConnectionString: try put("passwordInConnectionString", true)
        case .copied(let report, _, let to): try put("copied", CopiedData(to: to, customersCopied: report.customersCopied, customersAlreadyThere: report.customersAlreadyThere, entriesCopied: report.entriesCopied, entriesAlreadyThere: report.entriesAlreadyThere, settingsCopied: report.settingsCopied))
        case .cancellationCheck(let check): try put("cancellationCheck", CancellationCheckData(check: check, command: check.command.description))
        case .question(let answer): try put("question", answer)
        case .unsure(let unsure): try put("unsure", unsure)
        }
    }

    /// `{"near-end-days": 30, …, "currency": "BRL", "provenance": {"near-end-days": {"source":
    /// "ourChoice", "changed": false}, "ea-expired-days": {"source": "microsoft", "page": …, "date": …}}}`:
    /// each figure by name as before, the partner's currency and name when the whole list is shown, and
    /// where each default comes from.
    struct SettingsData: Encodable {
        var values: [SettingValue]
        /// The partner's own settings, when the whole list is shown.
        var partner: PartnerSettings?
        var settings: GuideSettings

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        struct Source: Encodable {
            var source: String
            var page: String?
            var date: String?
            var changed: Bool
            var defaultValue: Int
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            for value in values { try container.encode(value.value, forKey: Key(stringValue: value.name.rawValue)) }
            if let partner {
                try container.encode(partner.tenant, forKey: Key(stringValue: Settings.partnerTenantName))
                try container.encode(partner.currency, forKey: Key(stringValue: Settings.partnerCurrencyName))
                try container.encode(partner.name, forKey: Key(stringValue: Settings.partnerNameName))
            }
            let sources = Dictionary(uniqueKeysWithValues: values.map { value in
                let provenance = value.name.provenance
                let source = switch provenance {
                case .microsoft: "microsoft"
                case .inferred: "inferred"
                case .partners: "partners"
                case .ourChoice: "ourChoice"
                }
                return (value.name.rawValue, Source(
                    source: source, page: provenance.page?.address, date: provenance.page?.date,
                    changed: settings.isChanged(value.name), defaultValue: value.name.defaultValue))
            })
            try container.encode(sources, forKey: Key(stringValue: "provenance"))
        }
    }

    struct CopiedData: Encodable {
        var to: String
        var customersCopied, customersAlreadyThere, entriesCopied, entriesAlreadyThere: Int
        var settingsCopied: Bool
    }

    struct CancellationCheckData: Encodable { var check: CancellationCheck; var command: String }
    struct CustomerDetail: Encodable { var customer: Customer; var guidance: Guidance }
    struct LicenseChange: Encodable { var customer: Handle; var license: OriginalSubscription }
    struct LicenseListing: Encodable { var customer: Handle; var originals: [OriginalStatus] }
    struct InvitationData: Encodable { var customer: Handle; var invitation: Invitation; var resent: Bool; var message: String? }
}

/// `customer remove --dry-run` as data: what removing the customer would forget.
struct RemovalPreview: Encodable {
    var customer: Handle
    var originals: Int
    var csp: Int
}
