import Foundation
import MigrationGuide

/// The portfolio spreadsheet's columns, declared once for `export` (CSV and JSON) and `import`:
/// the name export writes and the other names import also reads (Portuguese ones apart, since they
/// tell how the file writes dates), the kind of value (how it is written and read back), where
/// the JSON report puts it, and which facts of the customer model it carries. One row per original
/// and per CSP subscription; the customer's columns repeat on each of its rows.
enum PortfolioColumn: String, CaseIterable, Sendable {
    case handle, name, domain, program, email
    case microsoftID = "microsoft_id"
    case invited
    case inviteEmail = "invite_email"
    case accepted, stage
    case license, offer, seats, assigned, expires
    case daysLeft = "days_left"
    case price, currency
    case autoRenew = "auto_renew"
    case ending
    case endedOn = "ended_on"
    case provisioned, replaces, reassigned
    case replacedBy = "replaced_by"
    case lifecycle
    case started, term, billing, cancelled
    case externalID = "external_id"
    case billingAccount = "billing_account"
    case eaTerm = "ea_term"
    case createdInPartnerCenter = "created_in_partner_center"
    case customerCurrency = "customer_currency"
    case gdapRequested = "gdap_requested"
    case gdapRoles = "gdap_roles"
    case gdapAccepted = "gdap_accepted"
    case gdapExpires = "gdap_expires"
    case warnings
    case nextAction = "next_action"

    /// Whose a column is: the customer's (the same on each of its rows) or one subscription's.
    enum Level { case customer, subscription }

    /// How a value is written and read.
    enum Kind: Equatable {
        case text, offer, handle, domain, email, tenantID, program, currency
        case date
        case count(ClosedRange<Int>)
        /// Two decimals, with the dialect's decimal mark.
        case amount
        /// `on` / `off` (read also as `Sim`, `Não`, `yes`...).
        case onOff
        /// One of fixed words (the model's raw values).
        case choice([String])
        case license
        /// `L1+L2`.
        case licenses
        /// `License Administrator, User Administrator`, as `gdap request --roles` takes them.
        case roles
        /// `expired`, `cancelled`, `cancelled-early` (and their Portuguese names).
        case ending
        /// Written for people only.
        case report
    }

    var level: Level {
        switch self {
        case .handle, .name, .domain, .program, .email, .microsoftID, .invited, .inviteEmail, .accepted, .billingAccount, .eaTerm,
             .createdInPartnerCenter, .customerCurrency, .gdapRequested, .gdapRoles, .gdapAccepted, .gdapExpires, .stage, .warnings, .nextAction: .customer
        case .license, .offer, .seats, .assigned, .expires, .price, .currency, .autoRenew, .ending, .endedOn, .provisioned, .replaces,
             .reassigned, .started, .term, .billing, .cancelled, .externalID, .daysLeft, .replacedBy, .lifecycle: .subscription
        }
    }

    /// Figures computed for people (stage, days left, warnings...), which import ignores.
    var isReport: Bool { kind == .report }

    var kind: Kind {
        switch self {
        case .handle: .handle
        case .name, .externalID: .text
        case .offer: .offer
        case .domain: .domain
        case .email, .inviteEmail: .email
        case .microsoftID: .tenantID
        case .program: .program
        case .currency, .customerCurrency: .currency
        case .invited, .accepted, .expires, .endedOn, .provisioned, .reassigned, .started, .cancelled, .gdapRequested, .gdapAccepted, .gdapExpires: .date
        case .seats: .count(seatRange)
        case .assigned: .count(assignedRange)
        case .price: .amount
        case .autoRenew, .createdInPartnerCenter: .onOff
        case .term: .choice(CSPTerm.allCases.map(\.rawValue))
        case .billing: .choice(BillingFrequency.allCases.map(\.rawValue))
        case .billingAccount: .choice(BillingAccount.allCases.map(\.rawValue))
        case .eaTerm: .choice(EATerm.allCases.map(\.rawValue))
        case .license: .license
        case .replaces: .licenses
        case .gdapRoles: .roles
        case .ending: .ending
        case .stage, .daysLeft, .replacedBy, .lifecycle, .warnings, .nextAction: .report
        }
    }

    /// Other English names import reads.
    var aliases: [String] {
        switch self {
        case .email: ["admin_email"]
        case .microsoftID: ["Microsoft ID", "tenant_id"]
        case .license: ["id"]
        case .assigned: ["users"]
        default: []
        }
    }

    /// The names Excel users in Brazil give the column; a header with any of them writes dates day first.
    var portuguese: [String] {
        switch self {
        case .handle: ["cliente", "apelido"]
        case .name: ["nome", "empresa", "razão social"]
        case .domain: ["domínio"]
        case .program: ["programa"]
        case .email: ["e-mail", "e-mail do administrador"]
        case .microsoftID: ["id da microsoft"]
        case .invited: ["convidado em", "convite enviado"]
        case .inviteEmail: ["e-mail do convite"]
        case .accepted: ["aceito em", "aceite"]
        case .stage: ["etapa"]
        case .license: []
        case .offer: ["oferta", "produto"]
        case .seats: ["licenças", "quantidade"]
        case .assigned: ["usuários", "atribuídas"]
        case .expires: ["termina", "término", "vencimento"]
        case .daysLeft: ["dias"]
        case .price: ["preço", "preço por licença"]
        case .currency: ["moeda"]
        case .autoRenew: ["renovação automática", "renova"]
        case .ending: ["encerramento"]
        case .endedOn: ["encerrada em"]
        case .provisioned: ["provisionada em"]
        case .replaces: ["substitui"]
        case .reassigned: ["reatribuída em"]
        case .replacedBy: ["substituída por"]
        case .lifecycle: ["situação"]
        case .started: ["início do período"]
        case .term: ["prazo"]
        case .billing: ["faturamento"]
        case .cancelled: ["cancelada em"]
        case .externalID: ["id externo"]
        case .billingAccount: ["conta de cobrança"]
        case .eaTerm: ["prazo do ea"]
        case .createdInPartnerCenter: ["criado no partner center"]
        case .customerCurrency: ["moeda do cliente"]
        case .gdapRequested: ["gdap solicitado em"]
        case .gdapRoles: ["funções gdap"]
        case .gdapAccepted: ["gdap aceito em"]
        case .gdapExpires: ["gdap termina em"]
        case .warnings: ["avisos"]
        case .nextAction: ["próximo passo"]
        }
    }

    /// Every name the column is read by: the one export writes first.
    var names: [String] { [rawValue] + aliases + portuguese }

    /// Where the JSON report puts it: a key of the customer, or of each original and CSP
    /// subscription; a dotted key is a member of an object (`gdap.roles`). Nil: not in the report.
    var jsonKey: String? {
        switch self {
        case .handle, .name, .domain, .program, .email, .microsoftID, .stage, .offer, .seats, .assigned, .expires, .daysLeft, .autoRenew, .ending,
             .endedOn, .replaces, .replacedBy, .lifecycle, .term, .billing, .billingAccount, .eaTerm, .createdInPartnerCenter, .warnings, .nextAction,
             .externalID:
            Self.camelCase(rawValue)
        case .invited: "invitedOn"
        case .inviteEmail: "invitationEmail"
        case .accepted: "acceptedOn"
        case .license: "id"
        case .price: "pricePerSeatMonth.amount"
        case .currency: "pricePerSeatMonth.currency"
        case .provisioned: "provisionedOn"
        case .reassigned: "reassignedOn"
        case .started: "startedOn"
        case .cancelled: "cancelledOn"
        case .customerCurrency: "currency"
        case .gdapRequested: "gdap.requestedOn"
        case .gdapRoles: "gdap.roles"
        case .gdapAccepted: "gdap.acceptedOn"
        case .gdapExpires: "gdap.expiresOn"
        }
    }

    /// The facts of the customer model the column carries, as `Type.property`: every stored
    /// property of the model must be carried by some column, so that an export is a backup
    /// (`PortfolioBackupTests` checks it against the model itself).
    var carries: [String] {
        switch self {
        case .handle: ["Customer.handle"]
        case .name: ["Customer.name"]
        case .domain: ["Customer.domain"]
        case .program: ["Customer.program"]
        case .email: ["Customer.adminEmail"]
        case .microsoftID: ["Customer.tenantID"]
        case .invited: ["Customer.invitation", "Invitation.sentOn"]
        case .inviteEmail: ["Invitation.email"]
        case .accepted: ["Invitation.acceptedOn"]
        case .license: ["Customer.originals", "Customer.cspSubscriptions", "OriginalSubscription.id", "CSPSubscription.id"]
        case .offer: ["OriginalSubscription.offer", "CSPSubscription.offer"]
        case .seats: ["OriginalSubscription.seats", "CSPSubscription.seats"]
        case .assigned: ["OriginalSubscription.assigned"]
        case .expires: ["OriginalSubscription.expires"]
        case .price: ["OriginalSubscription.pricePerSeatMonth", "CSPSubscription.pricePerSeatMonth", "Money.amount"]
        case .currency: ["Money.currency"]
        case .autoRenew: ["OriginalSubscription.autoRenew"]
        case .ending: ["OriginalSubscription.ending"]
        case .endedOn: []
        case .provisioned: ["CSPSubscription.provisionedOn"]
        case .replaces: ["CSPSubscription.replaces"]
        case .reassigned: ["CSPSubscription.reassignedOn"]
        case .started: ["OriginalSubscription.startedOn"]
        case .term: ["CSPSubscription.term"]
        case .billing: ["CSPSubscription.billing"]
        case .cancelled: ["CSPSubscription.cancelledOn"]
        case .externalID: ["OriginalSubscription.externalID", "CSPSubscription.externalID"]
        case .billingAccount: ["Customer.billingAccount"]
        case .eaTerm: ["Customer.eaTerm"]
        case .createdInPartnerCenter: ["Customer.createdInPartnerCenter"]
        case .customerCurrency: ["Customer.currency"]
        case .gdapRequested: ["Customer.gdap", "GDAPRelationship.requestedOn"]
        case .gdapRoles: ["GDAPRelationship.roles"]
        case .gdapAccepted: ["GDAPRelationship.acceptedOn"]
        case .gdapExpires: ["GDAPRelationship.expiresOn"]
        case .stage, .daysLeft, .replacedBy, .lifecycle, .warnings, .nextAction: []
        }
    }

    static func camelCase(_ name: String) -> String {
        let words = name.split(separator: "_")
        return (words.first.map(String.init) ?? "") + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// The facts import reads (report columns are written for people only).
    static let read = allCases.filter { !$0.isReport }
}

/// One cell's value, typed: what export writes and import reads back.
enum PortfolioCell: Hashable, Sendable {
    case text(String)
    case date(CalendarDate)
    case count(Int)
    case amount(Decimal)
    case flag(Bool)
    case licenses([LicenseID])
    case roles([GDAPRole])
    case ending(OriginalSubscription.Ending)
    /// A report's findings: codes in a spreadsheet, objects in JSON.
    case findings([Finding])

    /// As the spreadsheet cell reads.
    func text(_ dialect: SpreadsheetDialect) -> String {
        switch self {
        case .text(let text): text
        case .date(let date): dialect.date(date)
        case .count(let count): String(count)
        case .amount(let amount): dialect.amount(amount)
        case .flag(let on): on ? "on" : "off"
        case .licenses(let ids): ids.map(\.description).joined(separator: "+")
        case .roles(let roles): roles.map(\.rawValue).joined(separator: ", ")
        case .ending(let ending): PortfolioExport.ending(ending).name ?? ""
        case .findings(let findings): findings.map(\.code.rawValue).joined(separator: " ")
        }
    }

    /// As the JSON report writes it: dates ISO, amounts as decimal strings, lists as arrays.
    var report: ReportValue {
        switch self {
        case .text(let text): .string(text)
        case .date(let date): .string(date.description)
        case .count(let count): .int(count)
        case .amount(let amount): .string(SpreadsheetDialect.plain.amount(amount))
        case .flag(let on): .bool(on)
        case .licenses(let ids): .array(ids.map { .string($0.description) })
        case .roles(let roles): .array(roles.map { .string($0.rawValue) })
        case .ending(let ending): .string(PortfolioExport.ending(ending).name ?? "")
        case .findings(let findings):
            .array(findings.map { finding in
                var members: [String: ReportValue] = ["code": .string(finding.code.rawValue), "severity": .string(finding.severity == .info ? "info" : "warning")]
                if let subject = finding.subject { members["subject"] = .string(subject.description) }
                return .object(members)
            })
        }
    }
}

/// A JSON report's value.
indirect enum ReportValue: Encodable, Hashable, Sendable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case array([ReportValue])
    case object([String: ReportValue])

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let text): try container.encode(text)
        case .int(let number): try container.encode(number)
        case .bool(let flag): try container.encode(flag)
        case .array(let items): try container.encode(items)
        case .object(let members): try container.encode(members)
        }
    }

    /// Sets `value` at a dotted key (`gdap.roles`) of an object.
    static func set(_ value: ReportValue, at key: String, in members: inout [String: ReportValue]) {
        let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2 else {
            members[key] = value
            return
        }
        var inner: [String: ReportValue] = [:]
        if case .object(let existing)? = members[parts[0]] { inner = existing }
        set(value, at: parts[1], in: &inner)
        members[parts[0]] = .object(inner)
    }
}

extension PortfolioColumn {
    /// What one exported row, or one JSON object, is about.
    enum Subject {
        case original(OriginalStatus)
        case csp(CSPSubscription)
        /// A spreadsheet row for a customer with no subscription.
        case customerAlone
        /// The customer's object in the JSON report.
        case customer
    }

    /// The column's value on a row about `subject`; nil when it has none. An exhaustive switch: a
    /// new column cannot be declared without saying what export writes in it.
    func value(_ customer: Customer, _ guidance: Guidance, _ subject: Subject) -> PortfolioCell? {
        var status: OriginalStatus? { if case .original(let status) = subject { status } else { nil } }
        let original = status?.original
        var csp: CSPSubscription? { if case .csp(let subscription) = subject { subscription } else { nil } }
        func text(_ value: String?) -> PortfolioCell? { value.map(PortfolioCell.text) }
        func date(_ value: CalendarDate?) -> PortfolioCell? { value.map(PortfolioCell.date) }
        switch self {
        case .handle: return .text(customer.handle.rawValue)
        case .name: return .text(customer.name)
        case .domain: return text(customer.domain)
        case .program: return .text(customer.program.rawValue)
        case .email: return text(customer.adminEmail)
        case .microsoftID: return text(customer.tenantID)
        case .invited: return date(customer.invitation?.sentOn)
        case .inviteEmail: return text(customer.invitation?.email)
        case .accepted: return date(customer.invitation?.acceptedOn)
        case .stage: return .text("\(guidance.stage)")
        case .license: return text((original?.id ?? csp?.id)?.description)
        case .offer: return text(original?.offer ?? csp?.offer)
        case .seats: return (original?.seats ?? csp?.seats).map(PortfolioCell.count)
        case .assigned: return original.map { .count($0.assigned) }
        case .expires: return date(original?.expires)
        case .daysLeft: return status.map { .count($0.daysLeft) }
        case .price: return (original?.pricePerSeatMonth ?? csp?.pricePerSeatMonth).map { .amount($0.amount) }
        case .currency: return text((original?.pricePerSeatMonth ?? csp?.pricePerSeatMonth)?.currency)
        // Empty when not recorded: read back as not recorded.
        case .autoRenew: return original?.autoRenew.map(PortfolioCell.flag)
        case .ending: return original?.ending.map(PortfolioCell.ending)
        case .endedOn: return date(original?.ending.flatMap { PortfolioExport.ending($0).on })
        case .provisioned: return date(csp?.provisionedOn)
        case .replaces: return csp.flatMap { $0.replaces.isEmpty ? nil : .licenses($0.replaces) }
        case .reassigned: return date(csp?.reassignedOn)
        case .replacedBy: return status.flatMap { $0.replacements.isEmpty ? nil : .licenses($0.replacements) }
        case .lifecycle:
            // The `kind` every JSON reply writes for it (`FlatCases`).
            return status.map { .text($0.lifecycle.kind) }
        case .started: return date(original?.startedOn)
        case .term: return csp.map { .text($0.term.rawValue) }
        case .billing: return csp.map { .text($0.billing.rawValue) }
        case .cancelled: return date(csp?.cancelledOn)
        case .externalID: return text(original?.externalID ?? csp?.externalID)
        case .billingAccount: return .text(customer.billingAccount.rawValue)
        case .eaTerm: return .text(customer.eaTerm.rawValue)
        case .createdInPartnerCenter: return .flag(customer.createdInPartnerCenter)
        case .customerCurrency: return text(customer.currency)
        case .gdapRequested: return date(customer.gdap?.requestedOn)
        case .gdapRoles: return customer.gdap.map { .roles($0.roles) }
        case .gdapAccepted: return date(customer.gdap?.acceptedOn)
        case .gdapExpires: return date(customer.gdap?.expiresOn)
        case .warnings:
            // A row lists the findings about its subscription (and, for an original, its
            // replacements); the JSON report lists them all.
            let about: [LicenseID]? = switch subject {
            case .original(let status): [status.original.id] + status.replacements
            case .csp(let subscription): [subscription.id]
            case .customerAlone: []
            case .customer: nil
            }
            let findings = guidance.findings.filter { finding in
                guard let about else { return true }
                return finding.subject.map(about.contains) ?? about.isEmpty
            }
            return .findings(findings)
        case .nextAction: return .text(PortfolioExport.nextActionCode(guidance.nextAction))
        }
    }
}
