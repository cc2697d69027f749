import GRDB
import Synchronization

/// Group commit for the writes that many requests make at once, such as tutors recording sessions through the server.
///
/// SQLite has one writer, so concurrent writes queue behind each other, and each one pays for its own commit: its
/// pages appended to the write-ahead log, and now and then the checkpoint that copies the log back into the database.
/// Under load the queue, not the work, sets the latency. Here the writes waiting when the writer comes free go into
/// one transaction, each inside its own savepoint: a write that fails is rolled back alone and its caller gets its
/// error, while the others commit together. Every caller hears back only after the commit, so nothing is reported
/// saved that is not. A lone write, such as one command, is simply a group of one.
final class GroupCommit: Sendable {
    /// A write in a group: the caller's work and where to send its result once the group has committed.
    private struct Waiting: Sendable {
        let work: @Sendable (Database) throws -> String
        let continuation: CheckedContinuation<String, any Error>
    }

    /// The most writes one transaction takes, so that a burst cannot make one commit, and everyone in it, wait long.
    static let largestGroup = 64

    /// Writes queued for the next group. Whenever it is not empty, exactly one group is scheduled on the writer to
    /// take them.
    private let waiting = Mutex<[Waiting]>([])

    /// Runs `work` in the next group's transaction and returns its result once that transaction has committed.
    func write(in pool: DatabasePool, _ work: @escaping @Sendable (Database) throws -> String) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            let startsGroup = waiting.withLock { queue in
                queue.append(Waiting(work: work, continuation: continuation))
                return queue.count == 1
            }
            if startsGroup { schedule(in: pool) }
        }
    }

    private func schedule(in pool: DatabasePool) {
        pool.asyncWriteWithoutTransaction { db in self.commitGroup(db, pool) }
    }

    /// Takes the writes waiting now (up to the largest group), runs each in its savepoint and commits them together.
    private func commitGroup(_ db: Database, _ pool: DatabasePool) {
        let (group, more) = waiting.withLock { queue in
            let group = Array(queue.prefix(Self.largestGroup))
            queue.removeFirst(group.count)
            return (group, !queue.isEmpty)
        }
        if more { schedule(in: pool) }
        var results: [Result<String, any Error>] = []
        do {
            try db.inTransaction {
                for member in group {
                    results.append(
                        Result {
                            var result = ""
                            try db.inSavepoint {
                                result = try member.work(db)
                                return .commit
                            }
                            return result
                        })
                }
                return .commit
            }
        } catch {
            for member in group { member.continuation.resume(throwing: error) }
            return
        }
        for (member, result) in zip(group, results) { member.continuation.resume(with: result) }
    }
}
