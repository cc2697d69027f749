import ArgumentParser
import Foundation
import SkillsCore
import SkillsServices

/// `skills certificate draw-pending`: a worker process of `issue`; draws one shard of the pending certificates.
struct DrawPendingCertificates: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draw-pending", abstract: "Draw one share of the pending certificates (used by `issue`).", shouldDisplay: false)

    @OptionGroup var programme: ProgrammeOptions
    @Option var out: String
    @Option var format = "pdf"
    @Option var dpi = 300.0
    @Option var shard = 0
    @Option var shards = 1

    func run() async throws {
        try await CertificateService(try await programme.services()).drawPending(
            shard: shard, of: shards, outputFolder: URL(fileURLWithPath: out), formats: Set(format.split(separator: ",").map(String.init)),
            dpi: dpi, by: programme.actorName
        ) { FileHandle.standardOutput.write(Data("drawn\n".utf8)) }  // unbuffered: the bar counts each line as it comes
    }

    /// The arguments that start a worker on one shard, acting as the same person on the same programme.
    static func arguments(
        _ programme: ProgrammeOptions, out: String, formats: Set<String>, dpi: Double, shard: Int, shards: Int
    ) -> [String] {
        [
            "certificate", "draw-pending", "--db", programme.databasePath, "--as", programme.actorName, "--out", out, "--format",
            formats.sorted().joined(separator: ","), "--dpi", String(dpi), "--shard", String(shard), "--shards", String(shards),
        ]
    }
}
