import Foundation
import Hummingbird
import SkillsCore
import SkillsServices

/// JSON answers: the same stable form the command line's `--json` prints, and errors as `{"errors": [...]}`.
enum APIAnswer {
    static func encoded(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        respond(try JSONFormat.encoder.encode(value), status: status)
    }

    static func json(_ value: [String: String], status: HTTPResponse.Status = .ok) -> Response {
        respond((try? JSONFormat.encoder.encode(value)) ?? Data("{}".utf8), status: status)
    }

    /// One message for a client, as a one-item error list.
    static func message(_ text: String, status: HTTPResponse.Status) -> Response {
        problems([FieldProblem(field: "", value: "", rule: text)], status: status)
    }

    /// Problems as `{"errors": [{"field", "value", "message"}]}`.
    static func problems(_ problems: [FieldProblem], status: HTTPResponse.Status) -> Response {
        struct Problem: Encodable {
            var field: String
            var value: String
            var message: String
        }
        struct Problems: Encodable { var errors: [Problem] }
        let list = Problems(errors: problems.map { Problem(field: $0.field, value: $0.value, message: $0.message) })
        return respond((try? JSONFormat.encoder.encode(list)) ?? Data("{}".utf8), status: status)
    }

    /// A service error with its one status; a bad field names its field.
    static func error(_ error: ServiceError) -> Response {
        let status = ErrorStatus.of(error)
        if case .invalid(let found) = error { return problems(found, status: status) }
        return message(ErrorStatus.message(error), status: status)
    }

    private static func respond(_ data: Data, status: HTTPResponse.Status) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// `POST /api/v1/tokens`'s answer.
struct TokenAnswer: Encodable {
    var token: String
    /// When the token ends at the latest, ISO 8601 in UTC; 30 minutes unused ends it sooner.
    var expires: String

    init(token: String, expires: Date) {
        self.token = token
        self.expires = expires.formatted(.iso8601)
    }
}
