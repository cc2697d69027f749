import SkillsStore

/// The part of a learner's own page where they ask for their data to be erased: what erasure does, in plain words, and
/// that a coordinator confirms it first; or, once asked (or set for a day), what happens next.
struct ErasureRequestView {
    /// The erasure already asked for or set for a day, if any.
    let request: ErasureRequest?
    let visit: Visit
    /// What the learner typed, kept when the form comes back with a problem.
    var reason = ""
    /// The problem beside the confirmation, if the learner did not tick it.
    var problem: String?

    var html: String {
        let words = visit.erasureWords
        if let request {
            let next = request.eraseOn.map { words.scheduled($0.description) } ?? words.asked(request.askedOn)
            return "<h2>\(words.heading)</h2><p role=\"status\">\(HTML.escape(next))</p>"
        }
        let token = visit.session.map { Form.tokenField($0.formToken) } ?? ""
        let problemText = problem.map { "<span class=\"problem\" id=\"confirm-problem\">\(HTML.escape($0))</span>" } ?? ""
        let described = problem == nil ? "" : " aria-describedby=\"confirm-problem\" aria-invalid=\"true\""
        return """
            <h2>\(words.heading)</h2>
            <p>\(words.whatHappens)</p>
            <form method="post" action="/me/erasure">\(token)
            <p><label for="reason">\(words.reasonLabel)</label>
            <textarea id="reason" name="reason" rows="2" dir="auto">\(HTML.escape(reason))</textarea></p>
            \(problemText)<ul class="choices"><li><input type="checkbox" id="confirm" name="confirm" value="yes"\(described)> \
            <label for="confirm">\(words.confirmLabel)</label></li></ul>
            <p><button type="submit">\(words.ask)</button></p>
            </form>
            """
    }
}

/// The words of the erasure part of a learner's page.
struct ErasureRequestWords: Sendable {
    let heading: String
    let whatHappens: String
    let reasonLabel: String
    let confirmLabel: String
    let confirmMissing: String
    let ask: String
    let asked: @Sendable (_ day: String) -> String
    let scheduled: @Sendable (_ day: String) -> String

    static let english = ErasureRequestWords(
        heading: "Ask for your data to be erased",
        whatHappens:
            "If you ask, a coordinator checks the request and then erases your name and details everywhere. Your certificates stop being valid. The programme keeps only facts that do not say who you are, such as how many sessions took place. This cannot be undone.",
        reasonLabel: "Why? (You do not have to say.)",
        confirmLabel: "I understand this cannot be undone, and I want my data erased.",
        confirmMissing: "Tick the box to say you understand. If you do not want your data erased, leave this page.",
        ask: "Ask for erasure",
        asked: {
            "You asked on \($0) for your data to be erased. A coordinator will confirm it; until then nothing is erased. To change your mind, tell your tutor."
        },
        scheduled: { "Your data will be erased on \($0). To change your mind before then, tell your tutor." })

    static let welsh = ErasureRequestWords(
        heading: "Gofyn i'ch data gael ei ddileu",
        whatHappens:
            "Os gofynnwch, bydd cydlynydd yn gwirio'r cais ac yna'n dileu eich enw a'ch manylion ym mhobman. Bydd eich tystysgrifau'n peidio â bod yn ddilys. Mae'r rhaglen yn cadw dim ond ffeithiau nad ydyn nhw'n dweud pwy ydych chi, fel faint o sesiynau a gynhaliwyd. Ni ellir dadwneud hyn.",
        reasonLabel: "Pam? (Does dim rhaid i chi ddweud.)",
        confirmLabel: "Rwy'n deall na ellir dadwneud hyn, ac rwyf eisiau i'm data gael ei ddileu.",
        confirmMissing: "Ticiwch y blwch i ddweud eich bod yn deall. Os nad ydych eisiau i'ch data gael ei ddileu, gadewch y dudalen hon.",
        ask: "Gofyn am ddileu",
        asked: {
            "Fe ofynnoch chi ar \($0) i'ch data gael ei ddileu. Bydd cydlynydd yn ei gadarnhau; tan hynny does dim yn cael ei ddileu. I newid eich meddwl, dywedwch wrth eich tiwtor."
        },
        scheduled: { "Bydd eich data'n cael ei ddileu ar \($0). I newid eich meddwl cyn hynny, dywedwch wrth eich tiwtor." })
}

extension Visit {
    /// The erasure part's words in this visitor's language (DRAFT Welsh: for a Welsh speaker to check).
    var erasureWords: ErasureRequestWords { language == .welsh ? .welsh : .english }
}
