import SkillsCore
import SkillsStore

/// The erasures waiting for a coordinator, each with a form to erase now, set a day, or withdraw it.
struct ErasureRequestsView {
    let requests: [(request: ErasureRequest, name: String)]
    let visit: Visit
    /// What the last form did, in words.
    var done: String?
    /// The learner whose form had a problem, the field and the problem in words.
    var problem: (ref: String, field: String, message: String)?

    var html: String {
        let words = visit.language.erasureWords
        var parts = [done.map { "<p class=\"done\" role=\"status\">\(HTML.escape($0))</p>" } ?? "", "<p>\(words.intro)</p>"]
        if requests.isEmpty { parts.append("<p>\(words.none)</p>") }
        for (request, name) in requests { parts.append(section(request, name: name, words)) }
        return parts.joined(separator: "\n")
    }

    private func section(_ request: ErasureRequest, name: String, _ words: ErasureWords) -> String {
        let ref = request.learnerRef
        let id = HTML.escape(ref.filter { $0.isLetter || $0.isNumber })
        let who = request.askedBy == ref ? words.theLearner : request.askedBy
        let state = request.eraseOn.map { words.setFor($0.description) } ?? words.waiting
        func problemText(_ field: String) -> String {
            guard let problem, problem.ref == ref, problem.field == field else { return "" }
            return "<span class=\"problem\" id=\"\(field)-\(id)-problem\">\(HTML.escapeKeepingDatesWhole(problem.message))</span>"
        }
        func describedBy(_ field: String, hint: Bool) -> String {
            let ids = (hint ? ["\(field)-\(id)-hint"] : []) + (problemText(field).isEmpty ? [] : ["\(field)-\(id)-problem"])
            return ids.isEmpty ? "" : " aria-describedby=\"\(ids.joined(separator: " "))\""
        }
        let choices = [("now", words.eraseNow), ("on", words.eraseOn), ("withdraw", words.withdraw)].map { value, label in
            "<p><input type=\"radio\" id=\"action-\(value)-\(id)\" name=\"action\" value=\"\(value)\">"
                + "<label for=\"action-\(value)-\(id)\">\(label)</label></p>"
        }
        return """
            <section aria-labelledby="learner-\(id)">
            <h2 id="learner-\(id)"><bdi>\(HTML.escape(name))</bdi> (\(HTML.escape(ref)))</h2>
            <p>\(HTML.escapeKeepingDatesWhole(words.askedBy(who, request.askedOn))) \(HTML.escapeKeepingDatesWhole(state))</p>
            <p>\(words.reasonGiven): <bdi>\(HTML.escape(request.reason))</bdi></p>
            <form method="post" action="/coordinator/erasures/\(HTML.urlPart(ref))">\(Form.tokenField(visit.session?.formToken ?? ""))
            <fieldset\(describedBy("action", hint: false))><legend>\(words.choose)</legend>\(problemText("action"))\(choices.joined())</fieldset>
            <p><label for="day-\(id)">\(words.day)</label><span class="hint" id="day-\(id)-hint">\(words.dayHint)</span>\(problemText("day"))
            <input id="day-\(id)" name="day" type="text" inputmode="numeric" autocomplete="off"\(describedBy("day", hint: true))></p>
            <p><label for="reason-\(id)">\(words.reason)</label><span class="hint" id="reason-\(id)-hint">\(words.reasonHint)</span>\(problemText("reason"))
            <input id="reason-\(id)" name="reason" type="text" autocomplete="off" value="\(HTML.escape(request.reason))"\(describedBy("reason", hint: true))></p>
            <p><button type="submit">\(words.confirm)</button></p>
            </form>
            </section>
            """
    }
}
