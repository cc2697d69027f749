import ArgumentParser
import Foundation
import SkillsCore
import SkillsServices

/// `skills certificate verify`: valid, tampered (which fact), revoked, or unknown — in plain words.
struct VerifyCertificate: AsyncParsableCommand {
    /// `safe-legal:4/13` as "safe-legal 4 of 13".
    static func describe(_ achievement: String) -> String {
        achievement.replacingOccurrences(of: ":", with: " ").replacingOccurrences(of: "/", with: " of ")
    }

    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: "Check a certificate by its code, its PDF file, or the text of its QR code.",
        discussion: """
            Examples:  skills certificate verify 7Q4K-9XZ2-M3PD
                       skills certificate verify certificates/CARD-01/L000001-module-S1-7Q4K9XZ2M3PD.pdf
                       skills certificate verify "$(zbarimg --raw -q certificate.png)" --public-key programme.pub
            Works offline: with --public-key and no database it checks the signature (not revocations).
            A PDF's signature proves its facts, not its page: the facts are printed for you to compare with the page,
            and text on the page that cannot be seen is named.
            Exit status: 0 valid, 1 tampered (or a page that hides text), 2 revoked or withdrawn, 3 unknown or not issued.
            """)

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "A code, a PDF file, or QR text.") var certificate: String
    @Option(help: ArgumentHelp("A public key PEM file, to check without the programme's database.", valueName: "file")) var publicKey:
        String?

    func run() async throws {
        // This door has a disk: an argument that names an existing file is a PDF to check; anything else is text.
        let evidence: CertificateEvidence =
            FileManager.default.fileExists(atPath: certificate) ? .file(path: certificate) : .text(certificate)
        let verdict: Verdict
        if let publicKey {
            guard let text = FileManager.default.contents(atPath: publicKey) else {
                throw UserError(.noInput, "cannot read '\(publicKey)' — check the path and that the file exists")
            }
            guard let raw = CertificateService.publicKey(pem: String(decoding: text, as: UTF8.self)) else {
                throw UserError(
                    .data, "'\(publicKey)' is not an Ed25519 public key in PEM form — export one with `skills key export-public`")
            }
            verdict = try await CertificateService.verifyOffline(evidence, publicKeys: [raw])
        } else if programme.mayHoldProgramme {
            verdict = try await CertificateService(try await programme.services()).verify(evidence)
        } else {
            throw UserError(
                .usage, "no programme at '\(programme.databasePath)' and no --public-key FILE to check against — give one of them")
        }
        switch verdict {
        case .valid(let facts, let checkedRevocation, let hiddenText):
            let place = facts.region.isEmpty ? facts.centre : "\(facts.centre), \(facts.region)"
            let dates = facts.achievedOn.map { "achieved on \($0), issued on \(facts.issuedOn)" } ?? "issued on \(facts.issuedOn)"
            print("VALID: issued to \(facts.learner) for \(facts.awardInWords), \(dates), at \(place), by \(facts.issuer).")
            if !facts.achievements.isEmpty { print("Achievements: " + facts.achievements.map(Self.describe).joined(separator: "; ")) }
            print(
                checkedRevocation
                    ? "The programme's signature on these facts is genuine and the certificate has not been withdrawn."
                    : "The programme's signature on these facts is genuine. (Withdrawals cannot be checked offline.)")
            if case .file = evidence {
                // The signature proves the facts, not the page: a forged page can print other words beside them.
                print("This proves the facts above, not the page: check that the page shows exactly this, and nothing else.")
                for finding in hiddenText { print("WARNING: the page holds \(finding); it may not be what it seems.") }
                if !hiddenText.isEmpty { throw ExitCode(1) }
            }
        case .tampered(let details):
            print("TAMPERED: \(details).")
            throw ExitCode(1)
        case .withdrawn(let on):
            print("WITHDRAWN: this certificate was withdrawn on \(on.prefix(10)) at the learner's request.")
            throw ExitCode(2)
        case .revoked(let facts, let on, let reason):
            print("REVOKED: \(facts.title) for \(facts.learner) was withdrawn on \(on.prefix(10)): \(reason).")
            throw ExitCode(2)
        case .notIssued(let code):
            print("NOT ISSUED: certificate \(code) was recorded but never issued, so it is not a certificate.")
            throw ExitCode(3)
        case .unknown(let why):
            print("UNKNOWN: \(why).")
            throw ExitCode(3)
        }
    }
}
