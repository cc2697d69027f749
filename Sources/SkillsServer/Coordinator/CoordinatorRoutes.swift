import Foundation
import Hummingbird
import SkillsCore
import SkillsRendering
import SkillsServices

/// The coordinator's pages: the dashboard, the report downloads, the CSV upload and issuing due certificates. Each
/// calls the service the matching `skills` command calls, as the signed-in actor, so the service decides who may.
struct CoordinatorRoutes {
    let site: Site
    /// The server's one certificate-issuing run.
    let issuing = IssuingRun()

    func add(to router: Router<BasicRequestContext>) {
        router.get("/coordinator") { request, _ in
            try await site.actorPage(request) { actor, visit in try await dashboard(request, actor: actor, visit: visit) }
        }
        router.get("/coordinator/reports/{file}") { request, context in
            try await site.actorPage(request) { actor, visit in
                guard let file = ReportDownload(rawValue: try context.parameters.require("file")) else {
                    return Page(
                        title: "404", visit: visit, content: "<p role=\"alert\">\(visit.strings.notFound)</p>", status: .notFound
                    ).response
                }
                switch ReportPeriodQuery(request, today: site.services.clock.today).asked {
                case .success(let days):
                    // Open data for a run of days is refused before any figures are computed.
                    if file == .openData {
                        _ = try await ReportService(site.services).openDataPeriod(from: days.from, to: days.to, by: actor)
                    }
                    return try await download(file, days: days, actor: actor)
                case .failure(let problem): return message(visit.language.coordinatorStrings.sentence(for: problem), visit: visit)
                }
            }
        }
        ImportRoutes(site: site).add(to: router)
        IssuingRoutes(site: site, drawing: site.drawing, run: issuing).add(to: router)
        ErasureRequestsRoutes(site: site).add(to: router)
    }

    /// The dashboard for the period asked for, from the same computation as the report's PDF; a period that cannot be
    /// read, or days the report service refuses (the first after the last), are shown beside their field.
    private func dashboard(_ request: Request, actor: String, visit: Visit) async throws -> Response {
        let today = site.services.clock.today
        let reports = ReportService(site.services)
        let period = ReportPeriodQuery(request, today: today)
        var report: RegionalReportContent?
        var problem: DashboardView.PeriodProblem?
        switch period.asked {
        case .success(let days):
            do {
                report = try await reports.regionalContent(from: days.from, to: days.to, by: actor)
            } catch ServiceError.invalid(let problems) {
                guard let first = problems.first, let field = ReportPeriodQuery.Field(rawValue: first.field) else {
                    throw ServiceError.invalid(problems)
                }
                try await reports.checkMayReport(by: actor)
                problem = DashboardView.PeriodProblem(field: field, words: visit.words.problem(first))
            }
        case .failure(let why):
            try await reports.checkMayReport(by: actor)
            problem = DashboardView.PeriodProblem(field: why.field, words: visit.language.coordinatorStrings.sentence(for: why))
        }
        let lapsing = try await TutorService(site.services).expiring(within: 60, limit: DashboardView.lapsingShown, by: actor)
        let content = DashboardView(
            period: period, report: report, problem: problem, lapsing: lapsing, today: today, visit: visit
        ).html
        return Page(
            title: visit.language.coordinatorStrings.dashboard, visit: visit, content: content,
            status: problem == nil ? .ok : .unprocessableContent
        ).response
    }

    /// Writes the report into a folder of its own and streams the file asked for back; the folder is removed once the
    /// file is sent (or the sending fails), or at once when there is nothing to send.
    private func download(_ file: ReportDownload, days: ReportPeriod, actor: String) async throws -> Response {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("skills-report-\(UUID().uuidString)")
        var sending = false
        defer { if !sending { try? FileManager.default.removeItem(at: folder) } }
        let services = site.services
        _ = try await site.drawing.inTurn {
            try await ReportService(services).regional(from: days.from, to: days.to, region: nil, folder: folder.path, by: actor)
        }
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
