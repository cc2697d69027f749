import ArgumentParser
import Foundation
import SkillsCore
import SkillsServices

/// `skills certificate revoke ID --reason TEXT`.
struct RevokeCertificate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke", abstract: "Withdraw a certificate; verification then says so, with the reason.",
        discussion: "Example:  skills certificate revoke 7Q4K-9XZ2-M3PD --reason \"issued to the wrong learner\"")

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The certificate's id or code.") var certificate: String
    @Option(help: "Why it is withdrawn (shown to whoever verifies it).") var reason: String

    func run() async throws {
        let record = try await CertificateService(try await programme.services()).revoke(
            certificate, reason: reason, by: programme.actorName)
        print("revoked certificate \(VerificationCode.display(record.code)) (\(record.id))")
    }
}
