import Foundation
import NIOSSL

/// The certificate and private key `skills serve` answers HTTPS with, read from PEM files and checked before the server
/// listens: a wrong path, a file of the wrong kind or a key for another certificate stops the start with a reason that
/// names the file, instead of every browser's connection failing later.
public struct TLSIdentity: Sendable {
    /// Why a certificate or key file cannot be served; each names the file, and `plainWords` says what to do without
    /// naming any door's flags.
    public enum Problem: Error, Equatable, Sendable {
        /// The file is missing or this process may not read it.
        case unreadable(path: String)
        /// The file holds no PEM certificate.
        case notCertificate(path: String)
        /// The file holds no unencrypted PEM private key.
        case notPrivateKey(path: String)
        /// The key is not the one the certificate was issued for.
        case keyDoesNotMatch(certificate: String, key: String)

        /// The problem in one sentence, with the file it concerns.
        public var plainWords: String {
            switch self {
            case .unreadable(let path):
                "cannot read '\(path)' — check the path and that this user may read the file"
            case .notCertificate(let path):
                "'\(path)' holds no PEM certificate — give the certificate file (-----BEGIN CERTIFICATE-----)"
            case .notPrivateKey(let path):
                "'\(path)' holds no unencrypted PEM private key — give the key file (-----BEGIN PRIVATE KEY-----), without a passphrase"
            case .keyDoesNotMatch(let certificate, let key):
                "the key '\(key)' does not belong to the certificate '\(certificate)' — give the key the certificate was issued for"
            }
        }
    }

    /// The server side of TLS, with the certificate chain and key; read by `SkillsWeb.application`.
    let configuration: TLSConfiguration

    /// Reads the certificate chain (the server's certificate first, then any intermediates) and its private key.
    public init(certificateFile: String, keyFile: String) throws(Problem) {
        let certificates: [NIOSSLCertificate]
        do {
            certificates = try NIOSSLCertificate.fromPEMBytes(Array(try Self.contents(of: certificateFile)))
        } catch let problem as Problem {
            throw problem
        } catch {
            throw .notCertificate(path: certificateFile)
        }
        guard !certificates.isEmpty else { throw .notCertificate(path: certificateFile) }
        let key: NIOSSLPrivateKey
        do {
            // A passphrase is never asked for: an encrypted key fails here instead of prompting on the server's terminal.
            let neverAsk: NIOSSLPassphraseCallback<[UInt8]> = { _ in }
            key = try NIOSSLPrivateKey(bytes: Array(try Self.contents(of: keyFile)), format: .pem, passphraseCallback: neverAsk)
        } catch let problem as Problem {
            throw problem
        } catch {
            throw .notPrivateKey(path: keyFile)
        }
        let configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: certificates.map { .certificate($0) }, privateKey: .privateKey(key))
        // Building the context is where BoringSSL compares the key with the certificate.
        do {
            _ = try NIOSSLContext(configuration: configuration)
        } catch {
            throw .keyDoesNotMatch(certificate: certificateFile, key: keyFile)
        }
        self.configuration = configuration
    }

    private static func contents(of path: String) throws(Problem) -> Data {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
        return data
    }
}
