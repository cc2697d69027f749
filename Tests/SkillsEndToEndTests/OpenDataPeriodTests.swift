import Foundation
import SkillsTestSupport
import Testing

/// Open data across the reports a user can produce for one month: only the whole month gives open files, every
/// region's files are slices of the UK's, and nothing hidden in one can be worked out from any combination.
@Suite("Open data across reports for one month")
struct OpenDataPeriodTests {
    static let regions = [
        "E12000001", "E12000002", "E12000003", "E12000004", "E12000005", "E12000006", "E12000007", "E12000008", "E12000009",
        "W92000004", "S92000003", "N92000002",
    ]

    @Test("every pair of the month's reports, the UK's and each region's, recovers no suppressed count")
    func everyPairForOneMonth() throws {
        let runner = try RegionalReportAuthorityTests.programme()
        var files: [String] = []
        for region in [nil] + Self.regions.map(Optional.some) {
            let out = runner.folder.appendingPathComponent("october-\(region ?? "uk")")
            try runner.succeed(["report", "regional", "--period", "2026-10", "--out", out.path] + (region.map { ["--region", $0] } ?? []))
            files.append(out.appendingPathComponent("open/regional.csv").path)
        }
        let attack = Paths.packageRoot.appendingPathComponent("Tests/SkillsEndToEndTests/Fixtures/open_data_attack.py").path
        // The UK's file with each region's, then every region's with every other's (through the UK's, which each equals).
        let answer = try JSONSerialization.jsonObject(with: Data(try Command.python([attack] + files).stdout.utf8)) as! [String: Any]
        #expect(answer["same"] as? Bool == true, "\(answer["disagreements"] ?? "")")
        #expect((answer["hidden"] as? Int ?? 0) > 10, "the month's small numbers are suppressed")
        #expect((answer["recoverable"] as? [String]) == [], "cells a reader could work out: \(answer["recoverable"] ?? "")")
    }

    @Test(
        "a period a day longer or shorter than the month gives the exact files, no open ones, and says why",
        arguments: [("2026-10-02", "2026-10-31"), ("2026-10-01", "2026-10-30"), ("2026-09-30", "2026-10-31"), ("2026-10-01", "2026-11-01")])
    func overlappingPeriods(_ from: String, _ to: String) throws {
        let runner = try RegionalReportAuthorityTests.programme()
        let out = runner.folder.appendingPathComponent("shifted")
        let printed = try runner.succeed(["report", "regional", "--from", from, "--to", to, "--region", "E12000003", "--out", out.path])
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("regional.csv").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("open").path))
        #expect(printed.contains("No open data") && printed.contains("--period"))
    }
}
