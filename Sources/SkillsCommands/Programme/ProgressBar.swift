import ArgumentParser
import SkillsCore
import SkillsServices

/// A text progress bar: ████████░░░░.
enum ProgressBar {
    static func text(done: Int, total: Int, width: Int) -> String {
        let filled = total == 0 ? 0 : (done * width + total / 2) / total
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }
}
