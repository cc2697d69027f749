import Crypto
import Foundation
import SkillsCore

/// Signs certificate facts with the programme's Ed25519 key, and checks signatures with public keys.
struct CertificateSigner: Sendable {
    let privateKey: Curve25519.Signing.PrivateKey

    /// The key id the signatures carry.
    var keyID: String { SigningKeyFile.keyID(privateKey.publicKey.rawRepresentation) }

    /// The signed token for a set of facts, in the compact format.
    func sign(_ facts: CertificateFacts, curriculum: Curriculum) throws -> CertificateToken {
        let bytes = Data(try CompactFacts.encode(facts, curriculum: curriculum))
        return CertificateToken(facts: facts, signedBytes: bytes, signature: try privateKey.signature(for: bytes))
    }

    /// Signs arbitrary bytes (a JWT's signing input).
    func signature(for bytes: Data) throws -> Data { try privateKey.signature(for: bytes) }

    /// Whether a signature over bytes is valid for any of the given public keys.
    static func isValid(_ signature: Data, for bytes: Data, publicKeys: some Sequence<Data>) -> Bool {
        publicKeys.contains { raw in
            (try? Curve25519.Signing.PublicKey(rawRepresentation: raw))?.isValidSignature(signature, for: bytes) ?? false
        }
    }
}
