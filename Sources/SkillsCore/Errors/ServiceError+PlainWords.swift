extension ServiceError {
    /// The problem in plain words that name no door: what a log, an import problem list or an API client reads.
    public var plainWords: String {
        switch self {
        case .invalid(let problems): problems.map(\.message).joined(separator: "; ")
        case .unknown(let kind, let value, let nearest):
            nearest.map { "no \(kind.rawValue) '\(value)' — did you mean '\($0)'?" } ?? "no \(kind.rawValue) '\(value)'"
        case .duplicate(let kind, let value): "\(kind.rawValue) '\(value)' already exists"
        case .conflict(let conflict): conflict.plainWords
        case .refused(let refusal): refusal.plainWords
        case .noProgramme(let location): "no programme at '\(location)'"
        case .unreadable(let location, let reason): "cannot read the programme at '\(location)': \(reason)"
        case .unavailable(let location, let reason): "cannot reach the programme at '\(location)': \(reason)"
        case .notAProgramme(let location): "'\(location)' holds a database, but not a DigitalSkills programme"
        case .newerSchema(let location, let step):
            "the programme at '\(location)' was changed by a newer version of skills (schema step '\(step)')"
        case .file(let problem): problem.plainWords
        case .signingKey(.cannotCreate(let path, let reason)): "cannot create the signing key '\(path)' (\(reason))"
        case .signingKey(.cannotRead(let path)): "cannot read the signing key '\(path)'"
        case .signingKey(.notEd25519(let path)): "'\(path)' is not an Ed25519 private key (PKCS #8 PEM)"
        case .signingKey(.notThisProgrammes(let path)):
            "the signing key '\(path)' does not match this programme's public key, so certificates signed with it would not verify"
        case .interrupted(let reason): "\(reason) — run the same request again to finish"
        }
    }
}

extension Conflict {
    /// The conflict in plain words.
    public var plainWords: String {
        switch self {
        case .otherCentre(let tutor, let tutorCentre, let learner, let learnerCentre):
            "tutor '\(tutor)' is at centre '\(tutorCentre)' but learner '\(learner)' is at '\(learnerCentre)'"
        case .learnerWithdrawn(let learner): "learner '\(learner)' has withdrawn"
        case .learnerAlreadyInSession(let session, let learner): "session '\(session)' already has learner '\(learner)'"
        case .sessionDiffers(let session, let differences):
            "session '\(session)' already exists with other details (\(differences.joined(separator: "; "))); a group session shares them"
        case .sessionBeforeEnrolment(let learner, let enrolled, let date):
            "learner '\(learner)' enrolled on \(enrolled), after this session's date \(date)"
        case .outcomeIDTaken(let clash):
            "outcome id \(clash) is already used by another curriculum — give this curriculum's outcomes their own prefix"
        case .noCurriculum: "no curriculum is loaded"
        case .alreadyRevoked(let certificate): "certificate \(certificate) is already revoked"
        case .alreadyErased(let learner): "learner '\(learner)' was already erased"
        case .noErasureScheduled(let learner): "no erasure of learner '\(learner)' is asked for or scheduled"
        case .programmeExists(let location): "'\(location)' already holds a programme"
        case .noSigningKey: "this programme has no signing key yet"
        case .issuingInProgress: "another issuing run is recording the same certificates right now"
        }
    }
}

extension FileProblem {
    /// The file problem in plain words.
    public var plainWords: String {
        switch self {
        case .cannotRead(let path): "cannot read '\(path)' — check the path and that the file exists"
        case .notUTF8(let path): "'\(path)' is not UTF-8 text — save it as UTF-8 and try again"
        case .cannotWrite(let path): "cannot write '\(path)' — check the folder exists and you may write to it"
        case .cannotCreateFolder(let path): "cannot create '\(path)' — check the path and that you may write there"
        case .exists(let path): "'\(path)' already exists"
        case .ownedByAnotherDatabase(let folder, let owner): "'\(folder)' holds certificates issued from another database ('\(owner)')"
        case .notReadable(let path, let what): "'\(path)' is not \(what)"
        case .toolMissing(let tool, let package): "this needs \(tool) — install \(package)"
        case .contents(_, let summary, let problems): ([summary] + problems).joined(separator: "\n")
        }
    }
}
