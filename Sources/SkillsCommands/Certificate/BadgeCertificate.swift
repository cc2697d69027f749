import ArgumentParser
import Foundation
import SkillsCore
import SkillsServices

/// `skills certificate badge ID --out FILE`: an Open Badges 3.0 credential as a VC-JWT.
struct BadgeCertificate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "badge", abstract: "Write a certificate as an Open Badges 3.0 credential (VC-JWT, EdDSA).",
        discussion: "Example:  skills certificate badge 7Q4K-9XZ2-M3PD --out badge.jwt")

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The certificate's id or code.") var certificate: String
    @Option(help: ArgumentHelp("Where to write the JWT.", valueName: "file")) var out: String
    @Flag(help: "Replace the file if it exists.") var force = false

    func run() async throws {
        try OutputFile.checkFree(out, force: force)
        let (jwt, facts) = try await CertificateService(try await programme.services()).badge(
            certificate, signingKey: programme.signingKey, by: programme.actorName)
        try OutputFile.write(Data((jwt + "\n").utf8), to: out, force: force)
        print("wrote an Open Badges 3.0 credential for \(facts.title) to \(out)")
    }
}
