import MigrationGuide

/// Lays a `Timeline` out for a terminal: a label column, then one bar per row on a shared date
/// axis scaled to `width`, months labelled in the language, today marked, and a legend of what is
/// drawn. Pure layout: no line is ever wider than `width` columns (colour codes take none).
struct TimelineRenderer {
    enum Charset: Sendable { case unicode, ascii }

    var width: Int
    var charset: Charset
    var language: Language
    var style: Style

    /// The narrowest layout drawn; a narrower terminal gets a one-line notice instead.
    static let minimumWidth = 20

    /// `customer`: whose timeline it is (nil for the portfolio), for the commands its rows suggest.
    func lines(_ timeline: Timeline, heading: String, customer: Handle? = nil) -> [String] {
        guard width >= Self.minimumWidth else {
            return [fit(InputPolicy.visible(heading), width), fit(TimelineWords.tooNarrow(Self.minimumWidth, language), width)].filter { !$0.isEmpty }
        }
        let labels = timeline.rows.map { InputPolicy.visible(label($0)) }
        let labelWidth = min(labels.map(Table.width).max() ?? 0, max(4, width / 4))
        let axis = Axis(from: timeline.from, to: timeline.to, columns: width - labelWidth - 1)
        let gutter = String(repeating: " ", count: labelWidth + 1)

        // The heading wraps between words: the customer's name and the dates are all worth reading.
        var lines = wrapped(InputPolicy.visible(heading).split(separator: " ").map(String.init), first: width, rest: width - 2, limit: .max)
            .enumerated().map { style.bold(($0.offset == 0 ? "" : "  ") + $0.element) }
        // What was not done in time comes first, so that it never drops out of view.
        if !timeline.overdue.isEmpty {
            lines.append(style.error(fit(TimelineWords.overdueHeading(language), width)))
            for due in timeline.overdue {
                let words = "\(due.customer.handle) " + deadlineText(due.deadline) + " " + TimelineWords.overdue(days: due.deadline.date.days(until: timeline.today), language)
                lines += datedLines(due.deadline.date, glyph: glyph(.overdue), command: due.command, words: words, today: timeline.today, indent: 2, width: width, dimPast: false)
            }
        }
        lines += axisLines(axis, gutter: gutter)
        var drawn = Set<Piece>()
        var hidden = Set<HiddenMark>()
        for (row, label) in zip(timeline.rows, labels) {
            let cells = self.cells(row, axis: axis, today: timeline.today, hidden: &hidden)
            drawn.formUnion(cells.compactMap { $0 })
            // A label too long for its column goes on under the bar's line, indented, never cut;
            // those lines have the whole width, so a word breaks only when longer than that.
            let labelLines = wrapped(label.split(separator: " ").map(String.init), first: labelWidth, rest: width - 2, limit: 3)
            lines.append(pad(labelLines[0], labelWidth) + " " + bar(cells))
            lines += labelLines.dropFirst().map { "  " + $0 }
            if row.purchaseDateUnknown, let customer, case .csp(let id, let offer) = row.subject {
                let words = TimelineWords.purchaseDateUnknown(id, offer: offer, dating: CspEdit.datingLine(customer, id))(language)
                // The command between backticks stays one piece, so that it wraps whole (with the
                // punctuation that follows it).
                var tokens: [String] = []
                for (index, piece) in InputPolicy.visible(words).split(separator: "`", omittingEmptySubsequences: false).enumerated() {
                    if index % 2 == 1 { tokens.append("`\(piece)`"); continue }
                    var pieceWords = piece.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
                    if index > 0, let glued = pieceWords.first, let last = tokens.popLast() {
                        tokens.append(last + glued)
                        pieceWords.removeFirst()
                    }
                    tokens += pieceWords.filter { !$0.isEmpty }
                }
                lines += wrapped(tokens, first: width - 2, rest: width - 6, limit: .max)
                    .enumerated().map { "  " + ($0.offset == 0 ? "" : "    ") + $0.element }
            }
            if let next = row.next {
                lines += datedLines(next.date, glyph: glyph(.deadline), command: row.command, words: deadlineText(next), today: timeline.today, indent: 2, width: width)
                for also in row.alsoDue {
                    lines += datedLines(also.deadline.date, glyph: glyph(Self.piece(for: also.deadline.kind)), command: also.command, words: deadlineText(also.deadline), today: timeline.today, indent: 2, width: width)
                }
            }
        }
        if let column = axis.column(of: timeline.today) {
            lines.append(todayLine(column: column, gutter: gutter, date: timeline.today, width: width))
        }
        if timeline.rows.isEmpty { lines.append(fit(TimelineWords.nothing(language), width)) }
        for item in dates(timeline) {
            lines += datedLines(item.date, glyph: glyph(item.piece), command: nil, words: item.words, today: timeline.today, indent: 0, width: width)
        }
        // A mark hidden under another is still named in the legend, which says which was drawn.
        drawn.formUnion(hidden.map { Piece.mark($0.hidden) })
        lines += legend(drawn, hidden: hidden, width: width)
        return lines.map { line in
            var line = line
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    // MARK: - The axis

    /// Which days each column of the bar covers: the range is spread evenly over the columns, so a
    /// column stands for one or more days, or a day takes several columns on a short range.
    struct Axis {
        var from: CalendarDate
        var days: Int
        var columns: Int

        init(from: CalendarDate, to: CalendarDate, columns: Int) {
            self.from = from
            days = max(1, from.days(until: to) + 1)
            self.columns = max(1, columns)
        }

        /// The first and last day (offsets from `from`) column `index` covers.
        func days(of index: Int) -> ClosedRange<Int> {
            let first = index * days / columns
            let last = max(first, ((index + 1) * days - 1) / columns)
            return first...last
        }

        func column(of date: CalendarDate) -> Int? {
            let offset = from.days(until: date)
            guard offset >= 0, offset < days else { return nil }
            return offset * columns / days
        }

        /// Each month the range touches with the columns it takes: from its first day's column (0
        /// for a month begun before the range) to the next month's; a month shorter than a column
        /// takes none.
        var months: [(month: CalendarDate, columns: Range<Int>)] {
            var result: [(month: CalendarDate, columns: Range<Int>)] = []
            var month = from.firstOfMonth
            while let start = month < from ? 0 : column(of: month) {
                let next = month.adding(months: 1)
                let end = column(of: next) ?? columns
                result.append((month, start..<max(start, end)))
                month = next
            }
            return result
        }
    }

    /// The axis as two lines, the years above the months. A label stays inside its own month's (or
    /// year's) columns with a space before the next one, so a month too short for its label (a
    /// stub at either end of the range, or every month of a long range on a narrow axis) goes
    /// unlabelled and never takes the room of the next. A year stands above the first month
    /// labelled in it, or just before it when the year's last columns are too few.
    private func axisLines(_ axis: Axis, gutter: String) -> [String] {
        var years = Array(repeating: " ", count: axis.columns), months = years
        let spans = axis.months
        var firstLabelled: [Int: Int] = [:]
        for (index, span) in spans.enumerated() {
            let (year, number, _) = span.month.components
            let name = TimelineWords.month(number, language)
            if Self.place(name, at: span.columns.lowerBound, within: span.columns, last: index == spans.count - 1, into: &months),
               firstLabelled[year] == nil {
                firstLabelled[year] = span.columns.lowerBound
            }
        }
        let yearSpans = Dictionary(grouping: spans) { $0.month.components.year }
        let sortedYears = yearSpans.keys.sorted()
        for year in sortedYears {
            guard let first = yearSpans[year]?.first?.columns.lowerBound, let end = yearSpans[year]?.last?.columns.upperBound else { continue }
            let anchor = firstLabelled[year] ?? first
            // Over the month when there is room, else as near before it as the year's columns allow.
            let text = "\(year)", gap = year == sortedYears.last ? 0 : 1
            Self.place(text, at: max(first, min(anchor, end - text.count - gap)), within: first..<end, last: gap == 0, into: &years)
        }
        return [gutter + years.joined(), gutter + months.joined()]
    }

    /// Writes `text` into `cells` from `column` when it ends inside `columns`, leaving one free
    /// column before what follows unless it is the last label; says whether it did.
    @discardableResult
    private static func place(_ text: String, at column: Int, within columns: Range<Int>, last: Bool, into cells: inout [String]) -> Bool {
        guard columns.contains(column), column + text.count + (last ? 0 : 1) <= columns.upperBound, column + text.count <= cells.count else { return false }
        for (offset, character) in text.enumerated() { cells[column + offset] = String(character) }
        return true
    }

    private func todayLine(column: Int, gutter: String, date: CalendarDate, width: Int) -> String {
        let words = "\(TimelineWords.today(language)) \(date)"
        let marker = glyph(.today)
        let room = width - gutter.count - column
        if room >= words.count + 2 {
            return gutter + String(repeating: " ", count: column) + style.bold(marker + " " + words)
        }
        // No room on the right: the words end just before the marker (the marker's column is inside the width).
        let left = String((words + " ").suffix(gutter.count + column))
        return String(repeating: " ", count: gutter.count + column - left.count) + left + style.bold(marker)
    }

    // MARK: - Rows

    /// Which span a column shows when several cover its days: the short windows that cost money
    /// first, so a 7-day window stays visible on a year-long axis.
    private static let priority: [Timeline.Span.Kind] = [.cspWindow, .overlap, .nearEnd, .disabled, .expired, .csp, .adminRights, .pending, .term]

    /// Which mark a column shows when several fall in it: the plan's days before the row's next
    /// deadline, then acceptance and invitation. The legend says which hid which.
    private static let markPriority: [Timeline.Mark.Kind] = [.provisionBy, .provisionFrom, .deadline, .accepted, .invited]

    /// A mark drawn over another on the same column.
    struct HiddenMark: Hashable {
        var shown: Timeline.Mark.Kind
        var hidden: Timeline.Mark.Kind
    }

    /// What each column of a row shows, or nil for nothing; `hidden` collects the marks another
    /// mark took the place of.
    private func cells(_ row: Timeline.Row, axis: Axis, today: CalendarDate, hidden: inout Set<HiddenMark>) -> [Piece?] {
        var cells: [Piece?] = (0..<axis.columns).map { index in
            let days = axis.days(of: index)
            let covering = row.spans.filter { span in
                axis.from.days(until: span.start) <= days.upperBound && axis.from.days(until: span.end) >= days.lowerBound
            }
            return Self.priority.first { kind in covering.contains { $0.kind == kind } }.map(Piece.span)
        }
        if let column = axis.column(of: today), cells[column] == nil { cells[column] = .today }
        let rank = Dictionary(uniqueKeysWithValues: Self.markPriority.enumerated().map { ($1, $0) })
        let byColumn = Dictionary(grouping: row.marks.compactMap { mark in axis.column(of: mark.date).map { ($0, mark.kind) } }, by: \.0)
        for (column, marks) in byColumn {
            let kinds = Set(marks.map(\.1)).sorted { (rank[$0] ?? 0) < (rank[$1] ?? 0) }
            guard let shown = kinds.first else { continue }
            cells[column] = .mark(shown)
            for other in kinds.dropFirst() { hidden.insert(HiddenMark(shown: shown, hidden: other)) }
        }
        return cells
    }

    private func bar(_ cells: [Piece?]) -> String {
        // Runs of one piece share one colour code.
        var text = ""
        var index = 0
        while index < cells.count {
            let piece = cells[index]
            var run = ""
            while index < cells.count, cells[index] == piece {
                run += piece.map(glyph) ?? " "
                index += 1
            }
            text += piece.map { colour($0, run) } ?? run
        }
        return text
    }

    enum Piece: Hashable {
        case span(Timeline.Span.Kind)
        case mark(Timeline.Mark.Kind)
        case today
        /// The day an original's data is deleted (in the dates under a drawing).
        case deleted
        /// An action whose day has passed with nothing done.
        case overdue

        var isMark: Bool { if case .mark = self { true } else { false } }
    }

    func glyph(_ piece: Piece) -> String {
        let unicode = charset == .unicode
        switch piece {
        case .span(let kind):
            switch kind {
            case .term: return unicode ? "─" : "-"
            case .nearEnd: return unicode ? "━" : "="
            case .expired: return unicode ? "▒" : ":"
            case .disabled: return unicode ? "░" : "."
            case .pending: return unicode ? "┄" : "_"
            case .adminRights: return unicode ? "═" : "+"
            case .csp: return unicode ? "█" : "#"
            case .cspWindow: return unicode ? "▓" : "*"
            case .overlap: return unicode ? "▚" : "%"
            }
        case .mark(let kind):
            switch kind {
            case .invited: return unicode ? "◇" : "i"
            case .accepted: return unicode ? "◆" : "a"
            case .deadline: return unicode ? "◆" : "!"
            case .provisionFrom: return unicode ? "▷" : ">"
            case .provisionBy: return unicode ? "◁" : "<"
            }
        case .today:
            return unicode ? "│" : "|"
        case .deleted:
            return unicode ? "×" : "x"
        case .overdue:
            return "!"
        }
    }

    private func glyph(_ kind: Timeline.Mark.Kind) -> String { glyph(.mark(kind)) }

    private func colour(_ piece: Piece, _ text: String) -> String {
        switch piece {
        case .span(.nearEnd), .span(.cspWindow), .span(.overlap): style.warning(text)
        case .span(.expired), .span(.disabled): style.error(text)
        case .span(.csp), .span(.adminRights): style.good(text)
        case .span(.pending), .span(.term): style.dim(text)
        case .mark, .today: style.bold(text)
        case .deleted, .overdue: style.error(text)
        }
    }

    /// `L1 Office 365 E3`; on the portfolio, the customer and what the row is about: `contoso L1`.
    private func label(_ row: Timeline.Row) -> String {
        switch (row.subject, row.customer) {
        case (.invitation, let customer): [customer?.handle.rawValue, TimelineWords.invitation(language)].compactMap { $0 }.joined(separator: " ")
        case (.adminRights, nil): TimelineWords.adminRights(language)
        case (.adminRights, let customer?): "\(customer.handle) GDAP"
        case (.original(let id, let offer), nil), (.csp(let id, let offer), nil): "\(id) \(offer)"
        case (.original(let id, _), let customer?), (.csp(let id, _), let customer?): "\(customer.handle) \(id)"
        }
    }

    /// `L2 (Visio Plan 2) original ends`, or `invitation unanswered: follow up`.
    private func deadlineText(_ deadline: CustomerDeadline) -> String {
        (deadline.subscription == nil ? "" : TimelineWords.subject(deadline, language) + " ") + TimelineWords.deadline(deadline)(language)
    }

    // MARK: - Dates

    /// What a customer's drawing shows, day by day: its deadlines in the range, and when the
    /// invitation and the admin rights were sent and accepted.
    private func dates(_ timeline: Timeline) -> [(date: CalendarDate, piece: Piece, words: String)] {
        var items = timeline.deadlines.map { ($0.date, Self.piece(for: $0.kind), deadlineText($0)) }
        for row in timeline.rows where row.customer == nil {
            for mark in row.marks {
                guard let words = TimelineWords.happened(mark.kind, row.subject)?(language) else { continue }
                items.append((mark.date, .mark(mark.kind), words))
            }
        }
        // Sent and accepted come first on their day; deadlines keep their order.
        return items.enumerated().sorted { ($0.element.0, $0.element.1.isMark ? 0 : 1, $0.offset) < ($1.element.0, $1.element.1.isMark ? 0 : 1, $1.offset) }.map(\.element)
    }

    /// The glyph a deadline's day has in the drawing: the span it starts, or the mark on it.
    static func piece(for kind: CustomerDeadline.Kind) -> Piece {
        switch kind {
        case .nearEndOpens: .span(.nearEnd)
        case .provisionFrom: .mark(.provisionFrom)
        case .provisionBy: .mark(.provisionBy)
        case .originalEnds: .span(.expired)
        case .usersLoseAccess: .span(.disabled)
        case .dataDeleted: .deleted
        case .cspWindowCloses: .span(.cspWindow)
        case .invitationStale, .adminRequestLapses: .span(.pending)
        case .adminRightsExpire: .span(.adminRights)
        }
    }

    /// `◆ 2026-12-02 · advise fabrikam · C1 (…) CSP correction window closes`, wrapped to the
    /// width with the command kept whole; a day already past is dimmed.
    private func datedLines(_ date: CalendarDate, glyph: String, command: String?, words: String, today: CalendarDate, indent: Int, width: Int, dimPast: Bool = true) -> [String] {
        let dot = charset == .unicode ? "·" : "-"
        let tokens = [glyph, "\(date)"] + (command.map { [dot, InputPolicy.visible($0)] } ?? []) + [dot] + InputPolicy.visible(words).split(separator: " ").map(String.init)
        let margin = String(repeating: " ", count: indent)
        let lines = wrapped(tokens, first: width - indent, rest: width - indent - 4, limit: .max)
        return lines.enumerated().map { index, line in
            let text = margin + (index == 0 ? "" : "    ") + line
            return dimPast && date < today ? style.dim(text) : text
        }
    }

    // MARK: - Legend

    /// What each glyph drawn means; glyphs not drawn are left out.
    private func legend(_ drawn: Set<Piece>, hidden: Set<HiddenMark>, width: Int) -> [String] {
        var items = Timeline.Span.Kind.allCases.filter { drawn.contains(.span($0)) }.map { (Piece.span($0), TimelineWords.span($0)(language)) }
        items += Timeline.Mark.Kind.allCases.filter { drawn.contains(.mark($0)) }.map { (Piece.mark($0), TimelineWords.mark($0)(language)) }
        // Marks that fell on one day: the bar draws the first by priority; the dates say each.
        let involved = Self.markPriority.filter { kind in hidden.contains { $0.shown == kind || $0.hidden == kind } }
        if let first = involved.first {
            items.append((Piece.mark(first), TimelineWords.drawnOver(involved.dropFirst().map { glyph(.mark($0)) }, language)))
        }
        var lines: [String] = []
        var line = "", lineWidth = 0
        for (piece, words) in items {
            let item = fit(glyph(piece) + " " + words, width)
            let itemWidth = Table.width(item)
            if lineWidth > 0, lineWidth + 2 + itemWidth > width {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            if lineWidth > 0 {
                line += "  "
                lineWidth += 2
            }
            line += colour(piece, glyph(piece)) + String(item.dropFirst(glyph(piece).count))
            lineWidth += itemWidth
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    // MARK: - Fitting text

    /// `text` cut to `width` columns, with an ellipsis when cut.
    func fit(_ text: String, _ width: Int) -> String {
        guard Table.width(text) > width else { return text }
        let ellipsis = charset == .unicode ? "…" : "~"
        var result = "", used = 0
        for character in text {
            let characterWidth = Table.width(String(character))
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return width >= 1 ? result + ellipsis : ""
    }

    /// Words laid out in lines of at most `first` columns, then `rest`; a word longer than a line
    /// is broken. Past `limit` lines the last one is cut with an ellipsis. Never empty.
    func wrapped(_ words: [String], first: Int, rest: Int, limit: Int) -> [String] {
        var lines: [String] = [], line = "", used = 0
        var room: Int { max(1, lines.isEmpty ? first : rest) }
        for word in words where !word.isEmpty {
            var word = word
            while !word.isEmpty {
                let wordWidth = Table.width(word)
                if used > 0, used + 1 + wordWidth <= room {
                    line += " " + word
                    used += 1 + wordWidth
                    word = ""
                } else if used == 0, wordWidth <= room {
                    line = word
                    used = wordWidth
                    word = ""
                } else if used > 0 {
                    lines.append(line)
                    line = ""
                    used = 0
                } else {
                    // Longer than a whole line: as much as fits, the rest on the next.
                    var head = ""
                    while let character = word.first, Table.width(head + String(character)) <= room {
                        head.append(character)
                        word.removeFirst()
                    }
                    if head.isEmpty, let character = word.first { head.append(character); word.removeFirst() }
                    lines.append(head)
                }
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        guard lines.count > limit else { return lines }
        let kept = Array(lines.prefix(limit - 1))
        return kept + [fit(lines[(limit - 1)...].joined(separator: " "), max(1, kept.isEmpty ? first : rest))]
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - Table.width(text)))
    }
}

extension CalendarDate {
    var firstOfMonth: CalendarDate {
        let (year, month, _) = components
        return CalendarDate(year: year, month: month, day: 1) ?? self
    }
}
