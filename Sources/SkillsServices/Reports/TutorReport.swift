import Foundation
import SkillsCore
import SkillsRendering
import SkillsStore

/// The tutor report: hours per tutor and centre over a period, and safeguarding checks lapsed or lapsing soon.
struct TutorReport {
    let hours: [TutorHours]
    let from: Day?
    let to: Day
    let today: Day
    /// Checks lapsing within this many days are flagged.
    let within: Int
    /// Printed in every page's footer.
    let programmeName: String

    /// Writes `tutors.csv`, `centres.csv`, `checks-expiring.csv` and `tutor-report.pdf`; returns the paths, PDF first.
    func write(to folder: String) throws -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw ServiceError.file(.cannotCreateFolder(path: folder))
        }
        func check(_ tutor: Tutor) -> String {
            guard let expiry = tutor.effectiveDBSExpiry, today.days(until: expiry) > within else { return tutor.checkLapse(today: today) }
            return "current"
        }
        func hoursText(_ minutes: Int) -> String { RegionalTable.decimal(Double(minutes) / 60) }
        let tutorRows = hours.map { row in
            [
                row.tutor.ref, row.tutor.name, row.tutor.centreRef, row.centreName, row.tutor.role.rawValue,
                row.tutor.active ? "yes" : "no",
                String(row.sessions), hoursText(row.minutes), row.tutor.effectiveDBSExpiry?.description ?? "", check(row.tutor),
            ]
        }
        var centres: [(ref: String, name: String, tutors: Int, sessions: Int, minutes: Int)] = []
        for row in hours {
            if centres.last?.ref != row.tutor.centreRef { centres.append((row.tutor.centreRef, row.centreName, 0, 0, 0)) }
            centres[centres.count - 1].tutors += 1
            centres[centres.count - 1].sessions += row.sessions
            centres[centres.count - 1].minutes += row.minutes
        }
        let centreRows = centres.map { [$0.ref, $0.name, String($0.tutors), String($0.sessions), hoursText($0.minutes)] }
        let expiring = hours.filter { row in
            row.tutor.active && (row.tutor.effectiveDBSExpiry.map { today.days(until: $0) <= within } ?? true)
        }.map { [$0.tutor.ref, $0.tutor.name, $0.tutor.centreRef, $0.tutor.effectiveDBSExpiry?.description ?? "", check($0.tutor)] }

        let tutorHeader = [
            "tutor_ref", "name", "centre_ref", "centre_name", "role", "active", "sessions", "hours", "check_expires_on", "check_status",
        ]
        let centreHeader = ["centre_ref", "centre_name", "tutors", "sessions", "hours"]
        let expiringHeader = ["tutor_ref", "name", "centre_ref", "check_expires_on", "check_status"]
        var paths: [String] = []
        for (name, header, rows) in [
            ("tutors.csv", tutorHeader, tutorRows), ("centres.csv", centreHeader, centreRows),
            ("checks-expiring.csv", expiringHeader, expiring),
        ] {
            let path = (folder as NSString).appendingPathComponent(name)
            let writer = try CSVFileWriter(path: path, header: header)
            for row in rows { try writer.write(row) }
            try writer.close()
            paths.append(path)
        }
        let period = "\(from.map(PlainWords.date) ?? "the start") to \(PlainWords.date(to))"
        let tables = [
            RegionalReportContent.Table(
                title: "Safeguarding checks lapsed or lapsing within \(within) days (as of \(PlainWords.date(today)))",
                headers: ["Tutor", "Name", "Centre", "Check expires", "Status"], rows: expiring, numeric: []),
            RegionalReportContent.Table(
                title: "Hours by centre, \(period)", headers: ["Centre", "Name", "Tutors", "Sessions led", "Hours"],
                rows: centreRows, numeric: [2, 3, 4]),
            RegionalReportContent.Table(
                title: "Hours by tutor, \(period)", headers: ["Tutor", "Name", "Centre", "Sessions led", "Hours", "Check"],
                rows: hours.map {
                    [$0.tutor.ref, $0.tutor.name, $0.tutor.centreRef, String($0.sessions), hoursText($0.minutes), check($0.tutor)]
                },
                numeric: [3, 4]),
        ]
        let pdf = (folder as NSString).appendingPathComponent("tutor-report.pdf")
        do {
            try CairoRenderer(pdfTitle: "Tutor report").writePDF(
                RegionalReportLayout().tablePages(tables, footer: "\(programmeName) · Tutor report"), to: URL(fileURLWithPath: pdf))
        } catch {
            throw ServiceError.file(.cannotWrite(path: pdf))
        }
        paths.insert(pdf, at: 0)
        return paths
    }
}
