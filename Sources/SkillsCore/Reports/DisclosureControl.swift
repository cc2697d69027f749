/// Statistical disclosure control for published tables of counts: small counts hidden, and hidden ones kept hidden.
///
/// Rules (documented in Reports/README.md):
/// 1. Primary suppression: a count from 1 to 4 is shown as `[c]`. Zero is shown.
/// 2. Secondary suppression: rows form a hierarchy where each parent row is the total of its children (the
///    programme of its regions, a region of its local authorities). In every such group — a parent and its
///    children, for one column — the number of suppressed cells must never be exactly one, or it could be worked
///    out by subtraction. When it is, the smallest published child (a non-zero one first) is suppressed too, or the
///    parent when no child is left; this repeats until no group has exactly one.
/// 3. Any figure built on a suppressed count (a rate, a median, minutes, a change, a gap) is suppressed with it.
public enum DisclosureControl {
    /// The marker published in place of a suppressed value.
    public static let marker = "[c]"
    /// Counts that are suppressed on sight.
    public static let primaryRange = 1...4

    /// Which cells to suppress. `counts[row][column]`; `parents[row]` is the row it adds up into, or nil.
    public static func suppressed(counts: [[Int]], parents: [Int?]) -> [[Bool]] {
        let columns = counts.first?.count ?? 0
        var hidden = counts.map { row in row.map { primaryRange.contains($0) } }
        var children = Array(repeating: [Int](), count: counts.count)
        for (row, parent) in parents.enumerated() { if let parent { children[parent].append(row) } }
        let groups = children.indices.filter { !children[$0].isEmpty }
        for column in 0..<columns {
            var changed = true
            while changed {
                changed = false
                for parent in groups {
                    let members = children[parent]
                    let hiddenCount = (hidden[parent][column] ? 1 : 0) + members.filter { hidden[$0][column] }.count
                    guard hiddenCount == 1 else { continue }
                    let candidates = members.filter { !hidden[$0][column] }
                    let pick = candidates.min { a, b in
                        let (x, y) = (counts[a][column], counts[b][column])
                        if (x == 0) != (y == 0) { return y == 0 }
                        return x != y ? x < y : a < b
                    }
                    hidden[pick ?? parent][column] = true
                    changed = true
                }
            }
        }
        return hidden
    }
}
