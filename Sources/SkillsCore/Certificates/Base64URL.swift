import Foundation

/// Base64 with the URL-safe alphabet and no padding (RFC 4648 §5), as JWTs use.
public enum Base64URL {
    /// Encodes bytes.
    public static func encode(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
