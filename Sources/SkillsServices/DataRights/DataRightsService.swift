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
        let export = try await context.learnerExport(ref)
        try deliver(export)
        try await context.store.recordLearnerExport(ref, file: destination, by: Authorisation(actor, .exportLearnerData, learners: [ref]))
        return export
    }

    /// The export as a page the learner can read, in their language: what is held, why, who has seen it, how to erase it.
    public func readableCopy(of export: LearnerExport) async throws -> String {
        LearnerCopyPage(export: export, programmeName: try await context.store.programme().name).html
    }

    /// What an erasure did to the certificate files on disk.
    public struct FileRemoval: Sendable {
        /// Files removed by this run.
        public var removed: [String]
        /// Files that could not be removed; they stay recorded and every later erasure or retention run tries again.
        public var stillPending: [String]
    }

    /// What `erase` would do to a learner, changing nothing; nil when they are erased already, and `erase` would only
    /// finish removing files an earlier erasure left behind, or say so.
    public func erasurePreview(_ ref: String, by actor: String) async throws -> ErasurePreview? {
        try await context.gate.check(Authorisation(actor, .eraseLearnerData, learners: [ref]))
        let learner = try await context.store.learner(ref)
        if learner.name == Learner.erasedName { return nil }
        var preview = ErasurePreview(
            learner: learner, certificatesWithdrawn: [], filesDeleted: [], filesLeft: [],
            sessionsKept: try await context.store.progress(of: ref, curriculumID: nil).sessions)
        for certificate in try await context.store.certificates(learner: ref) {
            if certificate.revokedAt == nil {
                preview.certificatesWithdrawn.append("\(certificate.code) (\(certificate.kind): \(certificate.subject))")
            }
            let file = CertificateFile(filePath: certificate.filePath, outputFolder: certificate.outputFolder)
            let removable = CertificateFolder.removableFiles(of: file, database: context.store.location)
            if removable.isEmpty, !certificate.filePath.isEmpty { preview.filesLeft.append(certificate.filePath) }
            preview.filesDeleted += removable.map(\.path).filter { FileManager.default.fileExists(atPath: $0) }
        }
        return preview
    }

    /// When and why a learner was erased, or nil if they were not.
    public func erasureNote(_ ref: String, by actor: String) async throws -> ErasureNote? {
        try await context.gate.check(Authorisation(actor, .readLearners, learners: [ref]))
        let entries = try await context.store.auditLog(AuditFilter(record: "learner:\(ref)", limit: 1000))
        guard let entry = entries.first(where: { $0.action == "learner.erase" }) else { return nil }
        let details = (try? JSONSerialization.jsonObject(with: Data(entry.details.utf8))) as? [String: String]
        return ErasureNote(on: String(entry.at.prefix(10)), reason: details?["reason"] ?? "not recorded")
    }

    /// Erases a learner's personal data everywhere and removes their certificate files; also finishes removing files an
    /// earlier erasure left behind. An already-erased learner is refused unless files were still pending.
    public func erase(_ ref: String, reason: String, by actor: String) async throws -> FileRemoval {
        do {
            _ = try await context.gate.recordingRefusal {
                try await context.store.eraseLearners(
                    [LearnerErasure(ref: ref, reason: reason)], by: Authorisation(actor, .eraseLearnerData, learners: [ref]))
            }
        } catch ServiceError.conflict(.alreadyErased(let learner)) {
            guard !(try await context.store.pendingFileRemovals().isEmpty) else {
                throw ServiceError.conflict(.alreadyErased(learner: learner))
            }
        }
        return try await removePendingFiles()
    }

    /// What a retention run erases: learners inactive for too long, and erasures scheduled for today or earlier.
    public struct RetentionRun: Sendable {
        public var inactive: [(ref: String, lastActive: String)]
        public var scheduled: [ErasureRequest]
        public var files: FileRemoval
    }

    /// Erases, unless `dryRun`, learners with no session or enrolment since `cutoff` and learners whose scheduled day
    /// has come; returns them with what happened to certificate files (this run's and any an earlier erasure left behind).
    public func applyRetention(before cutoff: Day, dryRun: Bool, by actor: String) async throws -> RetentionRun {
        try await context.gate.check(Authorisation(actor, .eraseLearnerData))
        let inactive = try await context.store.inactiveLearners(since: cutoff)
        let inactiveRefs = Set(inactive.map(\.ref))
        let scheduled = try await context.store.erasureRequests().filter {
            $0.isDue(on: context.clock.today) && !inactiveRefs.contains($0.learnerRef)
        }
        guard !dryRun else {
            return RetentionRun(inactive: inactive, scheduled: scheduled, files: FileRemoval(removed: [], stillPending: []))
        }
        let erasures =
            inactive.map { LearnerErasure(ref: $0.ref, reason: "retention policy: inactive since \($0.lastActive)") }
            + scheduled.map { LearnerErasure(ref: $0.learnerRef, reason: "\($0.reason) — scheduled on \($0.askedOn) by \($0.askedBy)") }
        if !erasures.isEmpty {
            _ = try await context.gate.recordingRefusal {
                try await context.store.eraseLearners(erasures, by: Authorisation(actor, .eraseLearnerData))
            }
        }
        return RetentionRun(inactive: inactive, scheduled: scheduled, files: try await removePendingFiles())
    }

    /// Removes every certificate file erasures recorded, as far as this programme may: a file in a folder another
    /// database owns, or named by a certificate issued before folders were recorded, is never deleted and is dropped.
    /// A file that cannot be deleted stays pending.
    public func removePendingFiles() async throws -> FileRemoval {
        var removal = FileRemoval(removed: [], stillPending: [])
        var done: [Int64] = []
        for (id, file) in try await context.store.pendingFileRemovals() {
            var failed = false
            for url in CertificateFolder.removableFiles(of: file, database: context.store.location)
            where FileManager.default.fileExists(atPath: url.path) {
                do {
                    try FileManager.default.removeItem(at: url)
                    removal.removed.append(url.path)
                } catch {
                    removal.stillPending.append(url.path)
                    failed = true
                }
            }
            if !failed { done.append(id) }
        }
        try await context.store.confirmFileRemovals(done)
        return removal
    }
}
