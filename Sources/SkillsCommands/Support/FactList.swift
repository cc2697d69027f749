/// Prints labelled facts one per line, values lined up: "Learner:     Gwenllian Ŵyn (L000002)".
enum FactList {
    static func print(_ facts: [(String, String)]) {
        let width = (facts.map(\.0.count).max() ?? 0) + 2
        for (label, value) in facts {
            Swift.print("\(label):" + String(repeating: " ", count: width - label.count - 1) + value)
        }
    }
}
