import Foundation
import SkillsTestSupport
import Testing

@Suite("Two processes at once")
struct ConcurrencyTests {
    @Test("a second process recording a session waits for the first's write transaction, then succeeds")
    func waitsForWriter() throws {
        let runner = try ProgrammeFixture.standard(SkillsRunner())
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        holder.arguments = [runner.database]
        let input = Pipe()
        holder.standardInput = input
        holder.standardOutput = FileHandle.nullDevice
        try holder.run()
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\nUPDATE programme SET name = name;\n".utf8))
        Thread.sleep(forTimeInterval: 0.5)

        let started = Date()
        let recorder = Thread.detachNewThreadWithResult {
            try? runner.run(["session", "record", "--tutor", "T-ALED", "--learner", "L-MOH", "--minutes", "30"])
        }
        Thread.sleep(forTimeInterval: 2)
        #expect(!recorder.isFinished, "the second process should still be waiting for the lock")
        input.fileHandleForWriting.write(Data("COMMIT;\n.quit\n".utf8))
        try input.fileHandleForWriting.close()
        holder.waitUntilExit()
        let output = recorder.wait() ?? nil
        #expect(output?.status == 0, "stderr: \(output?.stderr ?? "")")
        #expect(Date().timeIntervalSince(started) >= 2)
        #expect(try runner.succeed(["session", "list"]).contains("S000001"))
    }
}

/// A value computed on another thread, waited for later.
final class ThreadResult<T>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var value: T?
    private var finished = false

    var isFinished: Bool { lock.withLock { finished } }

    func set(_ result: T) {
        lock.withLock {
            value = result
            finished = true
        }
        done.signal()
    }

    func wait() -> T? {
        done.wait()
        return lock.withLock { value }
    }
}

extension Thread {
    static func detachNewThreadWithResult<T>(_ body: @escaping @Sendable () -> T) -> ThreadResult<T> {
        let result = ThreadResult<T>()
        Thread.detachNewThread { result.set(body()) }
        return result
    }
}
