import ArgumentParser
import SkillsCore
import SkillsServices

/// The tutor table `list` and `expiring` print.
enum TutorTable {
    /// One row per tutor, with when their check lapses counted from `today`, fitted to `width` columns.
    static func render(_ tutors: [Tutor], today: Day, width: Int?) -> String {
        let rows = tutors.map { tutor in
            [
                tutor.ref, tutor.name, tutor.centreRef, tutor.role.rawValue, tutor.effectiveDBSExpiry?.description ?? "",
                tutor.checkLapse(today: today), tutor.active ? "yes" : "no",
            ]
        }
        return TextTable(headers: ["ref", "name", "centre", "role", "DBS expires", "check", "active"], rows: rows).render(width: width)
    }
}
