import SkillsCore
import SkillsStore

extension ServiceContext {
    /// Everything the programme holds about a learner: profile, consents, sessions, progress, certificates with the
    /// facts printed on them, and every audit entry about them. Gathered here once, for `learner export` and for the
    /// learner's own download on the web, so the two are the same on every store.
    func learnerExport(_ ref: String) async throws -> LearnerExport {
        let learner = try await store.learner(ref)
        let progress = try? await store.progress(of: ref, curriculumID: nil)
        let consents = try await store.consentHistory(learner: ref)
        let issuer = try await store.programme().name
        let catalogue = CurriculumCatalogue(try await store.curriculumVersions())
        let certificates = try await store.certificates(learner: ref).map { record in
            LearnerExport.CertificateEntry(
                id: record.id, code: VerificationCode.display(record.code), kind: record.kind, subject: record.subject,
                issuedOn: record.issuedAt, state: record.state, revokedAt: record.revokedAt, revokedReason: record.revokedReason,
                printedFacts: CertificateToken(
                    signedBytes: record.signedFacts, signature: record.signature, issuer: issuer, curricula: catalogue.curriculum)?.facts)
        }
        let records = try await store.learnerRecords(ref)
        return LearnerExport(
            exportedAt: Timestamp.string(clock.now()), learner: learner, consents: consents, sessions: records.sessions,
            progress: progress, certificates: certificates, auditEntries: records.auditEntries)
    }
}
