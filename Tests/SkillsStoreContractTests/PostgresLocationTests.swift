import Foundation
import SkillsCore
import SkillsPostgres
import Testing

@Suite("Reading a PostgreSQL URL")
struct PostgresLocationTests {
    @Test("a URL gives the user, host, port, database and sslmode; prefer is the default")
    func reads() throws {
        let place = try PostgresLocation(url: "postgres://skills@db.example.org:6543/county?sslmode=require")
        #expect(place == PostgresLocation(user: "skills", host: "db.example.org", port: 6543, database: "county", sslMode: .require))
        #expect(try PostgresLocation(url: "postgresql://skills@db/county").sslMode == .prefer)
        #expect(try PostgresLocation(url: "postgresql://skills@db/county").port == 5432)
    }

    @Test("a password in the URL is refused without repeating it")
    func refusesPassword() throws {
        do {
            _ = try PostgresLocation(url: "postgres://skills:hunter2@db/county")
            Issue.record("a URL with a password was accepted")
        } catch ServiceError.invalid(let problems) {
            #expect(problems.first?.field == "db")
            #expect(problems.first?.value.contains("hunter2") == false)
            #expect(problems.first?.rule.contains("PGPASSWORD") == true)
        }
    }

    @Test("an unknown sslmode, a missing user or a missing database is refused, naming the fix")
    func refusesIncomplete() throws {
        for url in ["postgres://skills@db/county?sslmode=sometimes", "postgres://db/county", "postgres://skills@db"] {
            #expect(throws: ServiceError.self, "\(url)") { _ = try PostgresLocation(url: url) }
        }
    }
}
