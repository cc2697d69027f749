import SkillsCore

/// How the pages word the services' errors for people, in the page's language.
///
/// The services and their rules say what is wrong as data (`ServiceError`, `FieldProblem`) with plain English words
/// that name no door; they stay free of any other language. English pages show those words. Welsh pages word each
/// problem here, from its field and its data: a field's Welsh message says what the field needs, so it reads
/// right whichever of that field's rules was broken, and no rule is decided a second time in the server. A field
/// this table does not know keeps the service's English words.
///
/// DRAFT: the Welsh below was written by the engineering team, not a Welsh speaker. A Welsh speaker should check it
/// (and the Welsh in `Strings+Welsh.swift`) before it goes to learners.
struct ServiceWords {
    let language: Language

    /// One field's problem, for beside the field.
    func problem(_ problem: FieldProblem) -> String {
        guard language == .welsh, let welsh = Self.welshField(problem) else { return problem.message }
        return welsh
    }

    /// An error as a sentence for the page: a field list worded one by one, anything else as a whole.
    func error(_ error: ServiceError) -> String {
        guard language == .welsh else { return ErrorStatus.message(error) }
        switch error {
        case .invalid(let problems): return problems.map(problem).joined(separator: " ")
        case .unknown(let kind, let value, let nearest):
            let none = "Does dim \(Self.welshKind(kind)) ‘\(value)’."
            return nearest.map { none + " Ai ‘\($0)’ oedd dan sylw?" } ?? none
        case .duplicate(let kind, let value): return "Mae \(Self.welshKind(kind)) ‘\(value)’ yn bod yn barod."
        case .conflict(let conflict): return Self.welshConflict(conflict)
        case .refused: return language.strings.refused
        default:
            return ErrorStatus.of(error).kind != .clientError
                ? "Ni allai'r gweinydd ateb. Rhowch gynnig arall arni yn nes ymlaen." : error.plainWords
        }
    }

    /// Why a certificate could not be shown as valid, in Welsh, before the verifier's English details.
    func verdictReason(tampered: Bool) -> String {
        tampered
            ? "Mae rhywbeth ar y dystysgrif hon wedi newid ers i'r rhaglen ei llofnodi, felly peidiwch â dibynnu arni. "
                + "Mae'r manylion isod yn Saesneg."
            : "Gwiriwch eich bod wedi teipio'r cod yn union fel y mae ar y dystysgrif, er enghraifft 7Q4K-9XZ2-M3PD. "
                + "Mae'r manylion isod yn Saesneg."
    }

    /// What a field needs, in Welsh, or nil for a field this table does not know.
    private static func welshField(_ problem: FieldProblem) -> String? {
        let value = problem.value
        switch problem.field {
        case "date":
            return "Ysgrifennwch ddyddiad y sesiwn fel blwyddyn-mis-diwrnod (er enghraifft 2026-11-24), rhwng 2000 a heddiw, "
                + "nid ‘\(value)’. Cofnodwch sesiynau ar y diwrnod y cawson nhw eu cynnal."
        case "minutes":
            return "Rhowch hyd y sesiwn fel rhif cyfan o funudau, o 1 i \(FieldRules.maximumSessionMinutes), nid ‘\(value)’. "
                + "Cofnodwch ddiwrnod hirach fel sawl sesiwn."
        case "mode": return "Dewiswch sut y cynhaliwyd y sesiwn: wyneb yn wyneb, ffôn neu fideo."
        case "notes":
            return "Mae'r nodiadau'n rhy hir. Cadwch nhw i \(FieldRules.maximumNotesLength) nod: beth ddigwyddodd, dim manylion personol."
        case "learner", "learners": return "Dewiswch o leiaf un dysgwr, a phob dysgwr unwaith yn unig."
        case "tutor": return "Rhowch gyfeirnod y tiwtor a arweiniodd y sesiwn."
        case "outcome", "outcomes": return "Dewiswch yr hyn y gall y dysgwyr ei wneud nawr o'r rhestr."
        case "name":
            return "Ysgrifennwch yr enw fel mae'r dysgwr yn ei ysgrifennu, mewn unrhyw wyddor: dim mwy na 200 nod, a dim nodau "
                + "cudd. Os cafodd ei gopïo o rywle arall, teipiwch ef eto."
        case "language": return "Dewiswch yr iaith sydd orau gan y dysgwr: Cymraeg neu Saesneg."
        case "centre": return "Dewiswch ganolfan y dysgwr."
        case "born": return "Rhaid i'r flwyddyn geni roi oedran rhwng 16 a 120, nid ‘\(value)’."
        case "postcode": return "Rhowch ran gyntaf y cod post yn unig, fel CF10, nid ‘\(value)’."
        case "enrolled": return "Ni all y dyddiad ymuno fod yn y dyfodol."
        case "ref": return "Gall cyfeirnod gynnwys llythrennau, digidau, ‘.’, ‘-’ a ‘_’ yn unig (hyd at 64)."
        case "reason": return "Dywedwch pam."
        case "from": return "Rhowch y diwrnod cynharaf yn gyntaf: mae ‘\(value)’ ar ôl y diwrnod olaf."
        default: return nil
        }
    }

    /// A kind of record, in Welsh.
    private static func welshKind(_ kind: RecordKind) -> String {
        switch kind {
        case .learner: "dysgwr"
        case .tutor: "tiwtor"
        case .centre: "canolfan"
        case .region: "rhanbarth"
        case .outcome: "canlyniad"
        case .module: "modiwl"
        case .curriculum: "cwricwlwm"
        case .certificate: "tystysgrif"
        case .session: "sesiwn"
        case .actor: "cyfrif"
        case .localAuthority: "awdurdod lleol"
        }
    }

    private static func welshConflict(_ conflict: Conflict) -> String {
        switch conflict {
        case .otherCentre(let tutor, let tutorCentre, let learner, let learnerCentre):
            "Mae'r tiwtor ‘\(tutor)’ yng nghanolfan ‘\(tutorCentre)’, ond mae'r dysgwr ‘\(learner)’ yng nghanolfan ‘\(learnerCentre)’."
        case .learnerWithdrawn(let learner): "Mae'r dysgwr ‘\(learner)’ wedi gadael y rhaglen."
        case .learnerAlreadyInSession(let session, let learner): "Mae'r dysgwr ‘\(learner)’ yn sesiwn ‘\(session)’ yn barod."
        case .sessionDiffers(let session, _):
            "Mae sesiwn ‘\(session)’ yn bod yn barod gyda dyddiad, tiwtor, hyd neu fath gwahanol; mae pawb mewn sesiwn grŵp yn rhannu'r rhain."
        case .sessionBeforeEnrolment(let learner, let enrolled, let date):
            "Ymunodd y dysgwr ‘\(learner)’ ar \(enrolled), ar ôl dyddiad y sesiwn hon, \(date)."
        case .outcomeIDTaken(let clash): "Mae cwricwlwm arall yn defnyddio'r canlyniad \(clash) yn barod."
        case .noCurriculum: "Does dim cwricwlwm wedi'i lwytho eto."
        case .alreadyRevoked(let certificate): "Mae tystysgrif \(certificate) wedi'i thynnu'n ôl yn barod."
        case .alreadyErased(let learner): "Mae manylion y dysgwr ‘\(learner)’ wedi'u dileu yn barod."
        case .noErasureScheduled(let learner):
            "Does neb wedi gofyn am ddileu manylion y dysgwr ‘\(learner)’, a does dim diwrnod wedi'i osod."
        case .programmeExists: "Mae rhaglen yno yn barod."
        case .noSigningKey: "Does gan y rhaglen ddim allwedd llofnodi eto."
        case .issuingInProgress: "Mae rhediad arall yn cofnodi'r un tystysgrifau ar hyn o bryd. Rhowch gynnig arall arni yn nes ymlaen."
        }
    }
}

extension Visit {
    /// The services' errors worded for this visitor.
    var words: ServiceWords { ServiceWords(language: language) }
}
