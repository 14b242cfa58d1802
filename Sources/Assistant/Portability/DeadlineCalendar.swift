import MigrationGuide

/// `export deadlines.ics`: the deadlines to come as an iCalendar file (RFC 5545) that staff import
/// into their own calendar. One all-day event per deadline, naming the customer, saying what
/// happens and which command to run. UIDs are built from customer, subscription and kind, so a
/// newer export updates the events instead of duplicating them; a reminder goes off a few days
/// before the deadlines that cost money or service.
enum DeadlineCalendar {
    /// Days before a costly deadline that the calendar reminds.
    static let reminderDays = 3

    static func ics(_ deadlines: [(Customer, CustomerDeadline)], today: CalendarDate, language: Language, settings: GuideSettings) -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//csp-migrate//deadlines//\(language == .ptBR ? "PT" : "EN")",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + text(TimelineWords.calendarName(language)),
        ]
        // The stamp is the session's date, not the clock, so the same records give the same file.
        let stamp = compact(today) + "T000000Z"
        for (customer, deadline) in deadlines {
            let command = ShowTimeline.command(for: deadline, handle: customer.handle).description
            let what = TimelineWords.deadline(deadline)(language)
            let subject = TimelineWords.subject(deadline, language)
            lines += [
                "BEGIN:VEVENT",
                "UID:" + uid(customer.handle, deadline),
                "DTSTAMP:" + stamp,
                "DTSTART;VALUE=DATE:" + compact(deadline.date),
                "DTEND;VALUE=DATE:" + compact(deadline.date.adding(days: 1)),
                "SUMMARY:" + text("\(customer.handle): \(subject) · \(what)"),
                "DESCRIPTION:" + text([
                    "\(customer.name) (\(customer.handle)) · \(subject)",
                    TimelineWords.detail(deadline, settings: settings, stages: settings.stages(for: customer), graceUncertain: customer.program.isVolumeLicensing)(language),
                    TimelineWords.run(language) + " " + command,
                ].joined(separator: "\n")),
                "CATEGORIES:csp-migrate",
                "TRANSP:TRANSPARENT",
            ]
            if deadline.costsMoneyOrService {
                lines += [
                    "BEGIN:VALARM",
                    "ACTION:DISPLAY",
                    "DESCRIPTION:" + text("\(customer.handle): \(what)"),
                    "TRIGGER:-P\(reminderDays)D",
                    "END:VALARM",
                ]
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(folded).joined(separator: "\r\n") + "\r\n"
    }

    /// `contoso.L1.originalEnds@csp-migrate`: the same deadline always has the same UID.
    static func uid(_ handle: Handle, _ deadline: CustomerDeadline) -> String {
        "\(handle).\(deadline.subscription?.description ?? "customer").\(deadline.kind.rawValue)@csp-migrate"
    }

    /// `20270331`.
    static func compact(_ date: CalendarDate) -> String {
        date.description.replacingOccurrences(of: "-", with: "")
    }

    /// A TEXT value escaped as RFC 5545 §3.3.11 requires: backslash, semicolon, comma, new line
    /// (our own line breaks; stored text holds no control character, and is made visible anyway).
    static func text(_ value: String) -> String {
        let visible = value.split(separator: "\n", omittingEmptySubsequences: false).map { InputPolicy.visible(String($0)) }.joined(separator: "\n")
        var result = ""
        for character in visible {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n": result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }

    /// A content line folded at 75 octets (RFC 5545 §3.1): each continuation starts with one space,
    /// and a line is never cut inside a UTF-8 sequence.
    static func folded(_ line: String) -> String {
        var pieces: [String] = []
        var current = "", octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            let limit = pieces.isEmpty ? 75 : 74  // a continuation's leading space counts
            if octets + size > limit {
                pieces.append(current)
                current = ""
                octets = 0
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        pieces.append(current)
        return pieces.joined(separator: "\r\n ")
    }
}
