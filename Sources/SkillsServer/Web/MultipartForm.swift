import Foundation

/// A `multipart/form-data` body (RFC 7578): the fields and files a form with `enctype="multipart/form-data"` sends.
///
/// Hummingbird reads no multipart bodies, so this small reader does: it finds each part between the boundary lines,
/// reads the part's `Content-Disposition` for its name (and file name), and keeps its bytes as they came.
struct MultipartForm: Sendable {
    /// One part: a form field, or a file when it has a file name.
    struct Part: Sendable {
        let name: String
        let fileName: String?
        let bytes: [UInt8]
    }

    /// Why a body is not a multipart form.
    enum Problem: Error, Equatable {
        /// The request's Content-Type is not `multipart/form-data` with a boundary.
        case notMultipart
        /// The body does not follow its boundary lines (cut short, or not multipart at all).
        case malformed
    }

    let parts: [Part]

    /// The boundary a `Content-Type: multipart/form-data; boundary=…` header names, without quotes.
    static func boundary(contentType: String?) -> String? {
        guard let contentType else { return nil }
        let type = contentType.prefix { $0 != ";" }
        guard type.trimmingCharacters(in: .whitespaces).lowercased() == "multipart/form-data" else { return nil }
        guard let value = parameters(contentType.dropFirst(type.count)).first(where: { $0.key.lowercased() == "boundary" })?.value
        else { return nil }
        // RFC 2046: 1 to 70 characters.
        return (1...70).contains(value.count) ? value : nil
    }

    /// Reads a body whose parts are separated by `--boundary` lines and which ends with `--boundary--`.
    init(body: [UInt8], boundary: String) throws(Problem) {
        let delimiter = Array("--\(boundary)".utf8)
        let nextDelimiter = Array("\r\n--\(boundary)".utf8)
        guard var position = Self.find(delimiter, in: body, from: 0) else { throw .malformed }
        var parts: [Part] = []
        while true {
            position += delimiter.count
            if Self.starts(with: Array("--".utf8), in: body, at: position) { break }
            // Transport padding (spaces or tabs) may follow a boundary before its line break.
            while position < body.count, body[position] == 0x20 || body[position] == 0x09 { position += 1 }
            guard Self.starts(with: [0x0D, 0x0A], in: body, at: position) else { throw .malformed }
            position += 2
            guard let headersEnd = Self.find([0x0D, 0x0A, 0x0D, 0x0A], in: body, from: position) else { throw .malformed }
            let headers = String(decoding: body[position..<headersEnd], as: UTF8.self)
            let contentStart = headersEnd + 4
            guard let contentEnd = Self.find(nextDelimiter, in: body, from: contentStart) else { throw .malformed }
            if let (name, fileName) = Self.disposition(headers) {
                parts.append(Part(name: name, fileName: fileName, bytes: Array(body[contentStart..<contentEnd])))
            }
            position = contentEnd + 2
        }
        self.parts = parts
    }

    /// A text field's value, or nil.
    func value(_ name: String) -> String? {
        parts.first { $0.name == name && $0.fileName == nil }.map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    /// A file field, or nil when the form sent none (a browser sends an empty file name when none was chosen).
    func file(_ name: String) -> Part? {
        parts.first { $0.name == name && !($0.fileName ?? "").isEmpty }
    }

    /// Whether the form carries the expected token, compared as the urlencoded forms compare theirs.
    func hasToken(_ expected: String) -> Bool {
        Form.isToken(value(Form.tokenName), expected)
    }

    /// The `name` and `filename` of a part's `Content-Disposition: form-data` header.
    static func disposition(_ headers: String) -> (name: String, fileName: String?)? {
        let lines = headers.split(separator: "\r\n")
        guard let line = lines.first(where: { $0.lowercased().hasPrefix("content-disposition:") }) else { return nil }
        var name: String?
        var fileName: String?
        for parameter in Self.parameters(line.dropFirst("content-disposition:".count)) {
            switch parameter.key.lowercased() {
            case "name": name = parameter.value
            case "filename": fileName = parameter.value
            default: break
            }
        }
        return name.map { ($0, fileName) }
    }

    /// `form-data; name="kind"; filename="a;b.csv"` as key–value pairs; a semicolon inside quotes belongs to the value.
    private static func parameters(_ text: Substring) -> [(key: String, value: String)] {
        var pairs: [(String, String)] = []
        var key = ""
        var value = ""
        var inKey = true
        var quoted = false
        var escaped = false
        func finish() {
            let trimmed = key.trimmingCharacters(in: .whitespaces)
            if !inKey, !trimmed.isEmpty { pairs.append((trimmed, value)) }
            key = ""
            value = ""
            inKey = true
        }
        for character in text {
            if quoted {
                if escaped {
                    value.append(character)
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    quoted = false
                } else {
                    value.append(character)
                }
            } else if character == ";" {
                finish()
            } else if inKey, character == "=" {
                inKey = false
            } else if inKey {
                key.append(character)
            } else if character == "\"" {
                quoted = true
            } else if character != " " || !value.isEmpty {
                value.append(character)
            }
        }
        finish()
        return pairs
    }

    /// Where `pattern` next starts in `bytes`, at or after `start`.
    static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var index = start
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == first, starts(with: pattern, in: bytes, at: index) { return index }
            index += 1
        }
        return nil
    }

    private static func starts(with pattern: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + pattern.count <= bytes.count else { return false }
        for offset in 0..<pattern.count where bytes[index + offset] != pattern[offset] { return false }
        return true
    }
}
