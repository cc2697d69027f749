import Foundation
import SkillsCore
import SkillsRendering
import SkillsStore

/// Issues certificates in bulk: records them, draws them on all cores (one worker process per core), then confirms them.
///
/// Crash safety: a certificate is recorded as *pending* (with its signed facts and file path) before its file is
/// drawn to a temporary name and renamed into place; only then is it marked *issued*. A re-run finishes pending
/// ones first (drawing the same signed facts again if the file is missing), so no file exists that the programme
/// does not know, and no issued record lacks its file.
struct CertificateIssuer {
    let store: any ProgrammeStore
    /// The signer; only needed to issue new certificates, not to draw pending ones.
    let signer: CertificateSigner?
    let builder: CertificatePageBuilder
    let outputFolder: URL
    let formats: Set<String>
    let dpi: Double
    let workers: DrawingWorkers
    let authorisation: Authorisation

    var jobs: Int { workers.count }

    /// How many certificates are recorded and drawn per step.
    static let batchSize = 256

    /// What finishing an interrupted run did.
    struct Resumed {
        /// Certificates drawn and confirmed, with the folders they were issued into (not necessarily this run's).
        var finished: [URL]
        /// Files that still could not be drawn; they stay pending for the next run.
        var notDrawn: [String]
    }

    /// Finishes any interrupted run, into the folders its certificates were recorded with.
    func resume() async throws -> Resumed {
        do {
            try CertificateFolder.claim(outputFolder, database: store.location)
        } catch let error as ServiceError {
            throw error
        } catch {
            throw ServiceError.file(.cannotWrite(path: outputFolder.path))
        }
        for leftover in (FileManager.default.subpaths(atPath: outputFolder.path) ?? []) where leftover.hasSuffix(".partial") {
            try? FileManager.default.removeItem(at: outputFolder.appendingPathComponent(leftover))
        }
        let pending = try await store.pendingCertificates()
        guard !pending.isEmpty else { return Resumed(finished: [], notDrawn: []) }
        let failures = try await drawPending(progress: { _ in })
        let (drawn, notDrawn) = try await confirmDrawn(pending, failures: failures)
        return Resumed(finished: drawn.map { file(of: $0) }, notDrawn: notDrawn)
    }

    /// Marks the records whose files now exist as issued; returns them, and the rest described for the person.
    private func confirmDrawn(_ records: [CertificateRecord], failures: [String: String]) async throws
        -> (drawn: [CertificateRecord], notDrawn: [String])
    {
        let drawn = records.filter { FileManager.default.fileExists(atPath: file(of: $0).path) }
        try await store.markIssued(drawn.map(\.id), by: authorisation)
        let notDrawn = records.filter { !FileManager.default.fileExists(atPath: file(of: $0).path) }.map { record in
            "\(file(of: record).path): \(failures[record.id] ?? "could not be written; check the folder exists and you may write to it")"
        }
        return (drawn, notDrawn)
    }

    /// The file a person opens: the PDF, or the first PNG when only PNGs are drawn.
    private func file(of record: CertificateRecord) -> URL {
        let pdf = CertificateFolder.file(of: record, database: store.location)
        return formats.contains("pdf") ? pdf : Self.pngURL(pdf, page: 0)
    }

    /// Signs, records and draws every draft; returns the files written, and those that could not be.
    func issue(_ drafts: [CertificatePlanner.Draft], progress: (Int) -> Void) async throws -> (written: [URL], notDrawn: [String]) {
        var written: [URL] = []
        var notDrawn: [String] = []
        var start = 0
        // Worker processes draw the whole run at once (no idle gaps between batches); in-process, small batches
        // keep each confirmation close to its drawing.
        let batchSize = jobs > 1 ? max(1, drafts.count) : Self.batchSize
        while start < drafts.count {
            let batch = Array(drafts[start..<min(drafts.count, start + batchSize)])
            start += batch.count
            let records = try batch.map { draft -> CertificateRecord in
                guard let signer else { throw ServiceError.conflict(.noSigningKey) }
                let token = try signer.sign(draft.facts, curriculum: builder.curriculum)
                let file = "\(draft.centreRef)/\(draft.learnerRef)-\(draft.facts.kind)-\(draft.facts.subject)-\(draft.facts.code).pdf"
                guard CertificateFolder.isInside(outputFolder.appendingPathComponent(file), folder: outputFolder) else {
                    throw ServiceError.invalid(field: "out", value: file, "'\(file)' would be written outside the output folder")
                }
                return CertificateRecord(
                    id: draft.recordID, code: draft.facts.code, learnerRef: draft.learnerRef, kind: draft.facts.kind,
                    subject: draft.facts.subject, dueKey: draft.dueKey, signedFacts: token.signedBytes, signature: token.signature,
                    keyID: signer.keyID, language: CertificatePageBuilder.name(draft.language), largePrint: draft.largePrint,
                    filePath: file, outputFolder: CertificateFolder.stored(outputFolder, database: store.location),
                    issuedAt: draft.facts.issuedOn)
            }
            try await store.addPendingCertificates(records, by: authorisation)
            let done = written.count
            let failures = try await drawPending { drawn in progress(done + drawn) }
            let confirmed = try await confirmDrawn(records, failures: failures)
            written += confirmed.drawn.map { file(of: $0) }
            notDrawn += confirmed.notDrawn
            progress(written.count)
        }
        return (written, notDrawn)
    }

    /// Draws every pending certificate whose file is missing: here when `jobs` is 1, else in `jobs` worker
    /// processes (`skills certificate draw-pending`), each with its own Cairo, Pango and FreeType state.
    ///
    /// Processes, not threads: cairo 1.16's FreeType font backend crashed (cairo status 40, then a segfault in
    /// libfreetype) when two threads drew certificates at once, about once per few thousand pages.
    /// Returns why certificates drawn here could not be, by id (workers say so on their own standard error).
    private func drawPending(progress: (Int) -> Void) async throws -> [String: String] {
        if jobs == 1 { return try await drawShard(0, of: 1, progress: progress) }
        let workers = try (0..<jobs).map { shard in try WorkerProcess(arguments: self.workers.arguments(shard, jobs)) }
        var drawn = 0
        try WorkerProcess.waitForAll(workers) { lines in
            drawn += lines
            progress(drawn)
        }
        return [:]
    }

    /// Draws the pending certificates of one shard (every `count`-th, by id) whose files are missing. One that cannot be
    /// drawn (its folder cannot be written) is skipped, so it never blocks the rest; returns why, by id.
    func drawShard(_ shard: Int, of count: Int, progress: (Int) -> Void) async throws -> [String: String] {
        var drawn = 0
        var failures: [String: String] = [:]
        let parent = getppid()
        for (index, record) in try await store.pendingCertificates().sorted(by: { $0.id < $1.id }).enumerated() where index % count == shard
        {
            // A worker whose `issue` process was killed stops too; the next run finishes its share.
            if count > 1, getppid() != parent {
                throw ServiceError.interrupted("the issuing process stopped")
            }
            let file = CertificateFolder.file(of: record, database: store.location)
            guard !FileManager.default.fileExists(atPath: file.path) else { continue }
            guard
                let token = CertificateToken(
                    signedBytes: record.signedFacts, signature: record.signature, issuer: builder.issuer, curricula: builder.curricula)
            else {
                throw ServiceError.interrupted("certificate \(record.id) holds facts this programme cannot read; revoke it and issue again")
            }
            let page = builder.page(token, language: CertificatePageBuilder.language(record.language), largePrint: record.largePrint)
            do {
                try Self.draw(page, to: file, formats: formats, dpi: dpi)
            } catch let error as ServiceError {
                failures[record.id] = error.plainWords
                continue
            } catch {
                failures[record.id] = "could not be written; check the folder exists and you may write to it"
                continue
            }
            drawn += 1
            progress(drawn)
        }
        return failures
    }

    /// Draws one certificate to a temporary file and renames it into place (PDF, and PNG when asked).
    static func draw(_ page: CertificatePage, to url: URL, formats: Set<String>, dpi: Double) throws {
        let pages = CertificateLayout().pages(for: page)
        guard (try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)) != nil
        else { throw ServiceError.file(.cannotCreateFolder(path: url.deletingLastPathComponent().path)) }
        let renderer = renderer(for: page)
        do {
            if formats.contains("pdf") {
                let partial = partialURL(url)
                try renderer.writePDF(pages, to: partial)
                try moveIntoPlace(partial, url)
            }
            if formats.contains("png") {
                for (index, page) in pages.enumerated() {
                    let png = Self.pngURL(url, page: index)
                    let partial = partialURL(png)
                    try renderer.writePNG(page, to: partial, dpi: dpi)
                    try moveIntoPlace(partial, png)
                }
            }
        } catch let error as RenderError {
            throw ServiceError.interrupted(error.message)
        }
    }

    /// The renderer for one certificate: its title, and its signed token in the keywords so the file can be verified.
    static func renderer(for page: CertificatePage) -> CairoRenderer {
        CairoRenderer(
            pdfTitle: "\(page.title) — \(page.learnerName)", pdfKeywords: page.qrPayload,
            pdfLanguage: page.language == .english ? "en-GB" : "cy-GB")
    }

    /// The PNG for one page: `name.png` for the first, `name-2.png` and on for continuation pages.
    static func pngURL(_ pdf: URL, page index: Int) -> URL {
        let base = pdf.deletingPathExtension()
        return index == 0 ? base.appendingPathExtension("png") : URL(fileURLWithPath: base.path + "-\(index + 1).png")
    }

    /// A temporary name unique to this process, so two drawers never write the same temporary file.
    private static func partialURL(_ url: URL) -> URL {
        url.appendingPathExtension("\(getpid()).partial")
    }

    /// Renames a finished temporary file over its final name in one atomic step.
    private static func moveIntoPlace(_ partial: URL, _ final: URL) throws {
        guard rename(partial.path, final.path) == 0 else {
            throw ServiceError.file(.cannotWrite(path: final.path))
        }
    }
}
