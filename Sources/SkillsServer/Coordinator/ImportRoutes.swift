import Foundation
import Hummingbird
import NIOCore
import SkillsCore
import SkillsServices
import SkillsStore

/// Uploading a CSV import: the file goes through the same `ImportService.importFile` as `skills import KIND FILE`, so
/// the same all-or-nothing rules and the same `LINE:COLUMN` problems apply.
struct ImportRoutes {
    let site: Site
    /// The largest file a coordinator may upload; the same file can be imported with `skills import` on the server.
    static let largestFile = 20 * 1024 * 1024
    /// Room for the form's other fields and the parts' headers around the file.
    static let largestBody = largestFile + 64 * 1024

    func add(to router: Router<BasicRequestContext>) {
        router.get("/coordinator/import") { request, _ in
            try await site.actorPage(request) { actor, visit in
                try await ImportService(site.services).checkMayImport(by: actor)
                return page(ImportView(visit: visit), status: .ok)
            }
        }
        router.post("/coordinator/import") { request, _ in
            try await site.actorPage(request) { actor, visit in
                // Refused before the body is read: a tutor's upload is never read, let alone written anywhere.
                try await ImportService(site.services).checkMayImport(by: actor)
                let words = visit.language.coordinatorStrings
                var view = ImportView(visit: visit)
                guard let boundary = MultipartForm.boundary(contentType: request.headers[.contentType]) else {
                    view.problem = words.notAnUpload
                    return page(view, status: .unsupportedMediaType)
                }
                let form: MultipartForm
                do {
                    form = try MultipartForm(
                        body: Array(buffer: try await request.body.collect(upTo: Self.largestBody)), boundary: boundary)
                } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
                    view.problem = words.tooLarge(Self.largestFile / (1024 * 1024))
                    return page(view, status: .contentTooLarge)
                } catch is MultipartForm.Problem {
                    view.problem = words.notAnUpload
                    return page(view, status: .badRequest)
                }
                guard let session = visit.session, form.hasToken(session.formToken) else { return ErrorPages.formExpired(visit) }
                view.kind = form.value("kind") ?? ""
                view.dayFirst = form.value("day_first") != nil
                view.dryRun = form.value("dry_run") != nil
                guard let kind = ImportKind(rawValue: view.kind), let file = form.file("file"), !file.bytes.isEmpty else {
                    view.problem = words.chooseFile
                    return page(view, status: .unprocessableContent)
                }
                guard file.bytes.count <= Self.largestFile else {
                    view.problem = words.tooLarge(Self.largestFile / (1024 * 1024))
                    return page(view, status: .contentTooLarge)
                }
                view.fileName = file.fileName ?? "upload.csv"
                view.summary = try await importing(
                    file.bytes, named: view.fileName, kind: kind, dayFirst: view.dayFirst, dryRun: view.dryRun, actor: actor)
                return page(view, status: view.summary?.problems.isEmpty == false ? .unprocessableContent : .ok)
            }
        }
    }

    /// Writes the upload to a file of its own, under the name it was sent with so the audit trail names it, imports it
    /// as the actor, and removes it.
    private func importing(_ bytes: [UInt8], named name: String, kind: ImportKind, dayFirst: Bool, dryRun: Bool, actor: String)
        async throws -> ImportSummary
    {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("skills-upload-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(Self.safeFileName(name))
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: file)
        } catch {
            throw ServiceError.file(.cannotWrite(path: file.path))
        }
        return try await ImportService(site.services).importFile(
            file.path, kind: kind, dryRun: dryRun, allowOtherCentre: false, dayFirstDates: dayFirst, by: actor, progress: { _, _, _ in })
    }

    /// The last part of a sent file name, with only letters, digits, spaces, `.`, `-` and `_`: never a path.
    static func safeFileName(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let kept = String(last.filter { $0.isLetter || $0.isNumber || " .-_".contains($0) }).trimmingCharacters(in: .whitespaces)
        return kept.isEmpty || kept.allSatisfy({ $0 == "." }) ? "upload.csv" : kept
    }

    private func page(_ view: ImportView, status: HTTPResponse.Status) -> Response {
        Page(title: view.visit.language.coordinatorStrings.importTitle, visit: view.visit, content: view.html, status: status).response
    }
}
