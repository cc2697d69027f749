import Foundation
import SkillsTestSupport
import Testing

/// `skills serve`, the binary, on each store: it listens, a tutor signs in with the password set from the command
/// line, and the session is kept in the store.
@Suite("The web server, end to end")
struct ServeTests {
    static let password = "correct horse battery"

    @Test("serve signs a tutor in and keeps the session in the store", arguments: StoreKinds.available)
    func signIn(_ kind: String) throws {
        try StoreKinds.withRunner(kind) { try signIn(ProgrammeFixture.standard($0)) }
    }

    private func signIn(_ runner: SkillsRunner) throws {
        try runner.succeed(["actor", "add", "T-ALED", "--role", "tutor", "--centre", "CARD-01"])
        let password = try runner.run(["actor", "password", "T-ALED", "--stdin"], input: Data(Self.password.utf8))
        #expect(password.status == 0, "\(password.stderr)")
        // The server runs in the background while curl signs in with a cookie jar, then SIGTERM stops it.
        let journey = """
            "$SKILLS_BIN" serve --port 0 > serve.out 2> serve.err &
            server=$!
            for _ in $(seq 300); do grep -q 'listening on' serve.out && break; sleep 0.1; done
            url=$(sed -n 's/^listening on //p' serve.out)
            token=$(curl -s -c jar -b jar "$url/sign-in" | grep -o 'name="form_token" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
            curl -s -o /dev/null -w 'sign-in %{http_code} %{redirect_url}\\n' -c jar -b jar --data-urlencode "form_token=$token" \
              --data-urlencode "name=T-ALED" --data-urlencode "password=$PASSWORD" "$url/sign-in"
            curl -s -b jar "$url/learners"
            kill -TERM "$server"
            wait "$server"
            echo "server exit $?"
            """
        var environment = runner.environment()
        environment["SKILLS_BIN"] = Paths.skillsBinary
        environment["PASSWORD"] = Self.password
        let output = try Command.run("/bin/bash", ["-c", journey], environment: environment, in: runner.folder)
        #expect(output.stdout.contains("sign-in 303 http://127.0.0.1:"), "\(output.stdout)\(output.stderr)")
        #expect(output.stdout.contains(ProgrammeFixture.names[1]), "the signed-in tutor's learners page: \(output.stdout)")
        #expect(output.stdout.contains("server exit 0"))
        #expect(try runner.query("SELECT holder_kind || ' ' || holder FROM web_sessions") == "actor T-ALED\n")
    }

    @Test(
        "on PostgreSQL, serve answers a health check while a sign-in waits on a lock, given two connections; with one it cannot",
        .enabled(if: PostgresTestDatabase.server != nil, "set SKILLS_TEST_POSTGRES_URL (scripts/test.sh does)"))
    func answersWhileAWriteWaits() throws {
        try StoreKinds.withRunner("postgres") { try answersWhileAWriteWaits(ProgrammeFixture.standard($0)) }
    }

    private func answersWhileAWriteWaits(_ runner: SkillsRunner) throws {
        try runner.succeed(["actor", "add", "T-ALED", "--role", "tutor", "--centre", "CARD-01"])
        let password = try runner.run(["actor", "password", "T-ALED", "--stdin"], input: Data(Self.password.utf8))
        #expect(password.status == 0, "\(password.stderr)")
        // psql holds the audit log, so the sign-in's write waits on it holding a connection; the health check needs
        // another.
        let journey = """
            count() { psql "$SKILLS_DB" -XAtc "$1"; }
            until_count() { for _ in $(seq 200); do [ "$(count "$1")" -ge 1 ] && return; sleep 0.05; done; echo "timed out: $1"; }
            for connections in 2 1; do
              "$SKILLS_BIN" serve --port 0 --db-connections "$connections" > serve.out 2> serve.err &
              server=$!
              for _ in $(seq 300); do grep -q 'listening on' serve.out && break; sleep 0.1; done
              url=$(sed -n 's/^listening on //p' serve.out)
              psql "$SKILLS_DB" -Xq -c "BEGIN; LOCK TABLE audit_log IN EXCLUSIVE MODE; SELECT pg_sleep(4); COMMIT;" > /dev/null &
              holder=$!
              until_count "SELECT count(*) FROM pg_locks WHERE relation = 'audit_log'::regclass AND mode = 'ExclusiveLock' AND granted"
              curl -s -o /dev/null -w 'sign-in %{http_code}\n' -H 'Content-Type: application/json' \
                -d "{\\"name\\": \\"T-ALED\\", \\"password\\": \\"$PASSWORD\\"}" "$url/api/v1/tokens" > sign-in.out &
              signin=$!
              until_count "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
              echo "connections $connections: health $(curl -s -o /dev/null -m 2 -w '%{http_code}' "$url/api/v1/health")"
              wait "$holder" "$signin"
              cat sign-in.out
              kill -TERM "$server"
              wait "$server"
            done
            """
        var environment = runner.environment()
        environment["SKILLS_BIN"] = Paths.skillsBinary
        environment["PASSWORD"] = Self.password
        let output = try Command.run("/bin/bash", ["-c", journey], environment: environment, in: runner.folder)
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines == ["connections 2: health 200", "sign-in 201", "connections 1: health 000", "sign-in 201"],
            "\(output.stdout)\(output.stderr)")
    }

    @Test("a connection count below one, from the flag or the environment, is refused before the server starts")
    func refusesTooFewConnections() throws {
        let runner = try SkillsRunner()
        let flag = try runner.run(["serve", "--port", "0", "--db-connections", "0"])
        #expect(flag.status == 64)
        #expect(flag.stderr.contains("error: --db-connections 0 is too few: use 1 or more (default 8)"), "\(flag.stderr)")
        let environment = try runner.run(["serve", "--port", "0"], environment: ["SKILLS_DB_CONNECTIONS": "lots"])
        #expect(environment.status == 64)
        #expect(
            environment.stderr.contains("error: SKILLS_DB_CONNECTIONS 'lots' is not a number of connections: set it to 1 or more"),
            "\(environment.stderr)")
        #expect(flag.stdout.isEmpty && environment.stdout.isEmpty, "the server started")
    }
}
