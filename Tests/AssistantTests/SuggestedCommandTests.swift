import Foundation
@testable import Assistant
import MigrationGuide
import MigrationStore
import Testing

/// Commands that replies show are built from the commands' declarations; these tests hold every
/// reply of every transcript, and every explanation, error, label and `steps` text in both
/// languages, to that, so a renamed command or flag cannot leave a stale suggestion.
@Suite("Suggested commands")
struct SuggestedCommandTests {
    static let parser = Parser()
    static let catalogue = parser.catalogue

    /// The names a placeholder goes by: every argument and flag value that a command declares, as
    /// the declaration writes it and as each language shows it. A value list (`mosa|mca`) is one too.
    static let placeholderNames: Set<String> = {
        var names = Set<String>()
        for spec in catalogue.specs {
            for argument in spec.arguments { names.insert(argument.name) }
            for flag in spec.flags where !flag.isSwitch { names.insert(flag.valueName) }
        }
        return names.union(names.map(Portuguese().placeholder))
    }()

    static func isPlaceholder(_ word: String) -> Bool {
        placeholderNames.contains(word) || (word.contains("|") && !word.contains(" "))
    }

    /// A single word that a flag declares among its choices (`mca` in "`... mosa` or `mca`").
    static let choiceWords = Set(catalogue.specs.flatMap(\.flags).flatMap(\.choices))

    static let programFlags = Set((ProgramOption.program + ProgramOption.replay + ProgramOption.copy).map(\.spelling))

    /// The text between backticks, and lines after `→`.
    static func shownCommands(in line: String) -> [String] {
        var shown: [String] = []
        if line.hasPrefix("→ ") { shown.append(String(line.dropFirst(2))) }
        let pieces = line.split(separator: "`", omittingEmptySubsequences: false)
        for (index, piece) in pieces.enumerated() where index % 2 == 1 && index < pieces.count - 1 {
            shown.append(String(piece))
        }
        return shown
    }

    /// Lowercase letters and digits, every other run as one `-`: how a handle is suggested from a name.
    static func slug(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-")
    }

    /// Why `text`, shown as a command, is not one the parser takes; nil when it is.
    ///
    /// Its first word must be a command or alias (`reassign`, `csp`, `?`): anything else fails,
    /// unless it is one of three other things a reply quotes, each checked against its declaration:
    /// a flag that some command declares (`--replaces L1`), a flag's choice (`mca`), or a `csp-migrate`
    /// line with program flags. What the user typed, or a file they named, comes back quoted in
    /// errors (`Unknown command \`stauts\``): `echoes` lists that text.
    ///
    /// A bare command name (`license add`) names the command. A line with placeholders (`HANDLE`,
    /// `OFERTA`, `YYYY-MM-DD`, `mosa|mca`) is checked for its syntax; any other is parsed whole,
    /// values included. A Portuguese line must not show a placeholder in English.
    static func problem(in text: String, language: Language = .en, echoes: [String] = []) -> String? {
        let words: [String]
        do { words = try Tokenizer.words(text).map(\.text) } catch { return "does not split into words" }
        guard let first = words.first else { return "is empty" }
        if first == ProgramLine.program { return programLineProblem(Array(words.dropFirst())) }
        if isPlaceholder(first) {
            return words.dropFirst().elementsEqual([Parser.helpFlag]) ? nil : "starts with a placeholder"
        }
        if first.hasPrefix("--") {
            return catalogue.specs.contains { $0.flag(first) != nil } ? nil : "\(first) is no command's flag"
        }
        guard catalogue.topLevelNames.contains(first.lowercased()) else {
            if words.count == 1 && choiceWords.contains(first) { return nil }
            if !slug(text).isEmpty && echoes.contains(where: { slug($0).contains(slug(text)) }) { return nil }
            return "\(first) is not a command"
        }
        if language == .ptBR, let english = words.first(where: { Portuguese().placeholder($0) != $0 }) {
            return "a Portuguese line shows the English placeholder \(english)"
        }
        if !catalogue.specs(named: text).isEmpty { return nil }
        do {
            if words.contains(where: isPlaceholder) {
                let (command, rest) = try parser.resolve(words: words)
                _ = try Parser.sort(rest, by: command.spec)
            } else {
                _ = try parser.parse(words: words, language: language)
            }
            return nil
        } catch {
            return TextRenderer(language: .en).render(.failure(error))
        }
    }

    /// Why the words after `csp-migrate` are not a line the program takes: each option must be
    /// the program's or its subcommand's (with its value when it takes one), the subcommand one
    /// the program declares, and its arguments as it declares them.
    static func programLineProblem(_ words: [String]) -> String? {
        var rest = words[...]
        var subcommand: ProgramSubcommand?
        var arguments: [String] = []
        while let word = rest.popFirst() {
            if word.hasPrefix("-") {
                guard let option = (ProgramOption.program + (subcommand?.options ?? [])).first(where: { $0.spelling == word }) else {
                    return "csp-migrate \(subcommand?.name ?? "") has no \(word)"
                }
                if option.valueName != nil, rest.popFirst() == nil { return "\(word) needs a value" }
            } else if subcommand == nil, arguments.isEmpty, let named = ProgramSubcommand.all.first(where: { $0.name == word }) {
                subcommand = named
            } else {
                arguments.append(word)
            }
        }
        guard let subcommand else { return arguments.first.map { "csp-migrate has no subcommand \($0)" } }
        if subcommand.argumentName == nil { return arguments.isEmpty ? nil : "csp-migrate \(subcommand.name) takes no arguments" }
        return arguments.isEmpty ? "csp-migrate \(subcommand.name) needs its \(subcommand.argumentName?.en ?? "")" : nil
    }

    static func problems(in texts: [String], language: Language, echoes: [String] = []) -> [String] {
        texts.flatMap(shownCommands).compactMap { shown in
            problem(in: shown, language: language, echoes: echoes).map { "`\(shown)`: \($0)" }
        }
    }

    // MARK: - Transcripts

    /// What an entry quotes back: the line typed, and any file it names.
    static func echoes(of command: String) -> [String] {
        let words = (try? Tokenizer.words(command).map(\.text)) ?? []
        let files = words.compactMap { try? String(contentsOf: packageRoot.appendingPathComponent($0), encoding: .utf8) }
        return [command] + files
    }

    @Test("every command shown in a transcript's replies parses", arguments: transcriptFiles)
    func transcriptCommandsParse(path: String) throws {
        let transcript = try Transcript.load(path)
        var language = transcript.value(for: "lang").flatMap(Language.init(loose:)) ?? .en
        for entry in transcript.entries {
            // `lang pt-BR` switches the language of the replies that follow it.
            if case .command(let command)? = try? Self.parser.parse(entry.command), case .fixed(let switched)? = (command as? Lang)?.setting {
                language = switched
            }
            for problem in Self.problems(in: entry.expected, language: language, echoes: Self.echoes(of: entry.command)) {
                Issue.record("\(URL(fileURLWithPath: path).lastPathComponent):\(entry.line): \(problem)")
            }
        }
    }

    // MARK: - Every text a phrasebook holds, in both languages

    /// Every `explain` topic. The switch does not compile when a topic is added and not listed.
    static let topics: [Topic] = {
        let listed: [Topic] = [.invite, .accept, .provision, .cancellation, .expiry, .reassignment, .multiPartner,
                               .enterpriseAgreement, .mosp, .settings, .gdap, .cspTerm, .sources, .openLicense, .retail, .otherProgram]
        for topic in listed {
            switch topic {
            case .invite, .accept, .provision, .cancellation, .expiry, .reassignment, .multiPartner, .enterpriseAgreement,
                 .mosp, .settings, .gdap, .cspTerm, .sources, .openLicense, .retail, .otherProgram, .code: break
            }
        }
        return listed + MessageCode.allCases.map(Topic.code)
    }()

    @Test("every explanation, every message code's, `steps` and every label name commands that parse", arguments: Language.allCases)
    func explanationsParse(language: Language) {
        let phrases = TextRenderer(language: language).phrases
        let settings = GuideSettings()
        var texts = Self.topics.flatMap { phrases.explanation($0, settings: settings) }
        texts += phrases.steps(settings) + Label.allCases.map(phrases.label)
        for retirement in [nil] + Retirement.allCases {
            texts += CustomerDeadline.Kind.allCases.map { kind in
                let deadline = CustomerDeadline(kind: kind, date: ErrorSamples.date, customer: ErrorSamples.handle, retirement: retirement)
                return TimelineWords.detail(deadline, settings: settings, stages: settings.stages(for: .mosp, eaTerm: .standard))(language)
            }
        }
        #expect(texts.flatMap(Self.shownCommands).count >= 40, "too few commands found: the scan is not reading the texts")
        for problem in Self.problems(in: texts, language: language) { Issue.record("\(language): \(problem)") }
    }

    @Test("every command's summary, argument and flag help names commands that parse, and its examples parse", arguments: Language.allCases)
    func helpTextsParse(language: Language) {
        for spec in Self.catalogue.specs {
            let helps = [spec.summary] + spec.arguments.map(\.help) + spec.flags.map(\.help)
            let texts = helps.map { language == .en ? $0.en : $0.pt }
            for problem in Self.problems(in: texts, language: language) { Issue.record("\(language) help \(spec.name): \(problem)") }
            for example in spec.examples {
                if let problem = Self.problem(in: example) { Issue.record("\(spec.name) example `\(example)`: \(problem)") }
            }
        }
    }

    @Test("every error's text names commands that parse", arguments: Language.allCases)
    func errorsParse(language: Language) {
        let renderer = TextRenderer(language: language)
        for error in ErrorSamples.all {
            let text = renderer.render(.failure(error))
            for problem in Self.problems(in: text.components(separatedBy: "\n"), language: language, echoes: ErrorSamples.echoes) {
                Issue.record("\(language) \(error.code.rawValue): \(problem)")
            }
        }
    }

    @Test("the error samples hold every kind of error, so every error text is read")
    func errorSamplesAreComplete() {
        #expect(Set(ErrorSamples.all.map(ErrorSamples.kind)) == ErrorSamples.kinds)
        let errorCodes = Set(MessageCode.allCases.filter { $0.rawValue.hasPrefix("E-") })
        #expect(errorCodes.subtracting(ErrorSamples.all.map(\.code)).isEmpty)
    }

    @Test("the command beside every kind of deadline in a timeline and the calendar parses")
    func deadlineCommandsParse() {
        for kind in CustomerDeadline.Kind.allCases {
            for subscription in [nil, ErrorSamples.license] {
                for retirement in [nil] + Retirement.allCases {
                    let deadline = CustomerDeadline(kind: kind, date: ErrorSamples.date, customer: ErrorSamples.handle, subscription: subscription, retirement: retirement)
                    let command = ShowTimeline.command(for: deadline, handle: ErrorSamples.handle).description
                    if let problem = Self.problem(in: command) { Issue.record("\(kind): `\(command)`: \(problem)") }
                }
            }
        }
    }

    @Test("replies built around a command line show it as declared, in the reader's language: the unlikely-date correction and the replay on a copy", arguments: Language.allCases)
    func replyLinesParse(language: Language) throws {
        let renderer = TextRenderer(language: language)
        let today = ErrorSamples.date
        let far = try #require(CalendarDate(iso: "2207-01-31"))
        let check = try #require(UnlikelyDate(field: LicenseEdit.expires.flagSpec.name, date: far, today: today, correction: LicenseEdit.expiresTemplate(ErrorSamples.handle, ErrorSamples.license)))
        var texts = [renderer.render(Reply(.unlikelyDate(check)))]
        for database in [RecordingBase.Database.file("state.sqlite"), .team, .memory] {
            texts.append(renderer.render(Reply(.recording(path: "case one.txt", started: true, base: RecordingBase(customers: 2, database: database)))))
        }
        // The copy is only a base for the replay when taken before the first recorded command.
        let now = language == .en ? "now, before the first command this records" : "agora, antes do primeiro comando gravado"
        #expect(texts[1].contains(now) && texts[2].contains(now), "\(texts)")
        let shown = texts.flatMap(Self.shownCommands)
        #expect(shown.contains(language == .en ? "license edit contoso L1 --expires YYYY-MM-DD" : "license edit contoso L1 --expires AAAA-MM-DD"), "\(shown)")
        #expect(shown.contains(language == .en ? "csp-migrate replay --db COPY.sqlite 'case one.txt'" : "csp-migrate replay --db COPIA.sqlite 'case one.txt'"), "\(shown)")
        // Other tools' lines (`sqlite3`, `pg_dump`, `cp`) are named too; ours must parse.
        let ours = shown.filter { line in
            let first = line.split(separator: " ").first.map(String.init) ?? ""
            return first == ProgramLine.program || Self.catalogue.topLevelNames.contains(first)
        }
        #expect(ours.count == 6, "\(ours)")
        for line in ours {
            if let problem = Self.problem(in: line, language: language) { Issue.record("\(language) `\(line)`: \(problem)") }
        }
    }

    @Test("the manual page's usage lines and placeholders are in the page's language and parse", arguments: Language.allCases)
    func manualUsageParses(language: Language) {
        let page = ManualPage(language: language).roff.components(separatedBy: "\n")
        var usages: [String] = []
        for spec in Self.catalogue.specs {
            guard let heading = page.firstIndex(of: ".SS \"\(Roff.escaped(spec.name))\""), heading + 1 < page.count else {
                Issue.record("no section for \(spec.name)")
                continue
            }
            // `\fBcancel [HANDLE] LICENSE ...\fR`, unescaped: the line as typed.
            usages.append(page[heading + 1].replacingOccurrences(of: "\\fB", with: "").replacingOccurrences(of: "\\fR", with: "").replacingOccurrences(of: "\\-", with: "-"))
        }
        #expect(usages.count == Self.catalogue.specs.count)
        for usage in usages {
            // Optional parts are shown in brackets: the words inside them are checked as typed.
            let typed = usage.replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "]", with: "").replacingOccurrences(of: "...", with: "")
            if let problem = Self.problem(in: typed, language: language) { Issue.record("\(language) `\(usage)`: \(problem)") }
        }
    }

    // MARK: - The check itself

    @Test("the check finds a stale command: a renamed command, flag or subcommand, a missing argument, an English placeholder in Portuguese")
    func checkCanFail() {
        #expect(Self.problem(in: "reassign contoso --finished") != nil)
        #expect(Self.problem(in: "cancel contoso L1 L2 L3") != nil)
        #expect(Self.problem(in: "customer rename contoso") != nil)
        #expect(Self.problem(in: "reattribute contoso --done") != nil)
        #expect(Self.problem(in: "reattribute HANDLE") != nil)
        #expect(Self.problem(in: "provision ... --term --billing --price") != nil)
        #expect(Self.problem(in: "--finished") != nil)
        #expect(Self.problem(in: "csp-migrate replay --database COPY FILE") != nil)
        #expect(Self.problem(in: "csp-migrate replay --db COPY") != nil)
        #expect(Self.problem(in: "csp-migrate replya --db COPY case.txt") != nil)
        #expect(Self.problem(in: "csp-migrate copy --from a.sqlite extra") != nil)
        #expect(Self.problem(in: "csp-migrate replay --db COPY case.txt") == nil)
        #expect(Self.problem(in: "gdap request HANDLE", language: .ptBR) != nil)
        #expect(Self.problem(in: "cancel contoso L1 --on 2027-02-30") != nil)
        #expect(Self.problem(in: "frobnicate", echoes: ["frobnicate contoso"]) == nil)
        #expect(Self.problem(in: "reassign contoso --done") == nil)
        #expect(Self.problem(in: "gdap request IDENTIFICADOR", language: .ptBR) == nil)
        #expect(Self.problem(in: "license add") == nil)
        #expect(Self.problem(in: "--replaces L1") == nil)
        #expect(Self.problem(in: "mca") == nil)
    }

    @Test("a suggestion is quoted as it must be typed and reads back as the same command")
    func quoting() throws {
        let line = Provision.line(Handle("contoso")!, offer: "Office 365 E3", seats: 48, replaces: LicenseID("L1")!)
        #expect(line.description == #"provision contoso "Office 365 E3" --seats 48 --replaces L1"#)
        let parsed = try Self.parser.parse(line.description)
        guard case .command(let command) = parsed, let provision = command as? Provision else {
            Issue.record("not a provision command")
            return
        }
        #expect(provision.offer == "Office 365 E3" && provision.seats == 48 && provision.replaces == "L1")
    }

    @Test("a placeholder is named by the declaration and shown in the reader's language")
    func placeholders() {
        let line = Reassign.line(.placeholder, done: true)
        #expect(line.description == "reassign HANDLE --done")
        #expect(line.text(placeholder: Portuguese().placeholder) == "reassign IDENTIFICADOR --done")
        #expect(LicenseAdd.template(Handle("contoso")!).text(placeholder: Portuguese().placeholder)
                == "license add contoso OFERTA --seats N --expires AAAA-MM-DD")
        #expect(CustomerEdit.billingAccountTemplate(.placeholder).description == "customer edit HANDLE --billing-account mosa|mca")
        #expect(line.hasPlaceholders && !Reassign.line(Handle("contoso")!, done: true).hasPlaceholders)
    }
}

/// One error of every kind, with the values a user could have typed.
enum ErrorSamples {
    static let handle = Handle("contoso")!
    static let license = LicenseID("L1")!
    static let date = CalendarDate(iso: "2027-01-31")!
    static let later = CalendarDate(iso: "2027-03-31")!
    static let offer = OfferReference(id: license, offer: "Office 365 E3")
    static let other = OfferReference(id: LicenseID("L2")!, offer: "Visio Plan 2")

    /// The values the samples carry, which their texts may quote back.
    static let echoes = ["frobnicate", "rename", "Contoso Ltda", "contoso-ltda", "Ofice 365 E3", "Office 365 E3", "abc", "Teams Essentials", "E3", "maybe",
                         "2027-02-30", "31/03/2027", "04/05/2027", "03/31/2027"]

    static let all: [CommandError] = [
        .syntax(.unterminatedQuote("\"", column: 10), line: "customer add \"Contoso"),
        .syntax(.danglingEscape(column: 5), line: "use \\"),
        .undecodableLine(line: 3),
        .unknownCommand("frobnicate", suggestion: nil),
        .unknownCommand("frobnicate", suggestion: "provision"),
        .missingSubcommand("customer", choices: ["add", "edit"]),
        .unknownSubcommand("customer", word: "rename", suggestion: "remove"),
        .missingArgument(command: Cancel.spec, argument: "LICENSE"),
        .unexpectedArgument(command: Cancel.spec, word: "abc"),
        .unknownFlag(command: Reassign.spec, flag: "--finished", suggestion: "--done"),
        .missingFlagValue(command: Provision.spec, flag: "--seats", valueName: "N"),
        .missingFlag(command: Provision.spec, flag: "--seats"),
        .badNumber(field: "--seats", text: "abc", range: 1...1_000_000),
        .badAmount(field: "--price", text: "abc", maximum: 1_000_000),
        .badDate(field: "--expires", text: "2027-02-30"),
        .badDate(field: "--expires", text: "31/03/2027", meant: later),
        .dateRangeBackwards(from: later, to: date), .badPeriod(field: "--ending", text: "2027-02-30"),
        .badValue(field: "--program", text: "maybe", choices: ["open", "mosp"]),
        .badHandle("Contoso Ltda"),
        .controlCharacter(field: "--name", scalar: 0x202E),
        .textTooLong(field: "--name", limit: 200),
        .unknownCustomer("frobnicate", suggestion: nil),
        .unknownCustomer("frobnicate", suggestion: handle),
        .noCustomerSelected(command: Cancel.spec),
        .alreadyRecording(path: "session.txt"),
        .missingOriginal(command: Cancel.spec, customer: handle, originals: []),
        .duplicateCustomer(handle),
        .hasSubscriptions(handle, originals: 2, csp: 1),
        .file(path: "in.csv", problem: .notFound),
        .file(path: "in.csv", problem: .notReadable),
        .file(path: "in.csv", problem: .notWritable),
        .file(path: "in.csv", problem: .unknownExtension),
        .file(path: "in.csv", problem: .folderMissing),
        .file(path: "in.csv", problem: .tooLarge(limit: 1000)),
        .file(path: "in.csv", problem: .exists),
        .csvCellCount(expected: 5, found: 4),
        .csvDuplicateRow(firstRow: 2),
        .csvConflict(handle: handle, field: "name", here: "Contoso", earlier: "Contoso Ltda", firstRow: 2),
    ] + guide + storage + importing

    static let guide: [CommandError] = [
        GuideError.notAccepted(handle, invitedOn: nil), .notAccepted(handle, invitedOn: date),
        .unknownLicense("E3", known: [license]), .ambiguousOffer("E3", candidates: [license, other.id]),
        .alreadyEnded(license, on: date), .assignedExceedsSeats(assigned: 60, seats: 50),
        .confirmationRequired(handle, []), .dateInFuture(.accepted, on: later, today: date),
        .alreadyAccepted(handle, on: date), .outOfOrder(.accepted, on: date, after: .invited, of: later),
        .endsLater(license, expires: later, on: date), .correctionWindowClosed(license, closedOn: date),
        .purchaseDateUnknown(handle, license), .noAutoRenew(.open), .noCurrency(handle),
        .unmatchedOffer("Teams Essentials", uncovered: [offer]), .unmatchedOffer("Teams Essentials", uncovered: [offer, other]),
        .mixedOffers([offer, other]), .misspelledOffer("Ofice 365 E3", meant: offer),
        .ambiguousReplacement("Office 365 E3", candidates: [license, other.id]),
        .gdapActive(handle, acceptedOn: date, until: later), .gdapActive(handle, acceptedOn: date, until: nil),
        .noMidTermCancellation(handle, license, offer: "Office 365 E3", program: .ea, expires: later),
    ].map(CommandError.guide)

    static let storage: [CommandError] = [
        StoreError.duplicate(handle), .notFound(handle), .conflict(handle), .busy(path: "state.sqlite"),
        .unavailable(path: "state.sqlite", problem: .notADatabase), .unavailable(path: "state.sqlite", problem: .readOnly),
        .unavailable(path: "state.sqlite", problem: .newerSchema(unknown: ["v9"])),
        .unavailable(path: "state.sqlite", problem: .cannotCreate("no space")),
        .unavailable(path: "state.sqlite", problem: .missingFolder("/nowhere")),
        .unavailable(path: "state.sqlite", problem: .sqlite(code: 1, message: "error")),
    ].map(CommandError.storage)

    static let importing: [CommandError] = [
        ImportError.jsonUnreadable(reason: "unexpected end"), .jsonShape,
        .jsonField(name: "skuId", expected: .text, found: nil), .jsonMorePages, .jsonReport,
        .headerMissing(["offer"], expected: ["handle", "offer"]), .repeatedColumns(["offer"]),
        .separatorHint(";"), .unclosedQuote, .spreadsheetDate(field: "expires", text: "maybe"),
        .ambiguousDate(field: "expires", text: "04/05/2027", dayFirst: date, monthFirst: later),
        .spreadsheetAmount(field: "price", text: "abc"),
        .dateOrderUnknown(field: "expires", text: "04/05/2027", dayFirst: date, monthFirst: later),
        .dateOrdersMixed(field: "expires", dayFirst: "31/03/2027", dayFirstRow: 2, monthFirst: "03/31/2027", monthFirstRow: 3),
        .duplicateEntry(first: ImportPlace(file: "in.csv", row: 2)),
        .refused(problems: [ImportProblem(ImportPlace(file: "in.csv", row: 3), .badHandle("Contoso Ltda"))], total: 1, errorsFile: nil),
    ].map(CommandError.importing)

    /// Which kind of error each is; the switches do not compile when a kind is added, which then
    /// needs a sample.
    static func kind(_ error: CommandError) -> String {
        switch error {
        case .syntax: "syntax"
        case .undecodableLine: "undecodableLine"
        case .unknownCommand: "unknownCommand"
        case .missingSubcommand: "missingSubcommand"
        case .unknownSubcommand: "unknownSubcommand"
        case .missingArgument: "missingArgument"
        case .unexpectedArgument: "unexpectedArgument"
        case .unknownFlag: "unknownFlag"
        case .missingFlagValue: "missingFlagValue"
        case .missingFlag: "missingFlag"
        case .badNumber: "badNumber"
        case .badAmount: "badAmount"
        case .badDate: "badDate"
        case .dateRangeBackwards: "dateRangeBackwards"
        case .badPeriod: "badPeriod"
        case .badValue: "badValue"
        case .badHandle: "badHandle"
        case .controlCharacter: "controlCharacter"
        case .textTooLong: "textTooLong"
        case .unknownCustomer: "unknownCustomer"
        case .noCustomerSelected: "noCustomerSelected"
        case .alreadyRecording: "alreadyRecording"
        case .missingOriginal: "missingOriginal"
        case .duplicateCustomer: "duplicateCustomer"
        case .hasSubscriptions: "hasSubscriptions"
        case .file: "file"
        case .csvCellCount: "csvCellCount"
        case .csvDuplicateRow: "csvDuplicateRow"
        case .csvConflict: "csvConflict"
        case .storage(let error):
            switch error {
            case .duplicate: "storage.duplicate"
            case .notFound: "storage.notFound"
            case .conflict: "storage.conflict"
            case .busy: "storage.busy"
            case .unavailable: "storage.unavailable"
            }
        case .importing(let error):
            switch error {
            case .jsonUnreadable: "importing.jsonUnreadable"
            case .jsonShape: "importing.jsonShape"
            case .jsonField: "importing.jsonField"
            case .jsonMorePages: "importing.jsonMorePages"
            case .jsonReport: "importing.jsonReport"
            case .headerMissing: "importing.headerMissing"
            case .repeatedColumns: "importing.repeatedColumns"
            case .separatorHint: "importing.separatorHint"
            case .unclosedQuote: "importing.unclosedQuote"
            case .spreadsheetDate: "importing.spreadsheetDate"
            case .ambiguousDate: "importing.ambiguousDate"
            case .spreadsheetAmount: "importing.spreadsheetAmount"
            case .dateOrderUnknown: "importing.dateOrderUnknown"
            case .dateOrdersMixed: "importing.dateOrdersMixed"
            case .duplicateEntry: "importing.duplicateEntry"
            case .refused: "importing.refused"
            }
        case .guide(let error):
            switch error {
            case .notAccepted: "guide.notAccepted"
            case .unknownLicense: "guide.unknownLicense"
            case .ambiguousOffer: "guide.ambiguousOffer"
            case .alreadyEnded: "guide.alreadyEnded"
            case .assignedExceedsSeats: "guide.assignedExceedsSeats"
            case .confirmationRequired: "guide.confirmationRequired"
            case .dateInFuture: "guide.dateInFuture"
            case .alreadyAccepted: "guide.alreadyAccepted"
            case .outOfOrder: "guide.outOfOrder"
            case .endsLater: "guide.endsLater"
            case .correctionWindowClosed: "guide.correctionWindowClosed"
            case .purchaseDateUnknown: "guide.purchaseDateUnknown"
            case .noAutoRenew: "guide.noAutoRenew"
            case .noCurrency: "guide.noCurrency"
            case .unmatchedOffer: "guide.unmatchedOffer"
            case .mixedOffers: "guide.mixedOffers"
            case .misspelledOffer: "guide.misspelledOffer"
            case .ambiguousReplacement: "guide.ambiguousReplacement"
            case .gdapActive: "guide.gdapActive"
            case .noMidTermCancellation: "guide.noMidTermCancellation"
            }
        }
    }

    static let kinds: Set<String> = [
        "syntax", "undecodableLine", "unknownCommand", "missingSubcommand", "unknownSubcommand", "missingArgument",
        "unexpectedArgument", "unknownFlag", "missingFlagValue", "missingFlag", "badNumber", "badAmount", "badDate",
        "dateRangeBackwards", "badPeriod", "badValue", "badHandle", "controlCharacter", "textTooLong", "unknownCustomer",
        "noCustomerSelected", "alreadyRecording", "missingOriginal", "duplicateCustomer", "hasSubscriptions", "file",
        "csvCellCount", "csvDuplicateRow", "csvConflict",
        "storage.duplicate", "storage.notFound", "storage.conflict", "storage.busy", "storage.unavailable",
        "importing.jsonUnreadable", "importing.jsonShape", "importing.jsonField", "importing.jsonMorePages", "importing.jsonReport",
        "importing.headerMissing", "importing.repeatedColumns", "importing.separatorHint", "importing.unclosedQuote",
        "importing.spreadsheetDate", "importing.ambiguousDate", "importing.spreadsheetAmount", "importing.dateOrderUnknown", "importing.dateOrdersMixed", "importing.duplicateEntry",
        "importing.refused",
        "guide.notAccepted", "guide.unknownLicense", "guide.ambiguousOffer", "guide.alreadyEnded",
        "guide.assignedExceedsSeats", "guide.confirmationRequired", "guide.dateInFuture", "guide.alreadyAccepted",
        "guide.outOfOrder", "guide.endsLater", "guide.correctionWindowClosed", "guide.purchaseDateUnknown",
        "guide.noAutoRenew", "guide.noCurrency", "guide.unmatchedOffer", "guide.mixedOffers", "guide.misspelledOffer",
        "guide.ambiguousReplacement", "guide.gdapActive", "guide.noMidTermCancellation",
    ]
}
