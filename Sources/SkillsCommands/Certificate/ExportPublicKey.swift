import ArgumentParser
import Foundation
import SkillsCore

/// `skills key export-public`: the public key anyone can verify certificates with.
struct ExportPublicKey: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-public", abstract: "Print the programme's public signing key (PEM), to publish for verifiers.",
        discussion: "Example:  skills key export-public > programme.pub")

    @OptionGroup var programme: ProgrammeOptions

    func run() throws {
        let keys = try programme.openStore(for: .read).signingKeys()
        guard !keys.isEmpty else { throw UserError(.data, "this programme has no signing key yet — `skills init` creates one") }
        for (_, raw) in keys.sorted(by: { $0.key < $1.key }) { print(SigningKeyFile.publicPEM(raw), terminator: "") }
    }
}
