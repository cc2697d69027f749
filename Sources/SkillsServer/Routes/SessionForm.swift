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

    /// Marks the fields the form itself could not read.
    mutating func markUnreadable() {
        if Day(iso: date) == nil { problems["date", default: []].append("'\(date)' is not a date: write it as YYYY-MM-DD") }
        if Int(minutes) == nil { problems["minutes", default: []].append("'\(minutes)' is not a whole number of minutes") }
        if SessionMode(rawValue: mode) == nil { problems["mode", default: []].append("choose how the session took place") }
    }

    /// Places a service error beside the field it is about.
    mutating func mark(_ error: ServiceError) {
        switch error {
        case .invalid(let found):
            for problem in found { problems[Self.formField(problem.field), default: []].append(problem.message) }
        case .unknown(let kind, _, _):
            let field = kind == .learner ? "learner" : kind == .tutor ? "tutor" : kind == .outcome ? "outcome" : ""
            if field.isEmpty { general.append(ErrorStatus.message(error)) } else { problems[field, default: []].append(error.plainWords) }
        default:
            general.append(ErrorStatus.message(error))
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
