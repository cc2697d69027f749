import Hummingbird
import SkillsCore
import SkillsServices

/// A tutor's own safeguarding (DBS) check and how soon it lapses.
struct TutorRoutes {
    let site: Site

    func add(to router: Router<BasicRequestContext>) {
        router.get("/tutors/lapsing") { request, _ in
            try await site.actorPage(request) { actor, visit in
                let start = try Self.start(request.uri.queryParameters.get("start"))
                let (tutors, total) = try await TutorService(site.services)
                    .expiring(within: 60, limit: Self.pageSize, offset: start, by: actor)
                let content =
                    Self.lapsing(tutors, today: site.services.clock.today, visit.strings)
                    + Self.pageLinks(start: start, shown: tutors.count, total: total, visit.strings)
                return Page(title: visit.strings.lapsingChecks, visit: visit, content: content).response
            }
        }
        router.get("/me/check") { request, _ in
            try await site.actorPage(request) { actor, visit in
                let tutor = try await TutorService(site.services).tutor(forActor: actor)
                return Page(
                    title: visit.strings.myCheck, visit: visit, content: Self.check(tutor, today: site.services.clock.today, visit.strings)
                )
                .response
            }
        }
    }

    /// How many lapsing checks a page lists: a national programme has thousands, and a page must stay small enough
    /// for a phone.
    static let pageSize = 100

    /// Where a page of lapsing checks starts: the `start` query, counted from 0. Only the number is read here; the
    /// service refuses one below 0, as it does for every door.
    static func start(_ text: String?) throws -> Int {
        guard let text else { return 0 }
        guard let start = Int(text) else {
            throw ServiceError.invalid(field: "start", value: text, "\(text) is not a place in the list: use a whole number from 0")
        }
        return start
    }

    /// Which of how many checks the page shows, with links to the pages before and after it; nothing when all fit.
    static func pageLinks(start: Int, shown: Int, total: Int, _ strings: Strings) -> String {
        guard total > shown else { return "" }
        var links: [String] = []
        if start > 0 { links.append("<a href=\"/tutors/lapsing?start=\(max(0, start - pageSize))\">\(strings.previousPage)</a>") }
        if start + shown < total { links.append("<a href=\"/tutors/lapsing?start=\(start + shown)\">\(strings.nextPage)</a>") }
        let summary = shown == 0 ? "" : "<p>\(HTML.escape(strings.lapsingShown(start + 1, start + shown, total)))</p>"
        return summary + (links.isEmpty ? "" : "<p>\(links.joined(separator: " · "))</p>")
    }

    /// Active tutors whose check lapses within 60 days, has lapsed, or was never recorded: for coordinators.
    static func lapsing(_ tutors: [Tutor], today: Day, _ strings: Strings) -> String {
        guard !tutors.isEmpty else { return "<p>\(strings.noneLapsing)</p>" }
        let rows = tutors.map { tutor in
            let expiry = tutor.effectiveDBSExpiry
            let when = expiry.map { day in
                let days = today.days(until: day)
                return "\(day) · " + (days > 0 ? strings.lapsesIn(days) : strings.lapsedAgo(-days))
            }
            // The space keeps name and ref apart where the text is read without the style sheet (copied, or by a reader).
            return "<tr><td>\(HTML.escape(tutor.name)) <span class=\"hint\">\(HTML.escape(tutor.ref))</span></td>"
                + "<td>\(HTML.escape(tutor.centreRef))</td><td>\(HTML.escapeKeepingDatesWhole(when ?? strings.noCheck))</td></tr>"
        }
        // Three columns, the tutor's reference under their name, so that a whole date fits beside them on a phone.
        return "<table><thead><tr><th scope=\"col\">\(strings.tutor)</th>"
            + "<th scope=\"col\">\(strings.centre)</th><th scope=\"col\">\(strings.lapsesOn)</th></tr></thead>"
            + "<tbody>\(rows.joined())</tbody></table>"
    }

    static func check(_ tutor: Tutor?, today: Day, _ strings: Strings) -> String {
        guard let tutor else { return "<p>\(strings.noTutorRecord)</p>" }
        guard let checked = tutor.dbsCheckedOn, let expiry = tutor.effectiveDBSExpiry else { return "<p>\(strings.noCheck)</p>" }
        let days = today.days(until: expiry)
        let summary = days > 0 ? strings.lapsesIn(days) : strings.lapsedAgo(-days)
        return """
            <dl>
            <dt>\(strings.name)</dt><dd>\(HTML.escape(tutor.name)) (\(HTML.escape(tutor.ref)))</dd>
            <dt>\(strings.checkedOn)</dt><dd>\(checked)</dd>
            <dt>\(strings.lapsesOn)</dt><dd>\(expiry)</dd>
            </dl>
            <p class="\(days > 60 ? "done" : "problem")"><strong>\(HTML.escape(summary))</strong></p>
            """
    }
}
