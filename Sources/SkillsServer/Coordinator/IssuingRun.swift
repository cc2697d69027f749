import SkillsCore
import Synchronization

/// The one certificate-issuing run a server has at a time, and how far it has got, for the status page to show.
///
/// A run is started by one coordinator and watched by any; a second start while one runs is refused, so a second
/// click (or a second coordinator) sees the running one instead of starting another.
final class IssuingRun: Sendable {
    /// What the status page shows.
    struct Progress: Sendable, Equatable {
        var startedBy: String
        /// How many are drawn, of how many; nil total while the due certificates are still being worked out.
        var done = 0
        var total: Int?
        var finished = false
        /// The files issued, as their names, once finished.
        var issued: [String] = []
        /// Certificates that could not be drawn and stay pending, with why.
        var notDrawn: [String] = []
        /// Why the run stopped, in words a person may read, when it failed.
        var failure: String?
    }

    private let state = Mutex<Progress?>(nil)

    /// The current or last run's progress, or nil before the first.
    var progress: Progress? { state.withLock { $0 } }

    /// Starts `work` in the background unless a run is going; returns whether it started. `work` reports progress
    /// through the function it is given and returns the files issued and those not drawn.
    @discardableResult
    func start(
        by actor: String,
        _ work:
            @escaping @Sendable (_ report: @escaping @Sendable (Int, Int) -> Void) async throws -> (issued: [String], notDrawn: [String])
    ) -> Bool {
        let started = state.withLock { current -> Bool in
            if let current, !current.finished { return false }
            current = Progress(startedBy: actor)
            return true
        }
        guard started else { return false }
        Task.detached {
            do {
                let result = try await work { done, total in
                    self.state.withLock {
                        $0?.done = done
                        $0?.total = total
                    }
                }
                self.state.withLock {
                    $0?.issued = result.issued
                    $0?.notDrawn = result.notDrawn
                    $0?.finished = true
                }
            } catch {
                // Only words safe to show: a fault inside the server may name a path.
                let words = (error as? ServiceError).map(ErrorStatus.message) ?? ErrorStatus.message(.interrupted(""))
                self.state.withLock {
                    $0?.failure = words
                    $0?.finished = true
                }
            }
        }
        return true
    }
}
