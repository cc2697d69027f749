import Foundation
import Hummingbird
import SkillsCore
import SkillsServices

/// `POST /api/v1/sessions`: a session as JSON, recorded through the same `SessionService` the command line uses.
///
/// Sending the same `session_ref` with the same content again answers 200 and changes nothing, so a client may retry
/// or replay an offline queue safely.
struct SessionRecording {
    let site: Site

    /// The request body; every field optional here so a missing one is reported by name rather than as bad JSON.
    struct Body: Decodable {
        var sessionRef: String?
        var date: String?
        var learnerRefs: [String]?
        var tutorRef: String?
        var minutes: Int?
        var mode: String?
        var outcomes: [String]?
        var notes: String?

        enum CodingKeys: String, CodingKey {
            case sessionRef = "session_ref"
            case date
            case learnerRefs = "learner_refs"
            case tutorRef = "tutor_ref"
            case minutes, mode, outcomes, notes
        }
    }

    func record(_ request: Request, by actor: String) async throws -> Response {
        let buffer = try await request.body.collect(upTo: 256 * 1024)
        let body: Body
        do {
            body = try JSONDecoder().decode(Body.self, from: Data(buffer: buffer))
        } catch let DecodingError.typeMismatch(_, context) {
            return APIAnswer.problems([Self.wrongType(context)], status: .unprocessableContent)
        } catch {
            return APIAnswer.problems(
                [FieldProblem(field: "body", value: "", rule: "the body is not a JSON object")], status: .unprocessableContent)
        }
        let (session, problems) = Self.session(from: body)
        guard let session else { return APIAnswer.problems(problems, status: .unprocessableContent) }
        do {
            let (ref, recorded) = try await SessionService(site.services).recordOnce(session, allowOtherCentre: false, by: actor)
            return try APIAnswer.encoded(["session_ref": ref], status: recorded ? .created : .ok)
        } catch let ServiceError.unknown(kind, value, nearest) {
            let message = ServiceError.unknown(kind, value, nearest: nearest).plainWords
            return APIAnswer.problems(
                [FieldProblem(field: Self.field(for: kind), value: value, rule: message)], status: .unprocessableContent)
        } catch ServiceError.invalid(let found) {
            return APIAnswer.problems(found.map(Self.apiNamed), status: .unprocessableContent)
        }
    }

    /// The session a body describes, or every problem that stops it being one.
    static func session(from body: Body) -> (Session?, [FieldProblem]) {
        var problems: [FieldProblem] = []
        func missing(_ field: String) { problems.append(FieldProblem(field: field, value: "", rule: "\(field) is required")) }
        let day = body.date.flatMap { Day(iso: $0) }
        if body.date == nil {
            missing("date")
        } else if day == nil {
            problems.append(
                FieldProblem(field: "date", value: body.date ?? "", rule: "'\(body.date ?? "")' is not a date", hint: "use YYYY-MM-DD"))
        }
        if body.learnerRefs == nil { missing("learner_refs") }
        if body.tutorRef == nil { missing("tutor_ref") }
        if body.minutes == nil { missing("minutes") }
        let mode = SessionMode(rawValue: body.mode ?? "")
        if body.mode == nil {
            missing("mode")
        } else if mode == nil {
            problems.append(
                FieldProblem(field: "mode", value: body.mode ?? "", rule: "'\(body.mode ?? "")' is not in-person, phone or video"))
        }
        guard problems.isEmpty, let day, let mode, let learners = body.learnerRefs, let tutor = body.tutorRef, let minutes = body.minutes
        else { return (nil, problems) }
        return (
            Session(
                ref: body.sessionRef ?? "", date: day, minutes: minutes, mode: mode, tutorRef: tutor, learnerRefs: learners,
                outcomeIDs: body.outcomes ?? [], notes: body.notes), []
        )
    }

    /// A service's field name as the API spells it.
    static func apiNamed(_ problem: FieldProblem) -> FieldProblem {
        var renamed = problem
        switch problem.field {
        case "ref": renamed.field = "session_ref"
        case "learner": renamed.field = "learner_refs"
        case "tutor": renamed.field = "tutor_ref"
        case "outcome": renamed.field = "outcomes"
        default: break
        }
        return renamed
    }

    static func field(for kind: RecordKind) -> String {
        switch kind {
        case .learner: "learner_refs"
        case .tutor: "tutor_ref"
        case .outcome: "outcomes"
        case .session: "session_ref"
        default: kind.rawValue
        }
    }

    private static func wrongType(_ context: DecodingError.Context) -> FieldProblem {
        let field = context.codingPath.first?.stringValue ?? "body"
        return FieldProblem(field: field, value: "", rule: "\(field) has the wrong type")
    }
}
