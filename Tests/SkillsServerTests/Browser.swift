import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting

/// A test client that keeps cookies between requests, as a browser does, and reads form tokens from pages.
final class Browser: @unchecked Sendable {
    let client: any TestClientProtocol
    private(set) var cookies: [String: String] = [:]

    init(_ client: any TestClientProtocol) { self.client = client }

    /// Sends a request with the cookies held, and keeps the cookies the answer sets.
    @discardableResult
    func send(
        _ method: HTTPRequest.Method, _ uri: String, form: [(String, String)]? = nil, json: String? = nil, headers extra: HTTPFields = [:]
    )
        async throws -> TestResponse
    {
        var headers = extra
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        var body: ByteBuffer?
        if let form {
            headers[.contentType] = "application/x-www-form-urlencoded"
            body = ByteBuffer(string: form.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&"))
        } else if let json {
            headers[.contentType] = "application/json"
            body = ByteBuffer(string: json)
        }
        let response = try await client.executeRequest(uri: uri, method: method, headers: headers, body: body)
        for header in response.headers[values: .setCookie] {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let value = pair.count > 1 ? String(pair[1]) : ""
            if value.isEmpty { cookies[String(pair[0])] = nil } else { cookies[String(pair[0])] = value }
        }
        return response
    }

    /// The page's text.
    func page(_ uri: String) async throws -> (TestResponse, String) {
        let response = try await send(.get, uri)
        return (response, String(buffer: response.body))
    }

    /// Signs in through the form; returns the answer to the form's post.
    @discardableResult
    func signIn(_ name: String, _ password: String = WebProgramme.password) async throws -> TestResponse {
        let (_, html) = try await page("/sign-in")
        return try await send(
            .post, "/sign-in", form: [("form_token", Self.formToken(html) ?? ""), ("name", name), ("password", password)])
    }

    /// The form token in a page's first form.
    static func formToken(_ html: String) -> String? {
        guard let range = html.range(of: "name=\"form_token\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(
            withAllowedCharacters: CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")) ?? ""
    }
}
