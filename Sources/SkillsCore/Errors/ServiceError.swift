/// Why a request could not be carried out, as data: what was wrong, with which value, and what would fix it.
///
/// The service layer and the stores throw these; each door words them for its people. The CLI prints one line
/// with the flag or command to use, a web form marks the field, and the JSON API returns them as a list. Nothing
/// in here names a flag, a command or a URL.
public enum ServiceError: Error, Equatable, Sendable {
    /// Fields that break a rule; a form marks every one, the CLI prints the first.
    case invalid([FieldProblem])
    /// A reference that names nothing, with the nearest known one when there is a close match.
    case unknown(RecordKind, String, nearest: String?)
    /// A new record whose reference is already taken.
    case duplicate(RecordKind, String)
    /// A change that conflicts with what is stored.
    case conflict(Conflict)
    /// The actor may not do this.
    case refused(Refusal)
    /// There is no programme where one was expected.
    case noProgramme(location: String)
    /// The store could not be read.
    case unreadable(location: String, reason: String)
    /// The store's server cannot be reached, refused the login, or had no connection free in time; the reason says
    /// which, and what would fix it.
    case unavailable(location: String, reason: String)
    /// The store holds something other than a programme.
    case notAProgramme(location: String)
    /// The programme was last changed by a newer version of this program, which knows the named schema step.
    case newerSchema(location: String, step: String)
    /// A file the request needs cannot be opened or written.
    case file(FileProblem)
    /// The programme's private signing key cannot be had.
    case signingKey(SigningKeyProblem)
    /// Work stopped part-way for a reason outside the request (a drawing worker died, a disk filled up); running the
    /// same request again finishes it.
    case interrupted(String)

    /// An invalid single field.
    public static func invalid(field: String, value: String, _ rule: String, hint: String? = nil) -> ServiceError {
        .invalid([FieldProblem(field: field, value: value, rule: rule, hint: hint)])
    }

    /// An unknown reference, with the nearest of the known ones.
    public static func unknown(_ kind: RecordKind, _ value: String, among known: some Sequence<String>) -> ServiceError {
        .unknown(kind, value, nearest: NearestMatch.best(for: value, among: known))
    }
}

/// One field that breaks a rule: which, with what value, the rule in plain words, and what would fix it.
public struct FieldProblem: Equatable, Sendable, Codable {
    /// The field's name as the domain knows it (`date`, `minutes`, `name`); doors map it to a flag or a form field.
    public var field: String
    public var value: String
    /// What is wrong, in a person's words, naming the value (`date 2027-01-05 is in the future`).
    public var rule: String
    /// What to do about it, if there is more to say.
    public var hint: String?

    public init(field: String, value: String, rule: String, hint: String? = nil) {
        self.field = field
        self.value = value
        self.rule = rule
        self.hint = hint
    }

    /// The rule and the hint in one line.
    public var message: String { hint.map { "\(rule) — \($0)" } ?? rule }
}

/// The kinds of record people refer to by a reference.
public enum RecordKind: String, Sendable, Equatable, Codable, CaseIterable {
    case learner, tutor, centre, region, outcome, module, curriculum, certificate, session, actor
    case localAuthority = "local authority"
}

/// A change that does not fit what is stored.
public enum Conflict: Equatable, Sendable {
    /// The tutor works at another centre than the learner, and that was not said to be planned.
    case otherCentre(tutor: String, tutorCentre: String, learner: String, learnerCentre: String)
    /// The learner has withdrawn and must be re-enrolled first.
    case learnerWithdrawn(String)
    /// The session already lists this learner.
    case learnerAlreadyInSession(session: String, learner: String)
    /// A session ref already names a session with another date, tutor, length or mode; each difference in words.
    case sessionDiffers(session: String, differences: [String])
    /// The session took place before the learner enrolled.
    case sessionBeforeEnrolment(learner: String, enrolled: Day, date: Day)
    /// Another curriculum already uses an outcome id.
    case outcomeIDTaken(String)
    /// No curriculum has been loaded yet.
    case noCurriculum
    /// The certificate was revoked before.
    case alreadyRevoked(certificate: String)
    /// The learner's personal data was erased before.
    case alreadyErased(learner: String)
    /// Nobody asked for the learner's erasure and no day is set for it.
    case noErasureScheduled(learner: String)
    /// The store already holds a programme.
    case programmeExists(location: String)
    /// The programme has no signing key yet.
    case noSigningKey
    /// Another issuing run is recording the same certificates at this moment.
    case issuingInProgress
}

/// Why the private signing key cannot be used.
public enum SigningKeyProblem: Equatable, Sendable {
    /// A new key file cannot be created (one exists, or the folder is not writable).
    case cannotCreate(path: String, reason: String)
    case cannotRead(path: String)
    case notEd25519(path: String)
    /// The key is a key, but not the one whose public half this programme recorded.
    case notThisProgrammes(path: String)
}

/// A file that a request needs and cannot have.
public enum FileProblem: Equatable, Sendable {
    case cannotRead(path: String)
    case notUTF8(path: String)
    case cannotWrite(path: String)
    case cannotCreateFolder(path: String)
    /// A file the request would create is there already.
    case exists(path: String)
    /// An output folder another programme database issued certificates into.
    case ownedByAnotherDatabase(folder: String, owner: String)
    /// A file is not in the form expected, such as a PDF with no certificate in it.
    case notReadable(path: String, what: String)
    /// A program the request needs is not installed.
    case toolMissing(tool: String, package: String)
    /// A file with problems in its contents: a summary line, then each problem as `FILE:LINE:COLUMN: error: …`.
    case contents(path: String, summary: String, problems: [String])
}
