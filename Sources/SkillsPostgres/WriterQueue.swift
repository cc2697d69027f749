/// Lets this process's writers take the programme's write lock one at a time, in the order they came.
///
/// The lock itself (an advisory lock in PostgreSQL) is what keeps writers on every server in turn; this queue only keeps
/// one process's writers from all asking PostgreSQL for it at once. Waiting there costs a connection each and a
/// wake-up of a server process at every hand-over (`Benchmarks/serve.sh` recorded a third as many sessions a second
/// with eight connections as with one), while waiting here costs neither and leaves the connections to the reads.
actor WriterQueue {
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// Returns when it is the caller's turn.
    func enter() async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Ends the caller's turn, handing it to the next in line.
    func leave() {
        if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
    }
}
