/// Work in this process that must not overlap takes turns: one at a time, the rest waiting in the order they came.
///
/// The PostgreSQL store queues its writers here before they ask the server for the programme's write lock, and the web
/// server queues every Cairo drawing here, because Cairo's FreeType backend crashed when two threads drew at once.
/// Waiting here holds no thread and no connection.
public actor Turns {
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    public init() {}

    /// Runs `work` once no other turn is running, and ends the turn however `work` ends.
    public nonisolated func inTurn<T>(_ work: () async throws -> T) async throws -> T {
        await take()
        do {
            let result = try await work()
            await give()
            return result
        } catch {
            await give()
            throw error
        }
    }

    private func take() async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func give() {
        if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
    }
}
