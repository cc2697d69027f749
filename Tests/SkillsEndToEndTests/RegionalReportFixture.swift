import Foundation

/// A small programme with known answers: five centres in Wales and Yorkshire, group sessions, a withdrawal, drop-offs,
/// a learner who earns the award, and learners who did not consent to open statistics.
enum RegionalReportFixture {
    struct Centre { var ref, name, region, authority: String }
    struct Learner {
        var ref, centre, enrolled: String
        var consent: Bool
        var withdraws: Bool
    }
    struct Session {
        var ref, date, learner, tutor: String
        var minutes: Int
        var outcomes: [String]
    }

    static let today = "2026-11-26"
    static let from = "2026-09-01"

    static let centres = [
        Centre(ref: "CARD-01", name: "Cardiff Central Library", region: "W92000004", authority: "Cardiff"),
        Centre(ref: "CARD-02", name: "Cardiff Bay Hub", region: "W92000004", authority: "Cardiff"),
        Centre(ref: "SWAN-01", name: "Swansea Central Library", region: "W92000004", authority: "Swansea"),
        Centre(ref: "BRAD-01", name: "Bradford Central Library", region: "E12000003", authority: "Bradford"),
        Centre(ref: "LEED-01", name: "Leeds Central Library", region: "E12000003", authority: "Leeds"),
    ]
    static let tutors = [("T-ALED", "CARD-01"), ("T-CERI", "SWAN-01"), ("T-PRIYA", "BRAD-01"), ("T-LEE", "LEED-01")]

    static let learners = [
        Learner(ref: "W01", centre: "CARD-01", enrolled: "2026-03-01", consent: true, withdraws: false),
        Learner(ref: "W02", centre: "CARD-01", enrolled: "2026-05-10", consent: true, withdraws: false),
        Learner(ref: "W03", centre: "CARD-01", enrolled: "2026-09-05", consent: true, withdraws: false),
        Learner(ref: "W04", centre: "CARD-01", enrolled: "2026-09-05", consent: false, withdraws: false),
        Learner(ref: "W05", centre: "CARD-01", enrolled: "2026-06-15", consent: true, withdraws: false),
        Learner(ref: "W06", centre: "CARD-01", enrolled: "2026-01-10", consent: true, withdraws: true),
        Learner(ref: "W07", centre: "CARD-02", enrolled: "2026-10-01", consent: true, withdraws: false),
        Learner(ref: "W08", centre: "SWAN-01", enrolled: "2026-08-01", consent: true, withdraws: false),
        Learner(ref: "W09", centre: "SWAN-01", enrolled: "2026-11-20", consent: true, withdraws: false),
        Learner(ref: "Y01", centre: "BRAD-01", enrolled: "2026-02-01", consent: true, withdraws: false),
        Learner(ref: "Y02", centre: "BRAD-01", enrolled: "2026-06-01", consent: true, withdraws: false),
        Learner(ref: "Y03", centre: "BRAD-01", enrolled: "2026-09-01", consent: true, withdraws: false),
        Learner(ref: "Y04", centre: "BRAD-01", enrolled: "2026-09-02", consent: true, withdraws: false),
        Learner(ref: "Y05", centre: "BRAD-01", enrolled: "2026-09-02", consent: true, withdraws: false),
        Learner(ref: "Y06", centre: "BRAD-01", enrolled: "2026-04-01", consent: false, withdraws: false),
        Learner(ref: "Y07", centre: "BRAD-01", enrolled: "2026-11-25", consent: true, withdraws: false),
        Learner(ref: "Y11", centre: "BRAD-01", enrolled: "2026-03-03", consent: true, withdraws: false),
        Learner(ref: "Y08", centre: "LEED-01", enrolled: "2026-07-01", consent: true, withdraws: false),
        Learner(ref: "Y09", centre: "LEED-01", enrolled: "2026-08-15", consent: true, withdraws: false),
        Learner(ref: "Y10", centre: "LEED-01", enrolled: "2026-11-01", consent: true, withdraws: false),
    ]

    static func codes(_ module: String, _ count: Int) -> [String] { (1...count).map { "\(module).\($0)" } }
    static let f1 = codes("F1", 4), f2 = codes("F2", 3), f3 = codes("F3", 3)

    static let sessions: [Session] = [
        Session(ref: "S1", date: "2026-03-10", learner: "W01", tutor: "T-ALED", minutes: 60, outcomes: f1),
        Session(ref: "S2", date: "2026-05-12", learner: "W01", tutor: "T-ALED", minutes: 60, outcomes: f2 + f3),
        Session(ref: "S3", date: "2026-07-14", learner: "W01", tutor: "T-ALED", minutes: 60, outcomes: codes("C1", 3) + codes("H1", 3)),
        Session(ref: "S4", date: "2026-09-15", learner: "W01", tutor: "T-ALED", minutes: 60, outcomes: codes("T1", 3) + codes("P1", 3)),
        Session(ref: "S5", date: "2026-10-06", learner: "W01", tutor: "T-ALED", minutes: 75, outcomes: codes("S1", 3)),
        Session(ref: "S1", date: "2026-05-20", learner: "W02", tutor: "T-ALED", minutes: 45, outcomes: f1),
        Session(ref: "S2", date: "2026-06-20", learner: "W02", tutor: "T-ALED", minutes: 45, outcomes: f2),
        Session(ref: "S3", date: "2026-07-20", learner: "W02", tutor: "T-ALED", minutes: 45, outcomes: f3),
        Session(ref: "G1", date: "2026-09-20", learner: "W03", tutor: "T-ALED", minutes: 90, outcomes: ["F1.1", "F1.2"]),
        Session(ref: "G1", date: "2026-09-20", learner: "W04", tutor: "T-ALED", minutes: 90, outcomes: ["F1.1", "F1.2"]),
        Session(ref: "G1", date: "2026-09-20", learner: "W05", tutor: "T-ALED", minutes: 90, outcomes: ["F1.1", "F1.2"]),
        Session(ref: "S1", date: "2026-10-10", learner: "W03", tutor: "T-ALED", minutes: 60, outcomes: ["S1.1"]),
        Session(ref: "S1", date: "2026-07-01", learner: "W05", tutor: "T-ALED", minutes: 45, outcomes: ["F1.1"]),
        Session(ref: "S2", date: "2026-08-01", learner: "W05", tutor: "T-ALED", minutes: 45, outcomes: ["F1.2", "F1.3", "F1.4"]),
        Session(ref: "S1", date: "2026-02-01", learner: "W06", tutor: "T-ALED", minutes: 30, outcomes: ["F1.1"]),
        Session(ref: "S2", date: "2026-06-10", learner: "W06", tutor: "T-ALED", minutes: 30, outcomes: ["F1.2"]),
        Session(ref: "S1", date: "2026-10-15", learner: "W07", tutor: "T-ALED", minutes: 45, outcomes: ["C1.1"]),
        Session(ref: "S1", date: "2026-08-10", learner: "W08", tutor: "T-CERI", minutes: 60, outcomes: ["S1.1", "S1.2"]),
        Session(ref: "S2", date: "2026-09-10", learner: "W08", tutor: "T-CERI", minutes: 60, outcomes: ["S1.3", "S1.4"]),
        Session(ref: "S1", date: "2026-02-10", learner: "Y01", tutor: "T-PRIYA", minutes: 60, outcomes: f1),
        Session(ref: "S2", date: "2026-03-10", learner: "Y01", tutor: "T-PRIYA", minutes: 60, outcomes: f2),
        Session(ref: "S3", date: "2026-04-10", learner: "Y01", tutor: "T-PRIYA", minutes: 60, outcomes: f3),
        Session(ref: "S4", date: "2026-09-12", learner: "Y01", tutor: "T-PRIYA", minutes: 60, outcomes: codes("C1", 3)),
        Session(ref: "S5", date: "2026-10-12", learner: "Y01", tutor: "T-LEE", minutes: 60, outcomes: codes("H1", 3)),
        Session(ref: "S6", date: "2026-11-12", learner: "Y01", tutor: "T-PRIYA", minutes: 60, outcomes: codes("T1", 3)),
        Session(ref: "S1", date: "2026-06-15", learner: "Y02", tutor: "T-PRIYA", minutes: 30, outcomes: ["F1.1"]),
        Session(ref: "S2", date: "2026-09-15", learner: "Y02", tutor: "T-PRIYA", minutes: 30, outcomes: ["F1.2"]),
        Session(ref: "G2", date: "2026-10-20", learner: "Y03", tutor: "T-PRIYA", minutes: 120, outcomes: ["S1.1"]),
        Session(ref: "G2", date: "2026-10-20", learner: "Y04", tutor: "T-PRIYA", minutes: 120, outcomes: ["S1.1"]),
        Session(ref: "G2", date: "2026-10-20", learner: "Y05", tutor: "T-PRIYA", minutes: 120, outcomes: ["S1.1"]),
        Session(ref: "S1", date: "2026-04-15", learner: "Y06", tutor: "T-PRIYA", minutes: 45, outcomes: ["F1.1"]),
        Session(ref: "S1", date: "2026-03-20", learner: "Y11", tutor: "T-PRIYA", minutes: 60, outcomes: f1 + f2 + f3),
        Session(ref: "S2", date: "2026-09-25", learner: "Y11", tutor: "T-PRIYA", minutes: 60, outcomes: codes("C1", 4) + codes("H1", 3)),
        Session(ref: "S3", date: "2026-10-25", learner: "Y11", tutor: "T-PRIYA", minutes: 60, outcomes: codes("T1", 3) + codes("P1", 3)),
        Session(ref: "S4", date: "2026-11-25", learner: "Y11", tutor: "T-PRIYA", minutes: 60, outcomes: codes("S1", 4)),
        Session(ref: "S1", date: "2026-07-10", learner: "Y08", tutor: "T-LEE", minutes: 60, outcomes: f1),
        Session(ref: "S2", date: "2026-09-10", learner: "Y08", tutor: "T-LEE", minutes: 60, outcomes: f2),
        Session(ref: "S3", date: "2026-10-10", learner: "Y08", tutor: "T-LEE", minutes: 60, outcomes: f3),
        Session(ref: "S1", date: "2026-09-01", learner: "Y09", tutor: "T-LEE", minutes: 30, outcomes: ["F1.1"]),
    ].map { session in
        // Session refs are unique per programme unless the rows are one group session.
        var session = session
        if !session.ref.hasPrefix("G") { session.ref = "\(session.learner)-\(session.ref)" }
        return session
    }

    /// The four import files' text.
    static var files: [String: String] {
        var centresCSV = "centre_ref,name,region_code,local_authority\n"
        for c in centres { centresCSV += "\(c.ref),\(c.name),\(c.region),\(c.authority)\n" }
        var tutorsCSV = "tutor_ref,name,centre_ref,dbs_checked_on,dbs_expires_on,trained_on,role\n"
        tutorsCSV += "T-ALED,Aled Rees,CARD-01,2024-01-15,2026-12-20,2024-02-01,volunteer\n"
        tutorsCSV += "T-CERI,Ceri Lloyd,SWAN-01,2025-01-15,,2025-02-01,volunteer\n"
        tutorsCSV += "T-PRIYA,Priya Shah,BRAD-01,2025-06-01,,,staff\n"
        tutorsCSV += "T-LEE,Lee Wong,LEED-01,2023-10-01,,,volunteer\n"
        var learnersCSV = "learner_ref,name,year_of_birth,centre_ref,enrolled_on,open_data_consent\n"
        for l in learners { learnersCSV += "\(l.ref),Learner \(l.ref),1950,\(l.centre),\(l.enrolled),\(l.consent ? "yes" : "no")\n" }
        var sessionsCSV = "session_ref,date,learner_ref,tutor_ref,minutes,mode,outcomes,notes\n"
        for s in sessions {
            sessionsCSV += "\(s.ref),\(s.date),\(s.learner),\(s.tutor),\(s.minutes),in-person,\(s.outcomes.joined(separator: ";")),\n"
        }
        return ["centres": centresCSV, "tutors": tutorsCSV, "learners": learnersCSV, "sessions": sessionsCSV]
    }
}
