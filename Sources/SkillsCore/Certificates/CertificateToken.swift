import Foundation

/// The signed certificate as text: `DS1.<facts>.<signature>`, both parts base64url. The QR code and the PDF carry it.
public struct CertificateToken: Equatable, Sendable {
    /// The prefix that marks a token and its format version.
    public static let prefix = "DS1."

    public var facts: CertificateFacts
    /// The exact signed bytes (kept, so verification checks what was signed, not a re-encoding).
    public var signedBytes: Data
    public var signature: Data

    public init(facts: CertificateFacts, signedBytes: Data, signature: Data) {
        self.facts = facts
        self.signedBytes = signedBytes
        self.signature = signature
    }

    /// The token text.
    public var text: String { Self.prefix + Base64URL.encode(signedBytes) + "." + Base64URL.encode(signature) }

    /// Finds and reads a token inside text (a bare token, a verify URL, a scanned QR text); nil when there is none.
    public init?(finding text: String) {
        guard let start = text.range(of: Self.prefix) else { return nil }
        let body = text[start.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let signed = Base64URL.decode(String(parts[0])), let signature = Base64URL.decode(String(parts[1])),
            let facts = try? JSONDecoder().decode(CertificateFacts.self, from: signed)
        else { return nil }
        self.init(facts: facts, signedBytes: signed, signature: signature)
    }
}

/// Base64 with the URL-safe alphabet and no padding (RFC 4648 §5), as JWTs and QR tokens use.
public enum Base64URL {
    /// Encodes bytes.
    public static func encode(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Decodes text, or nil when it is not base64url.
    public static func decode(_ text: String) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64.append("=") }
        return Data(base64Encoded: base64)
    }
}
