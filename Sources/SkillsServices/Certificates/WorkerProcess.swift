import Foundation
import SkillsCore
import Synchronization

/// A `skills` child process doing a share of a bulk job; it prints one line per item done.
final class WorkerProcess {
    private let process = Process()
    private let output = Pipe()
    private let errors = Pipe()

    /// Starts this same executable with the given arguments.
    init(arguments: [String]) throws {
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = arguments
        process.standardOutput = output
        process.standardError = errors
        try process.run()
    }

    /// Waits for every worker, reporting lines as they arrive; fails with the first worker's error line.
    static func waitForAll(_ workers: [WorkerProcess], progress: (Int) -> Void) throws {
        let lines = LineCounter()
        let group = DispatchGroup()
        for worker in workers {
            group.enter()
            let handle = worker.output.fileHandleForReading
            DispatchQueue.global().async {
                while let data = try? handle.read(upToCount: 4096), !data.isEmpty {
                    lines.add(data.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) })
                }
                group.leave()
            }
        }
        while group.wait(timeout: .now() + 0.1) == .timedOut { progress(lines.take()) }
        progress(lines.take())
        for worker in workers {
            worker.process.waitUntilExit()
            guard worker.process.terminationStatus == 0 else {
                let message = String(decoding: (try? worker.errors.fileHandleForReading.readToEnd()) ?? Data(), as: UTF8.self)
                throw ServiceError.interrupted(
                    "a drawing worker failed: \(message.split(separator: "\n").first ?? "exit \(worker.process.terminationStatus)")")
            }
        }
    }
}

/// Counts lines from several reader threads.
private final class LineCounter: Sendable {
    private let pending = Mutex(0)

    func add(_ count: Int) { pending.withLock { $0 += count } }

    /// The lines counted since the last call.
    func take() -> Int {
        pending.withLock { count in
            defer { count = 0 }
            return count
        }
    }
}
