import Foundation
import SkillsCore
import SkillsStore

/// A learner's rights over their data: consent, a copy of everything held, erasure, and the retention policy.
public struct DataRightsService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// Records consent decisions (the history is kept) and returns the whole history.
    public func consent(_ ref: String, _ decisions: [ConsentRecord.Purpose: Bool], by actor: String) async throws -> [ConsentRecord] {
        if decisions.isEmpty {
            try await context.gate.check(Authorisation(actor, .readLearners, learners: [ref]))
        } else {
            try await context.gate.recordingRefusal {
                try await context.store.recordConsent(
                    learner: ref, decisions, by: Authorisation(actor, .manageLearners, learners: [ref]))
            }
        }
        _ = try await context.store.learner(ref)
        return try await context.store.consentHistory(learner: ref)
    }

    /// Everything held about a learner, handed to `deliver`; once delivered, the export is audited with where it went.
    public func export(
        _ ref: String, to destination: String, by actor: String, deliver: (LearnerExport) throws -> Void
    ) async throws -> LearnerExport {
        try await context.gate.check(Authorisation(actor, .exportLearnerData, learners: [ref]))
        let export = try await context.store.exportLearner(ref)
        try deliver(export)
        try await context.store.recordLearnerExport(ref, file: destination, by: Authorisation(actor, .exportLearnerData, learners: [ref]))
        return export
    }

    /// Erases a learner's personal data everywhere and removes their certificate files; returns the files removed.
    public func erase(_ ref: String, reason: String, by actor: String) async throws -> [String] {
        let files = try await context.gate.recordingRefusal {
            try await context.store.eraseLearners(
                [LearnerErasure(ref: ref, reason: reason)], by: Authorisation(actor, .eraseLearnerData, learners: [ref]))
        }
        return removeFiles(files)
    }

    /// Learners with no session or enrolment since `cutoff`; erased unless `dryRun`.
    public func applyRetention(before cutoff: Day, dryRun: Bool, by actor: String) async throws -> [(ref: String, lastActive: String)] {
        try await context.gate.check(Authorisation(actor, .eraseLearnerData))
        let inactive = try await context.store.inactiveLearners(since: cutoff)
        if !dryRun, !inactive.isEmpty {
            let erasures = inactive.map { LearnerErasure(ref: $0.ref, reason: "retention policy: inactive since \($0.lastActive)") }
            let files = try await context.gate.recordingRefusal {
                try await context.store.eraseLearners(erasures, by: Authorisation(actor, .eraseLearnerData))
            }
            _ = removeFiles(files)
        }
        return inactive
    }

    /// Removes the certificate files this programme may delete (those in output folders it owns); returns those it
    /// removed.
    private func removeFiles(_ files: [CertificateFile]) -> [String] {
        files.flatMap { CertificateFolder.removableFiles(of: $0, database: context.store.location) }
            .filter { (try? FileManager.default.removeItem(at: $0)) != nil }.map(\.path)
    }
}
