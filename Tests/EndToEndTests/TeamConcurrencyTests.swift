import Foundation
import StoreTestSupport
import Testing

/// Several agents' processes changing the same customers at once through the team store.
@Suite("Four agents at once", .enabled(if: TeamDatabase.server != nil, "needs the test run's PostgreSQL server"))
struct TeamConcurrencyTests {
    @Test("every change lands once or is told to retry; the journal and the state agree")
    func overlappingCustomers() async throws {
        let team = try TeamDatabase(owner: "desk")
        let agents = ["agent1", "agent2", "agent3", "agent4"]
        for agent in agents {
            try team.sql("DO $$ BEGIN CREATE ROLE \(agent) LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
            try team.sql("GRANT desk TO \(agent)")
        }
        let customers = ["c1", "c2", "c3"]
        let setup = try Binary.run(["--today", "2026-11-28", "--db", try TeamTerminalTests.url(team, role: "desk")],
                                   input: customers.map { "customer add \($0) --name \"Customer \($0)\"\n" }.joined())
        #expect(setup.status == 0, "\(setup.stdout)\(setup.stderr)")

        let commandsPerAgent = 24
        let runs = try await withThrowingTaskGroup(of: (String, [String], String).self) { group in
            for agent in agents {
                let url = try TeamTerminalTests.url(team, role: agent)
                group.addTask {
                    // Each command on its own line, round the customers, so that every agent keeps
                    // meeting the others on the same customer.
                    let commands = (0..<commandsPerAgent).map { index in
                        "license add \(customers[index % customers.count]) \"\(agent) offer \(index)\" --seats 1 --expires 2027-06-30"
                    }
                    // Wide enough that each reply is one line, as a script that reads lines sets it.
                    let result = try Binary.run(["--today", "2026-11-28", "--db", url], input: commands.joined(separator: "\n") + "\n", environment: ["COLUMNS": "1000"])
                    return (agent, commands, result.stdout)
                }
            }
            var all: [(String, [String], String)] = []
            for try await run in group { all.append(run) }
            return all
        }
        var landed: [String: Int] = [:], retried = 0
        for (agent, commands, output) in runs {
            let lines = output.split(separator: "\n").map(String.init)
            #expect(lines.count == commands.count, "\(agent): one reply per command\n\(output)")
            for line in lines {
                if line.hasPrefix("Recorded L") {
                    landed[agent, default: 0] += 1
                } else {
                    #expect(line.contains("was changed by another session") && line.contains("Nothing was recorded"), "\(agent): \(line)")
                    retried += 1
                }
            }
        }
        let total = landed.values.reduce(0, +)
        #expect(total + retried == agents.count * commandsPerAgent)
        #expect(total > 0)
        // The journal holds exactly the changes that landed, each under its agent's role, and
        // every one of them is in the state, once.
        let journal = try team.sql(#"SELECT agent, count(*) FROM journal WHERE command LIKE 'license add%' GROUP BY agent"#)
        #expect(Dictionary(uniqueKeysWithValues: journal.map { ($0[0] ?? "", Int($0[1] ?? "") ?? -1) }) == landed)
        #expect(try team.sql("SELECT count(*) FROM original") == [[String(total)]])
        let unmatched = try team.sql(#"""
            SELECT count(*) FROM journal j WHERE command LIKE 'license add%' AND NOT EXISTS
              (SELECT 1 FROM original o WHERE o.customer = j.customer AND j.command LIKE '%"' || o.offer || '"%')
            """#)
        #expect(unmatched == [["0"]])
    }
}
