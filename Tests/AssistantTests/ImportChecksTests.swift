import Foundation
@testable import Assistant
import MigrationGuide
import Testing

/// Imports record nothing the command line would refuse: every row, Graph entry and Partner Center
/// line goes through the customer's own checks, is refused with the same reason, and any refusal
/// leaves the whole portfolio as it was.
@Suite("Imports go through the customer's checks")
struct ImportChecksTests {
    static func file(_ text: String, _ suffix: String = "csv") throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csp-\(UUID().uuidString)-checks.\(suffix)")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// The error a reply's first item carries.
    static func error(_ reply: Reply) -> CommandError? {
        if case .error(let error)? = reply.items.first { return error }
        return nil
    }

    @Test("auto_renew=on for an EA original is refused on its row with the command line's reason, in both languages; nothing recorded",
          arguments: [Language.en, .ptBR])
    func eaAutoRenew(language: Language) throws {
        let session = try makeSession(language: language, setup: [])
        let path = try Self.file("handle,name,program,offer,seats,expires,auto_renew\nbig,Big Corp,ea,Office 365 E3,500,2027-06-30,on\nweb,Web Co,mosp,Office 365 E3,5,2027-06-30,on\n")
        let reply = session.execute("import \(path)")
        let refused = try #require(refusal(reply))
        let typed = try makeSession(language: language, setup: ["customer add big --name \"Big Corp\" --program ea"])
            .execute(#"license add big "Office 365 E3" --seats 500 --expires 2027-06-30 --auto-renew on"#)
        let commandLine = try #require(Self.error(typed))
        #expect(refused.problems.map(\.place.row) == [2])
        #expect(refused.problems.map(\.error) == [commandLine])
        let renderer = TextRenderer(language: language)
        #expect(renderer.render(reply).contains(renderer.phrases.error(commandLine)))
        #expect(try session.store.allCustomers().isEmpty)
    }

    @Test("an EA original listed as cancelled before its end is refused with cancel's reason")
    func eaCancelledEarly() throws {
        let session = try makeSession(setup: [])
        let path = try Self.file("handle,name,program,offer,seats,expires,ending,ended_on\nbig,Big Corp,ea,Office 365 E3,500,2027-06-30,cancelled-early,2026-11-20\n")
        let refused = try #require(refusal(session.execute("import \(path)")))
        let typed = try makeSession(setup: ["customer add big --name \"Big Corp\" --program ea", #"license add big "Office 365 E3" --seats 500 --expires 2027-06-30"#])
        let commandLine = try #require(Self.error(typed.execute("cancel big L1 --on 2026-11-20 --confirm")))
        #expect(refused.problems.map(\.error) == [commandLine])
        #expect(try session.store.allCustomers().isEmpty)
    }

    @Test("every refused row is listed, each with the command line's reason, and nothing is recorded")
    func everyRefusedRow() throws {
        let session = try makeSession(setup: [])
        let path = try Self.file("""
            handle,name,program,invited,accepted,license,offer,seats,assigned,expires,ending,ended_on,provisioned,replaces
            a,A,open,2026-10-01,2026-10-05,L1,Office 365 E3,5,5,2027-01-31,,,,
            a,A,open,2026-10-01,2026-10-05,C1,Office 365 E3,5,,,,,2026-10-03,L1
            b,B,open,,,L1,Visio Plan 2,5,5,2027-01-31,expired,2026-11-01,,
            c,C,open,2026-12-01,,,,,,,,,,
            d,D,open,,,C1,Office 365 E3,5,,,,,2026-10-03,
            e,E,open,2026-10-01,2026-10-05,L1,Office 365 E3,5,5,2027-01-31,,,,
            e,E,open,2026-10-01,2026-10-05,C1,Office 365 E3,5,,,,,2026-10-06,L1+L7

            """)
        let refused = try #require(refusal(session.execute("import \(path)")))
        let date = { (iso: String) in CalendarDate(iso: iso) ?? CalendarDate(daysSinceEpoch: 0) }
        let d = try #require(Handle("d"))
        #expect(refused.problems.map(\.place.row) == [3, 4, 5, 6, 8])
        #expect(refused.problems.map(\.error) == [
            .guide(.outOfOrder(.provisioned, on: date("2026-10-03"), after: .accepted, of: date("2026-10-05"))),
            .guide(.endsLater(LicenseID(kind: .original, number: 1), expires: date("2027-01-31"), on: date("2026-11-01"))),
            .guide(.dateInFuture(.invited, on: date("2026-12-01"), today: date("2026-11-28"))),
            .guide(.notAccepted(d, invitedOn: nil)),
            .guide(.unknownLicense("L7", known: [LicenseID(kind: .original, number: 1)])),
        ])
        #expect(try session.store.allCustomers().isEmpty)
    }

    /// A subscription of the partner's tenant, created on `created`, as Graph lists it.
    static func graphSubscription(_ id: String, created: String) -> String {
        #"{"id":"\#(id)","skuPartNumber":"ENTERPRISEPACK","status":"Enabled","totalLicenses":5,"createdDateTime":"\#(created)T00:00:00Z","#
            + #""nextLifecycleDateTime":"2027-10-01T00:00:00Z","isTrial":false,"ownerTenantId":"\#(GraphImportTests.partner)"}"#
    }

    static let acceptedCustomer = [
        "customer add contoso --name Contoso", "settings partner-tenant \(GraphImportTests.partner)", "invite contoso --on 2026-10-20", "accept contoso --on 2026-11-01",
    ]

    @Test("a Graph subscription of the partner's tenant created after today is refused with the command line's reason, not reported new; nothing recorded")
    func graphFuturePurchase() throws {
        let session = try makeSession(setup: Self.acceptedCustomer)
        let path = try Self.file(#"{"value":["# + Self.graphSubscription("S1", created: "2026-10-01") + "," + Self.graphSubscription("S2", created: "2026-12-15") + "]}", "json")
        let reply = session.execute("import graph contoso \(path)")
        #expect(summary(reply) == nil)
        let refused = try #require(refusal(reply))
        let commandLine = try #require(Self.error(session.execute(#"provision contoso "Office 365 E3" --seats 5 --on 2026-12-15 --confirm"#)))
        #expect(refused.problems.map(\.error) == [commandLine])
        #expect(refused.problems.first?.place.jsonPath == "value[1]")
        let customer = try session.store.customer(try #require(Handle("contoso")))
        #expect(customer?.cspSubscriptions.isEmpty == true)
        #expect(customer?.invitation?.acceptedOn == CalendarDate(iso: "2026-11-01"))
    }

    @Test("a purchase before the recorded acceptance dates the acceptance back, and the summary says so")
    func graphPurchaseDatesAcceptance() throws {
        let session = try makeSession(setup: Self.acceptedCustomer)
        let path = try Self.file(#"{"value":["# + Self.graphSubscription("S1", created: "2026-10-01") + "]}", "json")
        let read = try #require(summary(session.execute("import graph contoso \(path)")))
        #expect(read.lines.first?.changes.contains(FieldChange(field: .accepted, from: "2026-11-01", to: "2026-10-01")) == true)
        let customer = try session.store.customer(try #require(Handle("contoso")))
        #expect(customer?.invitation?.acceptedOn == CalendarDate(iso: "2026-10-01"))
        #expect(customer?.invitation?.sentOn == CalendarDate(iso: "2026-10-01"))
        #expect(customer?.cspSubscriptions.map(\.provisionedOn) == [CalendarDate(iso: "2026-10-01")])
    }

    @Test("csp edit --provisioned before the recorded acceptance dates the acceptance back and says so, in both languages, so the record stays in order",
          arguments: [Language.en, .ptBR])
    func cspEditKeepsOrder(language: Language) throws {
        let session = try makeSession(language: language, setup: [
            "customer add contoso --name Contoso", "invite contoso --on 2026-11-20", "accept contoso --on 2026-11-25",
            #"provision contoso "Office 365 E3" --seats 5 --replaces none"#,
        ])
        let shown = text(session, "csp edit contoso C1 --provisioned 2026-11-19")
        #expect(shown.contains("2026-11-25") && shown.contains("2026-11-19"), "\(shown)")
        let customer = try session.store.customer(try #require(Handle("contoso")))
        #expect(customer?.cspSubscriptions.map(\.provisionedOn) == [CalendarDate(iso: "2026-11-19")])
        #expect(customer?.invitation?.acceptedOn == CalendarDate(iso: "2026-11-19"))
        #expect(customer?.invitation?.sentOn == CalendarDate(iso: "2026-11-19"))
        #expect(Self.error(session.execute("csp edit contoso C1 --provisioned 2026-12-19")) == .guide(.dateInFuture(
            .provisioned, on: try #require(CalendarDate(iso: "2026-12-19")), today: try #require(CalendarDate(iso: "2026-11-28")))))
    }

    @Test("csp edit --provisioned after the subscription's cancellation is refused, as an import of that record would be")
    func cspEditAfterCancellation() throws {
        let session = try makeSession(setup: [
            "customer add contoso --name Contoso", "invite contoso", "accept contoso",
            #"provision contoso "Office 365 E3" --seats 5 --replaces none"#, "csp cancel contoso C1 --confirm", "today 2026-12-10",
        ])
        let date = { (iso: String) in CalendarDate(iso: iso) ?? CalendarDate(daysSinceEpoch: 0) }
        #expect(Self.error(session.execute("csp edit contoso C1 --provisioned 2026-12-05"))
                == .guide(.outOfOrder(.cancelled, on: date("2026-11-28"), after: .provisioned, of: date("2026-12-05"))))
        #expect(try session.store.customer(try #require(Handle("contoso")))?.cspSubscriptions.map(\.provisionedOn) == [date("2026-11-28")])
    }

    @Test("a Partner Center subscription started after today is refused with the command line's reason; nothing recorded")
    func partnerCenterFuture() throws {
        let session = try makeSession(setup: ["customer add contoso --name Contoso"])
        let path = try Self.file("Subscription ID,Subscription,Quantity,Status,Start date\nA1,Office 365 E3,5,Active,2026-11-20\nA2,Visio Plan 2,2,Active,2026-12-15\n")
        let refused = try #require(refusal(session.execute("import partner-center subscriptions contoso \(path)")))
        let date = { (iso: String) in CalendarDate(iso: iso) ?? CalendarDate(daysSinceEpoch: 0) }
        #expect(refused.problems.map(\.place.row) == [3])
        #expect(refused.problems.map(\.error) == [.guide(.dateInFuture(.provisioned, on: date("2026-12-15"), today: date("2026-11-28")))])
        let customer = try session.store.customer(try #require(Handle("contoso")))
        #expect(customer?.cspSubscriptions.isEmpty == true)
        #expect(customer?.invitation == nil)
    }
}
