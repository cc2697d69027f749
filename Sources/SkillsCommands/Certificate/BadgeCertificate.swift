import ArgumentParser
import Foundation
import SkillsCore

/// `skills certificate badge ID --out FILE`: an Open Badges 3.0 credential as a VC-JWT.
struct BadgeCertificate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "badge", abstract: "Write a certificate as an Open Badges 3.0 credential (VC-JWT, EdDSA).",
        discussion: "Example:  skills certificate badge 7Q4K-9XZ2-M3PD --out badge.jwt")

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The certificate's id or code.") var certificate: String
    @Option(help: ArgumentHelp("Where to write the JWT.", valueName: "file")) var out: String

    func run() throws {
        let store = try programme.openStore()
        guard let record = try store.certificate(idOrCode: certificate) else {
            throw UserError(.data, "no certificate '\(certificate)' — list a learner's with `skills certificate list --learner REF`")
        }
        try programme.authorise(store, .issueCertificates, learners: [record.learnerRef])
        if record.revokedAt != nil { throw UserError(.data, "certificate \(certificate) was revoked; it cannot be exported as a badge") }
        let signer = CertificateSigner(privateKey: try SigningKeyFile(database: programme.databasePath).load())
        let info = try store.programme()
        guard
            let facts = CertificateToken(
                signedBytes: record.signedFacts, signature: record.signature, issuer: info.name,
                curricula: { try? store.curriculum(id: $0, version: $1) })?.facts
        else { throw UserError(.data, "certificate \(certificate) names a curriculum this programme no longer holds") }
        let curriculum = try store.defaultCurriculum()
        let badge = OpenBadge(
            facts: facts, learnerRef: record.learnerRef, issuerName: info.name,
            issuerID: info.verifyURL ?? "urn:digitalskills:issuer:\(signer.keyID)", identitySalt: try store.identitySalt(),
            description: Self.description(facts, curriculum), criteria: Self.criteria(facts, curriculum))
        try Data((try badge.jwt(signer: signer) + "\n").utf8).write(to: URL(fileURLWithPath: out))
        print("wrote an Open Badges 3.0 credential for \(facts.title) to \(out)")
    }

    static func description(_ facts: CertificateFacts, _ curriculum: Curriculum) -> String {
        "\(facts.title): part of \(curriculum.title), \(curriculum.framework)."
    }

    static func criteria(_ facts: CertificateFacts, _ curriculum: Curriculum) -> String {
        switch facts.kind {
        case "module":
            "Achieved every outcome of the module: "
                + (curriculum.modules.first { $0.id == facts.subject }?.outcomes.map(\.text).joined(separator: " ") ?? "")
        case "area": "Achieved every outcome of the skill area, as recorded by a tutor."
        case "curriculum": "Met the curriculum's award rules, as recorded by tutors across sessions."
        default: "A record of progress so far, by skill area."
        }
    }
}
