/// Finds the closest known value to a mistyped one (edit distance), for "did you mean" hints.
public enum NearestMatch {
    /// The known value nearest to `value`, if it is close enough to be a likely typo. Ties go to the one that sorts
    /// first, so the hint does not depend on the order a store or a hash table hands the values over.
    public static func best(for value: String, among known: some Sequence<String>) -> String? {
        let target = Array(value.lowercased())
        var best: (String, Int)?
        for candidate in known {
            let distance = editDistance(target, Array(candidate.lowercased()))
            if let (current, shortest) = best, distance > shortest || (distance == shortest && candidate >= current) { continue }
            best = (candidate, distance)
        }
        guard let (match, distance) = best else { return nil }
        let allowed = max(1, min(3, target.count / 3))
        return distance <= allowed ? match : nil
    }

    /// Levenshtein distance, counting an adjacent swap as one edit.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
