/// The English questions the assistant understands. Data only: add a phrasing as one line.
extension Vocabulary {
    static let english = Vocabulary(
        language: .en,
        phrasings: [
            (.attention, "who|which|what * need|needs * attention|help|action"),
            (.attention, "which|what * customers * need|needs|urgent|attention|today"),
            (.attention, "who * urgent|first|today"),
            (.attention, "most urgent"),
            (.attention, "priorities|priority|urgent"),
            (.attention, "start * shift|day"),
            (.attention, "at risk"),

            (.cancelCheck, "can|could|should|may|shall * cancel"),
            (.cancelCheck, "is|it * safe * cancel"),
            (.cancelCheck, "cost|costs|lose|forfeit * cancel|cancelling|canceling"),
            (.cancelCheck, "cancel|cancelling|canceling * cost|costs|lose|forfeit|refund"),
            (.cancelCheck, "how much * cancel|cancelling|canceling"),
            (.cancelCheck, "cancel"),

            (.endDate, "when * end|ends|expire|expires|renew|renews|finish|finishes"),
            (.endDate, "when * run out"),
            (.endDate, "how many days"),
            (.endDate, "how long * left|remaining|until|before"),
            (.endDate, "days left|remaining"),
            (.endDate, "end|expiry|expiration|renewal date"),
            (.endDate, "when * expiry|expiration|renewal|deadline"),

            (.inviteHow, "how * invite|invitation"),
            (.inviteHow, "how do|can|should * i|we * invite"),
            (.inviteHow, "invite|invitation"),
            (.inviteHow, "send * invitation|invite|link"),
            (.inviteHow, "reseller relationship request"),

            (.reassignment, "reassign|reassignment|reassigning"),
            (.reassignment, "need|needs * reassign|reassignment|reassigning"),
            (.reassignment, "move|switch * users * new|offer|license|licenses"),

            (.explainTopic, "explain"),
            (.explainTopic, "what * is|are"),
            (.explainTopic, "what * mean|means|meaning"),
            (.explainTopic, "tell * about"),
            (.explainTopic, "how * works|work"),
            (.explainTopic, "how do|can|should * i|we"),
            (.explainTopic, "define|definition"),

            (.steps, "steps"),
            (.steps, "how * migrate|migration|move * csp"),
            (.steps, "what * process"),

            (.nextStep, "what * next"),
            (.nextStep, "next step|steps|action|move|thing"),
            (.nextStep, "what * should|shall|must|do|can * do"),
            (.nextStep, "what * do * now|next"),
            (.nextStep, "what * left|remaining|missing|pending"),
            (.nextStep, "what * need|needs * do|done"),
            (.nextStep, "to do|todo"),
            (.nextStep, "advice|recommend|recommendation|suggest|suggestion"),
            (.nextStep, "how * proceed|continue"),

            (.standing, "status"),
            (.standing, "where * stand|stands|standing|are|is"),
            (.standing, "how * doing|going|progressing"),
            (.standing, "what|which * stage|step * in|at|on"),
            (.standing, "progress|situation|state"),
            (.standing, "stage|standing"),

            (.customers, "which|what|list|show|all * customers|clients"),
            (.customers, "how many customers|clients"),

            (.history, "history|log|journal"),
            (.history, "what * done|did|happened|changed"),
            (.history, "who * did|changed|recorded"),

            (.help, "help"),
            (.help, "what * can * you * do"),
            (.help, "commands"),
        ],
        topics: [
            ("early cancellation", "W-EARLY-CANCEL"), ("coverage gap", "W-COVERAGE-GAP"),
            ("invitation", "invite"), ("invite", "invite"), ("invitations", "invite"),
            ("acceptance", "accept"), ("accept", "accept"), ("accepting", "accept"),
            ("provisioning", "provision"), ("provision", "provision"),
            ("cancellation", "cancellation"), ("cancelling", "cancellation"), ("canceling", "cancellation"), ("cancel", "cancellation"),
            ("expiry", "expiry"), ("expiration", "expiry"), ("lifecycle", "expiry"), ("expire", "expiry"), ("expired", "expiry"), ("disabled", "expiry"),
            ("reassignment", "reassignment"), ("reassign", "reassignment"),
            ("multi-partner", "multi-partner"), ("multipartner", "multi-partner"), ("multi-channel", "multi-partner"),
            ("two partners", "multi-partner"), ("several partners", "multi-partner"), ("another partner", "multi-partner"),
            ("enterprise agreement", "ea"), ("ea", "ea"),
            ("mosp", "mosp"), ("online subscription", "mosp"),
            ("settings", "settings"), ("thresholds", "settings"),
        ],
        months: [
            ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
            ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"], ["november", "nov"], ["december", "dec"],
        ],
        relativeDates: [
            ("today", .days(0)), ("tomorrow", .days(1)), ("next week", .days(7)), ("next month", .months(1)),
            ("next year", .months(12)),
        ],
        countedDatePrefixes: ["in"],
        dayWords: ["day", "days"], weekWords: ["week", "weeks"], monthWords: ["month", "months"],
        sentenceWords: [
            "a", "an", "the", "of", "for", "to", "is", "are", "does", "do", "did", "can", "could", "should",
            "would", "will", "what", "when", "where", "who", "how", "which", "why", "please", "my", "our",
            "their", "its", "now", "me", "we", "i", "they", "it", "with", "about", "on", "if",
        ],
        nameFillers: ["inc", "ltd", "llc", "co", "corp", "corporation", "company", "group", "the", "and", "of"])
}
