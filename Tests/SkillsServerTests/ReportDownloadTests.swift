import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SkillsCore
import SkillsServices
import SkillsTestSupport
import Testing

@testable import SkillsServer

/// The regional report's files, downloaded: the same files `skills report regional` writes, read back by real readers.
@Suite struct ReportDownloadTests {
    @Test func aCoordinatorDownloadsThePDFTheCSVAndOpenDataAndNoFolderIsLeft() async throws {
        let programme = try await WebProgramme.unchanging.value
        let written = FileManager.default.temporaryDirectory.appendingPathComponent("skills-cli-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: written) }
        let year = StandardPeriod.year(2026).period
        _ = try await ReportService(programme.context).regional(
            from: year.from, to: year.to, region: nil, folder: written.path, by: WebProgramme.founder)
        let before = Self.reportFolders()
        try await programme.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("priya-coord")
            let pdf = try await browser.send(.get, "/coordinator/reports/regional-report.pdf?period=2026")
            #expect(pdf.status == .ok)
            #expect(pdf.headers[.contentType] == "application/pdf")
            #expect(pdf.headers[.contentDisposition] == "attachment; filename=\"regional-report-2026.pdf\"")
            #expect(String(buffer: pdf.body).hasPrefix("%PDF"))
            for (uri, file) in [("regional.csv", "regional.csv"), ("open-regional.csv", "open/regional.csv")] {
                let csv = try await browser.send(.get, "/coordinator/reports/\(uri)?period=2026")
                #expect(csv.status == .ok, "\(uri)")
                #expect(csv.headers[.contentDisposition]?.contains("-2026.csv") == true)
                let downloaded = try Self.readWithPython(String(buffer: csv.body))
                let cli = try Self.readWithPython(try String(contentsOf: written.appendingPathComponent(file), encoding: .utf8))
                #expect(downloaded.header == cli.header, "\(uri) has another header than the command line writes")
                #expect(downloaded.rows == cli.rows && downloaded.rows > 0, "\(uri)")
            }
        }
        #expect(Self.reportFolders().subtracting(before).isEmpty, "a download left its folder behind")
    }

    @Test func openDataForAPeriodThatIsNotStandardIsRefusedInPlainWords() async throws {
        try await WebProgramme.unchanging.value.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("priya-coord")
            let (response, html) = try await browser.page("/coordinator/reports/open-regional.csv?from=2026-01-05&to=2026-02-10")
            #expect(response.status == .unprocessableContent)
            #expect(
                html.contains("No open data: open files are published only for a calendar month, a quarter, a year or a financial year"))
            let exact = try await browser.send(.get, "/coordinator/reports/regional.csv?from=2026-01-05&to=2026-02-10")
            #expect(exact.status == .ok, "the exact figures are for any period")
            #expect(exact.headers[.contentDisposition] == "attachment; filename=\"regional-2026-01-05-to-2026-02-10.csv\"")
        }
    }

    @Test func openDataForARunOfDaysIsRefusedBeforeAnyFigureIsComputed() async throws {
        let programme = try await WebProgramme.make()
        // A store that can no longer read a report's sessions: computing any report now fails.
        let dropped = try Command.run("/usr/bin/sqlite3", [programme.store.path, "DROP TABLE sessions"])
        #expect(dropped.status == 0, "\(dropped.stderr)")
        try await programme.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("priya-coord")
            let (response, html) = try await browser.page("/coordinator/reports/open-regional.csv?from=2026-01-05&to=2026-02-10")
            #expect(response.status == .unprocessableContent)
            #expect(html.contains("No open data: open files are published only for a calendar month"), "\(html)")
            let exact = try await browser.send(.get, "/coordinator/reports/regional.csv?from=2026-01-05&to=2026-02-10")
            #expect(exact.status == .internalServerError, "the store still computes reports, so this proves nothing")
        }
    }

    @Test func anUnknownFileOrPeriodIsNamed() async throws {
        try await WebProgramme.unchanging.value.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("priya-coord")
            #expect(try await browser.page("/coordinator/reports/secrets.txt?period=2026").0.status == .notFound)
            let (response, html) = try await browser.page("/coordinator/reports/regional.csv?period=last-year")
            #expect(response.status == .unprocessableContent)
            #expect(html.contains("&#39;last-year&#39; is not a period"))
        }
    }

    /// The CSV read by Python's csv module: its header and how many rows follow it.
    static func readWithPython(_ text: String) throws -> (header: [String], rows: Int) {
        let script =
            "import csv, json, sys\nrows = list(csv.reader(sys.stdin))\nprint(json.dumps({'header': rows[0], 'rows': len(rows) - 1}))"
        let output = try Command.run("/usr/bin/python3", ["-c", script], input: Data(text.utf8))
        struct Read: Decodable {
            let header: [String]
            let rows: Int
        }
        let read = try JSONDecoder().decode(Read.self, from: Data(output.stdout.utf8))
        return (read.header, read.rows)
    }

    static func reportFolders() -> Set<String> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)) ?? []
        return Set(names.filter { $0.hasPrefix("skills-report-") })
    }
}
