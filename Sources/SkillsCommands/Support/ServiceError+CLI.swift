import SkillsCore

extension ServiceError {
    /// The error as the command line says it: one line naming the value, with the flag or command that fixes it,
    /// and the exit code from the README's table.
    var userError: UserError {
        switch self {
        case .invalid(let problems):
            return UserError(.usage, problems.map { "\(Self.flag($0.field)): \($0.message)" }.joined(separator: "; "))
        case .unknown(let kind, let value, let nearest):
            let list = Self.listCommand(kind)
            if let nearest {
                return UserError(.data, "no \(kind.rawValue) '\(value)' — did you mean '\(nearest)'? (list them with `\(list)`)")
            }
            return UserError(.data, "no \(kind.rawValue) '\(value)' — list them with `\(list)`")
        case .duplicate(let kind, let value):
            let fix =
                switch kind {
                case .learner: "see them with `skills learner show \(value)`"
                case .tutor: "change them with `skills tutor update \(value)`"
                default: "choose another ref"
                }
            return UserError(.data, "\(plainWords) — \(fix)")
        case .conflict(let conflict):
            return UserError(.data, Self.describe(conflict))
        case .refused(let refusal):
            if refusal.reason == .notRegistered {
                return UserError(
                    .permission,
                    "\(refusal.plainWords) — an administrator can add them with `skills actor add \(refusal.actorName) --role tutor --centre REF`"
                )
            }
            return UserError(.permission, refusal.plainWords)
        case .noProgramme(let location):
            return UserError(.noInput, "no programme at '\(location)' — create one with `skills init` or point to it with --db PATH")
        case .unreadable:
            return UserError(.data, "\(plainWords) — check the path, or restore it from a backup")
        case .unavailable:
            return UserError(.noInput, plainWords)
        case .notAProgramme:
            return UserError(
                .data, "\(plainWords); nothing was changed — point to a programme with --db PATH, or create one with `skills init`")
        case .newerSchema:
            return UserError(.data, "\(plainWords); nothing was changed — install that version of skills to use it")
        case .file(let problem):
            return Self.describe(problem)
        case .signingKey(.cannotCreate):
            return UserError(.data, "\(plainWords) — move the old key away or set SKILLS_KEY")
        case .signingKey(.cannotRead):
            return UserError(
                .noInput, "\(plainWords) — certificates are signed with the key `skills init` made; set SKILLS_KEY if it is elsewhere")
        case .signingKey(.notEd25519):
            return UserError(.data, plainWords)
        case .signingKey(.notThisProgrammes):
            return UserError(.data, "\(plainWords) — set SKILLS_KEY to the key `skills init` made for this programme")
        case .interrupted(let reason):
            return UserError(.data, "\(reason) — run the same command again to finish")
        }
    }

    /// The option that sets a field: `dbs_expires` is `--dbs-expires`.
    static func flag(_ field: String) -> String {
        "--" + field.replacingOccurrences(of: "_", with: "-")
    }

    /// The command that lists the records of a kind.
    static func listCommand(_ kind: RecordKind) -> String {
        switch kind {
        case .learner: "skills learner list"
        case .tutor: "skills tutor list"
        case .centre: "skills centre list"
        case .region: "skills region list"
        case .outcome, .module: "skills curriculum show ID"
        case .curriculum: "skills curriculum list"
        case .certificate: "skills certificate list REF"
        case .session: "skills session list"
        case .actor: "skills actor list"
        case .localAuthority: "grep REGION Reports/regions/uk-local-authorities.csv"
        }
    }

    private static func describe(_ conflict: Conflict) -> String {
        switch conflict {
        case .otherCentre: "\(conflict.plainWords) — add --allow-other-centre if this was planned"
        case .learnerWithdrawn(let learner):
            "\(conflict.plainWords) — re-enrol them with `skills learner update \(learner) --status active` first"
        case .learnerAlreadyInSession: "\(conflict.plainWords) — give the new session another --ref, or leave --ref out"
        case .sessionDiffers(let session, _):
            "\(conflict.plainWords) — give the new session another --ref, or correct the stored one with `skills session update \(session)`"
        case .sessionBeforeEnrolment(let learner, _, _):
            "\(conflict.plainWords) — check the date, or correct the enrolment with `skills learner update \(learner) --enrolled DATE`"
        case .noCurriculum: "\(conflict.plainWords) — load one with `skills curriculum load FILE`"
        case .programmeExists: "\(conflict.plainWords) — use it as it is, or choose another file with --db PATH"
        case .noSigningKey: "\(conflict.plainWords) — `skills init` creates one"
        case .issuingInProgress: "\(conflict.plainWords) — wait for it to finish, then run the same command again"
        case .outcomeIDTaken, .alreadyRevoked, .alreadyErased: conflict.plainWords
        case .noErasureScheduled: "\(conflict.plainWords) — list those waiting with `skills learner erasures`"
        }
    }

    private static func describe(_ problem: FileProblem) -> UserError {
        switch problem {
        case .cannotRead, .cannotWrite, .cannotCreateFolder: UserError(.noInput, problem.plainWords)
        case .toolMissing: UserError(.noInput, "\(problem.plainWords) (scripts/install-deps.sh does)")
        case .notUTF8, .notReadable, .contents: UserError(.data, problem.plainWords)
        case .exists: UserError(.usage, "\(problem.plainWords) — choose another file")
        case .ownedByAnotherDatabase: UserError(.data, "\(problem.plainWords) — choose another --out folder")
        }
    }
}
