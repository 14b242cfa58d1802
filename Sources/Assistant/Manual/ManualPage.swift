/// The manual page csp-migrate(1), in roff (man(7) macros), built from the same declarations that
/// drive `help` and the program's flags: every shell command of the catalogue with its arguments,
/// flags and examples, every program flag, every environment variable. `make install` writes one
/// page per language; nothing in it is typed twice, so it cannot drift from the program.
public struct ManualPage: Sendable {
    public var language: Language
    public var catalogue: CommandCatalogue
    public var version: ProgramVersion

    public init(language: Language, catalogue: CommandCatalogue = .standard, version: ProgramVersion = .current) {
        self.language = language
        self.catalogue = catalogue
        self.version = version
    }

    public var roff: String {
        var page = Roff()
        page.macro(".TH CSP-MIGRATE 1 \(Roff.quoted(version.date)) \(Roff.quoted("csp-migrate \(version.number)")) \(Roff.quoted(text(Words.manualTitle)))")
        // No hyphenation and ragged right: paths, flags and commands are copied from the page.
        page.macro(".nh")
        page.macro(".ad l")
        page.section(text(Words.name))
        page.text("csp-migrate \\- " + Roff.escaped(text(Words.oneLine)))

        page.section(text(Words.synopsis))
        page.raw("\\fBcsp\\-migrate\\fR [\\fI\(Roff.escaped(text(Words.optionsWord)))\\fR]")
        page.macro(".br")
        page.raw("\\fBcsp\\-migrate\\fR [\\fI\(Roff.escaped(text(Words.optionsWord)))\\fR] \\fB\\-c\\fR \\fI\(Roff.escaped(text(Words.commandWord)))\\fR ...")
        page.macro(".br")
        let replay = ProgramSubcommand.replay
        page.raw("\\fBcsp\\-migrate \(Roff.escaped(replay.name))\\fR [\\fI\(Roff.escaped(text(Words.optionsWord)))\\fR] \\fI\(Roff.escaped(replay.argumentName.map(text) ?? ""))\\fR ...")
        page.macro(".br")
        page.raw("\\fBcsp\\-migrate copy \\-\\-from\\fR \\fI\(Roff.escaped(text(Words.fileWord)))\\fR [\\fB\\-\\-to\\fR \\fIpostgresql://...\\fR] [\\fB\\-\\-merge\\fR]")

        page.section(text(Words.description))
        for paragraph in Words.descriptionParagraphs { page.paragraph(text(paragraph)) }

        page.section(text(Words.options))
        options(ProgramOption.program, into: &page)
        page.subsection(replay.name)
        page.paragraph(text(Words.replay))
        options(replay.options, into: &page)
        page.subsection(ProgramSubcommand.copy.name)
        page.paragraph(text(Words.copy))
        options(ProgramSubcommand.copy.options, into: &page)

        page.section(text(Words.shellCommands))
        page.paragraph(text(Words.shellCommandsIntro))
        for spec in catalogue.specs { command(spec, into: &page) }

        page.section(text(Words.questions))
        for paragraph in Words.questionParagraphs { page.paragraph(text(paragraph)) }

        page.section(text(Words.files))
        for (path, meaning) in Words.fileEntries { page.tagged(Roff.escaped(path), Roff.escaped(text(meaning))) }

        page.section(text(Words.environment))
        for variable in EnvironmentVariable.all {
            page.tagged("\\fB\(Roff.escaped(variable.name))\\fR", Roff.escaped(variable.meaning(language)))
        }

        page.section(text(Words.exitStatus))
        for (status, meaning) in Words.exitStatuses { page.tagged(status, Roff.escaped(text(meaning))) }

        page.section(text(Words.transcripts))
        page.paragraph(text(Words.transcriptFormat))
        page.example(Words.transcriptExample)
        page.paragraph(text(Words.transcriptRules))

        page.section(text(Words.examples))
        page.example(Words.programExamples)

        page.section(text(Words.seeAlso))
        page.raw("\\fBsqlite3\\fR(1), \\fBeditrc\\fR(5)")
        return page.text
    }

    private func text(_ words: LocalizedText) -> String { words(language) }

    private func options(_ options: [ProgramOption], into page: inout Roff) {
        for option in options {
            var tag = "\\fB\(Roff.escaped(option.spelling))\\fR"
            if let value = option.valueName { tag += " \\fI\(Roff.escaped(value(language)))\\fR" }
            page.tagged(tag, Roff.escaped(option.help(language)))
        }
    }

    /// One shell command: its usage, what it does, its arguments and flags, and its examples.
    /// Placeholders (`HANDLE`) are shown as the page's language writes them (`IDENTIFICADOR`), as
    /// `help` shows them.
    private func command(_ spec: CommandSpec, into page: inout Roff) {
        let placeholder = TextRenderer(language: language).phrases.placeholder
        page.subsection(spec.name)
        page.raw("\\fB\(Roff.escaped(spec.usage(placeholder: placeholder)))\\fR")
        page.macro(".br")
        var summary = spec.summary(language) + "."
        if !spec.aliases.isEmpty { summary += " (\(text(Words.aliases)): \(spec.aliases.joined(separator: ", ")))" }
        page.text(Roff.escaped(summary))
        for argument in spec.arguments {
            page.tagged("\\fI\(Roff.escaped(placeholder(argument.name)))\\fR", Roff.escaped(argument.help(language)))
        }
        for flag in spec.flags {
            var tag = "\\fB\(Roff.escaped(flag.name))\\fR"
            if !flag.isSwitch { tag += " \\fI\(Roff.escaped(placeholder(flag.valueName)))\\fR" }
            var help = flag.help(language)
            if !flag.choices.isEmpty { help += " (\(flag.choices.joined(separator: ", ")))" }
            page.tagged(tag, Roff.escaped(help))
        }
        if !spec.examples.isEmpty {
            page.paragraph(text(spec.examples.count == 1 ? Words.example : Words.examples) + ":")
            page.example(spec.examples.map { "csp> " + $0 })
        }
    }
}

/// roff text being written: escaping, so that a backslash, a leading dot or a hyphen in our text
/// is printed as itself rather than read as a request.
struct Roff {
    private(set) var lines: [String] = []

    var text: String { lines.joined(separator: "\n") + "\n" }

    mutating func macro(_ line: String) { lines.append(line) }
    /// A line already escaped (may hold font changes such as `\fB`).
    mutating func raw(_ line: String) { lines.append(line) }
    mutating func text(_ escaped: String) { lines.append(escaped) }
    mutating func section(_ title: String) { lines.append(".SH " + Self.quoted(title.uppercased())) }
    mutating func subsection(_ title: String) { lines.append(".SS " + Self.quoted(title)) }

    mutating func paragraph(_ plain: String) {
        lines.append(".PP")
        lines.append(Self.escaped(plain))
    }

    /// `.TP`: a tag (already escaped) and its indented text.
    mutating func tagged(_ tag: String, _ escapedText: String) {
        lines += [".TP", tag, escapedText]
    }

    /// Lines shown as typed, without filling.
    mutating func example(_ plainLines: [String]) {
        lines += [".PP", ".RS 4", ".nf"] + plainLines.map(Self.escaped) + [".fi", ".RE"]
    }

    /// Text with every character roff would act on written so that it prints as itself.
    static func escaped(_ plain: String) -> String {
        var result = plain.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
        if result.hasPrefix(".") || result.hasPrefix("'") { result = "\\&" + result }
        return result
    }

    /// A macro argument in double quotes (a quote inside is doubled, as groff reads it).
    static func quoted(_ plain: String) -> String {
        "\"" + escaped(plain).replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
