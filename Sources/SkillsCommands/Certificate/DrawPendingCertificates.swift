import ArgumentParser
import Foundation
import SkillsCore

/// `skills certificate draw-pending`: a worker process of `issue`; draws one shard of the pending certificates.
struct DrawPendingCertificates: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draw-pending", abstract: "Draw one share of the pending certificates (used by `issue`).", shouldDisplay: false)

    @OptionGroup var programme: ProgrammeOptions
    @Option var out: String
    @Option var format = "pdf"
    @Option var dpi = 300.0
    @Option var shard = 0
    @Option var shards = 1

    func run() throws {
        let store = try programme.openStore(for: .read)
        let info = try store.programme()
        let issuer = CertificateIssuer(
            store: store, signer: nil,
            builder: CertificatePageBuilder(
                curriculum: try store.defaultCurriculum(), verifyURL: info.verifyURL, issuer: info.name,
                curricula: { try? store.curriculum(id: $0, version: $1) }),
            outputFolder: URL(fileURLWithPath: out), formats: Set(format.split(separator: ",").map(String.init)), dpi: dpi, jobs: 1,
            actor: programme.actorName)
        try issuer.drawShard(shard, of: shards) { _ in print("drawn") }
    }
}
