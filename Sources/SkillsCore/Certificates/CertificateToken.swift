import Foundation

/// The signed certificate as text: `DS1.<facts>.<signature>`, both parts base32 in capitals, so a QR code holds
/// it in its compact alphanumeric mode. The QR code and the PDF carry it.
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
    public var text: String { Self.prefix + Base32.encode(signedBytes) + "." + Base32.encode(signature) }

    /// Finds and reads a token inside text (a bare token, a verify URL, a scanned QR text); nil when there is none.
    public init?(finding text: String) {
        guard let start = text.range(of: Self.prefix) else { return nil }
        let body = text[start.upperBound...].prefix { ("A"..."Z").contains($0) || ("2"..."7").contains($0) || $0 == "." }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let signed = Base32.decode(String(parts[0])), let signature = Base32.decode(String(parts[1])),
            let facts = try? JSONDecoder().decode(CertificateFacts.self, from: signed)
        else { return nil }
        self.init(facts: facts, signedBytes: signed, signature: signature)
    }
}
