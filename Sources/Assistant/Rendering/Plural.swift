/// Counted words with their real plural, in both languages (`1 day`, `2 days`, `0 dias`): never
/// `day(s)`. English and Brazilian Portuguese agree that only one (or minus one) is singular.
enum Plural {
    /// The word that goes with `count`.
    static func word(_ count: Int, _ one: String, _ many: String) -> String {
        abs(count) == 1 ? one : many
    }

    /// `count` followed by its word: `1 assinatura original`, `3 assinaturas originais`.
    static func count(_ count: Int, _ one: String, _ many: String) -> String {
        "\(count) \(word(count, one, many))"
    }
}
