import Foundation
import SkillsCore

/// A certificate as stored: its signed facts, where its file is, and whether it still stands.
public struct CertificateRecord: Sendable, Equatable {
    public var id: String
    public var code: String
    public var learnerRef: String
    public var kind: String
    public var subject: String
    /// What makes it unique for the learner: `module:F1`, `curriculum:eds-life`, `progress:<digest>`.
    public var dueKey: String
    public var signedFacts: Data
    public var signature: Data
    public var keyID: String
    public var language: String
    public var largePrint: Bool
    /// The file's path inside `outputFolder` (absolute for certificates issued before folders were recorded).
    public var filePath: String
    /// The folder it was issued into, relative to the database's folder when it can be.
    public var outputFolder: String?
    public var state: String
    public var issuedAt: String
    public var revokedAt: String?
    public var revokedReason: String?

    public init(
        id: String, code: String, learnerRef: String, kind: String, subject: String, dueKey: String, signedFacts: Data,
        signature: Data, keyID: String, language: String, largePrint: Bool, filePath: String, outputFolder: String? = nil,
        state: String = "pending", issuedAt: String, revokedAt: String? = nil, revokedReason: String? = nil
    ) {
        self.id = id
        self.code = code
        self.learnerRef = learnerRef
        self.kind = kind
        self.subject = subject
        self.dueKey = dueKey
        self.signedFacts = signedFacts
        self.signature = signature
        self.keyID = keyID
        self.language = language
        self.largePrint = largePrint
        self.filePath = filePath
        self.outputFolder = outputFolder
        self.state = state
        self.issuedAt = issuedAt
        self.revokedAt = revokedAt
        self.revokedReason = revokedReason
    }
}

extension CertificateRecord {
    /// Why a certificate was withdrawn when its learner asked to be erased; verification shows it without a name.
    public static let erasureReason = "withdrawn at the learner's request"
}

/// Where one certificate's files are, as the store records them: what erasure hands back for removal.
public struct CertificateFile: Sendable, Equatable {
    public var filePath: String
    public var outputFolder: String?

    public init(filePath: String, outputFolder: String?) {
        self.filePath = filePath
        self.outputFolder = outputFolder
    }
}
