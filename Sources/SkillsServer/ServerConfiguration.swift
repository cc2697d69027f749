import Foundation

/// How `skills serve` listens and how it describes itself to browsers.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// The address people use to reach the server (through a reverse proxy, say); an https one makes cookies `Secure`.
    public var publicURL: URL?
    /// How coordinators' pages issue certificates, or nil when this server was started without a signing key.
    public var certificates: CertificateIssuing?
    /// The certificate and key to answer HTTPS with, or nil to answer plain HTTP (behind a reverse proxy, say).
    public var tls: TLSIdentity?

    public init(
        host: String = "127.0.0.1", port: Int = 8080, publicURL: URL? = nil, certificates: CertificateIssuing? = nil,
        tls: TLSIdentity? = nil
    ) {
        self.host = host
        self.port = port
        self.publicURL = publicURL
        self.certificates = certificates
        self.tls = tls
    }

    /// Whether cookies may travel only over HTTPS: when this server answers HTTPS itself, or is reached at an https
    /// address.
    var secureCookies: Bool { tls != nil || publicURL?.scheme?.lowercased() == "https" }
}
