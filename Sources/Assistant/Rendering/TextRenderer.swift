import Foundation
import MigrationGuide

/// Renders replies as text for people, in the session's language, with colour when allowed.
/// Every user-supplied string passes through `InputPolicy.visible` on its way out.
public struct TextRenderer: Sendable {
    public var language: Language
    public var style: Style
    public var settings: GuideSettings
    /// Terminal columns: drawings (timelines) are drawn to them, 80 when not given.
    public var width: Int
    /// A large portfolio's advice is rendered in blocks, two at a time (`writeAdviceInBlocks`);
    /// off, a row after another, as every other reply.
    var rendersInBlocks = true
    /// The columns tables and sentences are fitted to (`Fitting`): the width, when one was given.
    /// Without one (JSON's text, a message for standard error), lines are as long as they are.
    public var fittingWidth: Int?
    /// The terminal shows Unicode (a UTF-8 locale); drawings use ASCII otherwise.
    public var unicode: Bool

    public init(language: Language, style: Style = .plain, settings: GuideSettings = GuideSettings(), width: Int? = nil, unicode: Bool = true) {
        self.language = language
        self.style = style
        self.settings = settings
        self.width = width ?? 80
        self.fittingWidth = width
        self.unicode = unicode
    }

    func timelineLines(_ reply: TimelineReply) -> [String] {
        let ascii = reply.ascii || !unicode
        let renderer = TimelineRenderer(width: width, charset: ascii ? .ascii : .unicode, language: language, style: style)
        let timeline = reply.timeline
        let heading = reply.customer.map {
            TimelineWords.heading(customer: "\($0.name) (\($0.handle))", from: timeline.from, to: timeline.to, ascii: ascii)
        } ?? TimelineWords.portfolioHeading(days: ShowTimeline.portfolioDays, from: timeline.from, to: timeline.to, ascii: ascii, language)
        return renderer.lines(timeline, heading: heading, customer: reply.customer?.handle)
    }

    var phrases: any Phrasebook {
        switch language {
        case .en: English()
        case .ptBR: Portuguese()
        }
    }

    /// The reply as lines of text, without a trailing newline; empty for a blank line.
    public func render(_ reply: Reply) -> String {
        var text = ""
        var first = true
        write(reply) { line in
            if !first { text += "\n" }
            first = false
            text += line
        }
        return text
    }

    /// Each line of the reply as it is made: escaped, fitted to the width, with our colour codes
    /// made real. The whole portfolio's advice is handed over line by line and never held whole
    /// (its lines and their text were most of the memory of `advise` at 100,000 customers).
    public func write(_ reply: Reply, to emit: (String) -> Void) {
        var shaper = LineShaper(self)
        for item in reply.items {
            if case .portfolioAdvice(let rows) = item, rendersInBlocks, rows.count > Self.adviceRowsPerBlock {
                writeAdviceInBlocks(rows, shaper: &shaper, to: emit)
            } else {
                forEachLine(of: item) { shaper.shape($0, to: emit) }
            }
        }
    }

    /// Lines as `write` hands them over: escaped, fitted to the width, with our colour codes made
    /// real. A portfolio repeats its long lines (the same next step for thousands of customers):
    /// each is fitted once. Bounded, for a reply of nothing but different lines.
    private struct LineShaper {
        let style: Style
        let width: Int
        private var fittedBefore: [FittedLine: [String]] = [:]

        init(_ renderer: TextRenderer) {
            style = renderer.style
            width = renderer.fittingWidth ?? Int.max
        }

        mutating func shape(_ line: String, to emit: (String) -> Void) {
            // Fitted as shown (escaped), before our colour codes become real ones.
            let shown = InputPolicy.visible(line)
            let bytes = shown.utf8.count
            if bytes <= width, shown.utf8.first != Style.markerLead { return emit(style.activate(shown)) }
            guard bytes > width else {
                for piece in Fitting.fitted(shown, width: width) { emit(style.activate(piece)) }
                return
            }
            let pieces: [String]
            if let known = fittedBefore[FittedLine(shown)] {
                pieces = known
            } else {
                pieces = Fitting.fitted(shown, width: width)
                if fittedBefore.count == TextRenderer.fittedRemembered { fittedBefore.removeAll(keepingCapacity: true) }
                fittedBefore[FittedLine(shown)] = pieces
            }
            for piece in pieces { emit(style.activate(piece)) }
        }
    }

    /// How many fitted lines `write` keeps for lines that come again.
    static let fittedRemembered = 256

    /// Rows of a portfolio's advice rendered together: a large portfolio's advice is made in
    /// blocks of this many, two at a time.
    static let adviceRowsPerBlock = 1024

    /// A large portfolio's advice, its rows in blocks rendered two at a time, on two threads when
    /// the machine has a core free, and handed on in order: the lines one thread makes, in about
    /// half the time. Only two blocks' lines are held at once.
    private func writeAdviceInBlocks(_ rows: [PortfolioRow], shaper: inout LineShaper, to emit: (String) -> Void) {
        shaper.shape(style.bold(phrases.label(.portfolioHeading)), to: emit)
        let size = Self.adviceRowsPerBlock
        for start in stride(from: 0, to: rows.count, by: 2 * size) {
            let middle = min(start + size, rows.count)
            let blocks = [start..<middle, middle..<min(middle + size, rows.count)].filter { !$0.isEmpty }
            let rendered = RenderedBlocks(count: blocks.count)
            DispatchQueue.concurrentPerform(iterations: blocks.count) { block in
                var shaper = LineShaper(self)
                var lines: [String] = []
                portfolioAdviceRows(rows, blocks[block]) { shaper.shape($0) { lines.append($0) } }
                rendered.store(lines, as: block)
            }
            for lines in rendered.blocks {
                for line in lines { emit(line) }
            }
        }
    }

    /// Each block's lines, stored by the thread that rendered it and read once all are done.
    private final class RenderedBlocks: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [[String]]

        init(count: Int) { lines = Array(repeating: [], count: count) }

        func store(_ block: [String], as index: Int) { lock.withLock { lines[index] = block } }

        var blocks: [[String]] { lock.withLock { lines } }
    }

    /// A line as `write` remembers it: by its bytes, as `Fitting` reads it. Comparing and hashing
    /// bytes costs a fraction of a string's Unicode comparison, and most lines are never seen again.
    private struct FittedLine: Hashable {
        var text: String

        init(_ text: String) { self.text = text }

        static func == (left: Self, right: Self) -> Bool {
            var (left, right) = (left.text, right.text)
            guard left.utf8.count == right.utf8.count else { return false }
            return left.withUTF8 { leftBytes in
                right.withUTF8 { rightBytes in
                    guard let leftStart = leftBytes.baseAddress, let rightStart = rightBytes.baseAddress else { return true }
                    return memcmp(leftStart, rightStart, leftBytes.count) == 0
                }
            }
        }

        /// The bytes folded eight at a time (FNV-1a over words) and only that handed to the hasher:
        /// most lines looked up are new, and hashing each of their bytes cost more than fitting.
        func hash(into hasher: inout Hasher) {
            var text = text
            let folded = text.withUTF8 { bytes -> UInt64 in
                let raw = UnsafeRawBufferPointer(bytes)
                var folded: UInt64 = 0xCBF2_9CE4_8422_2325
                var offset = 0
                while offset + 8 <= raw.count {
                    folded = (folded ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x100_0000_01B3
                    offset += 8
                }
                while offset < raw.count {
                    folded = (folded ^ UInt64(raw[offset])) &* 0x100_0000_01B3
                    offset += 1
                }
                return folded
            }
            hasher.combine(folded)
        }
    }

    /// `lines(item)`, one by one: the portfolio's views as they are made, never held whole.
    private func forEachLine(of item: ReplyItem, _ body: (String) -> Void) {
        switch item {
        case .portfolioAdvice(let rows):
            portfolioAdvice(rows, body)
        case .customerList(let rows) where !rows.isEmpty, .portfolioStatus(let rows) where !rows.isEmpty:
            portfolioTable(rows, body)
        default:
            for line in lines(item) { body(line) }
        }
    }

    func lines(_ item: ReplyItem) -> [String] {
        let p = phrases
        switch item {
        case .error(let error):
            return errorLines(error)
        case .help(let help):
            return help.isListing ? helpListing(help.specs) : help.specs.flatMap(helpDetail)
        case .steps:
            return p.steps(settings)
        case .explanation(let topic):
            return p.explanation(topic, settings: settings)
        case .customerList(let rows):
            return rows.isEmpty ? [p.label(.noCustomers)] : portfolioTable(rows)
        case .customerDetail(let customer, let guidance):
            // The status, with the customer's contact details under its first line.
            let status = statusLines(guidance)
            let details = [
                "\(p.label(.program)): \(p.program(customer.program))",
                "\(p.label(.domain)): \(customer.domain ?? "—")",
                "\(p.label(.email)): \(customer.adminEmail ?? "—")",
            ] + (customer.tenantID.map { ["Microsoft ID: \($0)"] } ?? [])
            return Array(status.prefix(1)) + details + status.dropFirst()
        case .licenseList(_, let originals):
            return originals.isEmpty ? [p.label(.noOriginals)] : originalsTable(originals)
        case .originalsEnding(let reply):
            let heading = p.originalsEnding(reply)
            guard !reply.originals.isEmpty else { return [heading] }
            return [style.bold(heading)] + originalsTable(reply.originals.map(\.status), customers: reply.originals.map(\.customer))
        case .invitation(let reply):
            // The message is sent as written: its lines stay whole, for the terminal to fold.
            let rule = String(repeating: "-", count: min(60, fittingWidth ?? 60))
            return p.invitationInstructions(reply) + ["", rule] + p.invitationMessage(reply).map(Fitting.whole) + [rule]
        case .provisioned(let reply):
            return [p.confirmation(.provisioned(reply))] + findingLines(reply.findings, handle: reply.handle)
        case .cancelled(let reply):
            return [p.confirmation(.cancelled(reply))] + findingLines(reply.overridden, handle: reply.handle)
        case .cspChanged(let reply):
            return [p.confirmation(.cspChanged(reply))] + findingLines(reply.overridden + reply.findings, handle: reply.handle)
        case .gdap(let reply):
            return p.gdapLines(reply)
        case .plan(let guidance):
            return planLines(guidance)
        case .cancellationCheck(let check):
            let (verdict, next) = p.cancellationCheck(check)
            return [verdict] + findingLines(check.risks, handle: check.handle) + [next]
        case .question(let answer):
            return [Fitting.whole(style.dim("→ \(answer.command)"))] + (answer.change.map { [p.toRecordChange($0)] } ?? [])
        case .unsure(let unsure):
            return [p.unsure(unsure.reason)] + unsure.suggestions.map { Fitting.whole("  " + $0) }
        case .reassignment(let reply):
            return reassignmentLines(reply)
        case .status(let guidance):
            return statusLines(guidance)
        case .portfolioStatus(let rows):
            return rows.isEmpty ? [p.label(.noCustomers)] : portfolioTable(rows)
        case .advice(let guidance):
            return adviceLines(guidance)
        case .portfolioAdvice(let rows):
            var lines: [String] = []
            portfolioAdvice(rows) { lines.append($0) }
            return lines
        case .settings(let values, let changed, let partner):
            var table = Table([("", .left), ("", .right), ("", .left)])
            // Each figure with its unit (days, seats; the tenant limit is a plain count), since the
            // list also holds the partner's own settings, which are text.
            for value in values {
                let figure = value.name.isDays ? p.days(value.value) : value.name == .mosaOnlineCancelSeats ? p.seats(value.value) : String(value.value)
                table.add([value.name.rawValue, figure, p.provenance(of: value.name, in: settings)])
            }
            if let partner {
                table.add([Settings.partnerTenantName, partner.tenant ?? "—", ""])
                table.add([Settings.partnerCurrencyName, partner.currency ?? "—", ""])
                table.add([Settings.partnerNameName, partner.name ?? "—", ""])
            }
            // The figures are the database's policy, not a preference of whoever changed one.
            let shared = changed == nil ? [] : [p.label(.settingChangedForEveryone)]
            return [style.bold(p.label(.settingsHeading))] + table.lines(fitting: fittingWidth, wrapping: [2]) + shared
        case .journal(let entries):
            guard !entries.isEmpty else { return [p.label(.noJournal)] }
            var table = Table([(p.label(.when), .left), (p.label(.sessionDate), .left), (p.label(.agent), .left), (p.label(.handle), .left), (p.label(.command), .left), (p.label(.warningsColumn), .left)])
            for entry in entries {
                table.add([entry.recordedAt, entry.sessionDate.description, entry.agent, entry.customer?.rawValue ?? "—", entry.command, entry.warnings.map(\.rawValue).joined(separator: ", ")])
            }
            // The command and warnings columns give way to the terminal's width (a transcript's
            // `# width:`), so no line wraps in the terminal and splits a row.
            return table.lines(heading: style.bold, fitting: fittingWidth, wrapping: [4, 5])
        case .version(let version): return [version.line]
        case .timeline(let reply): return timelineLines(reply)
        case .importSummary(let summary):
            return importSummaryLines(summary)
        case .partnerTenant(let tenant, _):
            return ["  \(Settings.partnerTenantName)  \(tenant ?? "—")"]
        case .partnerCurrency(let currency, _):
            return ["  \(Settings.partnerCurrencyName)  \(currency ?? "—")"]
        case .partnerName(let name, _):
            return ["  \(Settings.partnerNameName)  \(name ?? "—")"]
        case .customerAdded(let customer): return [p.confirmation(.customerAdded(customer))]
        case .customerUpdated(let customer): return [p.confirmation(.customerUpdated(customer))]
        case .customerRemoved(let handle, let originals, let csp): return [p.confirmation(.customerRemoved(handle, originals: originals, csp: csp))]
        case .customerRemovalPreview(let handle, let originals, let csp): return [p.confirmation(.customerRemovalPreview(handle, originals: originals, csp: csp))]
        case .selected(let handle): return [p.confirmation(.selected(handle))]
        case .licenseAdded(let handle, let original): return [p.confirmation(.licenseAdded(handle, original))]
        case .licenseUpdated(let handle, let original): return [p.confirmation(.licenseUpdated(handle, original))]
        case .accepted(let handle, let invitation): return [p.confirmation(.accepted(handle, invitation))]
        case .expired(let handle, let original): return [p.confirmation(.expired(handle, original))]
        case .today(let date, let changed): return [p.confirmation(.today(date, changed: changed))]
        case .language(let language, let auto): return [p.confirmation(.language(language, auto: auto))]
        case .format(let format): return [p.confirmation(.format(format))]
        case .exported(let report): return [p.confirmation(.exported(report))]
        case .recording(let path, let started, let base): return [p.confirmation(.recording(path: path, started: started, base: base))]
        case .goodbye: return [p.confirmation(.goodbye)]
        case .findings(let handle, let findings): return findingLines(findings, handle: handle)
        case .unlikelyDate(let check): return [style.warning(p.label(.noteTag) + ":") + " " + p.unlikelyDate(check)]
        case .colleagueChanged(let entry): return [p.confirmation(.colleagueChanged(entry))]
        case .passwordInConnectionString: return [p.confirmation(.passwordInConnectionString)]
        case .copied(let report, let from, let to): return [p.confirmation(.copied(report, from: from, to: to))]
        }
    }

    // MARK: - Messages

    func errorLines(_ error: CommandError) -> [String] {
        let p = phrases
        var lines = [style.error("\(p.label(.errorTag)) \(error.code.rawValue): ") + p.error(error)]
        switch error {
        case .syntax(let failure, let line):
            let column: Int
            switch failure {
            case .unterminatedQuote(_, let at), .danglingEscape(let at): column = at
            }
            let prefix = String(line.prefix(column - 1))
            // The caret points into the line above: neither may be folded apart.
            lines.append(Fitting.whole("  " + line))
            lines.append(Fitting.whole("  " + String(repeating: " ", count: Table.width(InputPolicy.visible(prefix))) + "^"))
        case .guide(.confirmationRequired(let handle, let findings)):
            lines += findingLines(findings, handle: handle)
        case .importing(.refused(let problems, let total, let errorsFile)):
            lines += importProblemLines(problems, total: total, errorsFile: errorsFile)
        default:
            if let spec = error.commandForUsage {
                lines.append("\(p.label(.usage)): \(spec.usage(placeholder: p.placeholder))")
            }
        }
        return lines
    }

    func findingLine(_ finding: Finding, handle: Handle) -> String {
        tagged(finding, phrases.finding(finding, handle: handle))
    }

    /// `warning W-…: text`, the tag coloured by severity.
    private func tagged(_ finding: Finding, _ text: String) -> String {
        let tag = "\(phrases.label(finding.severity == .info ? .noteTag : .warningTag)) \(finding.code.rawValue):"
        return (finding.severity == .info ? style.dim(tag) : style.warning(tag)) + " " + text
    }

    /// The findings of one reply, most urgent first. Several of one code whose paragraphs would
    /// repeat the same sentences (W-CSP-WINDOW for each new subscription) become one paragraph,
    /// where the first of them stood, with a line of its own figures for each.
    func findingLines(_ findings: [Finding], handle: Handle, indent: String = "") -> [String] {
        var lines: [String] = []
        var grouped = Set<Int>()
        for (index, finding) in findings.enumerated() where !grouped.contains(index) {
            let same = findings.indices.filter { $0 >= index && findings[$0].code == finding.code }
            if same.count > 1, let group = phrases.groupedFindings(same.map { findings[$0] }, handle: handle) {
                grouped.formUnion(same)
                lines.append(indent + tagged(finding, group.lead))
                lines += group.items.map { indent + "  - " + $0 }
            } else {
                lines.append(indent + findingLine(finding, handle: handle))
            }
        }
        return lines
    }

    // MARK: - Help

    func helpListing(_ specs: [CommandSpec]) -> [String] {
        var table = Table([("", .left), ("", .left)])
        for spec in specs { table.add([spec.name, spec.summary(language)]) }
        return [style.bold(phrases.label(.commands))] + table.lines(fitting: fittingWidth, wrapping: [1]) + ["", phrases.label(.helpFooter)]
    }

    func helpDetail(_ spec: CommandSpec) -> [String] {
        let p = phrases
        var lines = [style.bold("\(p.label(.usage)): \(spec.usage(placeholder: p.placeholder))"), "  " + spec.summary(language)]
        if !spec.aliases.isEmpty { lines[1] += " (\(p.label(.aliases)): \(spec.aliases.joined(separator: ", ")))" }
        if !spec.arguments.isEmpty {
            lines.append(p.label(.arguments) + ":")
            var table = Table([("", .left), ("", .left)])
            for argument in spec.arguments { table.add([p.placeholder(argument.name), argument.help(language)]) }
            lines += table.lines(fitting: fittingWidth, wrapping: [1])
        }
        if !spec.flags.isEmpty {
            lines.append(p.label(.flags) + ":")
            var table = Table([("", .left), ("", .left)])
            for flag in spec.flags { table.add([flag.isSwitch ? flag.name : "\(flag.name) \(p.placeholder(flag.valueName))", flag.help(language)]) }
            lines += table.lines(fitting: fittingWidth, wrapping: [1])
        }
        if !spec.examples.isEmpty {
            lines.append(p.label(.examples) + ":")
            lines += spec.examples.map { Fitting.whole("  " + $0) }
        }
        return lines
    }

    // MARK: - Status and advice

    func statusLines(_ g: Guidance) -> [String] {
        let p = phrases
        var lines = [style.bold("\(g.name) (\(g.handle)) · \(p.program(g.program)) · \(p.stage(g.stage))")]
        if let invitation = g.invitation {
            var text = "\(p.label(.invitation)): \(p.label(.invitedOn)) \(invitation.sentOn)"
            if let email = invitation.email { text += " (\(email))" }
            if let accepted = invitation.acceptedOn { text += ", \(p.label(.acceptedOn)) \(accepted)" }
            lines.append(text)
        } else {
            lines.append("\(p.label(.invitation)): \(p.label(.notInvited))")
        }
        lines.append(style.bold(p.label(.originals)))
        lines += g.originals.isEmpty ? ["  " + p.label(.noOriginals)] : originalsTable(g.originals)
        lines.append(style.bold(p.label(.cspSubscriptions)))
        if g.cspSubscriptions.isEmpty {
            lines.append("  " + p.label(.noCSP))
        } else {
            var table = Table([(p.label(.id), .left), (p.label(.offer), .left), (p.label(.seatsColumn), .right), (p.label(.provisioned), .left), (p.label(.replaces), .left)])
            for subscription in g.cspSubscriptions {
                table.add([subscription.id.description, subscription.offer, p.number(subscription.seats), subscription.provisionedOn?.description ?? "?", subscription.replaces.isEmpty ? "—" : subscription.replaces.map(\.description).joined(separator: ",")])
            }
            lines += table.lines(fitting: fittingWidth, wrapping: [1, 4])
            // A new service, or a record missing its link: say which, and how to correct it.
            for orphan in g.cspSubscriptions where orphan.replaces.isEmpty && orphan.cancelledOn == nil {
                // Several may await it: which one cannot be told, so each is named with its command.
                let candidates = g.originalsAwaitingReplacement(like: orphan).map(\.original)
                let link = { (ids: [LicenseID]) in CspEdit.line(g.handle, orphan.id).with(CspEdit.replaces, ids.map(\.description).joined(separator: ",")) }
                lines.append("  " + p.replacesNothing(
                    orphan, links: candidates.map { (original: $0.id, ends: $0.endDate, command: link([$0.id])) },
                    all: candidates.count > 1 ? link(candidates.map(\.id)) : nil,
                    remove: CspRemove.line(g.handle, orphan.id)))
            }
        }
        lines += warningLines(g)
        lines.append(style.bold(p.label(.next) + ": ") + p.nextAction(g.nextAction))
        if let command = g.nextAction.command(for: g.handle) { lines.append(Fitting.whole("  \(phrases.commandLine(command))")) }
        return lines
    }

    /// One row per original; `customers`, when given, adds each one's customer in front.
    func originalsTable(_ originals: [OriginalStatus], customers: [Handle]? = nil) -> [String] {
        let p = phrases
        let customerColumn = customers.map { _ in [(p.label(.handle), Table.Alignment.left)] } ?? []
        var table = Table(customerColumn + [(p.label(.id), .left), (p.label(.offer), .left), (p.label(.seatsColumn), .right), (p.label(.assigned), .right),
                           (p.label(.ends), .left), (p.label(.daysLeft), .right), (p.label(.replacedBy), .left), (p.label(.position), .left)])
        for (index, status) in originals.enumerated() {
            let original = status.original
            table.add((customers.map { [$0[index].rawValue] } ?? []) + [original.id.description, original.offer, p.number(original.seats), p.number(original.assigned),
                       original.expires.description, status.ended ? "—" : p.number(status.daysLeft),
                       status.replacements.isEmpty ? "—" : status.replacements.map(\.description).joined(separator: ", "),
                       p.position(status)])
        }
        let text = customers == nil ? 0 : 1
        return table.lines(heading: style.dim, fitting: fittingWidth, wrapping: [text + 1, text + 6, text + 7])
    }

    /// Each original's provisioning dates, then what to do next.
    func planLines(_ g: Guidance) -> [String] {
        let p = phrases
        guard !g.plan.isEmpty else { return [p.label(.noOriginals)] }
        var table = Table([(p.label(.id), .left), (p.label(.offer), .left), (p.label(.ends), .left), (p.label(.provisionFrom), .left),
                           (p.label(.provisionBy), .left), (p.label(.leadDays), .right), (p.label(.replacedBy), .left)])
        for item in g.plan {
            // An ended original with nothing replacing it has no day left to wait for: now. Its
            // latest day is the last of its Expired stage while users still have access. One that
            // needs no replacement (deleted, nobody used it) has no day at all.
            var from = item.provisionFrom.description, latest = item.provisionBy.description
            if !item.replacementNeeded, item.replacements.isEmpty {
                (from, latest) = (p.label(.notNeeded), "—")
            } else if let ended = item.ended, item.replacements.isEmpty {
                from = p.label(.now)
                if !ended.lifecycle.usersHaveAccess { latest = "—" }
            }
            table.add([item.original.description, item.offer, item.endDate.description, from, latest,
                       p.number(item.leadDays),
                       item.replacements.isEmpty ? "—" : item.replacements.map(\.description).joined(separator: ", ") + (item.provisionedOn.map { " (\($0))" } ?? "")])
        }
        let next = "\(p.label(.next)): \(p.nextAction(g.nextAction))"
        return [style.bold("\(g.name) (\(g.handle)) · \(p.label(.planHeading))")] + table.lines(heading: style.dim, fitting: fittingWidth, wrapping: [1, 6]) + [next]
            + (g.nextAction.command(for: g.handle).map { [Fitting.whole("  \(phrases.commandLine($0))")] } ?? [])
    }

    func warningLines(_ g: Guidance) -> [String] {
        let p = phrases
        guard !g.findings.isEmpty else { return [p.label(.noWarnings)] }
        return [style.bold(p.label(.warnings))] + findingLines(g.findings, handle: g.handle, indent: "  ")
    }

    func adviceLines(_ g: Guidance) -> [String] {
        let p = phrases
        var lines = [style.bold("\(g.name) (\(g.handle)) · \(p.stage(g.stage))"), style.bold(p.label(.next) + ": ") + p.nextAction(g.nextAction)]
        if let command = g.nextAction.command(for: g.handle) { lines.append(Fitting.whole("  \(phrases.commandLine(command))")) }
        lines += warningLines(g)
        return lines
    }

    func portfolioTable(_ rows: [PortfolioRow]) -> [String] {
        var lines: [String] = []
        portfolioTable(rows) { lines.append($0) }
        return lines
    }

    func portfolioTable(_ rows: [PortfolioRow], _ emit: (String) -> Void) {
        let p = phrases
        var table = Table([(p.label(.handle), .left), (p.label(.name), .left), (p.label(.stageColumn), .right),
                           (p.label(.originals), .right), ("CSP", .right), (p.label(.warningsColumn), .right), (p.label(.mostUrgent), .left)])
        for row in rows {
            table.add([row.handle.rawValue, row.name, "\(row.stage.rawValue)/4", p.number(row.originals), p.number(row.cspSubscriptions),
                       p.number(row.warnings), row.mostUrgent.map { "\($0.code.rawValue) \(p.summary($0))" } ?? "—"])
        }
        table.write(heading: style.bold, fitting: fittingWidth, wrapping: [1, 6], to: emit)
    }

    func portfolioAdvice(_ rows: [PortfolioRow], _ emit: (String) -> Void) {
        let p = phrases
        guard !rows.isEmpty else { return emit(p.label(.noCustomers)) }
        emit(style.bold(p.label(.portfolioHeading)))
        portfolioAdviceRows(rows, rows.indices, emit)
    }

    /// The advice's lines for `rows[range]`, each row numbered by its place in the whole portfolio.
    func portfolioAdviceRows(_ rows: [PortfolioRow], _ range: Range<Int>, _ emit: (String) -> Void) {
        let p = phrases
        for index in range {
            let row = rows[index]
            var head = "\(index + 1). \(row.handle) (\(row.name)), \(p.stage(row.stage))"
            if let finding = row.mostUrgent {
                let tag = "\(finding.code.rawValue): \(p.summary(finding))"
                head += " · " + style.warning(tag)
                if row.warnings > 1 { head += " (+\(row.warnings - 1))" }
            }
            emit(head)
            emit("   " + p.nextAction(row.nextAction))
            if let command = row.nextAction.command(for: row.handle) { emit(Fitting.whole("   → \(p.commandLine(command))")) }
        }
    }

    func reassignmentLines(_ reply: ReassignmentReply) -> [String] {
        let p = phrases
        guard !reply.changes.isEmpty else { return [p.label(.reassignmentNone)] }
        var lines = [style.bold(p.label(.reassignmentHeading))]
        for change in reply.changes {
            lines.append("  \(change.original) (\(change.originalOffer)) → \(change.replacement) (\(change.newOffer)): \(p.users(change.users)), \(p.label(.ends).lowercased()) \(change.deadline)")
        }
        lines.append(p.reassignmentOutcome(reply))
        return lines
    }
}
