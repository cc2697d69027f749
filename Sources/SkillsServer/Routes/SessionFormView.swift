import SkillsCore

/// Draws the "record a session" form: learners as checkboxes, the date (today by default), minutes, mode, the
/// curriculum's "I can …" outcomes folded under their skill areas, and notes; each problem beside its field.
struct SessionFormView {
    let form: SessionForm
    let learners: [Learner]
    let curriculum: Curriculum?
    let visit: Visit
    let recorded: String?

    private var problems: FieldProblems { FieldProblems(byField: form.problems) }

    var html: String {
        let strings = visit.strings
        var parts: [String] = []
        if let recorded { parts.append("<p class=\"done\" role=\"status\">\(HTML.escape(strings.sessionRecorded(recorded)))</p>") }
        if form.hasProblems {
            let general = form.general.map { "<li>\(HTML.escape($0))</li>" }.joined()
            parts.append(
                "<div class=\"problem\" role=\"alert\"><p>\(strings.fixProblems)</p>\(general.isEmpty ? "" : "<ul>\(general)</ul>")</div>")
        }
        parts.append("<form method=\"post\" action=\"/sessions\">")
        if let token = visit.session?.formToken { parts.append(Form.tokenField(token)) }
        parts.append(learnerField)
        parts.append(
            textField("date", strings.date, value: form.date, type: "date", hint: strings.dateHint)
                + textField(
                    "minutes", strings.minutes, value: form.minutes, type: "number", extra: " min=\"1\" max=\"600\" inputmode=\"numeric\""))
        parts.append(modeField)
        parts.append(textField("tutor", strings.tutor, value: form.tutor, type: "text"))
        parts.append(outcomeField)
        parts.append(
            "<p><label for=\"notes\">\(strings.notes)</label>\(problems.list("notes"))"
                + "<textarea id=\"notes\" name=\"notes\" rows=\"3\"\(problems.describedBy("notes"))>\(HTML.escape(form.notes))</textarea></p>"
        )
        parts.append("<p><button type=\"submit\">\(strings.saveSession)</button></p></form>")
        return parts.joined(separator: "\n")
    }

    private var learnerField: String {
        let chosen = Set(form.learners)
        let boxes = learners.enumerated().map { index, learner in
            let checked = chosen.contains(learner.ref) ? " checked" : ""
            return "<li><input type=\"checkbox\" id=\"learner-\(index)\" name=\"learner\" value=\"\(HTML.escape(learner.ref))\"\(checked)>"
                + " <label for=\"learner-\(index)\">\(HTML.escape(learner.name)) (\(HTML.escape(learner.ref)))</label></li>"
        }
        // Refs typed for learners the list does not show (a coordinator's, or a mistyped one) are kept too.
        let others = form.learners.filter { ref in !learners.contains { $0.ref == ref } }
        let typed =
            "<p><label for=\"learner-refs\">\(visit.strings.reference)</label>"
            + "<input id=\"learner-refs\" name=\"learner\" value=\"\(HTML.escape(others.joined(separator: " ")))\"></p>"
        return "<fieldset\(problems.describedBy("learner"))><legend>\(visit.strings.learners)</legend>\(problems.list("learner"))"
            + "<ul class=\"choices\">\(boxes.joined())</ul>\(typed)</fieldset>"
    }

    private var modeField: String {
        let options = SessionMode.allCases.map { mode in
            let selected = form.mode == mode.rawValue ? " checked" : ""
            return "<li><input type=\"radio\" id=\"mode-\(mode.rawValue)\" name=\"mode\" value=\"\(mode.rawValue)\"\(selected)>"
                + " <label for=\"mode-\(mode.rawValue)\">\(visit.strings.modeNames[mode.rawValue] ?? mode.rawValue)</label></li>"
        }
        return "<fieldset\(problems.describedBy("mode"))><legend>\(visit.strings.mode)</legend>\(problems.list("mode"))"
            + "<ul class=\"choices inline\">\(options.joined())</ul></fieldset>"
    }

    private var outcomeField: String {
        guard let curriculum else { return "" }
        let welsh = visit.language == .welsh
        // Each area's outcomes fold away under its title, so a phone shows the areas on one screen rather than some
        // sixty tick boxes on ten; an area with a ticked outcome opens, so a form shown again keeps the choice in view.
        let areas = curriculum.areas.map { area in
            let outcomes = curriculum.modules(in: area.id).flatMap(\.outcomes)
            let boxes = outcomes.map { outcome in
                let checked = form.outcomes.contains(outcome.id) ? " checked" : ""
                let id = "outcome-\(HTML.escape(outcome.id))"
                return "<li><input type=\"checkbox\" id=\"\(id)\" name=\"outcome\" value=\"\(HTML.escape(outcome.id))\"\(checked)>"
                    + " <label for=\"\(id)\">\(HTML.escape(welsh ? outcome.textWelsh ?? outcome.text : outcome.text))</label></li>"
            }
            let title = HTML.escape(welsh ? area.titleWelsh ?? area.title : area.title)
            let open = outcomes.contains { form.outcomes.contains($0.id) } ? " open" : ""
            return "<details\(open)><summary>\(title)</summary><fieldset><legend class=\"visually-hidden\">\(title)</legend>"
                + "<ul class=\"choices\">\(boxes.joined())</ul></fieldset></details>"
        }
        return "<fieldset class=\"outcomes\"\(problems.describedBy("outcome"))><legend>\(visit.strings.outcomes)</legend>"
            + "\(problems.list("outcome"))\(areas.joined())</fieldset>"
    }

    private func textField(_ name: String, _ label: String, value: String, type: String, hint: String? = nil, extra: String = "") -> String
    {
        let hintText = hint.map { "<span class=\"hint\" id=\"\(name)-hint\">\(HTML.escapeKeepingDatesWhole($0))</span>" } ?? ""
        return "<p><label for=\"\(name)\">\(label)</label>\(hintText)\(problems.list(name))"
            + "<input id=\"\(name)\" name=\"\(name)\" type=\"\(type)\" value=\"\(HTML.escape(value))\" required"
            + "\(problems.describedBy(name, hint: hint != nil))\(problems.invalid(name))\(extra)></p>"
    }
}
