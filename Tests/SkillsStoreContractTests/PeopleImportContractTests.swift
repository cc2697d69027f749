import Foundation
import SkillsCore
import SkillsStore
import Testing

/// Centres, tutors and learners files: every store keeps the same records from the same files, and reports the same
/// problems at the same `LINE:COLUMN` while writing nothing.
@Suite("Store contract: importing centres, tutors and learners", .droppingTestDatabases)
struct PeopleImportContractTests {
    static let centres = """
        centre_ref,name,region_code,local_authority
        CARD-02,Canton Library,Wales,Cardiff
        LEED-01,Leeds Central,E12000003,
        CARD-02,Canton Library,W92000004,Cardiff

        """
    static let tutors = """
        tutor_ref,name,centre_ref,dbs_checked_on,dbs_expires_on,trained_on,role
        T-CERI,Ceri Lloyd,CARD-02,2025-03-01,,2025-03-10,Staff
        T-JO,Jo Bell,LEED-01,,,,

        """
    static let learners = """
        learner_ref,name,year_of_birth,centre_ref,enrolled_on,preferred_language,postcode_district,large_print,open_data_consent
        L000041,Siân Evans,1950,CARD-02,2026-10-01,cy,CF11,yes,yes
        L-EXT-7,Tom Hart,,LEED-01,2026-10-02,,ls1,,

        """
    /// One bad value in every checked column kind, and a row stored differently.
    static let badLearners = """
        learner_ref,name,year_of_birth,centre_ref,enrolled_on,preferred_language,postcode_district,large_print,open_data_consent
        L-NEW,Nia Rhys,1970,CARD-02,2026-10-03,,,,
        L000041,Siân Evans,1951,CARD-02,2026-10-01,cy,CF11,yes,yes
        L-BAD,,1800,CARD-99,2026-13-01,english,CF10 1AA,maybe,
        L-LATE,Late Comer,1990,CARD-02,2027-01-01,,,,

        """

    /// What a store holds after the imports, read through the protocols only.
    struct Held: Equatable {
        var summaries: [String]
        var centres: [Centre]
        var tutors: [Tutor]
        var learners: [Learner]
        var consents: [String]
        var audit: [String]
        var nextLearnerRef: String
        var problems: [ImportProblem]
        var countsAfterBadFile: [Int]
    }

    @Test("each kind imports the same records into every store, again adds nothing, and a bad file writes nothing anywhere")
    func sameRecordsOnEveryStore() async throws {
        var held: [String: Held] = [:]
        for kind in ContractStores.kinds { held[kind] = try await Self.importEverything(kind) }
        let sqlite = try #require(held["sqlite"])
        #expect(sqlite.summaries == ["3 1 2 0", "2 0 2 0", "2 0 2 0", "3 3 0 0", "2 2 0 0", "2 2 0 0"])
        #expect(
            sqlite.centres.first { $0.ref == "CARD-02" }
                == Centre(ref: "CARD-02", name: "Canton Library", regionCode: "W92000004", localAuthority: "Cardiff"))
        #expect(sqlite.tutors.first { $0.ref == "T-CERI" }?.role == .staff)
        #expect(sqlite.learners.first { $0.ref == "L-EXT-7" }?.postcodeDistrict == "LS1")
        #expect(sqlite.nextLearnerRef == "L000042", "the learner counter did not move past an imported ref")
        #expect(sqlite.problems.map { "\($0.line):\($0.column)" } == ["3:1", "4:2", "4:4", "4:3", "4:5", "4:6", "4:7", "4:8", "5:5"])
        #expect(sqlite.problems.first?.message.contains("year_of_birth '1951' here but '1950' already stored") == true)
        #expect(held.count == ContractStores.kinds.count)
        for (kind, other) in held where kind != "sqlite" {
            #expect(other == sqlite, "the \(kind) store differs from SQLite")
        }
    }

    /// A learners file longer than the reading thread's batches (`ImportPipeline`), with a row repeated thousands of
    /// rows later, one repeated ten rows later (in the same run of plain rows), a row in another form in a later batch,
    /// and, when `bad`, a repeat that differs and a short row.
    static func longLearners(bad: Bool) -> String {
        let rows = (1...9000).map { number -> String in
            switch number {
            case 4200: return "L100010,Learner 10,1960,CARD-02,2026-10-01,,CF10,no,yes"
            case 5000: return "L105000,Learner 5000,1960,CARD-02,2026-10-01,,ls1,no,yes"
            case 6000: return "L105990,Learner 5990,1960,CARD-02,2026-10-01,,CF10,no,yes"
            case 7300 where bad: return "L100020,Someone Else,1960,CARD-02,2026-10-01,,CF10,no,yes"
            case 8200 where bad: return "L108200,Too Short"
            default: return "L\(100_000 + number),Learner \(number),1960,CARD-02,2026-10-01,,CF10,no,yes"
            }
        }
        return ([String(learners.split(separator: "\n")[0])] + rows).joined(separator: "\n") + "\n"
    }

    @Test("a file longer than a batch: repeats are already present, another form is checked in full, problems keep their lines")
    func longFile() async throws {
        for kind in ContractStores.kinds {
            let programme = try await ContractProgramme.make(kind)
            let store = programme.store
            _ = try await Self.importFile(.centres, Self.centres, into: store)
            let before = try await store.learners(centre: nil, status: nil).count
            let bad = try await Self.importFile(.learners, Self.longLearners(bad: true), into: store)
            #expect(bad.problems.first.map(\.line) == [7301, 8201], "\(kind)")
            #expect(bad.problems.first.first?.message.contains("name 'Someone Else' here but 'Learner 20' already stored") == true)
            let afterBad = try await store.learners(centre: nil, status: nil)
            #expect(afterBad.count == before, "\(kind): a rejected file wrote something")
            let good = try await Self.importFile(.learners, Self.longLearners(bad: false), into: store)
            #expect(good.problems.isEmpty, "\(kind): \(good.problems.first.map(\.description))")
            #expect([good.rowsRead, good.inserted, good.alreadyPresent] as [Int] == [9000, 8998, 2], "\(kind)")
            let stored = try await store.learners(centre: nil, status: nil)
            #expect(stored.count == before + 8998, "\(kind)")
            #expect(stored.first { $0.ref == "L105000" }?.postcodeDistrict == "LS1", "\(kind)")
            #expect(stored.first { $0.ref == "L109000" }?.name == "Learner 9000", "\(kind)")
        }
    }

    /// Imports the three files twice, then a bad learners file, into a new store of a kind.
    static func importEverything(_ kind: String) async throws -> Held {
        let programme = try await ContractProgramme.make(kind)
        let store = programme.store
        var summaries: [String] = []
        for _ in 0..<2 {
            for (file, csv) in [(ImportKind.centres, centres), (.tutors, tutors), (.learners, learners)] {
                let summary = try await importFile(file, csv, into: store)
                #expect(summary.problems.isEmpty, "\(kind) \(file): \(summary.problems.first.map(\.description))")
                summaries.append("\(summary.rowsRead) \(summary.alreadyPresent) \(summary.inserted) \(summary.problems.count)")
            }
        }
        let counts = {
            [try await store.learners(centre: nil, status: nil).count, try await store.auditLog(AuditFilter(limit: 1000)).count]
        }
        let before = try await counts()
        let bad = try await importFile(.learners, badLearners, into: store)
        let after = try await counts()
        #expect(after == before, "\(kind): a rejected file wrote something")
        var consents: [String] = []
        for ref in ["L000041", "L-EXT-7"] {
            consents += try await store.consentHistory(learner: ref).map { "\(ref) \($0.purpose.rawValue) \($0.given)" }
        }
        let nextRef = try await programme.enrol("", "Next One", at: "CARD-01")
        let audit = try await store.auditLog(AuditFilter(limit: 1000)).filter { $0.action.hasPrefix("import.") }.map {
            "\($0.actor) \($0.action) \($0.record) \($0.details)"
        }
        return Held(
            summaries: summaries, centres: try await store.centres(), tutors: try await store.tutors(centre: nil),
            learners: try await store.learners(centre: nil, status: nil), consents: consents, audit: audit, nextLearnerRef: nextRef,
            problems: bad.problems.first, countsAfterBadFile: after)
    }

    static func importFile(_ kind: ImportKind, _ csv: String, into store: any ProgrammeStore) async throws -> ImportSummary {
        var chunks = [Array(csv.utf8)]
        return try await store.importFile(
            ImportRequest(kind: kind, file: "\(kind.rawValue).csv", dryRun: false, allowOtherCentre: false),
            by: Authorisation(ContractProgramme.coordinator, .importData), nextChunk: { chunks.popLast() }, progress: { _, _ in })
    }
}
