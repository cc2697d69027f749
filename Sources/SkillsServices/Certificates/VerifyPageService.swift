import Foundation
import SkillsCore
import SkillsStore

/// The static page a certificate's QR code opens: written once, served by any web host, checking signatures in the
/// browser.
public struct VerifyPageService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// Writes the page into `folder`: the shipped HTML, CSS and script, and `verify-data.js` with the programme's name,
    /// public keys and every curriculum version certificates may name. Returns the files written.
    public func write(to folder: String, by actor: String) async throws -> [String] {
        try await context.gate.check(Authorisation(actor, .read))
        let keys = try await context.store.signingKeys()
        guard !keys.isEmpty else { throw ServiceError.conflict(.noSigningKey) }
        let data = VerifyPageData(
            programme: try await context.store.programme().name,
            keys: keys.sorted { $0.key < $1.key }.map { $0.value.base64EncodedString() },
            curricula: try await context.store.curriculumVersions().map(VerifyPageData.CurriculumEntry.init))
        let target = URL(fileURLWithPath: folder)
        do {
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        } catch {
            throw ServiceError.file(.cannotCreateFolder(path: folder))
        }
        var written: [String] = []
        for file in ShippedData.files(in: "VerifyPage") {
            let destination = target.appendingPathComponent(file.name)
            do {
                try Data(file.text.utf8).write(to: destination, options: .atomic)
            } catch {
                throw ServiceError.file(.cannotWrite(path: destination.path))
            }
            written.append(destination.path)
        }
        let script = target.appendingPathComponent("verify-data.js")
        do {
            try Data(("window.DIGITALSKILLS_VERIFY = " + (try data.json()) + ";\n").utf8).write(to: script, options: .atomic)
        } catch {
            throw ServiceError.file(.cannotWrite(path: script.path))
        }
        return written + [script.path]
    }
}
