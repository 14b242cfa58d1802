@testable import Assistant
import MigrationGuide
import Testing

@Suite("Parser")
struct ParserTests {
    let parser = Parser()

    func command(_ line: String) throws -> any AssistantCommand {
        guard case .command(let command) = try parser.parse(line) else {
            Issue.record("no command in \(line)")
            throw CommandError.unknownCommand(line, suggestion: nil)
        }
        return command
    }

    func error(_ line: String) -> CommandError? {
        do {
            _ = try parser.parse(line)
            return nil
        } catch {
            return error
        }
    }

    @Test("a new handle typed in capitals is lower-cased")
    func uppercaseHandle() throws {
        #expect(try #require(try command("customer add Contoso-BR --name C") as? CustomerAdd).handle == Handle("contoso-br"))
    }

    @Test("record is a group: start and stop, and a file name alone starts recording")
    func recordGroup() throws {
        #expect(try #require(try command("record start case.txt --title T") as? RecordStart).path == "case.txt")
        #expect(try #require(try command("record case.txt") as? RecordStart).path == "case.txt")
        #expect(try command("record stop") is RecordStop)
        #expect(error("record") == .missingSubcommand("record", choices: ["start", "stop"]))
    }

    @Test("lines yield typed commands")
    func typed() throws {
        let cancel = try #require(try command("cancel contoso L1 --on 2026-12-01 --confirm") as? Cancel)
        #expect(cancel.reference == "contoso")
        #expect(cancel.license == "L1")
        #expect(cancel.on == CalendarDate(iso: "2026-12-01"))
        #expect(cancel.confirm)

        let add = try #require(try command(#"license add contoso "Office 365 E3" --seats=50 --expires 2027-01-31 --price 23,50 --auto-renew on"#) as? LicenseAdd)
        #expect(add.offer == "Office 365 E3")
        #expect(add.seats == 50)
        #expect(add.price?.description == "23.5")
        #expect(add.autoRenew == true)
        #expect(add.assigned == nil)
    }

    @Test("the handle may be left out: the selected customer stands in")
    func handleOmitted() throws {
        let cancel = try #require(try command("cancel L1") as? Cancel)
        #expect(cancel.reference == nil)
        #expect(cancel.license == "L1")
        let provision = try #require(try command(#"provision "Office 365 E3" --seats 5"#) as? Provision)
        #expect(provision.reference == nil)
        #expect(provision.offer == "Office 365 E3")
        let status = try #require(try command("status") as? Status)
        #expect(status.reference == nil)
    }

    @Test("names, aliases and case")
    func aliases() throws {
        #expect(try command("EXIT") is Quit)
        #expect(try command("sair") is Quit)
        #expect(try command("Customer List") is CustomerList)
        #expect(try command("clientes") is CustomerList)
        #expect(try #require(try command("cancel --help") as? Help).topic == "cancel")
        #expect(try #require(try command("customer add --help") as? Help).topic == "customer add")
        #expect(try #require(try command("customer --help") as? Help).topic == "customer")
    }

    @Test("blank lines and comments are empty")
    func empty() throws {
        guard case .empty = try parser.parse("   # nothing") else { Issue.record("not empty"); return }
    }

    @Test("mistakes give the matching error", arguments: [
        ("provison contoso", CommandError.unknownCommand("provison", suggestion: "provision")),
        ("xyzzy", .unknownCommand("xyzzy", suggestion: nil)),
        ("customer", .missingSubcommand("customer", choices: ["add", "edit", "list", "show", "remove"])),
        ("customer ad x", .unknownSubcommand("customer", word: "ad", suggestion: "add")),
        ("cancel", .missingArgument(command: Cancel.spec, argument: "LICENSE")),
        ("status a b", .unexpectedArgument(command: Status.spec, word: "b")),
        ("provision x E3 --seat 5", .unknownFlag(command: Provision.spec, flag: "--seat", suggestion: "--seats")),
        ("provision x E3 --seats", .missingFlagValue(command: Provision.spec, flag: "--seats", valueName: "N")),
        ("provision x E3", .missingFlag(command: Provision.spec, flag: "--seats")),
        ("provision x E3 --seats 0", .badNumber(field: "--seats", text: "0", range: 1...1_000_000)),
        ("provision x E3 --seats 1000001", .badNumber(field: "--seats", text: "1000001", range: 1...1_000_000)),
        ("provision x E3 --seats 99999999999999999999", .badNumber(field: "--seats", text: "99999999999999999999", range: 1...1_000_000)),
        ("provision x E3 --seats -5", .badNumber(field: "--seats", text: "-5", range: 1...1_000_000)),
        ("provision x E3 --seats 5.5", .badNumber(field: "--seats", text: "5.5", range: 1...1_000_000)),
        ("license add x E3 --seats 5 --expires 2027-02-30", .badDate(field: "--expires", text: "2027-02-30")),
        ("license add x E3 --seats 5 --expires 0000-00-00", .badDate(field: "--expires", text: "0000-00-00")),
        ("license add x E3 --seats 5 --expires 2027-01-01 --price -3", .badAmount(field: "--price", text: "-3", maximum: 1_000_000)),
        ("license add x E3 --seats 5 --expires 2027-01-01 --price 1e3", .badAmount(field: "--price", text: "1e3", maximum: 1_000_000)),
        ("license add x E3 --seats 5 --expires 2027-01-01 --auto-renew maybe", .badValue(field: "--auto-renew", text: "maybe", choices: ["on", "off"])),
        ("customer add contoso! --name C", .badHandle("contoso!")),
        ("customer add x --name C --program csp", .badValue(field: "--program", text: "csp", choices: ["open", "mosp", "ea", "retail", "other"])),
        ("customer add x --name \u{1B}[31mRed", .controlCharacter(field: "--name", scalar: 0x1B)),
        ("customer add x --name \"a\u{202E}b\"", .controlCharacter(field: "--name", scalar: 0x202E)),
        ("customer add x --name C --email nobody", .badValue(field: "--email", text: "nobody", choices: ["name@example.com"])),
        ("status \"contoso", .syntax(.unterminatedQuote("\"", column: 8), line: "status \"contoso")),
        ("cancel x L1 --confirm=yes", .unexpectedArgument(command: Cancel.spec, word: "--confirm=yes")),
        ("lang klingon", .badValue(field: "LANGUAGE", text: "klingon", choices: ["en", "pt-BR", "auto"])),
        ("explain nothing", .badValue(field: "TOPIC", text: "nothing", choices: Topic.primaryNames + ["W-…", "E-…", "I-…"])),
        ("settings near-end-days 2000", .badNumber(field: "DAYS", text: "2000", range: 0...1096)),
    ])
    func mistakes(line: String, expected: CommandError) {
        #expect(error(line) == expected)
    }

    @Test("usage is generated from the declaration")
    func usage() {
        #expect(Cancel.spec.usage == "cancel [HANDLE] LICENSE [--on YYYY-MM-DD] [--confirm] [--dry-run]")
        #expect(Provision.spec.usage == "provision [HANDLE] OFFER --seats N [--replaces L1[,L2]] [--term TERM] [--billing BILLING] [--price AMOUNT] [--currency CODE] [--on YYYY-MM-DD] [--confirm] [--dry-run]")
    }
}
