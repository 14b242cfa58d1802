import MigrationGuide
import MigrationStore

/// What the reader made of a question: every slot it could fill, and nothing it had to guess.
struct Reading: Sendable {
    var intent: Intent?
    /// The language most of its words belong to; nil when no word tells.
    var language: Language?
    /// The customers it names, best match first: one, several (ambiguous), or none.
    var customers: [Handle] = []
    /// The original it names, when exactly one customer is named or selected.
    var original: OriginalMatch = .none
    /// The words named the original (by id or offer), rather than it being the only one running.
    var originalNamed = false
    /// No customer matched, but a word is a near miss of some: `contosso` → `contoso`.
    var misspelledCustomer: MisspelledCustomer?
    var date: CalendarDate?
    /// The days a "which ones end ..." question asks about: a month, or up to a day.
    var period: DatePeriod?
    var topic: Topic?

    /// A follow-up such as "and on March 10?" or "e a fabrikam?": no question of its own, but a
    /// date, customer or original for the last one. What it does not say comes from `previous`.
    func continuing(_ previous: Reading) -> Reading? {
        guard intent == nil, let intent = previous.intent, date != nil || period != nil || !customers.isEmpty || originalNamed || misspelledCustomer != nil else { return nil }
        var merged = self
        merged.intent = intent
        merged.topic = topic ?? previous.topic
        merged.language = language ?? previous.language
        // A misspelled name is asked about ("did you mean contoso?"), never taken for the last customer.
        if customers.isEmpty, misspelledCustomer == nil {
            merged.customers = previous.customers
            if !originalNamed { merged.original = previous.original }
            merged.date = date ?? previous.date
        }
        merged.period = period ?? previous.period
        return merged
    }
}

/// A word of the question that is close to some customers' handles or names, but names none.
struct MisspelledCustomer: Sendable, Equatable {
    var word: String
    /// The closest customers, at most three.
    var candidates: [Handle]
}

enum OriginalMatch: Sendable, Equatable {
    case none
    case one(OriginalSubscription)
    /// The words fit several, or name none while several are still running.
    case several([LicenseID])
}

/// Reads a question with the lexicon's tables. Pure: the customers and today are given.
struct QuestionReader: Sendable {
    var lexicon = Lexicon.standard

    /// - Parameters:
    ///   - customers: every customer's handle and name, which is all that matching needs.
    ///   - selected: the customer chosen with `use`, or for a follow-up the last question's.
    ///   - record: the whole record of the one customer the question is about, for its originals.
    func read(
        _ text: QuestionText, customers: [NamedCustomer], selected: Handle?, today: CalendarDate, names: CustomerNames = CustomerNames(),
        record: (Handle) throws(CommandError) -> Customer?
    ) throws(CommandError) -> Reading {
        var reading = Reading()
        reading.topic = topic(in: text)
        reading.intent = intent(in: text, hasTopic: reading.topic != nil)?.intent
        reading.language = language(of: text)
        reading.customers = matchingCustomers(in: text, among: customers, names: names)
        reading.date = date(in: text, today: today)
        reading.period = period(in: text, today: today, date: reading.date)
        if reading.customers.isEmpty {
            reading.misspelledCustomer = nearMiss(in: text, among: customers, names: names)
        }
        if reading.customers.count <= 1, let handle = reading.customers.count == 1 ? reading.customers.first : selected, let subject = try record(handle) {
            (reading.original, reading.originalNamed) = original(in: text, of: subject, on: reading.date ?? today)
        }
        return reading
    }

    // MARK: - Intent

    /// The phrasing that fits best: most pattern words, then fewest words between them, then the
    /// first listed. `explainTopic` only counts when a topic was found.
    func intent(in text: QuestionText, hasTopic: Bool) -> CompiledPhrasing? {
        var best: (phrasing: CompiledPhrasing, gaps: Int)?
        for phrasing in lexicon.phrasings where hasTopic || phrasing.intent != .explainTopic {
            guard let gaps = Self.gaps(matching: phrasing.positions, in: text.words) else { continue }
            if let current = best {
                let better = phrasing.positions.count > current.phrasing.positions.count
                    || (phrasing.positions.count == current.phrasing.positions.count && gaps < current.gaps)
                if !better { continue }
            }
            best = (phrasing, gaps)
        }
        return best?.phrasing
    }

    /// The fewest words skipped by the pattern's `*`s over every place it fits; nil when it fits nowhere.
    static func gaps(matching positions: [CompiledPhrasing.Position], in words: [String]) -> Int? {
        guard let first = positions.first else { return nil }
        var best: Int?
        for start in words.indices where first.words.contains(words[start]) {
            if let gaps = gaps(matching: positions.dropFirst(), in: words, after: start), gaps < (best ?? Int.max) {
                best = gaps
            }
        }
        return best
    }

    /// The rest of a pattern after `index`: the next word adjacent, or after a `*` the nearest
    /// place from which the rest still fits.
    private static func gaps(matching positions: ArraySlice<CompiledPhrasing.Position>, in words: [String], after index: Int) -> Int? {
        guard let position = positions.first else { return 0 }
        guard position.afterGap else {
            guard index + 1 < words.count, position.words.contains(words[index + 1]) else { return nil }
            return gaps(matching: positions.dropFirst(), in: words, after: index + 1)
        }
        for next in (index + 1)..<max(index + 1, words.count) where position.words.contains(words[next]) {
            if let rest = gaps(matching: positions.dropFirst(), in: words, after: next) { return next - index - 1 + rest }
        }
        return nil
    }

    // MARK: - Language

    /// The language whose own words (those the other does not share) occur most.
    func language(of text: QuestionText) -> Language? {
        let counts = lexicon.ownWords.map { language, words in (language, text.words.filter(words.contains).count) }
        let sorted = counts.sorted { $0.1 > $1.1 }
        guard let top = sorted.first, top.1 > 0, sorted.dropFirst().allSatisfy({ $0.1 < top.1 }) else { return nil }
        return top.0
    }

    // MARK: - Customer

    /// Handle words beat a run of name words (the longer run first), which beats one distinctive
    /// word of a name; several at the best level are ambiguous: "loja azul" fits both "Loja Azul
    /// Ltda" and "Loja Azul Comércio". Words the question tables use are never taken for a name.
    func matchingCustomers(in text: QuestionText, among customers: [NamedCustomer], names: CustomerNames = CustomerNames()) -> [Handle] {
        var best = 0
        var found: [Handle] = []
        let words = Set(text.words)
        for customer in customers {
            let strength = self.strength(of: customer, in: text, words: words, names: names)
            guard strength > 0, strength >= best else { continue }
            if strength > best { best = strength; found = [] }
            found.append(customer.handle)
        }
        return found
    }

    private func strength(of customer: NamedCustomer, in text: QuestionText, words: Set<String>, names: CustomerNames) -> Int {
        let handleStrength = 1_000
        if words.contains(customer.handle.rawValue) { return handleStrength }
        let name = names.words(of: customer, lexicon: lexicon)
        // Most customers share no word with the question: nothing more to look at.
        guard name.all.contains(where: words.contains) else { return 0 }
        if name.handleParts.count > 1, text.contains(name.handleParts) { return handleStrength }
        let run = Self.longestRun(of: name.significant, in: text)
        if run > 1 { return 1 + run }
        return name.distinctive(lexicon).contains(where: words.contains) ? 1 : 0
    }

    /// The most consecutive words of `name` that the question has side by side.
    private static func longestRun(of name: [String], in text: QuestionText) -> Int {
        guard name.count > 1 else { return 0 }
        for length in stride(from: name.count, through: 2, by: -1) {
            for start in 0...(name.count - length) where text.contains(Array(name[start..<(start + length)])) {
                return length
            }
        }
        return 0
    }

    /// A word no table knows, within a typo or two of a customer's handle or name word; only
    /// looked for when no customer matched, so that a mistyped name is asked about, not ignored.
    func nearMiss(in text: QuestionText, among customers: [NamedCustomer], names: CustomerNames) -> MisspelledCustomer? {
        let unknown = text.words.filter { word in
            word.count >= 4 && !word.contains(where: \.isNumber) && !lexicon.knownWords.contains(word)
        }
        guard !unknown.isEmpty else { return nil }
        // Each name's words worked out once for all the unknown words (a session's first question
        // keeps none).
        let named = customers.map { ($0, names.words(of: $0, lexicon: lexicon)) }
        for word in unknown {
            // One typo per four letters, as with mistyped commands, at most three.
            let allowed = min(3, max(1, word.count / 4))
            var best = allowed + 1
            var closest: [Handle] = []
            for (customer, name) in named {
                let distance = (name.distinctive(lexicon).union([customer.handle.rawValue]))
                    .map { abs($0.count - word.count) > allowed ? allowed + 1 : Suggestion.editDistance(word, $0) }
                    .min() ?? best
                if distance < best { best = distance; closest = [] }
                if distance == best, distance <= allowed { closest.append(customer.handle) }
            }
            if !closest.isEmpty { return MisspelledCustomer(word: word, candidates: Array(closest.prefix(QuestionPlanner.maximumSuggestions))) }
        }
        return nil
    }

    // MARK: - Original

    /// An id (`L2`), or the offer words that set one original apart (`E3`, `premium`); with
    /// neither, the only original still running.
    func original(in text: QuestionText, of customer: Customer, on date: CalendarDate) -> (OriginalMatch, named: Bool) {
        for word in text.words {
            if let id = LicenseID(word), id.kind == .original, let original = customer.original(id) { return (.one(original), true) }
        }
        var bestScore = 0
        var best: [OriginalSubscription] = []
        for original in customer.originals {
            let score = Set(QuestionText.words(original.offer)).filter { !Self.genericOfferWords.contains($0) && text.words.contains($0) }.count
            guard score > 0, score >= bestScore else { continue }
            if score > bestScore { bestScore = score; best = [] }
            best.append(original)
        }
        if !best.isEmpty { return (Self.match(best, runningOn: date), true) }
        return (Self.match(customer.originals, runningOn: date), false)
    }

    /// One running original is the one meant; otherwise the choice goes back to the user.
    private static func match(_ originals: [OriginalSubscription], runningOn date: CalendarDate) -> OriginalMatch {
        let running = originals.filter { !$0.hasEnded(on: date) }
        if running.count == 1, let only = running.first { return .one(only) }
        if originals.count == 1, let only = originals.first { return .one(only) }
        let candidates = running.isEmpty ? originals : running
        return candidates.isEmpty ? .none : .several(candidates.map(\.id))
    }

    /// Words shared by most offer names, which set none apart.
    static let genericOfferWords: Set<String> = ["microsoft", "office", "365", "m365", "o365", "plan", "plano", "for", "de", "the", "and", "e"]

    // MARK: - Topic

    /// A message code (`W-EARLY-CANCEL`) or a topic phrase from the tables.
    func topic(in text: QuestionText) -> Topic? {
        for word in text.words {
            if let code = MessageCode(caseInsensitive: word) { return .code(code) }
        }
        return lexicon.topics.first { text.contains($0.phrase) }?.topic
    }

    // MARK: - Date

    /// `2027-03-15`, `15/03/2027`, `March 15`, `15 de março`, `tomorrow`, `next month`,
    /// `in 10 days`. A day and month without a year mean the next such day from today.
    func date(in text: QuestionText, today: CalendarDate) -> CalendarDate? {
        let words = text.words
        for word in words {
            if let date = CalendarDate(iso: word) { return date }
            if let date = Self.dayMonthYear(word, today: today) { return date }
        }
        for vocabulary in lexicon.vocabularies {
            for (index, word) in words.enumerated() {
                guard let month = vocabulary.months.firstIndex(where: { $0.contains(word) }).map({ $0 + 1 }) else { continue }
                // `15 de março`, `15 march`, `15th of march` before; `march 15` after.
                var day: Int?
                var back = index - 1
                if back >= 0, ["de", "of"].contains(words[back]) { back -= 1 }
                if back >= 0 { day = Self.dayNumber(words[back]) }
                if day == nil, index + 1 < words.count { day = Self.dayNumber(words[index + 1]) }
                if day == nil, let edge = Self.monthEdge(before: index, in: words, vocabulary) {
                    // `fim de maio`: the last day of the next May; `início de março`: its first.
                    guard let first = Self.next(month: month, day: 1, from: today.adding(months: -1)) else { continue }
                    return edge == .end ? first.adding(months: 1).adding(days: -1) : first
                }
                guard let day else { continue }
                let yearWord = words.dropFirst(index + 1).first { $0.count == 4 && Int($0) != nil }
                if let year = yearWord.flatMap({ Int($0) }) { return CalendarDate(year: year, month: month, day: day) }
                return Self.next(month: month, day: day, from: today)
            }
        }
        for vocabulary in lexicon.vocabularies {
            for (phrase, offset) in vocabulary.relativeDates where text.contains(QuestionText.words(phrase)) {
                let date = Self.apply(offset, to: today)
                // `end of next month`: the last day of the month it lands in.
                if case .months = offset, words.contains(where: vocabulary.monthEndWords.contains) {
                    return date.adding(days: 1 - date.components.day).adding(months: 1).adding(days: -1)
                }
                return date
            }
            for (index, word) in words.enumerated() where vocabulary.countedDatePrefixes.contains(word) || (index > 0 && vocabulary.countedDatePrefixes.contains("\(words[index - 1]) \(word)")) {
                guard index + 2 < words.count, let count = Int(words[index + 1]), (1...3650).contains(count) else { continue }
                let unit = words[index + 2]
                if vocabulary.dayWords.contains(unit) { return today.adding(days: count) }
                if vocabulary.weekWords.contains(unit) { return today.adding(days: 7 * count) }
                if vocabulary.monthWords.contains(unit) { return today.adding(months: count) }
            }
        }
        return nil
    }

    /// `in December`, `em janeiro de 2027`, `next month`: the whole month (`next year`: the year);
    /// otherwise the day `date` read, when the question names one, or from today up to the day a
    /// relative phrase points to (`next week`, `em 10 dias`).
    func period(in text: QuestionText, today: CalendarDate, date: CalendarDate?) -> DatePeriod? {
        let words = text.words
        for vocabulary in lexicon.vocabularies {
            for (index, word) in words.enumerated() where index > 0 && vocabulary.monthPrepositions.contains(words[index - 1]) {
                guard let month = vocabulary.months.firstIndex(where: { $0.contains(word) }).map({ $0 + 1 }) else { continue }
                // `in December 15` names a day, which `date` has read.
                if index + 1 < words.count, Self.dayNumber(words[index + 1]) != nil { continue }
                let year = words.dropFirst(index + 1).first { $0.count == 4 && Int($0) != nil }.flatMap { Int($0) }
                guard let first = year.flatMap({ CalendarDate(year: $0, month: month, day: 1) })
                        ?? Self.next(month: month, day: 1, from: today.adding(days: 1 - today.components.day)) else { continue }
                return DatePeriod(monthOf: first)
            }
            for (phrase, offset) in vocabulary.relativeDates where text.contains(QuestionText.words(phrase)) {
                guard case .months(let months) = offset, !words.contains(where: vocabulary.monthEndWords.contains) else { continue }
                let day = today.adding(months: months)
                guard months == 12 else { return DatePeriod(monthOf: day) }
                return DatePeriod(from: CalendarDate(year: day.components.year, month: 1, day: 1), to: CalendarDate(year: day.components.year, month: 12, day: 31))
            }
        }
        guard let date else { return nil }
        let namesTheDay = words.contains { CalendarDate(iso: $0) != nil || $0.contains("/") }
            || lexicon.vocabularies.contains { vocabulary in words.contains { word in vocabulary.months.contains { $0.contains(word) } } }
        return namesTheDay ? DatePeriod(from: date, to: date) : DatePeriod(from: nil, to: date)
    }

    enum MonthEdge { case start, end }

    /// `fim de maio`, `end of May`, `start of the month of March`: the word before a month name.
    private static func monthEdge(before index: Int, in words: [String], _ vocabulary: Vocabulary) -> MonthEdge? {
        var back = index - 1
        while back >= 0, ["de", "of", "the", "do", "da"].contains(words[back]) { back -= 1 }
        guard back >= 0 else { return nil }
        if vocabulary.monthEndWords.contains(words[back]) { return .end }
        if vocabulary.monthStartWords.contains(words[back]) { return .start }
        return nil
    }

    private static func apply(_ offset: DateOffset, to today: CalendarDate) -> CalendarDate {
        switch offset {
        case .days(let days): today.adding(days: days)
        case .months(let months): today.adding(months: months)
        }
    }

    /// `15`, `15th`, `1st`: a day of the month.
    private static func dayNumber(_ word: String) -> Int? {
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        let rest = word.dropFirst(digits.count)
        guard !digits.isEmpty, digits.count <= 2, ["", "st", "nd", "rd", "th", "o"].contains(String(rest)),
              let day = Int(digits), (1...31).contains(day) else { return nil }
        return day
    }

    /// `15/03/2027` or `15/03`: day first, as Brazil writes dates.
    private static func dayMonthYear(_ word: String, today: CalendarDate) -> CalendarDate? {
        let parts = word.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 || parts.count == 3, let day = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        if parts.count == 3 {
            guard let year = Int(parts[2]), parts[2].count == 4 else { return nil }
            return CalendarDate(year: year, month: month, day: day)
        }
        return next(month: month, day: day, from: today)
    }

    /// The next `day` of `month` on or after today.
    private static func next(month: Int, day: Int, from today: CalendarDate) -> CalendarDate? {
        let year = today.components.year
        if let date = CalendarDate(year: year, month: month, day: day), date >= today { return date }
        return CalendarDate(year: year + 1, month: month, day: day)
    }
}
