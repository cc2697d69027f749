import Foundation
import SkillsServices

/// What a server needs to issue certificates from its pages: the programme's signing key and the folder the
/// certificates are written into (a folder per centre, as `skills certificate issue --out` writes them).
public struct CertificateIssuing: Sendable {
    public var signingKey: SigningKeyFile
    public var outputFolder: URL

    public init(signingKey: SigningKeyFile, outputFolder: URL) {
        self.signingKey = signingKey
        self.outputFolder = outputFolder
    }
}
