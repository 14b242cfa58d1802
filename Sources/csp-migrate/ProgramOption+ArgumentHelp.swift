import ArgumentParser
import Assistant

extension ProgramOption {
    /// `--help` is in English, like the flags' names; the manual page has both languages.
    var argumentHelp: ArgumentHelp {
        ArgumentHelp(help.en, valueName: valueName?.en)
    }
}
