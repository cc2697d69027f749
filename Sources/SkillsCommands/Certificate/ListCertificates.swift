import ArgumentParser
import Foundation
import SkillsCore
import SkillsServices

/// `skills certificate list REF`.
struct ListCertificates: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List a learner's certificates.", discussion: "Example:  skills certificate list L000001")

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The learner's reference.") var learner: String
    @Flag(help: "Print JSON for scripts.") var json = false
    @OptionGroup var table: TableOptions

    struct Listing: Encodable {
        var id, code, kind, subject, issuedOn, state, file: String
        var revokedAt: String?
    }

    func run() async throws {
        let service = CertificateService(try await programme.services())
        let listings = try await service.list(learner: learner, by: programme.actorName).map {
            Listing(
                id: $0.id, code: VerificationCode.display($0.code), kind: $0.kind, subject: $0.subject, issuedOn: $0.issuedAt,
                state: $0.state, file: service.file(of: $0).path, revokedAt: $0.revokedAt)
        }
        if json { return try JSONOutput.print(listings) }
        let rows = listings.map { [$0.code, $0.kind, $0.subject, $0.issuedOn, $0.revokedAt == nil ? $0.state : "revoked", $0.file] }
        print(
            TextTable(headers: ["code", "kind", "subject", "issued", "state", "file"], rows: rows, wrappable: [2, 5]).render(
                width: table.width))
    }
}
