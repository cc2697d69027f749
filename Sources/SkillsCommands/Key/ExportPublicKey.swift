import ArgumentParser
import Foundation
import SkillsCore
import SkillsServices

/// `skills key export-public`: the public key anyone can verify certificates with.
struct ExportPublicKey: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-public", abstract: "Print the programme's public signing key (PEM), to publish for verifiers.",
        discussion: "Example:  skills key export-public > programme.pub")

    @OptionGroup var programme: ProgrammeOptions

    func run() async throws {
        for pem in try await CertificateService(try await programme.services()).publicKeys(by: programme.actorName) {
            print(pem, terminator: "")
        }
    }
}
