import Hummingbird
import SkillsCore
import SkillsServices

/// Enrolling a learner from the web: consent asked in plain words, then the same `LearnerService.enrol` that
/// `skills learner enrol` calls, so the rules, the centre check and the audit entry are the same.
struct EnrolRoutes {
    let site: Site

    func add(to router: Router<BasicRequestContext>) {
        router.get("/enrol") { request, _ in
            try await site.actorPage(request) { actor, visit in
                var form = EnrolForm()
                form.language = visit.language.rawValue
                var enrolled: Learner?
                if let ref = request.uri.queryParameters.get("enrolled") {
                    enrolled = try await LearnerService(site.services).show(ref, by: actor)
                }
                return try await page(form, actor: actor, visit: visit, enrolled: enrolled, status: .ok)
            }
        }
        router.post("/enrol") { request, _ in
            try await site.actorPage(request) { actor, visit in
                let posted = try await Form.read(request)
                guard let session = visit.session, posted.hasToken(session.formToken) else { return ErrorPages.formExpired(visit) }
                var form = EnrolForm(posted)
                let learner = form.learner(enrolledOn: site.services.clock.today)
                let service = LearnerService(site.services)
                do {
                    guard form.consent else {
                        // Nothing is written without the learner's agreement; the other fields are still checked, so
                        // every problem shows at once.
                        form.problems["consent"] = [visit.learnerPageStrings.consentMissing]
                        try await service.checkEnrolment(learner)
                        return try await page(form, actor: actor, visit: visit, enrolled: nil, status: .unprocessableContent)
                    }
                    let ref = try await service.enrol(learner, contact: form.contact, by: actor)
                    return Redirect.to("/enrol?enrolled=\(HTML.urlPart(ref))")
                } catch let error as ServiceError where ErrorStatus.of(error) != .forbidden {
                    form.mark(error, visit.words)
                    return try await page(form, actor: actor, visit: visit, enrolled: nil, status: .unprocessableContent)
                }
            }
        }
    }

    private func page(_ form: EnrolForm, actor: String, visit: Visit, enrolled: Learner?, status: HTTPResponse.Status) async throws
        -> Response
    {
        let centres = try await LearnerService(site.services).enrolmentCentres(by: actor)
        let content = EnrolFormView(form: form, centres: centres, visit: visit, enrolled: enrolled).html
        return Page(title: visit.learnerPageStrings.enrolTitle, visit: visit, content: content, status: status).response
    }
}

/// What the enrol form holds: what was typed (kept when something is wrong) and the problems beside each field.
struct EnrolForm {
    var name = ""
    var centre = ""
    var language = Language.english.rawValue
    var largePrint = false
    var consent = false
    var openData = false
    var contact = false

    /// Problems by form field (`name`, `centre`, `language`, `consent`), and any that belong to no field on the form.
    var problems: [String: [String]] = [:]
    var general: [String] = []

    init() {}

    init(_ form: Form) {
        name = form.value("name") ?? ""
        centre = form.value("centre") ?? ""
        language = form.value("language") ?? ""
        largePrint = form.value("large_print") == "yes"
        consent = form.value("consent") == "yes"
        openData = form.value("open_data") == "yes"
        contact = form.value("contact") == "yes"
    }

    /// The learner the form describes; the service checks every field.
    func learner(enrolledOn day: Day) -> Learner {
        Learner(
            ref: "", name: name.trimmingCharacters(in: .whitespaces), preferredLanguage: language, centreRef: centre, enrolledOn: day,
            largePrint: largePrint, openDataConsent: openData)
    }

    /// Places a service error beside the field it is about, in the visitor's words.
    mutating func mark(_ error: ServiceError, _ words: ServiceWords) {
        switch error {
        case .invalid(let found):
            for problem in found {
                if Self.fields.contains(problem.field) {
                    problems[problem.field, default: []].append(words.problem(problem))
                } else {
                    general.append(words.problem(problem))
                }
            }
        case .unknown(.centre, _, _): problems["centre", default: []].append(words.error(error))
        default: general.append(words.error(error))
        }
    }

    static let fields: Set<String> = ["name", "centre", "language", "consent"]

    var hasProblems: Bool { !problems.isEmpty || !general.isEmpty }
}

/// Draws the enrol form: the learner's name in any script, their centre, language and large print, then what is kept
/// and why, their rights, and their choices; each problem beside its field.
struct EnrolFormView {
    let form: EnrolForm
    /// The centres the actor may enrol at: one for a tutor (shown, not asked), every one for a coordinator.
    let centres: [Centre]
    let visit: Visit
    let enrolled: Learner?

    private var problems: FieldProblems { FieldProblems(byField: form.problems) }

    var html: String {
        let strings = visit.strings
        let words = visit.learnerPageStrings
        var parts: [String] = []
        if let enrolled {
            let ref = HTML.urlPart(enrolled.ref)
            parts.append(
                "<div class=\"done\" role=\"status\"><p>\(HTML.escape(words.enrolled(enrolled.name, enrolled.ref)))</p>"
                    + "<p><a href=\"/learners/\(ref)\">\(words.seeProgress)</a></p>"
                    + "<form method=\"post\" action=\"/learners/\(ref)/access-code\">\(tokenField)"
                    + "<p><button type=\"submit\">\(strings.makeAccessCode)</button></p></form></div>")
        }
        if form.hasProblems {
            let general = form.general.map { "<li>\(HTML.escape($0))</li>" }.joined()
            parts.append(
                "<div class=\"problem\" role=\"alert\"><p>\(strings.fixProblems)</p>\(general.isEmpty ? "" : "<ul>\(general)</ul>")</div>")
        }
        parts.append("<p>\(words.enrolIntro)</p>")
        parts.append("<form method=\"post\" action=\"/enrol\">\(tokenField)")
        parts.append(
            "<p><label for=\"name\">\(words.nameLabel)</label><span class=\"hint\" id=\"name-hint\">\(words.nameHint)</span>"
                + "\(problems.list("name"))<input id=\"name\" name=\"name\" type=\"text\" dir=\"auto\" autocomplete=\"off\" "
                + "spellcheck=\"false\" required value=\"\(HTML.escape(form.name))\"\(problems.describedBy("name", hint: true))\(problems.invalid("name"))></p>"
        )
        parts.append(centreField)
        parts.append(languageField)
        parts.append(
            "<ul class=\"choices\"><li>\(checkbox("large_print", words.largePrint, checked: form.largePrint))</li></ul>")
        parts.append(
            "<fieldset><legend>\(words.detailsLegend)</legend><p>\(words.whatKept)</p><p>\(words.why)</p>"
                + "<p>\(words.rights)</p>\(problems.list("consent"))<ul class=\"choices\">"
                + "<li>\(checkbox("consent", words.consent, checked: form.consent, described: true))</li>"
                + "<li>\(checkbox("open_data", words.openData, checked: form.openData))</li>"
                + "<li>\(checkbox("contact", words.contact, checked: form.contact))</li></ul></fieldset>")
        parts.append("<p><button type=\"submit\">\(words.enrol)</button></p></form>")
        return parts.joined(separator: "\n")
    }

    private var tokenField: String { visit.session.map { Form.tokenField($0.formToken) } ?? "" }

    private var centreField: String {
        let strings = visit.strings
        if centres.count == 1, let only = centres.first, form.problems["centre"] == nil {
            return "<p>\(strings.centre): <strong>\(HTML.escape(only.name)) (\(HTML.escape(only.ref)))</strong>"
                + "<input type=\"hidden\" name=\"centre\" value=\"\(HTML.escape(only.ref))\"></p>"
        }
        let chosen = form.centre
        let options = centres.map { centre in
            let selected = centre.ref == chosen ? " selected" : ""
            return
                "<option value=\"\(HTML.escape(centre.ref))\"\(selected)>\(HTML.escape(centre.name)) (\(HTML.escape(centre.ref)))</option>"
        }
        return "<p><label for=\"centre\">\(strings.centre)</label>\(problems.list("centre"))"
            + "<select id=\"centre\" name=\"centre\" required\(problems.describedBy("centre"))\(problems.invalid("centre"))>"
            + "<option value=\"\">\(visit.learnerPageStrings.centreChoose)</option>\(options.joined())</select></p>"
    }

    private var languageField: String {
        let options = [Language.welsh, .english].map { language in
            let code = language.rawValue
            let checked = form.language == code ? " checked" : ""
            return "<li><input type=\"radio\" id=\"language-\(code)\" name=\"language\" value=\"\(code)\"\(checked)>"
                + " <label for=\"language-\(code)\" lang=\"\(code)\">\(language.ownName)</label></li>"
        }
        return "<fieldset\(problems.describedBy("language"))><legend>\(visit.learnerPageStrings.languageLegend)</legend>"
            + "\(problems.list("language"))<ul class=\"choices inline\">\(options.joined())</ul></fieldset>"
    }

    private func checkbox(_ name: String, _ label: String, checked: Bool, described: Bool = false) -> String {
        "<input type=\"checkbox\" id=\"\(name)\" name=\"\(name)\" value=\"yes\"\(checked ? " checked" : "")"
            + "\(described ? problems.describedBy(name) : "")> <label for=\"\(name)\">\(HTML.escape(label))</label>"
    }
}
