import Foundation
@testable import Assistant
import Testing

@Suite("The manual page comes from the command declarations")
struct ManualPageTests {
    static let version = ProgramVersion(number: "9.8.7", commit: "0123456789ab", date: "2026-11-29")

    static func page(_ language: Language, _ catalogue: CommandCatalogue = .standard) -> String {
        ManualPage(language: language, catalogue: catalogue, version: version).roff
    }

    /// The lines of one `.SS` subsection.
    static func subsection(_ name: String, in page: String) -> [String] {
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(of: ".SS \"\(Roff.escaped(name))\"") else { return [] }
        let rest = lines[(start + 1)...]
        let end = rest.firstIndex { $0.hasPrefix(".SS") || $0.hasPrefix(".SH") } ?? lines.endIndex
        return Array(lines[(start + 1)..<end])
    }

    @Test("every shell command has its own section with its usage, every flag and argument, and its examples", arguments: Language.allCases)
    func everyCommand(language: Language) {
        let page = Self.page(language)
        for spec in CommandCatalogue.standard.specs {
            let section = Self.subsection(spec.name, in: page).joined(separator: "\n")
            #expect(!section.isEmpty, "no section for \(spec.name)")
            #expect(section.contains(Roff.escaped(spec.usage(placeholder: TextRenderer(language: language).phrases.placeholder))), "\(spec.name): usage")
            #expect(section.contains(Roff.escaped(spec.summary(language))), "\(spec.name): summary")
            for flag in spec.flags {
                #expect(section.contains("\\fB\(Roff.escaped(flag.name))\\fR"), "\(spec.name): \(flag.name)")
                #expect(section.contains(Roff.escaped(flag.help(language))), "\(spec.name): help of \(flag.name)")
            }
            for argument in spec.arguments {
                #expect(section.contains(Roff.escaped(argument.help(language))), "\(spec.name): \(argument.name)")
            }
            #expect(!spec.examples.isEmpty, "\(spec.name) has no example")
            for example in spec.examples {
                #expect(section.contains(Roff.escaped("csp> " + example)), "\(spec.name): example \(example)")
            }
        }
    }

    @Test("a command added to the catalogue appears in the page without touching it")
    func newCommandAppears() {
        let page = Self.page(.en, CommandCatalogue([Help.self, Version.self]))
        #expect(!Self.subsection("version", in: page).isEmpty)
        #expect(Self.subsection("status", in: page).isEmpty)
    }

    @Test("every program flag, replay flag and environment variable is listed, in each language", arguments: Language.allCases)
    func flagsAndEnvironment(language: Language) {
        let page = Self.page(language)
        for option in ProgramOption.program + ProgramOption.replay + ProgramOption.copy {
            #expect(page.contains("\\fB\(Roff.escaped(option.spelling))\\fR"), "\(option.spelling)")
            #expect(page.contains(Roff.escaped(option.help(language))), "help of \(option.spelling)")
        }
        for variable in EnvironmentVariable.all {
            #expect(page.contains("\\fB\(Roff.escaped(variable.name))\\fR\n\(Roff.escaped(variable.meaning(language)))"))
        }
        for path in ["$XDG_DATA_HOME/csp\\-migrate/state.sqlite", "$XDG_STATE_HOME/csp\\-migrate/history"] {
            #expect(page.contains(path))
        }
    }

    @Test("the two pages differ in their words, and the Portuguese one has no English headings")
    func languages() {
        let english = Self.page(.en), portuguese = Self.page(.ptBR)
        for heading in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "SHELL COMMANDS", "FILES", "ENVIRONMENT", "EXIT STATUS", "TRANSCRIPTS", "EXAMPLES"] {
            #expect(english.contains(".SH \"\(heading)\""))
            #expect(!portuguese.contains(".SH \"\(heading)\""))
        }
        for heading in ["NOME", "SINOPSE", "DESCRIÇÃO", "OPÇÕES", "COMANDOS DO SHELL", "ARQUIVOS", "AMBIENTE", "STATUS DE SAÍDA", "TRANSCRIÇÕES", "EXEMPLOS"] {
            #expect(portuguese.contains(".SH \"\(heading)\""))
        }
        #expect(english.hasPrefix(".TH CSP-MIGRATE 1 \"2026\\-11\\-29\" \"csp\\-migrate 9.8.7\""))
    }

    @Test("text that roff would act on is escaped: backslashes, hyphens, a leading dot or quote")
    func escaping() {
        #expect(Roff.escaped(#"a\b"#) == #"a\eb"#)
        #expect(Roff.escaped("--db") == #"\-\-db"#)
        #expect(Roff.escaped(".editrc") == #"\&.editrc"#)
        #expect(Roff.escaped("'quoted'") == #"\&'quoted'"#)
        #expect(Roff.quoted(#"say "hi""#) == #""say ""hi""""#)
        // No generated line starts with a dot unless it is one of our requests.
        let requests: Set<String> = [".TH", ".SH", ".SS", ".PP", ".TP", ".RS", ".RE", ".nf", ".fi", ".br", ".nh", ".ad"]
        for language in Language.allCases {
            for line in Self.page(language).split(separator: "\n") where line.hasPrefix(".") || line.hasPrefix("'") {
                #expect(requests.contains(String(line.prefix(3))), "\(line)")
            }
        }
    }
}
