import ArgumentParser
import Assistant

extension ProgramOption {
    /// `--help` is in English, like the flags' names; the manual page has both languages.
    var argumentHelp: ArgumentHelp {
        ArgumentHelp(help.en, valueName: valueName?.en)
    }

    /// The flag's names as declared (`-c`, `--lang`), for its `@Option`.
    var argumentNames: NameSpecification {
        NameSpecification((long.isEmpty ? [] : [.customLong(long)]) + (short.map { [.customShort($0)] } ?? []))
    }
}
