import ArgumentParser
import Foundation
import SkillsCore

/// `skills certificate revoke ID --reason TEXT`.
struct RevokeCertificate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke", abstract: "Withdraw a certificate; verification then says so, with the reason.",
        discussion: "Example:  skills certificate revoke 7Q4K-9XZ2-M3PD --reason \"issued to the wrong learner\"")

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The certificate's id or code.") var certificate: String
    @Option(help: "Why it is withdrawn (shown to whoever verifies it).") var reason: String

    func run() throws {
        let store = try programme.openStore(for: .manageProgramme)
        guard let record = try store.certificate(idOrCode: certificate) else {
            throw UserError(.data, "no certificate '\(certificate)' — list a learner's with `skills certificate list --learner REF`")
        }
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw UserError(.usage, "--reason must say why") }
        try store.revokeCertificate(id: record.id, reason: reason, by: programme.actorName)
        print("revoked certificate \(VerificationCode.display(record.code)) (\(record.id))")
    }
}
