import SkillsCore
import SkillsStore

/// The copy of their data a learner can read: one HTML page in their language (Welsh or English) saying what is held,
/// why, since when, who has seen or changed it, and how to ask for erasure. It goes beside the JSON, which is for
/// moving the data elsewhere; nothing on this page needs a program to read.
struct LearnerCopyPage {
    let export: LearnerExport
    /// The programme's name, which the learner knows it by.
    let programmeName: String

    var html: String {
        let words = LearnerCopyWords.for(export.learner.preferredLanguage)
        let learner = export.learner
        var page = """
            <!DOCTYPE html>
            <html lang="\(words.language)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(words.title))</title>
            <style>
            body { font-family: "Noto Sans", Arial, sans-serif; font-size: \(learner.largePrint ? "1.3rem" : "1.05rem"); line-height: 1.5;
              max-width: 46rem; margin: 1rem auto; padding: 0 1rem; color: #111; }
            table { border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; }
            th, td { text-align: start; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid #bbb;
              overflow-wrap: break-word; }
            td:first-child { white-space: nowrap; }
            .table { overflow-x: auto; }
            h1 { font-size: 1.6em; } h2 { font-size: 1.25em; margin-top: 2rem; }
            </style>
            </head>
            <body>
            <main>
            <h1>\(escape(words.title))</h1>
            <p>\(escape(words.intro(programmeName, export.exportedAt.prefix(10))))</p>

            """
        page += section(
            words.detailsHeading, paragraph: nil, headers: nil,
            rows: [
                [words.name, learner.name], [words.yearOfBirth, learner.yearOfBirth.map(String.init) ?? words.none],
                [words.postcode, learner.postcodeDistrict ?? words.none], [words.languageLabel, learner.preferredLanguage],
                [words.centre, learner.centreRef], [words.enrolled, learner.enrolledOn.description],
                [words.largePrint, learner.largePrint ? words.yes : words.no],
            ])
        page += section(words.whyHeading, paragraph: words.why, headers: nil, rows: [])
        page += section(
            words.choicesHeading, paragraph: nil, headers: [words.when, words.choice, words.answer],
            rows: export.consents.map {
                [String($0.recordedAt.prefix(10)), words.purpose($0.purpose), $0.given ? words.agreed : words.notAgreed]
            })
        page += section(
            words.sessionsHeading, paragraph: export.sessions.isEmpty ? words.none : nil,
            headers: [words.date, words.minutes, words.tutor, words.achieved],
            rows: export.sessions.map { session in
                let notes = session.notes.map { ["\(words.notes): \($0)"] } ?? []
                return [
                    session.date, String(session.minutes), session.tutorRef,
                    (session.outcomes.map(outcomeText) + notes).joined(separator: "\n"),
                ]
            })
        page += section(
            words.certificatesHeading, paragraph: export.certificates.isEmpty ? words.none : nil,
            headers: [words.date, words.certificate, words.code],
            rows: export.certificates.map { [$0.issuedOn, "\($0.kind): \($0.subject)", $0.code] })
        page += section(
            words.auditHeading, paragraph: words.auditIntro, headers: [words.when, words.who, words.what],
            rows: export.auditEntries.map { [String($0.at.prefix(10)), $0.actor, words.action($0.action)] })
        page += section(words.erasureHeading, paragraph: words.erasure, headers: nil, rows: [])
        return page + "</main>\n</body>\n</html>\n"
    }

    /// An outcome as the learner reads it: "I can …", in Welsh where the curriculum has it.
    private func outcomeText(_ id: String) -> String {
        let welsh = LearnerCopyWords.for(export.learner.preferredLanguage).language == "cy"
        for area in export.progress?.areas ?? [] {
            if let outcome = area.outcomes.first(where: { $0.id == id }) {
                return (welsh ? outcome.textWelsh : nil) ?? outcome.text
            }
        }
        return id
    }

    private func section(_ heading: String, paragraph: String?, headers: [String]?, rows: [[String]]) -> String {
        var html = "<h2>\(escape(heading))</h2>\n"
        if let paragraph { html += "<p>\(escape(paragraph))</p>\n" }
        guard !rows.isEmpty else { return html }
        html += "<div class=\"table\"><table>\n"
        if let headers { html += "<tr>" + headers.map { "<th scope=\"col\">\(escape($0))</th>" }.joined() + "</tr>\n" }
        for row in rows {
            // Without headers the table is label and value: the label heads its row.
            let cells = row.enumerated().map { index, cell in
                headers == nil && index == 0 ? "<th scope=\"row\">\(escape(cell))</th>" : "<td><bdi>\(escape(cell))</bdi></td>"
            }
            html += "<tr>" + cells.joined() + "</tr>\n"
        }
        return html + "</table></div>\n"
    }

    /// Escapes text for the page, keeping its line breaks as breaks.
    private func escape(_ text: some StringProtocol) -> String {
        HTMLText.escape(text).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "<br>")
    }
}
