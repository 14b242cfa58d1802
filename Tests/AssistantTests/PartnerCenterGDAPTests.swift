import Foundation
@testable import Assistant
import MigrationGuide
import Testing

/// A customer created in Partner Center holds the default GDAP relationship from its creation,
/// for the usual duration: its admin rights end, and the warnings about that fire.
@Suite("Default GDAP of a customer created in Partner Center")
struct PartnerCenterGDAPTests {
    static func created() throws -> (Session, Customer) {
        let session = try makeSession(setup: [
            "customer add acme --name Acme --program open --created-in-partner-center on",
            #"license add acme "Office 365 E3" --seats 10 --assigned 10 --expires 2029-06-30"#,
            "accept acme",
            #"provision acme "Microsoft 365 E3" --seats 10 --replaces L1 --confirm"#,
        ])
        let handle = try #require(Handle("acme"))
        return (session, try #require(try session.store.customer(handle)))
    }

    @Test("the relationship is accepted at creation and lasts the usual duration")
    func modelled() throws {
        let (session, customer) = try Self.created()
        let gdap = try #require(customer.gdap)
        #expect(gdap.acceptedOn == session.today)
        #expect(gdap.expiresOn == session.today.adding(days: session.guide.settings.gdapDurationDays))
        #expect(gdap.roles.contains(.licenseAdministrator))
    }

    @Test("W-GDAP-EXPIRING from 30 days before the end, not 31, in both languages", arguments: [(31, false), (30, true)])
    func expiring(daysBefore: Int, warns: Bool) throws {
        let (session, customer) = try Self.created()
        let ends = try #require(customer.gdap?.expiresOn)
        let findings = session.guide.guidance(for: customer, on: ends.adding(days: -daysBefore)).findings
        let expiring = findings.filter { $0.code == .gdapExpiring }
        #expect(expiring.count == (warns ? 1 : 0))
        let handle = try #require(Handle("acme"))
        for finding in expiring {
            #expect(English().finding(finding, handle: handle).contains("ends on \(ends)"))
            #expect(Portuguese().finding(finding, handle: handle).contains(ends.description))
        }
    }

    @Test("W-NO-ADMIN-RIGHTS once the default relationship has ended, not the day before", arguments: [(0, true), (-1, false)])
    func noAdminRights(daysAfterEnd: Int, warns: Bool) throws {
        let (session, customer) = try Self.created()
        let ends = try #require(customer.gdap?.expiresOn)
        let findings = session.guide.guidance(for: customer, on: ends.adding(days: daysAfterEnd)).findings
        #expect(findings.contains { $0.code == .noAdminRights } == warns)
    }
}
