import Foundation

/// How `skills serve` listens and how it describes itself to browsers.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// The address people use to reach the server (through a reverse proxy, say); an https one makes cookies `Secure`.
    public var publicURL: URL?

    public init(host: String = "127.0.0.1", port: Int = 8080, publicURL: URL? = nil) {
        self.host = host
        self.port = port
        self.publicURL = publicURL
    }

    /// Whether cookies may travel only over HTTPS.
    var secureCookies: Bool { publicURL?.scheme?.lowercased() == "https" }
}
