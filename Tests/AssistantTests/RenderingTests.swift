import Foundation
@testable import Assistant
import MigrationGuide
import Testing

@Suite("Rendering in both languages")
struct RenderingTests {
    /// One of every kind of finding, produced by the guide from real records, as staff would meet them.
    static let sampleFindings: [Finding] = {
        let lines = [
            #"customer add contoso --name "Contoso Ltda" --program mosp --email ti@contoso.com"#,
            #"license add contoso "Office 365 E3" --seats 50 --assigned 48 --expires 2027-03-31 --price 23 --currency USD"#,
            #"license add contoso "Visio Plan 2" --seats 5 --expires 2026-12-15 --auto-renew on"#,
            "customer add fabrikam --name Fabrikam",
            "invite fabrikam --on 2026-11-01",
            "accept contoso",
            "gdap request contoso --on 2026-11-01",
            #"provision contoso "Office 365 E3" --seats 40 --price 20 --confirm"#,
            #"provision contoso "Microsoft 365 Business Premium" --seats 9 --replaces L2"#,
            #"license add contoso "Project Plan 3" --seats 3 --expires 2026-12-01"#,
        ]
        guard let session = try? makeSession(setup: lines), let contoso = Handle("contoso"),
              let customer = try? session.store.customer(contoso), let original = customer.originals.first else { return [] }
        let guide = session.guide
        let today = session.today
        var findings = guide.guidance(for: customer, on: today).findings
        findings += (try? session.store.customer(Handle("fabrikam") ?? contoso)).map { guide.guidance(for: $0, on: today).findings } ?? []
        for days in [10, 40, 60] {
            findings += guide.guidance(for: customer, on: today.adding(days: days)).findings.filter { [.coverageGap, .usersUnlicensed].contains($0.code) }
        }
        findings += guide.cancellationRisks(of: original, in: customer, on: today)
        var uncovered = customer
        uncovered.cspSubscriptions.removeAll()
        findings += guide.cancellationRisks(of: original, in: uncovered, on: today)
        findings += guide.earlyProvision(of: original, by: CSPSubscription(id: LicenseID(kind: .csp, number: 9), offer: "Office 365 E3", seats: 48, provisionedOn: today), in: uncovered).map { [.earlyProvision($0)] } ?? []
        var cancelling = customer
        do throws(GuideError) {
            _ = try cancelling.cancelCSP("C1", on: today, today: today, confirmed: false, guide: guide)
        } catch {
            if case .confirmationRequired(_, let risks) = error { findings += risks }
        }
        var expiring = customer
        expiring.gdap = GDAPRelationship(requestedOn: today.adding(days: -700), roles: [.licenseAdministrator], acceptedOn: today.adding(days: -700), expiresOn: today.adding(days: 20))
        findings += guide.guidance(for: expiring, on: today).findings.filter { $0.code == .gdapExpiring }
        var undated = customer
        for index in undated.cspSubscriptions.indices { undated.cspSubscriptions[index].provisionedOn = nil }
        findings += guide.guidance(for: undated, on: today).findings.filter { $0.code == .purchaseDateUnknown }
        var mixed = customer
        _ = try? mixed.addOriginal(offer: "Exchange Online (Plan 1)", seats: 2, assigned: 2, expires: today.adding(days: 200), price: Money(amount: 4, currency: "BRL"), autoRenew: false)
        findings += guide.guidance(for: mixed, on: today).findings.filter { $0.code == .currencyMismatch }
        var fresh = customer
        fresh.program = .mosp
        fresh.billingAccount = .mca
        _ = try? fresh.addOriginal(offer: "Visio Plan 2", seats: 2, assigned: 2, expires: today.adding(days: 360), price: nil, autoRenew: false, startedOn: today.adding(days: -2))
        findings += guide.guidance(for: fresh, on: today).findings.filter { $0.code == .refundWindow }
        var crowded = GuideSettings()
        crowded[.tenantSubscriptionLimit] = 1
        findings += Guide(settings: crowded).guidance(for: customer, on: today).findings.filter { $0.code == .tenantLimit }
        return findings
    }()

    @Test("the samples cover every kind of finding")
    func samplesCoverEveryKind() {
        let codes = Set(Self.sampleFindings.map(\.code))
        #expect(codes == Set(MessageCode.allCases.filter { $0.severity != .error }))
    }

    @Test("every warning and note reads differently in each language, and says its figures")
    func findings() {
        let handle = Handle("contoso") ?? Handle("x")
        for finding in Self.sampleFindings {
            guard let handle else { return }
            let en = English().finding(finding, handle: handle), pt = Portuguese().finding(finding, handle: handle)
            #expect(!en.isEmpty && !pt.isEmpty)
            #expect(en != pt, "untranslated \(finding.code)")
            #expect(en.contains(where: \.isNumber) && pt.contains(where: \.isNumber))
            #expect(English().summary(finding) != Portuguese().summary(finding))
        }
    }

    @Test("every message code is explained in both languages", arguments: MessageCode.allCases)
    func codes(code: MessageCode) {
        let en = English().explanation(.code(code), settings: GuideSettings())
        let pt = Portuguese().explanation(.code(code), settings: GuideSettings())
        #expect(en.first?.hasPrefix(code.rawValue) == true)
        #expect(pt.first?.hasPrefix(code.rawValue) == true)
        #expect(en != pt)
    }

    @Test("every topic is explained in both languages", arguments: Topic.primaryNames)
    func topics(name: String) throws {
        let topic = try #require(Topic(name))
        #expect(English().explanation(topic, settings: GuideSettings()) != Portuguese().explanation(topic, settings: GuideSettings()))
    }

    @Test("every fixed label is translated")
    func labels() {
        for label in Label.allCases where ![.id].contains(label) {
            #expect(English().label(label) != Portuguese().label(label), "untranslated label \(label)")
        }
    }

    @Test("every command's help is in both languages")
    func help() {
        for spec in CommandCatalogue.standard.specs {
            #expect(spec.summary.en != spec.summary.pt, "\(spec.name)")
            for flag in spec.flags { #expect(flag.help.en != flag.help.pt, "\(spec.name) \(flag.name)") }
        }
    }

    @Test("money per language", arguments: [
        ("1234.56", "BRL", Language.ptBR, "R$ 1.234,56"), ("1234.56", "USD", .en, "$1,234.56"),
        ("1234.56", "BRL", .en, "R$1,234.56"), ("1234.56", "USD", .ptBR, "US$ 1.234,56"),
        ("0", "EUR", .en, "€0.00"), ("0.005", "EUR", .ptBR, "€ 0,01"), ("1000000", "CHF", .en, "CHF 1,000,000.00"),
        ("999.994", "USD", .en, "$999.99"), ("12.5", "BRL", .ptBR, "R$ 12,50"),
    ])
    func money(amount: String, currency: String, language: Language, expected: String) throws {
        let value = try #require(Money.parseAmount(amount))
        #expect(NumberFormat.money(Money(amount: value, currency: currency), language) == expected)
    }

    @Test("numbers group per language")
    func integers() {
        #expect(NumberFormat.integer(1_000_000, .en) == "1,000,000")
        #expect(NumberFormat.integer(1_000_000, .ptBR) == "1.000.000")
        #expect(NumberFormat.integer(999, .ptBR) == "999")
    }

    @Test("control characters in stored text are shown escaped, never raw")
    func visible() {
        #expect(InputPolicy.visible("ok\u{1B}[2Jx\u{202E}") == "ok\\u{1B}[2Jx\\u{202E}")
        #expect(InputPolicy.visible("Soluções 日本") == "Soluções 日本")
    }

    @Test("each forbidden scalar is found among a reply's own symbols, and no scalar next to one is")
    func forbiddenAmongSymbols() {
        let scalars = (UInt32(0)...0x30FF).compactMap(Unicode.Scalar.init) + (UInt32(0xE000)...0xE0FF).compactMap(Unicode.Scalar.init)
        for scalar in scalars {
            let expected = InputPolicy.isForbidden(scalar) || scalar == Style.marker ? scalar : nil
            #expect(InputPolicy.forbiddenScalar(in: "Contoso · step 1 → \(scalar)x —") == expected, "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test("a forbidden scalar is found wherever it falls in a long line, and its neighbours are not")
    func forbiddenAtEveryOffset() {
        let forbidden: [UInt32] = [0x00, 0x1B, 0x1F, 0x7F, 0x80, 0x9F, 0x202A, 0x202E, 0x2066, 0x2069]
        let allowed: [UInt32] = [0x20, 0x7E, 0xA0, 0xE9, 0x2029, 0x202F, 0x2065, 0x206A, 0x2014, 0x2192, 0xE01A, 0xE01C]
        for value in forbidden + allowed + [Style.marker.value] {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for offset in 0...17 {
                let line = String(repeating: "a", count: offset) + String(scalar) + String(repeating: "z", count: 17 - offset)
                let isForbidden = forbidden.contains(value)
                #expect(InputPolicy.forbiddenScalar(in: line) == (isForbidden || scalar == Style.marker ? scalar : nil), "U+\(String(value, radix: 16)) at \(offset)")
                #expect(InputPolicy.visible(line) == (isForbidden ? line.replacingOccurrences(of: String(scalar), with: "\\u{\(String(value, radix: 16, uppercase: true))}") : line))
            }
        }
    }

    @Test("the colour marker's bytes, written out for reading bytes, are its UTF-8")
    func markerBytes() {
        #expect(Style.markerBytes == Array(String(Style.marker).utf8))
        #expect(Style.markerLead == Style.markerBytes[0])
    }

    @Test("the syntax error points at the column with a caret")
    func caret() throws {
        let session = try makeSession(setup: [])
        let output = text(session, #"customer add x --name "Foo"#)
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[2] == "  " + String(repeating: " ", count: 22) + "^")
    }

    @Test("JSON replies are one parseable object per command")
    func json() throws {
        let session = try makeSession()
        let reply = session.execute("advise contoso")
        let line = JSONRenderer(language: .en).render(reply, command: "advise contoso")
        #expect(!line.contains("\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["ok"] as? Bool == true)
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(items.first?["type"] as? String == "advice")
        let data = try #require(items.first?["data"] as? [String: Any])
        let findings = try #require(data["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["code"] as? String == "W-COVERAGE-GAP" })
        let failure = JSONRenderer(language: .ptBR).render(session.execute("bogus"), command: "bogus")
        let failed = try #require(try JSONSerialization.jsonObject(with: Data(failure.utf8)) as? [String: Any])
        #expect(failed["ok"] as? Bool == false)
        #expect((failed["items"] as? [[String: Any]])?.first?["code"] as? String == "E-UNKNOWN-COMMAND")
    }

    @Test("colour only when asked for")
    func colour() {
        #expect(Style.wanted(environment: [:], outputIsTerminal: true, disabledByFlag: false))
        #expect(!Style.wanted(environment: ["NO_COLOR": "1"], outputIsTerminal: true, disabledByFlag: false))
        #expect(Style.wanted(environment: ["NO_COLOR": ""], outputIsTerminal: true, disabledByFlag: false))
        #expect(!Style.wanted(environment: ["TERM": "dumb"], outputIsTerminal: true, disabledByFlag: false))
        #expect(!Style.wanted(environment: [:], outputIsTerminal: false, disabledByFlag: false))
        #expect(!Style.wanted(environment: [:], outputIsTerminal: true, disabledByFlag: true))
    }

    @Test("with colour on, our codes reach the terminal and stored escape codes still do not")
    func colourAndEscaping() throws {
        let session = try makeSession()
        let reply = session.execute("advise contoso")
        let coloured = TextRenderer(language: .en, style: Style(enabled: true)).render(reply)
        #expect(coloured.contains("\u{1B}[1m") && coloured.contains("\u{1B}[0m"))
        #expect(!coloured.contains("\\u{1B}"))
        #expect(!coloured.unicodeScalars.contains(Style.marker))
        // An unknown word echoed back with an escape code in it stays visible text.
        let echoed = TextRenderer(language: .en, style: Style(enabled: true)).render(session.execute("\u{1B}[2Jboom"))
        #expect(echoed.contains("\\u{1B}[2J"))
        #expect(!echoed.contains("\u{1B}[2J"))
        // The marker the codes are built with is refused as input.
        #expect(InputPolicy.forbiddenScalar(in: "Contoso\u{E01B}[1m") == Style.marker)
    }
}
