/// The public address of a programme's verification page, checked before it is printed in QR codes.
public enum VerifyAddress {
    /// The address tidied (no trailing slash), or a one-line reason it cannot be used.
    public static func checked(_ text: String) -> Result<String, ServiceError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let address = trimmed.hasSuffix("/") ? String(trimmed.dropLast()) : trimmed
        let host = address.dropFirst("https://".count).prefix { $0 != "/" }
        guard address.hasPrefix("https://"), !host.isEmpty, host.contains("."), !address.contains(where: { "#? ".contains($0) })
        else {
            return .failure(
                .invalid(
                    field: "verify_url", value: text,
                    "'\(text)' must be an https:// address without ? or #, where the verify page is published",
                    hint: "such as https://skills.example.org/verify"))
        }
        return .success(address)
    }
}
