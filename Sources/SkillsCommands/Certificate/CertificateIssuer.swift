import Foundation
import SkillsCore
import SkillsRendering
import SkillsStore

/// Issues certificates in bulk: records them, draws them on all cores, then confirms them.
///
/// Crash safety: a certificate is recorded as *pending* (with its signed facts and file path) before its file is
/// drawn to a temporary name and renamed into place; only then is it marked *issued*. A re-run finishes pending
/// ones first (drawing the same signed facts again if the file is missing), so no file exists that the programme
/// does not know, and no issued record lacks its file.
struct CertificateIssuer {
    let store: ProgrammeStore
    let signer: CertificateSigner
    let builder: CertificatePageBuilder
    let outputFolder: URL
    let formats: Set<String>
    let dpi: Double
    let jobs: Int
    let actor: String

    /// How many certificates are recorded and drawn per step.
    static let batchSize = 256

    /// Finishes any interrupted run; returns how many certificates it completed.
    func resume() throws -> Int {
        let pending = try store.pendingCertificates()
        var done: [String] = []
        for record in pending {
            guard let token = CertificateToken(finding: CertificateToken.prefix + Base64URL.encode(record.signedFacts) + "." + Base64URL.encode(record.signature)) else { continue }
            if !FileManager.default.fileExists(atPath: record.filePath) {
                let page = builder.page(token, language: CertificatePageBuilder.language(record.language), largePrint: record.largePrint)
                try Self.draw(page, to: URL(fileURLWithPath: record.filePath), formats: formats, dpi: dpi)
            }
            done.append(record.id)
        }
        try store.markIssued(done)
        return done.count
    }

    /// Signs, records and draws every draft; returns the files written.
    func issue(_ drafts: [CertificatePlanner.Draft], progress: (Int) -> Void) async throws -> [URL] {
        var written: [URL] = []
        var start = 0
        while start < drafts.count {
            let batch = Array(drafts[start..<min(drafts.count, start + Self.batchSize)])
            start += batch.count
            let jobs = try batch.map { draft -> (CertificateRecord, CertificatePage) in
                let token = try signer.sign(draft.facts)
                let url = outputFolder.appendingPathComponent(draft.centreRef)
                    .appendingPathComponent("\(draft.learnerRef)-\(draft.facts.kind)-\(draft.facts.subject)-\(draft.facts.code).pdf")
                let record = CertificateRecord(
                    id: draft.facts.id, code: draft.facts.code, learnerRef: draft.learnerRef, kind: draft.facts.kind,
                    subject: draft.facts.subject, dueKey: draft.dueKey, signedFacts: token.signedBytes, signature: token.signature,
                    keyID: signer.keyID, language: CertificatePageBuilder.name(draft.language), largePrint: draft.largePrint,
                    filePath: url.path, issuedAt: draft.facts.issuedOn)
                return (record, builder.page(token, language: draft.language, largePrint: draft.largePrint))
            }
            try store.addPendingCertificates(jobs.map(\.0), by: actor)
            try await drawAll(jobs.map { ($0.1, URL(fileURLWithPath: $0.0.filePath)) })
            try store.markIssued(jobs.map(\.0.id))
            written += jobs.map { URL(fileURLWithPath: $0.0.filePath) }.map { formats.contains("pdf") ? $0 : Self.pngURL($0, page: 0) }
            progress(written.count)
        }
        return written
    }

    /// Draws pages concurrently, one task per core, each with its own Cairo surface.
    private func drawAll(_ work: [(CertificatePage, URL)]) async throws {
        let workers = max(1, jobs)
        let formats = self.formats, dpi = self.dpi
        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<workers {
                group.addTask {
                    var index = worker
                    while index < work.count {
                        try Self.draw(work[index].0, to: work[index].1, formats: formats, dpi: dpi)
                        index += workers
                    }
                }
            }
            try await group.waitForAll()
        }
    }

    /// Draws one certificate to a temporary file and renames it into place (PDF, and PNG when asked).
    static func draw(_ page: CertificatePage, to url: URL, formats: Set<String>, dpi: Double) throws {
        let pages = CertificateLayout().pages(for: page)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let renderer = CairoRenderer(pdfTitle: "\(page.title) — \(page.learnerName)", pdfKeywords: page.qrPayload)
        do {
            if formats.contains("pdf") {
                let partial = url.appendingPathExtension("partial")
                try renderer.writePDF(pages, to: partial)
                try moveIntoPlace(partial, url)
            }
            if formats.contains("png") {
                for (index, page) in pages.enumerated() {
                    let png = Self.pngURL(url, page: index)
                    let partial = png.appendingPathExtension("partial")
                    try renderer.writePNG(page, to: partial, dpi: dpi)
                    try moveIntoPlace(partial, png)
                }
            }
        } catch let error as RenderError {
            throw UserError(.data, error.message)
        }
    }

    /// The PNG for one page: `name.png` for the first, `name-2.png` and on for continuation pages.
    static func pngURL(_ pdf: URL, page index: Int) -> URL {
        let base = pdf.deletingPathExtension()
        return index == 0 ? base.appendingPathExtension("png") : URL(fileURLWithPath: base.path + "-\(index + 1).png")
    }

    /// Renames a finished temporary file over its final name in one atomic step.
    private static func moveIntoPlace(_ partial: URL, _ final: URL) throws {
        guard rename(partial.path, final.path) == 0 else {
            throw UserError(.data, "cannot write '\(final.path)': \(String(cString: strerror(errno)))")
        }
    }
}
