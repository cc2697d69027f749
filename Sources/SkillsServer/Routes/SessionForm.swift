import SkillsCore

/// The "record a session" form: what the tutor typed (kept when something is wrong), the choices offered, and the
/// problems to show beside each field.
struct SessionForm {
    var learners: [String] = []
    var date = ""
    var minutes = ""
    var mode = SessionMode.inPerson.rawValue
    var tutor = ""
    var outcomes: Set<String> = []
    var notes = ""

    /// Problems by form field (`learner`, `date`, `minutes`, `mode`, `tutor`, `outcome`, `notes`), and any that
    /// belong to no one field.
    var problems: [String: [String]] = [:]
    var general: [String] = []

    init() {}

    init(_ form: Form) {
        learners = form.values("learner").flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init) }
        date = form.value("date") ?? ""
        minutes = form.value("minutes") ?? ""
        mode = form.value("mode") ?? SessionMode.inPerson.rawValue
        tutor = form.value("tutor") ?? ""
        outcomes = Set(form.values("outcome"))
        notes = form.value("notes") ?? ""
    }

    /// The session the form describes, or the problems that stop it being one; the service checks the rest.
    func session() -> Session? {
        guard let day = Day(iso: date), let length = Int(minutes), let how = SessionMode(rawValue: mode) else { return nil }
        return Session(
            ref: "", date: day, minutes: length, mode: how, tutorRef: tutor, learnerRefs: learners, outcomeIDs: outcomes.sorted(),
            notes: notes.isEmpty ? nil : notes)
    }

    /// Marks the fields the form itself could not read, in the visitor's words.
    mutating func markUnreadable(_ words: ServiceWords) {
        var found: [FieldProblem] = []
        if Day(iso: date) == nil {
            found.append(FieldProblem(field: "date", value: date, rule: "'\(date)' is not a date: write it as YYYY-MM-DD"))
        }
        if Int(minutes) == nil {
            found.append(FieldProblem(field: "minutes", value: minutes, rule: "'\(minutes)' is not a whole number of minutes"))
        }
        if SessionMode(rawValue: mode) == nil {
            found.append(FieldProblem(field: "mode", value: mode, rule: "choose how the session took place"))
        }
        for problem in found { problems[problem.field, default: []].append(words.problem(problem)) }
    }

    /// Places a service error beside the field it is about, in the visitor's words.
    mutating func mark(_ error: ServiceError, _ words: ServiceWords) {
        switch error {
        case .invalid(let found):
            for problem in found { problems[Self.formField(problem.field), default: []].append(words.problem(problem)) }
        case .unknown(let kind, _, _):
            let field = kind == .learner ? "learner" : kind == .tutor ? "tutor" : kind == .outcome ? "outcome" : ""
            if field.isEmpty { general.append(words.error(error)) } else { problems[field, default: []].append(words.error(error)) }
        default:
            general.append(words.error(error))
        }
    }

    /// The form field a service's field name belongs to.
    static func formField(_ serviceField: String) -> String {
        switch serviceField {
        case "learner", "learners": "learner"
        case "outcomes", "outcome": "outcome"
        default: serviceField
        }
    }

    var hasProblems: Bool { !problems.isEmpty || !general.isEmpty }
}
