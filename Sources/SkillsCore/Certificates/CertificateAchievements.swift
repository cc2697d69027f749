/// What each kind of certificate counts, as signed achievement lines (`id:achieved/total`).
///
/// A module certificate counts that module's outcomes and an area certificate that area's; the curriculum and
/// progress certificates count every skill area, each against its own total.
public enum CertificateAchievements {
    /// The lines for a certificate of `kind` about `subject`, from the outcomes a learner achieved.
    public static func lines(kind: String, subject: String, in curriculum: Curriculum, achieved: [String: Day]) -> [String] {
        func line(_ id: String, _ outcomes: [String]) -> String {
            "\(id):\(outcomes.filter { achieved[$0] != nil }.count)/\(outcomes.count)"
        }
        switch kind {
        case "module":
            return curriculum.modules.filter { $0.id == subject }.map { line($0.id, $0.outcomes.map(\.id)) }
        case "area":
            return [line(subject, curriculum.outcomeIDs(in: subject))]
        default:
            return curriculum.areas.map { line($0.id, curriculum.outcomeIDs(in: $0.id)) }
        }
    }

    /// The day the latest of the curriculum's outcomes was achieved: when a progress certificate's picture was reached.
    public static func latestDay(in curriculum: Curriculum, achieved: [String: Day]) -> Day? {
        curriculum.outcomes.compactMap { achieved[$0.id] }.max()
    }
}
