import Foundation
import SkillsCore

/// A progress bar on standard error, redrawn in place on one line that fits the terminal: the label, a bar, the
/// percentage, how many of what are done, the rate and the time left. Drawn only when standard error is a terminal.
struct ProgressLine {
    let total: Int
    let label: String
    /// What is counted: "rows", "certificates".
    let unit: String
    private let started = Date()
    private var lastDrawn = Date.distantPast
    private var drawn = false

    init(total: Int, label: String, unit: String) {
        self.total = total
        self.label = label
        self.unit = unit
    }

    /// Redraws at most ten times a second. `done` is measured against `total`; `count` is what the line reports (rows
    /// read, for an import measured in bytes).
    mutating func update(done: Int, count: Int) {
        guard Terminal.isInteractive, total > 0 else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
        lastDrawn = now
        drawn = true
        let fraction = min(1, Double(done) / Double(total))
        let elapsed = now.timeIntervalSince(started)
        let rate = elapsed > 0 ? Double(count) / elapsed : 0
        let left = fraction > 0.001 ? Self.duration(elapsed * (1 - fraction) / fraction) + " left" : ""
        let figures = String(format: " %3.0f%%  %d %@  %.0f/s  %@", fraction * 100, count, unit, rate, left)
        let columns = Terminal.errorWidth ?? 80
        // The bar takes what the words leave, between 10 and 40 columns; the label is shortened if even that does not fit.
        let barWidth = max(10, min(40, columns - 1 - DisplayWidth.of(label) - 1 - figures.count))
        let room = columns - 1 - barWidth - 1 - figures.count
        let shownLabel = DisplayWidth.of(label) <= room ? label : String(label.prefix(max(0, room - 1))) + "…"
        let filled = Int(fraction * Double(barWidth))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(shownLabel) \(bar)\(figures)".utf8))
    }

    /// Clears the bar's line.
    func finish() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }

    /// `42 s`, `3 min 5 s`, `1 h 2 min`.
    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        if whole < 60 { return "\(whole) s" }
        if whole < 3600 { return "\(whole / 60) min \(whole % 60) s" }
        return "\(whole / 3600) h \(whole % 3600 / 60) min"
    }
}
