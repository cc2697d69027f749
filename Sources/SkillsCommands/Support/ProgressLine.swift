import Foundation

/// A progress bar on standard error with rate and time left, drawn only when it is a terminal.
struct ProgressLine {
    let total: Int
    let label: String
    private let started = Date()
    private var lastDrawn = Date.distantPast
    private var drawn = false

    init(total: Int, label: String) {
        self.total = total
        self.label = label
    }

    /// Redraws at most ten times a second.
    mutating func update(done: Int, rows: Int) {
        guard Terminal.isInteractive, total > 0 else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
        lastDrawn = now
        drawn = true
        let fraction = min(1, Double(done) / Double(total))
        let elapsed = now.timeIntervalSince(started)
        let rate = elapsed > 0 ? Double(rows) / elapsed : 0
        let left = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
        let filled = Int(fraction * 30)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 30 - filled)
        let text = String(format: "\r%@ %@ %3.0f%%  %d rows  %.0f rows/s  %.0f s left ", label, bar, fraction * 100, rows, rate, left)
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Clears the bar's line.
    func finish() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
