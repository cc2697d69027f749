import Foundation
import SkillsCore

/// Certificates and the public keys they are signed with.
public protocol CertificateStore: Sendable {
    /// Records the programme's public signing key (the private key never enters the store).
    func registerSigningKey(id: String, publicKey: Data, by authorisation: Authorisation) async throws
    /// Every public key the programme has signed with, by id.
    func signingKeys() async throws -> [String: Data]
    /// Learners with the names certificates print, optionally just one.
    func certificateHolders(learner ref: String?) async throws -> [CertificateHolder]
    /// Each learner's achieved outcomes (code → first day).
    func achievedOutcomes(learner ref: String?) async throws -> [String: [String: Day]]
    /// The due keys already issued (or being issued) per learner ref, for every learner or one.
    func issuedDueKeys(learner ref: String?) async throws -> [String: Set<String>]
    /// Records certificates about to be drawn, in one audited transaction.
    func addPendingCertificates(_ records: [CertificateRecord], by authorisation: Authorisation) async throws
    /// Marks certificates whose files are written as issued.
    func markIssued(_ ids: [String], by authorisation: Authorisation) async throws
    /// Certificates recorded but not yet confirmed drawn.
    func pendingCertificates() async throws -> [CertificateRecord]
    /// One certificate by id or code, or nil.
    func certificate(idOrCode: String) async throws -> CertificateRecord?
    /// A learner's certificates, oldest first.
    func certificates(learner ref: String) async throws -> [CertificateRecord]
    /// Withdraws a certificate with a reason.
    func revokeCertificate(id: String, reason: String, by authorisation: Authorisation) async throws
}
