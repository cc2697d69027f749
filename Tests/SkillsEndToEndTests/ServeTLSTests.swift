import Foundation
import SkillsTestSupport
import Testing

/// `skills serve --tls-cert --tls-key`, the binary: it answers HTTPS with a throwaway self-signed certificate made by
/// the openssl command, its cookies are Secure, plain HTTP gets no page, and files that cannot serve are refused before
/// it listens.
@Suite("The web server over HTTPS, end to end")
struct ServeTLSTests {
    /// A fresh programme with a self-signed certificate for 127.0.0.1 (`cert.pem`, `key.pem`) in its folder.
    private func programmeWithCertificate() throws -> SkillsRunner {
        let runner = try SkillsRunner()
        try runner.succeed(["init", "--name", "HTTPS programme"])
        let made = try Command.run(
            "/usr/bin/openssl",
            [
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem", "-out", "cert.pem", "-days", "2",
                "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
            ], in: runner.folder)
        guard made.status == 0 else { throw RunnerError("openssl could not make a certificate: \(made.stderr)") }
        return runner
    }

    @Test("serve answers HTTPS with the certificate given, sets Secure cookies and gives plain HTTP no page")
    func servesHTTPS() throws {
        let runner = try programmeWithCertificate()
        // The server runs in the background while curl asks it, trusting only the throwaway certificate.
        let journey = """
            "$SKILLS_BIN" serve --port 0 --tls-cert cert.pem --tls-key key.pem > serve.out 2> serve.err &
            server=$!
            for _ in $(seq 300); do grep -q 'listening on' serve.out && break; sleep 0.1; done
            head -1 serve.out
            url=$(sed -n 's/^listening on //p' serve.out)
            curl -s -o /dev/null -w 'health %{http_code}\\n' --cacert cert.pem "$url/api/v1/health"
            curl -s -D - -o /dev/null --cacert cert.pem "$url/sign-in" | tr -d '\\r' | grep -i '^set-cookie'
            curl -s -o /dev/null -w 'plain %{http_code}\\n' "${url/https:/http:}/api/v1/health"
            echo "plain curl exit $?"
            kill -TERM "$server"
            wait "$server"
            echo "server exit $?"
            """
        var environment = runner.environment()
        environment["SKILLS_BIN"] = Paths.skillsBinary
        let output = try Command.run("/bin/bash", ["-c", journey], environment: environment, in: runner.folder)
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("listening on https://127.0.0.1:") == true, "\(output.stdout)\(output.stderr)")
        #expect(lines.contains("health 200"), "\(output.stdout)")
        let cookie = lines.first { $0.lowercased().hasPrefix("set-cookie: skills_form=") }
        #expect(cookie?.contains("; Secure") == true, "the sign-in form's cookie: \(output.stdout)")
        #expect(lines.contains("plain 000"), "plain HTTP to the HTTPS port gets no answer: \(output.stdout)")
        #expect(!lines.contains("plain curl exit 0"))
        #expect(lines.contains("server exit 0"))
    }

    @Test("serve refuses --tls-cert without --tls-key, naming the missing flag")
    func certificateAlone() throws {
        let runner = try programmeWithCertificate()
        let output = try runner.run(["serve", "--port", "0", "--tls-cert", "cert.pem"])
        #expect(output.status == 64)
        #expect(output.stderr.hasPrefix("error: --tls-cert needs --tls-key"), "\(output.stderr)")
        #expect(output.stdout.isEmpty, "nothing listened: \(output.stdout)")
    }

    @Test("serve refuses a key file that is not there, naming the path, before it listens")
    func missingKey() throws {
        let runner = try programmeWithCertificate()
        let output = try runner.run(["serve", "--port", "0", "--tls-cert", "cert.pem", "--tls-key", "no-such-key.pem"])
        #expect(output.status == 66)
        #expect(
            output.stderr == "error: --tls-key: cannot read 'no-such-key.pem' — check the path and that this user may read the file\n",
            "\(output.stderr)")
        #expect(output.stdout.isEmpty, "nothing listened: \(output.stdout)")
    }

    @Test("serve refuses a certificate file that holds a key and a key that belongs to another certificate")
    func wrongFiles() throws {
        let runner = try programmeWithCertificate()
        let swapped = try runner.run(["serve", "--port", "0", "--tls-cert", "key.pem", "--tls-key", "key.pem"])
        #expect(swapped.status == 65)
        #expect(swapped.stderr.hasPrefix("error: --tls-cert: 'key.pem' holds no PEM certificate"), "\(swapped.stderr)")
        let other = try Command.run(
            "/usr/bin/openssl",
            ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "other-key.pem", "-out", "other.pem", "-subj", "/CN=other"],
            in: runner.folder)
        #expect(other.status == 0, "\(other.stderr)")
        let mismatched = try runner.run(["serve", "--port", "0", "--tls-cert", "cert.pem", "--tls-key", "other-key.pem"])
        #expect(mismatched.status == 65)
        #expect(
            mismatched.stderr.hasPrefix("error: --tls-key: the key 'other-key.pem' does not belong to the certificate 'cert.pem'"),
            "\(mismatched.stderr)")
        #expect(mismatched.stdout.isEmpty)
    }
}
