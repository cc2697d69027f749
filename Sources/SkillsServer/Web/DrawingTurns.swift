/// Takes turns at drawing with Cairo in this process: one drawing at a time, the rest wait in order.
///
/// Cairo's FreeType font backend crashed when two threads drew at once (see `CertificateIssuer.drawPending`), so
/// everything the server draws (a report PDF, certificates issued in-process, a learner's certificate download) does
/// it in turn.
actor DrawingTurns {
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// Runs `work` once no other drawing is running.
    nonisolated func inTurn<T: Sendable>(_ work: @Sendable () async throws -> T) async throws -> T {
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
