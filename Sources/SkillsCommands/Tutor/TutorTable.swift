import ArgumentParser
import SkillsCore
import SkillsServices

/// The tutor table `list` and `expiring` print.
enum TutorTable {
    static func render(_ tutors: [Tutor]) -> String {
        let rows = tutors.map { tutor in
            [
                tutor.ref, tutor.name, tutor.centreRef, tutor.role.rawValue, tutor.dbsCheckedOn?.description ?? "none",
                tutor.effectiveDBSExpiry?.description ?? "", tutor.trainedOn?.description ?? "", tutor.active ? "yes" : "no",
            ]
        }
        return TextTable(headers: ["ref", "name", "centre", "role", "DBS checked", "DBS expires", "trained", "active"], rows: rows).render()
    }
}
