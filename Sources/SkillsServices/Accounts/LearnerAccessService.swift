import Foundation
import SkillsCore
import SkillsStore

/// What a learner signed in with a one-time access code may see: their own progress and their own certificates,
/// nothing about anyone else.
///
/// The code is the authority: only a tutor allowed to manage this learner could make it (`AccountService`), so these
/// reads take the learner's ref from their session, never from the request.
public struct LearnerAccessService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// The learner and their progress against the programme's main curriculum.
    public func progress(of ref: String) async throws -> (Learner, LearnerProgress) {
        let learner = try await context.store.learner(ref)
        return (learner, try await context.store.progress(of: ref, curriculumID: nil))
    }

    /// The learner's certificates that are issued and not withdrawn, oldest first.
    public func certificates(of ref: String) async throws -> [CertificateRecord] {
        try await context.store.certificates(learner: ref).filter { $0.state == "issued" && $0.revokedAt == nil }
    }

    /// One of the learner's own certificates as a PDF; another learner's code is unknown to them.
    public func document(_ code: String, of ref: String) async throws -> Data {
        guard let record = try await context.store.certificate(idOrCode: code), record.learnerRef == ref, record.state == "issued"
        else { throw ServiceError.unknown(.certificate, code, nearest: nil) }
        return try await CertificateService(context).draw(record)
    }

    /// The learner's own request to be erased. A coordinator confirms it (by erasing them, or by setting a day), so
    /// that a lost access code cannot erase someone at once.
    public func askForErasure(of ref: String, reason: String) async throws {
        try await context.store.recordErasureRequest(learner: ref, reason: reason)
    }

    /// The erasure the learner asked for or a coordinator scheduled, if any, to show on their page.
    public func erasureRequest(of ref: String) async throws -> ErasureRequest? {
        try await DataRightsService(context).pendingErasure(of: ref)
    }
}
