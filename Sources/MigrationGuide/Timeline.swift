/// A customer's move (or the portfolio's coming weeks) as dated spans on one axis: each original's
/// remaining term, near-end window and lifecycle stages after its end, each CSP subscription with its
/// correction window and the days it is paid beside the original it replaces, the invitation. A
/// value: the terminal renderer lays it out for a width, JSON writes it as it is.
public struct Timeline: Hashable, Sendable, Encodable {
    /// First and last day shown (both included).
    public var from: CalendarDate
    public var to: CalendarDate
    public var today: CalendarDate
    public var rows: [Row]

    public init(from: CalendarDate, to: CalendarDate, today: CalendarDate, rows: [Row]) {
        self.from = from
        self.to = to
        self.today = today
        self.rows = rows
    }

    public struct Row: Hashable, Sendable, Encodable {
        public var subject: Subject
        public var spans: [Span]
        public var marks: [Mark]
        /// The row's next deadline from today on (portfolio rows name it).
        public var next: CustomerDeadline?
        /// What to type about it (portfolio rows), filled in by the assistant.
        public var command: String?

        public init(subject: Subject, spans: [Span], marks: [Mark] = [], next: CustomerDeadline? = nil, command: String? = nil) {
            self.subject = subject
            self.spans = spans
            self.marks = marks
            self.next = next
            self.command = command
        }
    }

    /// What a row stands for.
    public enum Subject: Hashable, Sendable, Encodable {
        case invitation
        /// The GDAP relationship that gives admin rights in the customer's tenant.
        case adminRights
        case original(LicenseID, offer: String)
        case csp(LicenseID, offer: String)
        case customer(Handle, name: String)

        private enum Keys: String, CodingKey { case kind, id, offer, handle, name }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            switch self {
            case .invitation:
                try container.encode("invitation", forKey: .kind)
            case .adminRights:
                try container.encode("adminRights", forKey: .kind)
            case .original(let id, let offer), .csp(let id, let offer):
                try container.encode(id.kind == .original ? "original" : "csp", forKey: .kind)
                try container.encode(id, forKey: .id)
                try container.encode(offer, forKey: .offer)
            case .customer(let handle, let name):
                try container.encode("customer", forKey: .kind)
                try container.encode(handle, forKey: .handle)
                try container.encode(name, forKey: .name)
            }
        }
    }

    /// Days from `start` to `end`, both included.
    public struct Span: Hashable, Sendable, Encodable {
        public enum Kind: String, CaseIterable, Sendable, Encodable {
            /// An original's term still running, paid.
            case term
            /// An original near its end: the time to retire it.
            case nearEnd
            /// After an original's end: users keep access.
            case expired
            /// Users have lost access; only admins reach the data until it is deleted.
            case disabled
            /// An invitation (or a GDAP request) sent and not yet accepted.
            case pending
            /// Admin rights (GDAP) held in the customer's tenant.
            case adminRights
            /// A CSP subscription in service.
            case csp
            /// A CSP subscription's first days, while it can still be reduced or cancelled for a refund.
            case cspWindow
            /// A CSP subscription running while the original it replaces is still paid.
            case overlap
        }

        public var kind: Kind
        public var start: CalendarDate
        public var end: CalendarDate

        public init(_ kind: Kind, _ start: CalendarDate, _ end: CalendarDate) {
            self.kind = kind
            self.start = start
            self.end = end
        }
    }

    /// One day marked on a row.
    public struct Mark: Hashable, Sendable, Encodable {
        public enum Kind: String, CaseIterable, Sendable, Encodable {
            case invited, accepted, deadline
            /// The plan's first day to provision an original's replacement, and its latest.
            case provisionFrom, provisionBy
        }

        public var kind: Kind
        public var date: CalendarDate

        public init(_ kind: Kind, _ date: CalendarDate) {
            self.kind = kind
            self.date = date
        }
    }
}

extension Guide {
    /// One customer's timeline. Without dates it shows what matters: from the invitation (or today,
    /// if earlier or none) to the last deadline, and at least 30 days.
    public func timeline(for customer: Customer, today: CalendarDate, from: CalendarDate? = nil, to: CalendarDate? = nil) -> Timeline {
        let deadlines = deadlines(for: customer)
        let start = from ?? min(today, customer.invitation?.sentOn ?? today)
        let lastDeadline = deadlines.map(\.date).max() ?? today
        let end = to ?? max(lastDeadline, today, start.adding(days: 30))
        return Timeline(from: start, to: max(end, start), today: today, rows: self.rows(for: customer, today: today, from: start, to: max(end, start)))
    }

    /// The portfolio's coming `days` days: one row per customer with a deadline in them, most urgent
    /// (earliest next deadline) first.
    public func portfolioTimeline(_ customers: [Customer], today: CalendarDate, days: Int = 90) -> Timeline {
        let end = today.adding(days: days - 1)
        var rows: [Timeline.Row] = []
        for customer in customers {
            guard let next = deadlines(for: customer).first(where: { $0.date >= today && $0.date <= end }) else { continue }
            let spans = self.rows(for: customer, today: today, from: today, to: end).flatMap(\.spans)
            rows.append(Timeline.Row(subject: .customer(customer.handle, name: customer.name), spans: spans, marks: [Timeline.Mark(.deadline, next.date)], next: next))
        }
        rows.sort { ($0.next?.date ?? end, $0.subjectKey) < ($1.next?.date ?? end, $1.subjectKey) }
        return Timeline(from: today, to: end, today: today, rows: rows)
    }

    private func rows(for customer: Customer, today: CalendarDate, from start: CalendarDate, to end: CalendarDate) -> [Timeline.Row] {
        var rows: [Timeline.Row] = []
        if let invitation = customer.invitation {
            var marks = [Timeline.Mark(.invited, invitation.sentOn)]
            let pendingUntil: CalendarDate
            if let accepted = invitation.acceptedOn {
                marks.append(Timeline.Mark(.accepted, accepted))
                pendingUntil = accepted.adding(days: -1)
            } else {
                pendingUntil = end
            }
            let spans = pendingUntil >= invitation.sentOn ? [Timeline.Span(.pending, invitation.sentOn, pendingUntil)] : []
            rows.append(Timeline.Row(subject: .invitation, spans: spans, marks: marks))
        }
        if let gdap = customer.gdap {
            var marks = [Timeline.Mark(.invited, gdap.requestedOn)]
            var spans: [Timeline.Span] = []
            switch gdap.state(on: gdap.acceptedOn ?? gdap.requestedOn, settings: settings) {
            case .active(let until):
                let accepted = gdap.acceptedOn ?? gdap.requestedOn
                marks.append(Timeline.Mark(.accepted, accepted))
                if gdap.requestedOn < accepted { spans.append(Timeline.Span(.pending, gdap.requestedOn, accepted.adding(days: -1))) }
                if until > accepted { spans.append(Timeline.Span(.adminRights, accepted, until.adding(days: -1))) }
            case .pending(_, let lapses):
                if lapses > gdap.requestedOn { spans.append(Timeline.Span(.pending, gdap.requestedOn, lapses.adding(days: -1))) }
            case .lapsed, .ended:
                break
            }
            rows.append(Timeline.Row(subject: .adminRights, spans: spans, marks: marks))
        }
        let stages = settings.stages(for: customer)
        for original in customer.originals {
            let dates = LifecycleDates(of: original, stages: stages, guide: self)
            var spans: [Timeline.Span] = []
            let lastPaidDay = dates.end.adding(days: -1)
            let termStart = min(start, lastPaidDay)
            if dates.nearEndFrom > termStart {
                spans.append(Timeline.Span(.term, termStart, min(dates.nearEndFrom.adding(days: -1), lastPaidDay)))
            }
            if dates.nearEndFrom <= lastPaidDay {
                spans.append(Timeline.Span(.nearEnd, max(dates.nearEndFrom, termStart), lastPaidDay))
            }
            if dates.disabledFrom > dates.end {
                spans.append(Timeline.Span(.expired, dates.end, dates.disabledFrom.adding(days: -1)))
            }
            spans.append(Timeline.Span(.disabled, dates.disabledFrom, dates.deletedFrom.adding(days: -1)))
            // Until a replacement is provisioned, the plan's dates say when to do it.
            var marks: [Timeline.Mark] = []
            let plan = plan(for: original, in: customer, on: today)
            if plan.provisionedOn == nil, original.ending == nil {
                marks = [Timeline.Mark(.provisionFrom, plan.provisionFrom), Timeline.Mark(.provisionBy, plan.provisionBy)]
            }
            rows.append(Timeline.Row(subject: .original(original.id, offer: original.offer), spans: spans, marks: marks))
        }
        for subscription in customer.cspSubscriptions {
            // Imported without its purchase date: a row with nothing dated to draw.
            guard let provisioned = subscription.provisionedOn else {
                rows.append(Timeline.Row(subject: .csp(subscription.id, offer: subscription.offer), spans: []))
                continue
            }
            // A cancelled CSP subscription goes straight to Deleted: nothing is drawn after it.
            let lastDay = subscription.cancelledOn.map { max(provisioned, $0.adding(days: -1)) } ?? max(end, provisioned)
            let windowCloses = min(provisioned.adding(days: settings.cspCorrectionDays), lastDay.adding(days: 1))
            var spans = [Timeline.Span(.csp, provisioned, lastDay)]
            if windowCloses > provisioned {
                spans.append(Timeline.Span(.cspWindow, provisioned, windowCloses.adding(days: -1)))
            }
            let replacedEnd = subscription.replaces.compactMap(customer.original).map(\.endDate).max()
            if let replacedEnd, replacedEnd > provisioned {
                spans.append(Timeline.Span(.overlap, provisioned, min(replacedEnd.adding(days: -1), lastDay)))
            }
            rows.append(Timeline.Row(subject: .csp(subscription.id, offer: subscription.offer), spans: spans))
        }
        return rows
    }
}

extension Timeline.Row {
    /// Orders rows that share a date: by handle or id.
    var subjectKey: String {
        switch subject {
        case .invitation, .adminRights: ""
        case .original(let id, _), .csp(let id, _): id.description
        case .customer(let handle, _): handle.rawValue
        }
    }
}
