import Foundation
import Hummingbird
import SkillsCore
import SkillsServices

/// "My learners" and a learner's progress by skill area.
struct LearnerRoutes {
    let site: Site

    func add(to router: Router<BasicRequestContext>) {
        router.get("/learners") { request, _ in
            try await site.actorPage(request) { actor, visit in
                let query = request.uri.queryParameters.get("q") ?? ""
                let learners = try await LearnerService(site.services).list(centre: nil, status: nil, by: actor)
                let content = Self.list(learners, query: query, visit.strings, enrolLink: visit.learnerPageStrings.enrolLink)
                return Page(title: visit.strings.myLearners, visit: visit, content: content).response
            }
        }
        router.get("/learners/{ref}") { request, context in
            try await site.actorPage(request) { actor, visit in
                let ref = try context.parameters.require("ref")
                let (learner, progress) = try await LearnerService(site.services).progress(of: ref, curriculum: nil, by: actor)
                let codeForm = """
                    <form method="post" action="/learners/\(HTML.urlPart(ref))/access-code">\(Form.tokenField(visit.session?.formToken ?? ""))
                    <p><button type="submit">\(visit.strings.makeAccessCode)</button></p></form>
                    """
                return Page(title: learner.name, visit: visit, content: Self.progress(learner, progress, visit) + codeForm).response
            }
        }
        router.post("/learners/{ref}/access-code") { request, context in
            try await site.actorPage(request) { actor, visit in
                let form = try await Form.read(request)
                guard let session = visit.session, form.hasToken(session.formToken) else { return ErrorPages.formExpired(visit) }
                let ref = try context.parameters.require("ref")
                let learner = try await LearnerService(site.services).show(ref, by: actor)
                let code = try await site.accounts.makeAccessCode(for: ref, by: actor)
                let content = "<p class=\"done\" role=\"status\">\(HTML.escape(visit.strings.accessCodeGiven(learner.name, code)))</p>"
                return Page(title: visit.strings.accessCode, visit: visit, content: content).response
            }
        }
    }

    /// The search form and the learners whose name or ref holds the query, ignoring case and accents in any script.
    static func list(_ learners: [Learner], query: String, _ strings: Strings, enrolLink: String) -> String {
        let wanted = Self.folded(query.trimmingCharacters(in: .whitespaces))
        let matching =
            wanted.isEmpty ? learners : learners.filter { Self.folded($0.name).contains(wanted) || Self.folded($0.ref).contains(wanted) }
        let rows = matching.map { learner in
            "<tr><td><a href=\"/learners/\(HTML.urlPart(learner.ref))\">\(HTML.escape(learner.ref))</a></td>"
                + "<td>\(HTML.escape(learner.name))</td><td>\(strings.statusNames[learner.status.rawValue] ?? learner.status.rawValue)</td></tr>"
        }
        let table =
            rows.isEmpty
            ? "<p>\(strings.noLearners)</p>"
            : "<table><thead><tr><th scope=\"col\">\(strings.reference)</th><th scope=\"col\">\(strings.name)</th>"
                + "<th scope=\"col\">\(strings.status)</th></tr></thead><tbody>\(rows.joined())</tbody></table>"
        return """
            <form method="get" action="/learners" role="search">
            <p><label for="q">\(strings.searchLabel)</label>
            <input id="q" name="q" type="search" value="\(HTML.escape(query))">
            <button type="submit">\(strings.search)</button></p>
            </form>
            <p><a href="/sessions/new">\(strings.recordSession)</a> · <a href="/enrol">\(enrolLink)</a></p>
            \(table)
            """
    }

    /// A learner's progress: each skill area with its count and a bar, and every outcome achieved.
    static func progress(_ learner: Learner, _ progress: LearnerProgress, _ visit: Visit) -> String {
        let strings = visit.strings
        let welsh = visit.language == .welsh
        let areas = progress.areas.map { area in
            let title = welsh ? area.titleWelsh ?? area.title : area.title
            let achieved = area.outcomes.filter { $0.achievedOn != nil }.map { outcome in
                "<li>\(HTML.escape(welsh ? outcome.textWelsh ?? outcome.text : outcome.text))</li>"
            }
            return """
                <section aria-labelledby="area-\(HTML.escape(area.areaID))">
                <h2 id="area-\(HTML.escape(area.areaID))">\(HTML.escape(title))</h2>
                <p>\(strings.achieved): \(strings.outcomesOf(area.achieved, area.total))
                <progress max="\(max(area.total, 1))" value="\(area.achieved)" aria-hidden="true"></progress></p>
                \(achieved.isEmpty ? "" : "<ul>\(achieved.joined())</ul>")
                </section>
                """
        }
        return """
            <p>\(HTML.escape(learner.ref)) · \(HTML.escape(progress.curriculumTitle))</p>
            <p>\(strings.sessionsAndTime(progress.sessions, progress.minutes / 60, progress.minutes % 60)) ·
            \(strings.achieved): \(strings.outcomesOf(progress.achievedCount, progress.totalCount))</p>
            \(areas.joined(separator: "\n"))
            """
    }

    /// Text folded for searching: case and accents ignored, so "gwenllian wyn" finds "Gwenllian Ŵyn".
    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}
