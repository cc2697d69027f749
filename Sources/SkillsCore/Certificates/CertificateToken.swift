import Foundation

/// The signed certificate as text, as the QR code and the PDF carry it.
///
/// Format 2 (issued now): `DS2.` then the compact facts and the 64-byte signature as decimal digits, which a QR
/// code stores in numeric mode. Format 1 (older certificates, still verified): `DS1.<facts>.<signature>`, JSON facts
/// and signature each in base32 capitals.
public struct CertificateToken: Equatable, Sendable {
    /// The prefix of format 2 tokens.
    public static let prefix = "DS2."
    /// The prefix of format 1 tokens.
    public static let legacyPrefix = "DS1."

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
    public var text: String {
        if facts.version >= 2 { return Self.prefix + DecimalDigits.encode(Array(signedBytes + signature)) }
        return Self.legacyPrefix + Base32.encode(signedBytes) + "." + Base32.encode(signature)
    }

    /// Reads the signed bytes of either format, completing format 2 facts from their curriculum; nil when they do
    /// not read.
    public init?(
        signedBytes: Data, signature: Data, issuer: String, curricula: (_ id: String, _ version: Int) -> Curriculum?
    ) {
        let facts: CertificateFacts?
        if signedBytes.first == CompactFacts.format {
            facts = CompactFacts.decode(Array(signedBytes), issuer: issuer, curricula: curricula)
        } else {
            facts = try? JSONDecoder().decode(CertificateFacts.self, from: signedBytes)
        }
        guard let facts else { return nil }
        self.init(facts: facts, signedBytes: signedBytes, signature: signature)
    }

    /// Finds and reads a token inside text (a bare token, a verify URL, a scanned QR text); nil when there is none.
    public init?(finding text: String, issuer: String, curricula: (_ id: String, _ version: Int) -> Curriculum?) {
        if let start = text.range(of: Self.prefix) {
            let digits = text[start.upperBound...].prefix { $0.isASCII && $0.isNumber }
            guard let bytes = DecimalDigits.decode(digits), bytes.count > 64 else { return nil }
            self.init(
                signedBytes: Data(bytes.dropLast(64)), signature: Data(bytes.suffix(64)), issuer: issuer, curricula: curricula)
            return
        }
        guard let start = text.range(of: Self.legacyPrefix) else { return nil }
        let body = text[start.upperBound...].prefix { ("A"..."Z").contains($0) || ("2"..."7").contains($0) || $0 == "." }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let signed = Base32.decode(String(parts[0])), let signature = Base32.decode(String(parts[1])) else {
            return nil
        }
        self.init(signedBytes: signed, signature: signature, issuer: issuer, curricula: curricula)
    }
}
