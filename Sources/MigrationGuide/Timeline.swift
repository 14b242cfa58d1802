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
    /// A customer's deadlines in the range, in date order, so that the drawing is read with dates
    /// (the portfolio's rows each carry their next one instead).
    public var deadlines: [CustomerDeadline]
    /// Actions whose day has passed with nothing done (the portfolio's), oldest first: shown
    /// above everything else until done.
    public var overdue: [Due]

    public init(from: CalendarDate, to: CalendarDate, today: CalendarDate, rows: [Row], deadlines: [CustomerDeadline] = [], overdue: [Due] = []) {
        self.from = from
        self.to = to
        self.today = today
        self.rows = rows
        self.deadlines = deadlines
        self.overdue = overdue
    }

    /// A deadline of one customer, with what to type about it (filled in by the assistant).
    public struct Due: Hashable, Sendable, Encodable {
        public var customer: Owner
        public var deadline: CustomerDeadline
        public var command: String?

        public init(customer: Owner, deadline: CustomerDeadline, command: String? = nil) {
            self.customer = customer
            self.deadline = deadline
            self.command = command
        }
    }

    /// One subscription (or the invitation, or the admin rights) of one customer: its spans never
    /// mix with another's.
    public struct Row: Hashable, Sendable, Encodable {
        public var subject: Subject
        public var spans: [Span]
        public var marks: [Mark]
        /// Whose row it is, on the portfolio's timeline (a customer's own names no one).
        public var customer: Owner?
        /// The row's next deadline from today on (portfolio rows name it).
        public var next: CustomerDeadline?
        /// What to type about it (portfolio rows), filled in by the assistant.
        public var command: String?
        /// The row's other deadlines on the same day as `next` (portfolio rows), so that none
        /// hides behind another.
        public var alsoDue: [Due]
        /// A CSP subscription recorded without its purchase date: only its being in service from
        /// today on is drawn; its correction window and term are unknown.
        public var purchaseDateUnknown = false

        public init(subject: Subject, spans: [Span], marks: [Mark] = [], customer: Owner? = nil, next: CustomerDeadline? = nil, command: String? = nil, alsoDue: [Due] = []) {
            self.subject = subject
            self.spans = spans
            self.marks = marks
            self.customer = customer
            self.next = next
            self.command = command
            self.alsoDue = alsoDue
        }
    }

    public struct Owner: Hashable, Sendable, Encodable {
        public var handle: Handle
        public var name: String

        public init(handle: Handle, name: String) {
            self.handle = handle
            self.name = name
        }
    }

    /// What a row stands for.
    public enum Subject: Hashable, Sendable, Encodable {
        case invitation
        /// The GDAP relationship that gives admin rights in the customer's tenant.
        case adminRights
        case original(LicenseID, offer: String)
        case csp(LicenseID, offer: String)

        private enum Keys: String, CodingKey { case kind, id, offer }

        /// The deadline is about this row: its subscription's, the invitation's or the GDAP's.
        public func owns(_ deadline: CustomerDeadline) -> Bool {
            switch self {
            case .invitation: deadline.kind == .invitationStale
            case .adminRights: deadline.kind == .adminRequestLapses || deadline.kind == .adminRightsExpire
            case .original(let id, _), .csp(let id, _): deadline.subscription == id
            }
        }

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

        /// The days of it inside `range`, or nil when none are.
        func clipped(to range: ClosedRange<CalendarDate>) -> Span? {
            let start = max(start, range.lowerBound), end = min(end, range.upperBound)
            return start <= end ? Span(kind, start, end) : nil
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
        let deadlines = deadlines(for: customer, today: today)
        let start = from ?? min(today, customer.invitation?.sentOn ?? today)
        let lastDeadline = deadlines.map(\.date).max() ?? today
        let end = max(to ?? max(lastDeadline, today, start.adding(days: 30)), start)
        return Timeline(
            from: start, to: end, today: today,
            rows: rows(for: customer, deadlines: deadlines, today: today, from: start, to: end),
            deadlines: deadlines.filter { (start...end).contains($0.date) })
    }

    /// The portfolio's coming `days` days: a row for each subscription (or invitation, or admin
    /// rights) with a deadline in them, each customer's rows together, the customer with the most
    /// urgent deadline first.
    public func portfolioTimeline(_ customers: [Customer], today: CalendarDate, days: Int = 90) -> Timeline {
        let end = today.adding(days: days - 1)
        var groups: [(next: CalendarDate, handle: Handle, rows: [Timeline.Row])] = []
        var overdue: [Timeline.Due] = []
        for customer in customers {
            let owner = Timeline.Owner(handle: customer.handle, name: customer.name)
            overdue += self.overdue(for: customer, today: today).map { Timeline.Due(customer: owner, deadline: $0) }
            let deadlines = deadlines(for: customer, today: today)
            let coming = deadlines.filter { (today...end).contains($0.date) }
            var rows: [Timeline.Row] = []
            for var row in self.rows(for: customer, deadlines: deadlines, today: today, from: today, to: end) {
                let owned = coming.filter(row.subject.owns)
                guard let next = owned.first else { continue }
                row.customer = owner
                row.next = next
                row.alsoDue = owned.dropFirst().filter { $0.date == next.date }.map { Timeline.Due(customer: owner, deadline: $0) }
                row.marks.append(Timeline.Mark(.deadline, next.date))
                rows.append(row)
            }
            guard let first = rows.compactMap(\.next?.date).min() else { continue }
            rows.sort { ($0.next?.date ?? end, $0.subjectKey) < ($1.next?.date ?? end, $1.subjectKey) }
            groups.append((first, customer.handle, rows))
        }
        groups.sort { ($0.next, $0.handle.rawValue) < ($1.next, $1.handle.rawValue) }
        overdue.sort { ($0.deadline.date, $0.customer.handle.rawValue) < ($1.deadline.date, $1.customer.handle.rawValue) }
        return Timeline(from: today, to: end, today: today, rows: groups.flatMap(\.rows), overdue: overdue)
    }

    /// The rows of a customer's timeline, their spans and marks kept inside `start`…`end`.
    private func rows(for customer: Customer, deadlines: [CustomerDeadline], today: CalendarDate, from start: CalendarDate, to end: CalendarDate) -> [Timeline.Row] {
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
            // The plan's dates, while a replacement is still to be provisioned.
            let marks = deadlines.filter { $0.subscription == original.id }.compactMap { deadline in
                switch deadline.kind {
                case .provisionFrom: Timeline.Mark(.provisionFrom, deadline.date)
                case .provisionBy: Timeline.Mark(.provisionBy, deadline.date)
                default: nil
                }
            }
            rows.append(Timeline.Row(subject: .original(original.id, offer: original.offer), spans: spans, marks: marks))
        }
        for subscription in customer.cspSubscriptions {
            // Imported without its purchase date: what is known is that it is in service from
            // today on (until cancelled); its window, term and overlap are not drawn.
            guard let provisioned = subscription.provisionedOn else {
                var row = Timeline.Row(subject: .csp(subscription.id, offer: subscription.offer), spans: subscription.cancelledOn == nil ? [Timeline.Span(.csp, today, max(end, today))] : [])
                row.purchaseDateUnknown = true
                rows.append(row)
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
        let range = start...end
        return rows.map { row in
            var row = row
            row.spans = row.spans.compactMap { $0.clipped(to: range) }
            row.marks = row.marks.filter { range.contains($0.date) }
            return row
        }
    }
}

extension Timeline.Row {
    /// Orders rows that share a date: by handle or id.
    var subjectKey: String {
        switch subject {
        case .invitation, .adminRights: ""
        case .original(let id, _), .csp(let id, _): id.description
        }
    }
}
