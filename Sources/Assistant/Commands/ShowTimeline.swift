import MigrationGuide

/// `timeline [HANDLE] [--from DATE] [--to DATE] [--ascii]`: a customer's dates drawn on one axis
/// (its originals' stages, its CSP subscriptions, the invitation), or with no customer the
/// portfolio's next 90 days, most urgent first.
public struct ShowTimeline: AssistantCommand, Equatable {
    static let from = FlagKey("--from", .date, "YYYY-MM-DD", help: LocalizedText(
        en: "first day shown (default: the invitation or today)",
        pt: "primeiro dia mostrado (padrão: o convite ou hoje)"))
    static let to = FlagKey("--to", .date, "YYYY-MM-DD", help: LocalizedText(
        en: "last day shown (default: the last deadline)",
        pt: "último dia mostrado (padrão: o último prazo)"))
    static let ascii = SwitchKey("--ascii", help: LocalizedText(
        en: "draw with plain ASCII characters",
        pt: "desenha só com caracteres ASCII"))

    public static let spec = CommandSpec(
        ["timeline"], aliases: ["linha-do-tempo", "prazos"],
        arguments: [CommonKeys.customer],
        flags: [from, to, ascii, CommonKeys.all],
        summary: LocalizedText(en: "Draw a customer's dates on a timeline, or the portfolio's next 90 days", pt: "Desenha as datas de um cliente numa linha do tempo, ou os próximos 90 dias da carteira"),
        examples: ["timeline contoso", "timeline contoso --from 2026-12-01 --to 2027-06-30", "timeline", "timeline contoso --ascii"])

    /// How far ahead the portfolio timeline looks.
    public static let portfolioDays = 90

    public var reference: String?
    public var from: CalendarDate?
    public var to: CalendarDate?
    public var ascii: Bool
    public var all: Bool

    public init(_ arguments: ParsedArguments) throws(CommandError) {
        reference = try arguments[CommonKeys.customer]
        from = try arguments[Self.from]
        to = try arguments[Self.to]
        ascii = arguments[Self.ascii]
        all = arguments[CommonKeys.all]
        if let from, let to, to < from {
            throw .dateRangeBackwards(from: from, to: to)
        }
    }

    public var changesState: Bool { false }

    public func run(in session: Session) throws(CommandError) -> Reply {
        switch session.scope(reference, all: all) {
        case .portfolio:
            var timeline = session.guide.portfolioTimeline(try session.allCustomers(), today: session.today, days: Self.portfolioDays)
            for index in timeline.rows.indices {
                if let owner = timeline.rows[index].customer, let next = timeline.rows[index].next {
                    timeline.rows[index].command = Self.command(for: next, handle: owner.handle).description
                }
                for also in timeline.rows[index].alsoDue.indices {
                    timeline.rows[index].alsoDue[also].fillCommand()
                }
            }
            for index in timeline.overdue.indices { timeline.overdue[index].fillCommand() }
            return Reply(.timeline(TimelineReply(customer: nil, timeline: timeline, ascii: ascii)))
        case .customer(let reference):
            let customer = try session.customer(reference, for: Self.spec)
            let timeline = session.guide.timeline(for: customer, today: session.today, from: from, to: to)
            return Reply(.timeline(TimelineReply(customer: customer, timeline: timeline, ascii: ascii)))
        }
    }

    /// `timeline contoso`, or `timeline` for the portfolio.
    static func line(_ customer: Handle?) -> SuggestedCommand {
        SuggestedCommand(Self.self).with(CommonKeys.customer, customer?.rawValue)
    }

    /// What to type about a deadline, as its program allows: look before cancelling (web direct),
    /// turn recurring billing off (MCA, unless recorded off), see the plan (an original that runs to its end, or an
    /// Enterprise Agreement with its renew-to-CSP path), follow up an invitation, or see the advice.
    /// Each line is one the session carries out for that customer on that day.
    static func command(for deadline: CustomerDeadline, handle: Handle) -> SuggestedCommand {
        switch deadline.kind {
        case .nearEndOpens:
            guard let license = deadline.subscription else { return Advise.line(handle) }
            switch deadline.retirement ?? .runsToEnd {
            case .cancelNearEnd: return Cancel.line(handle, license).with(CommonKeys.dryRun)
            case .turnOffRenewal where deadline.autoRenew == false: return Plan.line(handle)
            case .turnOffRenewal: return LicenseEdit.autoRenewLine(handle, license, on: false)
            case .anniversary, .runsToEnd: return Plan.line(handle)
            }
        case .provisionFrom, .provisionBy: return Plan.line(handle)
        case .invitationStale: return Invite.line(handle).with(CommonKeys.dryRun)
        case .adminRequestLapses, .adminRightsExpire: return GdapShow.line(handle)
        case .originalEnds, .cspWindowCloses, .usersLoseAccess, .dataDeleted: return Advise.line(handle)
        }
    }
}

extension Timeline.Due {
    mutating func fillCommand() {
        command = ShowTimeline.command(for: deadline, handle: customer.handle).description
    }
}

/// `timeline`: the drawing's data, and whether ASCII was asked for.
public struct TimelineReply: Sendable, Encodable {
    /// The customer drawn; nil for the portfolio.
    public var customer: Customer?
    public var timeline: Timeline
    public var ascii: Bool

    private enum Keys: String, CodingKey { case customer, timeline }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encodeIfPresent(customer?.handle, forKey: .customer)
        try container.encode(timeline, forKey: .timeline)
    }
}
