import Hummingbird
import SkillsCore
import SkillsServices

/// A tutor's own safeguarding (DBS) check and how soon it lapses.
struct TutorRoutes {
    let site: Site

    func add(to router: Router<BasicRequestContext>) {
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
