import Crypto
import Foundation
import SkillsCore

/// The programme's Ed25519 private key in a file only its owner can read, or in the environment (never in the database).
public struct SigningKeyFile: Sendable {
    public let path: String
    /// The key's PEM text itself, when `SKILLS_KEY_PEM` gives it instead of a file (a server's secret store).
    let pem: String?

    /// The key file for a database file: $SKILLS_KEY, else `<database>.signing-key` beside it.
    public init(database: String) {
        path = ProcessInfo.processInfo.environment["SKILLS_KEY"] ?? database + ".signing-key"
        pem = nil
    }

    /// The key for a database on a server, which has no folder beside it: the PEM in $SKILLS_KEY_PEM, else the file
    /// $SKILLS_KEY names.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        pem = environment["SKILLS_KEY_PEM"].flatMap { $0.isEmpty ? nil : $0 }
        path = pem == nil ? environment["SKILLS_KEY"] ?? "" : "SKILLS_KEY_PEM"
    }

    /// Whether the key is there: given as PEM, or the file exists.
    public var exists: Bool { pem != nil || FileManager.default.fileExists(atPath: path) }

    /// Creates a new key file, readable and writable only by its owner; fails if one exists.
    func create() throws -> Curve25519.Signing.PrivateKey {
        let key = Curve25519.Signing.PrivateKey()
        let text =
            "-----BEGIN PRIVATE KEY-----\n" + (Self.pkcs8Prefix + key.rawRepresentation).base64EncodedString()
            + "\n-----END PRIVATE KEY-----\n"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            throw ServiceError.signingKey(.cannotCreate(path: path, reason: String(cString: strerror(errno))))
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        try handle.write(contentsOf: Data(text.utf8))
        try handle.synchronize()
        return key
    }

    /// Reads the key; fails with one line if it is missing, unreadable or not an Ed25519 key.
    func load() throws -> Curve25519.Signing.PrivateKey {
        guard let text = pem ?? FileManager.default.contents(atPath: path).map({ String(decoding: $0, as: UTF8.self) }) else {
            throw ServiceError.signingKey(.cannotRead(path: path))
        }
        let body = text.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
        guard let der = Data(base64Encoded: body), der.count == 48, der.prefix(16) == Self.pkcs8Prefix,
            let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: der.suffix(32))
        else { throw ServiceError.signingKey(.notEd25519(path: path)) }
        return key
    }

    /// PKCS #8 wrapping for an Ed25519 private key (RFC 8410).
    static let pkcs8Prefix = Data([0x30, 0x2E, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20])
    /// SubjectPublicKeyInfo wrapping for an Ed25519 public key (RFC 8410).
    static let spkiPrefix = Data([0x30, 0x2A, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x03, 0x21, 0x00])

    /// A public key as PEM.
    static func publicPEM(_ raw: Data) -> String {
        "-----BEGIN PUBLIC KEY-----\n" + (spkiPrefix + raw).base64EncodedString() + "\n-----END PUBLIC KEY-----\n"
    }

    /// A public key from PEM text.
    static func publicKey(pem text: String) -> Data? {
        let body = text.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
        guard let der = Data(base64Encoded: body), der.count == 44, der.prefix(12) == spkiPrefix else { return nil }
        return der.suffix(32)
    }

    /// The key's id: the first 16 hex digits of the SHA-256 of the public key.
    static func keyID(_ publicKey: Data) -> String {
        Hex.string(SHA256.hash(data: publicKey).prefix(8))
    }
}
