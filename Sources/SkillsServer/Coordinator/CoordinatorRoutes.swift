import Foundation
import Hummingbird
import SkillsCore
import SkillsServices

/// The coordinator's pages: the dashboard, the report downloads, the CSV upload and issuing due certificates. Each
/// calls the service the matching `skills` command calls, as the signed-in actor, so the service decides who may.
struct CoordinatorRoutes {
    let site: Site
    /// The server's one certificate-issuing run.
    let issuing = IssuingRun()

    func add(to router: Router<BasicRequestContext>) {
        router.get("/coordinator") { request, _ in
            try await site.actorPage(request) { actor, visit in
                let today = site.services.clock.today
                let period = ReportPeriodQuery(request, today: today)
                let report = try await period.days.asyncMap { days in
                    try await ReportService(site.services).regionalContent(from: days.from, to: days.to, by: actor)
                }
                if report == nil { try await ReportService(site.services).checkMayReport(by: actor) }
                let lapsing = try await TutorService(site.services).expiring(within: 60, by: actor)
                let content = DashboardView(period: period, report: report, lapsing: lapsing, today: today, visit: visit).html
                return Page(
                    title: visit.language.coordinatorStrings.dashboard, visit: visit, content: content,
                    status: report == nil ? .unprocessableContent : .ok
                ).response
            }
        }
        router.get("/coordinator/reports/{file}") { request, context in
            try await site.actorPage(request) { actor, visit in
                guard let file = ReportDownload(rawValue: try context.parameters.require("file")) else {
                    return Page(
                        title: "404", visit: visit, content: "<p role=\"alert\">\(visit.strings.notFound)</p>", status: .notFound
                    ).response
                }
                let period = ReportPeriodQuery(request, today: site.services.clock.today)
                guard let days = period.days else {
                    return message(visit.language.coordinatorStrings.notAPeriod(period.text), visit: visit)
                }
                return try await download(file, days: days, actor: actor, visit: visit)
            }
        }
        ImportRoutes(site: site).add(to: router)
        IssuingRoutes(site: site, drawing: site.drawing, run: issuing).add(to: router)
        ErasureRequestsRoutes(site: site).add(to: router)
    }

    /// Writes the report into a folder of its own and streams the file asked for back; the folder is removed once the
    /// file is sent (or the sending fails), or at once when there is nothing to send.
    private func download(_ file: ReportDownload, days: ReportPeriod, actor: String, visit: Visit) async throws -> Response {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("skills-report-\(UUID().uuidString)")
        var sending = false
        defer { if !sending { try? FileManager.default.removeItem(at: folder) } }
        let services = site.services
        let report = try await site.drawing.inTurn {
            try await ReportService(services).regional(from: days.from, to: days.to, region: nil, folder: folder.path, by: actor)
        }
        if file == .openData, report.openDataPeriod == nil { return message(StandardPeriod.whyOpenDataNeedsOne, visit: visit) }
        let path = folder.appendingPathComponent(file.pathInFolder)
        guard let handle = try? FileHandle(forReadingFrom: path),
            let size = try? FileManager.default.attributesOfItem(atPath: path.path)[.size] as? Int
        else { throw ServiceError.file(.cannotRead(path: file.pathInFolder)) }
        var headers = HTTPFields()
        headers[.contentType] = file.contentType
        headers[.contentDisposition] = "attachment; filename=\"\(file.downloadName(days))\""
        sending = true
        let body = ResponseBody(contentLength: size) { writer in
            @Sendable func cleanUp() {
                try? handle.close()
                try? FileManager.default.removeItem(at: folder)
            }
            defer { cleanUp() }
            while let chunk = try handle.read(upToCount: 64 * 1024), !chunk.isEmpty {
                try await writer.write(ByteBuffer(bytes: chunk))
            }
            cleanUp()  // before the answer is finished, so no folder outlives a completed download
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: headers, body: body)
    }

    /// A page that says, in plain words, why the request could not be answered as asked.
    private func message(_ words: String, visit: Visit) -> Response {
        Page(title: "422", visit: visit, content: "<p role=\"alert\">\(HTML.escape(words))</p>", status: .unprocessableContent).response
    }
}

/// The report files a coordinator may download, by the name in their address.
enum ReportDownload: String {
    case pdf = "regional-report.pdf"
    case csv = "regional.csv"
    case openData = "open-regional.csv"

    /// Where the report service writes it inside its folder.
    var pathInFolder: String { self == .openData ? "open/regional.csv" : rawValue }

    var contentType: String { self == .pdf ? "application/pdf" : "text/csv; charset=utf-8" }

    /// The file's name on the coordinator's computer, with the period in it.
    func downloadName(_ days: ReportPeriod) -> String {
        let period = StandardPeriod(days)?.description ?? "\(days.from)-to-\(days.to)"
        return rawValue.replacingOccurrences(of: ".", with: "-\(period).")
    }
}

extension Optional {
    /// `map` for work that awaits.
    fileprivate func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
