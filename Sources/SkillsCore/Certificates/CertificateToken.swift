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

/// Base32 (RFC 4648 alphabet, capitals, no padding): text a QR code stores in alphanumeric mode.
public enum Base32 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)

    /// Encodes bytes.
    public static func encode(_ data: Data) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((data.count * 8 + 4) / 5)
        var buffer = 0, bits = 0
        for byte in data {
            buffer = (buffer << 8) | Int(byte)
            bits += 8
            while bits >= 5 {
                output.append(alphabet[(buffer >> (bits - 5)) & 31])
                bits -= 5
            }
        }
        if bits > 0 { output.append(alphabet[(buffer << (5 - bits)) & 31]) }
        return String(decoding: output, as: UTF8.self)
    }

    /// Decodes text, or nil when it is not base32.
    public static func decode(_ text: String) -> Data? {
        var output = Data()
        var buffer = 0, bits = 0
        for character in text.utf8 {
            guard let value = alphabet.firstIndex(of: character) else { return nil }
            buffer = ((buffer << 5) | value) & 0xFFFF
            bits += 5
            if bits >= 8 {
                output.append(UInt8((buffer >> (bits - 8)) & 0xFF))
                bits -= 8
            }
        }
        return output
    }
}
