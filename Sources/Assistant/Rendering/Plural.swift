import MigrationGuide

/// Counted words with their real plural, in both languages (`1 day`, `2 days`, `0 dias`, `1.200
/// licenças`): never `day(s)`. English and Brazilian Portuguese agree that only one (or minus one)
/// takes the singular.
enum Plural {
    /// The word that goes with `count`.
    static func word(_ count: Int, _ one: String, _ many: String) -> String {
        abs(count) == 1 ? one : many
    }

    /// `count`, written as the language writes numbers, followed by its word.
    static func count(_ count: Int, _ one: String, _ many: String, _ language: Language) -> String {
        "\(NumberFormat.integer(count, language)) \(word(count, one, many))"
    }
}

extension Phrasebook {
    /// `3 customers`, `1 cliente`: a count with its word in this language.
    func counted(_ count: Int, _ one: String, _ many: String) -> String {
        Plural.count(count, one, many, language)
    }
}
