import Foundation
import SkillsCore
import SkillsStore
import Testing

/// The plain-row checks (`PlainLearnerCheck`, `PlainTutorCheck`, `SessionRowCheck.withPlainRow`) take a row only when the shared row check accepts it
/// with the same values, and take the everyday rows, so imports write those from their bytes and leave every problem
/// and every other form to the shared check.
@Suite("Plain rows: the byte checks agree with the shared row checks")
struct PlainRowCheckTests {
    static let today = Day(iso: "2026-11-26")!
    static let centres: [String: Int64] = ["CARD-02": 7, "LEED-01": 9]

    /// Each row of a CSV text, read with its header, as an import reads it.
    static func rows(_ kind: ImportKind, _ csv: String) -> [FieldReader] {
        var records: [CSVRecord] = []
        var parser = CSVParser()
        parser.parse(csv) { records.append($0) }
        let header = CSVHeader.check(records[0].strings, required: kind.columns.required, optional: kind.columns.optional).header!
        return records.dropFirst().map { FieldReader(record: $0, header: header) }
    }

    /// A base row with one field changed at a time, each in many forms: plain, written differently, or wrong.
    static func variants(of base: [String], _ forms: [Int: [String]]) -> [[String]] {
        forms.keys.sorted().flatMap { column in
            forms[column]!.map { form in
                var row = base
                row[column] = form
                return row
            }
        }
    }

    static func csv(_ header: String, _ rows: [[String]]) -> String {
        ([header] + rows.map { $0.map { "\"\($0.replacingOccurrences(of: "\"", with: "\"\""))\"" }.joined(separator: ",") })
            .joined(separator: "\n") + "\n"
    }

    static let learnerHeader =
        "learner_ref,name,year_of_birth,centre_ref,enrolled_on,preferred_language,postcode_district,large_print,open_data_consent"
    static let learnerBase = ["L000041", "Siân Evans", "1950", "CARD-02", "2026-10-01", "cy", "CF11", "yes", "no"]
    static let learnerForms: [Int: [String]] = [
        0: ["L-EXT-7", " L000042 ", "L 1", "", ".", "Lé", String(repeating: "x", count: 65)],
        1: ["Tom Hart", " Zoë\t", "王秀英", "", "\u{00A0}Ann", "A\u{202E}B", "Bob\u{0007}", "\u{2028}", String(repeating: "a", count: 201)],
        2: ["", " ", "1990", " 1990 ", "+1990", "1800", "2020", "19x0", "0001950", "1234567890"],
        3: ["LEED-01", " CARD-02 ", "CARD-99", "card-02", ""],
        4: ["2026-11-26", "2026-11-27", "2026-13-01", "01/10/2026", " 2026-10-01", "", "2026-1-01"],
        5: ["", " ", "en", "pt-BR", "EN", "english", "en-", " cy "],
        6: ["", " ", "LS1", "cf11", "CF10 1AA", "10CF", "SW1A"],
        7: ["", "no", "YES", "True", "1", "0", "N", "maybe", "yés", " y "],
        8: ["", "yes", "FALSE", "n", "2"],
    ]

    @Test("a learner row taken on bytes is accepted by LearnerRowCheck with the same values")
    func learners() {
        let plain = { (header: CSVHeader) in PlainLearnerCheck(centres: Self.centres, today: Self.today, header: header) }
        let check = LearnerRowCheck(centres: Self.centres, today: Self.today)
        var taken = 0
        let rows = [Self.learnerBase] + Self.variants(of: Self.learnerBase, Self.learnerForms)
        for (fields, written) in zip(Self.rows(.learners, Self.csv(Self.learnerHeader, rows)), rows) {
            let onBytes = plain(fields.header).values(fields.record) { row -> [String: String] in
                [
                    "ref": String(decoding: row.ref, as: UTF8.self), "name": String(decoding: row.name, as: UTF8.self),
                    "year_of_birth": row.yearOfBirth.map(String.init) ?? "", "centre": String(row.centreID),
                    "enrolled_on": String(decoding: row.enrolledOn, as: UTF8.self),
                    "preferred_language": String(decoding: row.preferredLanguage, as: UTF8.self),
                    "postcode_district": row.postcodeDistrict.map { String(decoding: $0, as: UTF8.self) } ?? "",
                    "large_print": row.largePrint ? "1" : "0", "open_data_consent": row.openDataConsent ? "1" : "0",
                ]
            }
            guard let onBytes else { continue }
            taken += 1
            var problems = ImportProblems()
            let learner = check.check(fields, &problems)
            #expect(problems.isEmpty, "\(written) taken on bytes but refused: \(problems.first.first?.description ?? "")")
            let checked = learner.map { learner in
                learner.values.filter { $0.key != "centre_ref" }.merging(["ref": learner.ref, "centre": String(learner.centreID)]) { $1 }
            }
            #expect(checked == onBytes, "\(written) has other values on bytes")
        }
        #expect(taken >= 30, "only \(taken) rows took the fast path")
    }

    static let tutorHeader = "tutor_ref,name,centre_ref,dbs_checked_on,dbs_expires_on,trained_on,role"
    static let tutorBase = ["T00001", "Ceri Lloyd", "CARD-02", "2025-03-01", "", "2025-03-10", "volunteer"]
    static let tutorForms: [Int: [String]] = [
        0: ["T-JO", " T00002 ", "T 1", ""],
        1: ["Jo Bell", "محمد علي", "", "A\u{202E}B"],
        2: ["LEED-01", "CARD-99", " CARD-02"],
        3: ["", "2026-11-26", "2026-11-27", "01/03/2025", "2024-02-29"],
        4: ["2028-03-01", "2025-03-01", "2025-02-01", "2099-12-31", "soon"],
        5: ["", "2026-12-01", "2025-3-10"],
        6: ["", "staff", "Staff", "STAFF", "manager", " volunteer "],
    ]

    @Test("a tutor row taken on bytes is accepted by TutorRowCheck with the same values")
    func tutors() {
        let check = TutorRowCheck(centres: Self.centres, today: Self.today)
        var taken = 0
        let rows = [Self.tutorBase] + Self.variants(of: Self.tutorBase, Self.tutorForms)
        for (fields, written) in zip(Self.rows(.tutors, Self.csv(Self.tutorHeader, rows)), rows) {
            let plain = PlainTutorCheck(centres: Self.centres, today: Self.today, header: fields.header)
            let onBytes = plain.values(fields.record) { row -> [String: String] in
                func text(_ bytes: UnsafeBufferPointer<UInt8>?) -> String { bytes.map { String(decoding: $0, as: UTF8.self) } ?? "" }
                return [
                    "ref": text(row.ref), "name": text(row.name), "centre": String(row.centreID), "role": text(row.role),
                    "dbs_checked_on": text(row.dbsCheckedOn), "dbs_expires_on": text(row.dbsExpiresOn), "trained_on": text(row.trainedOn),
                    "lapses": row.checkLapsesOn?.description ?? "",
                ]
            }
            guard let onBytes else { continue }
            taken += 1
            var problems = ImportProblems()
            let tutor = check.check(fields, &problems)
            #expect(problems.isEmpty, "\(written) taken on bytes but refused: \(problems.first.first?.description ?? "")")
            let checked = tutor.map { tutor in
                tutor.values.filter { $0.key != "centre_ref" }.merging([
                    "ref": tutor.ref, "centre": String(tutor.centreID), "lapses": tutor.tutor.effectiveDBSExpiry?.description ?? "",
                ]) { $1 }
            }
            #expect(checked == onBytes, "\(written) has other values on bytes")
        }
        #expect(taken >= 15, "only \(taken) rows took the fast path")
    }

    static let sessionHeader = "session_ref,date,learner_ref,tutor_ref,minutes,mode,outcomes,notes"
    static let sessionBase = ["S000041", "2026-11-02", "L-MOH", "T-ALED", "45", "in-person", "F1.1;F1.2", "Used the library PCs"]
    static let sessionForms: [Int: [String]] = [
        0: ["S-EXT.7", " S000042 ", "S 1", "", ".", "Sé", String(repeating: "x", count: 65)],
        1: ["2026-11-26", "2026-11-27", "1999-12-31", "2026-09-30", "2026-13-01", "02/11/2026", " 2026-11-02\t", "", "2026-11-2"],
        2: ["L-ANN", " L-MOH ", "l-moh", "L-NONE", ""],
        3: ["T-BETH", " T-ALED", "T-NONE", ""],
        4: ["1", "0045", " 45 ", "0", "-5", "+45", "720", "721", "4.5", "", "1234567890"],
        5: ["phone", "video", "Phone", " video ", "IN-PERSON", "in person", "online", ""],
        6: ["", "F1.1", "f1.1", "F1.1; F1.2", "F1.1;;F1.2", ";F1.1", "F1.1;", "F9.9", " F1.2 ", "F1.2;F1.1"],
        7: [
            "", " ", "\tback\\slash", "tab\there", "two\nlines", "a\tb", "line\r\nbreak", " padded\t", "\u{00A0}nbsp",
            "ends in é", "é starts", "Siân's \"notes\"", String(repeating: "n", count: 2000), String(repeating: "n", count: 2001),
            String(repeating: "é", count: 1000), String(repeating: "é", count: 1001), "nul\u{0}byte", "escape\u{1B}[2J",
            "next\u{85}line", "rub\u{7F}out", "no\u{A0}break", "last\u{9F}c1",
        ],
    ]

    /// A session check over two centres' learners and tutors, with one curriculum's outcome codes.
    static func sessionCheck() -> SessionRowCheck {
        var learners = ByteKeyTable<SessionRowCheck.Person>(capacity: 4)
        learners.insert("L-MOH", SessionRowCheck.Person(id: 11, centre: 7, enrolled: Day(iso: "2026-10-01")))
        learners.insert("L-ANN", SessionRowCheck.Person(id: 12, centre: 9, enrolled: Day(iso: "2026-01-01")))
        var tutors = ByteKeyTable<SessionRowCheck.Person>(capacity: 4)
        tutors.insert("T-ALED", SessionRowCheck.Person(id: 21, centre: 7))
        tutors.insert("T-BETH", SessionRowCheck.Person(id: 22, centre: 9))
        return SessionRowCheck(
            today: today, allowOtherCentre: false, learners: learners, tutors: tutors, centreRefs: [7: "CARD-02", 9: "LEED-01"],
            outcomeCodes: ["F1.1", "F1.2", "F2.1"])
    }

    @Test("a session row taken on bytes is accepted by SessionRowCheck with the same values")
    func sessions() {
        var taken = 0
        let rows = [Self.sessionBase] + Self.variants(of: Self.sessionBase, Self.sessionForms)
        for (fields, written) in zip(Self.rows(.sessions, Self.csv(Self.sessionHeader, rows)), rows) {
            var plain = Self.sessionCheck()
            let onBytes = plain.withPlainRow(fields) { row in
                func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
                return [
                    text(row.ref), text(row.learnerRef), String(row.learner.id), text(row.tutorRef), String(row.tutor.id),
                    text(row.date), String(row.minutes), String(Int(text(row.minutesText))!), text(row.mode), text(row.outcomes),
                    text(row.notes),
                ]
            }
            guard let onBytes else { continue }
            taken += 1
            var check = Self.sessionCheck()
            var problems = ImportProblems()
            let session = check.check(fields, problems: &problems)
            #expect(problems.isEmpty, "\(written) taken on bytes but refused: \(problems.first.first?.description ?? "")")
            let checked = session.map { row in
                [
                    row.ref, row.learnerRef, String(row.learner.id), row.tutorRef, String(row.tutor.id), row.date.description,
                    String(row.minutes), String(row.minutes), row.mode.rawValue, row.outcomes.joined(separator: ";"), row.notes,
                ]
            }
            #expect(checked == onBytes, "\(written) has other values on bytes")
        }
        #expect(taken >= 25, "only \(taken) rows took the fast path")
    }

    @Test("a session row taken on bytes counts for the group rule, so a later row of that session is held to it")
    func sessionGroups() {
        let rows = [
            ["S000050", "2026-11-02", "L-MOH", "T-ALED", "45", "in-person", "", ""],
            ["S000050", "2026-11-02", "L-MOH", "T-ALED", "45", "Phone", "", "a different mode, written so only the shared check reads it"],
        ]
        var check = Self.sessionCheck()
        let fields = Self.rows(.sessions, Self.csv(Self.sessionHeader, rows))
        #expect(check.withPlainRow(fields[0]) { _ in true } == true)
        #expect(check.withPlainRow(fields[1]) { _ in true } == nil)
        var problems = ImportProblems()
        #expect(check.check(fields[1], problems: &problems) == nil)
        #expect(problems.first.first?.description.contains("has a different date, tutor, length or mode here than on line 2") == true)
    }
}

extension PlainLearnerCheck {
    /// The check as an import runs it: the verdict on the reading thread, then the row's values from the same bytes.
    fileprivate func values<T>(_ record: CSVRecord, _ body: (Row) -> T) -> T? {
        record.withFields { fields in verdict(fields).map { body(row(fields, $0)) } }
    }
}

extension PlainTutorCheck {
    /// The check as an import runs it: the verdict on the reading thread, then the row's values from the same bytes.
    fileprivate func values<T>(_ record: CSVRecord, _ body: (Row) -> T) -> T? {
        record.withFields { fields in verdict(fields).map { body(row(fields, $0)) } }
    }
}
