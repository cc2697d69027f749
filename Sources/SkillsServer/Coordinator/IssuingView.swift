/// The issuing page: what the button does and the button, or how far the running issue has got, or what the last
/// one issued.
struct IssuingView {
    let progress: IssuingRun.Progress?
    /// Whether this server was started with what issuing needs (a signing key and a folder).
    let canIssue: Bool
    let visit: Visit

    /// Whether a run is going, so the page refreshes itself.
    var isRunning: Bool { progress.map { !$0.finished } ?? false }

    var html: String {
        let words = visit.language.coordinatorStrings
        guard canIssue else { return "<p class=\"problem\" role=\"alert\">\(words.issueNotSetUp)</p>" }
        if let progress, !progress.finished {
            let status = progress.total.map { words.issueProgress(progress.done, $0) } ?? words.issuePlanning
            let bar =
                progress.total.map { "<progress max=\"\(max($0, 1))\" value=\"\(progress.done)\" aria-hidden=\"true\"></progress>" } ?? ""
            return "<p role=\"status\"><strong>\(HTML.escape(status))</strong></p>\(bar)"
        }
        var parts: [String] = []
        if let progress { parts.append(outcome(progress, words)) }
        parts.append(
            """
            <p>\(words.issueExplained)</p>
            <form method="post" action="/coordinator/certificates">\(Form.tokenField(visit.session?.formToken ?? ""))
            <p><button type="submit">\(words.issueButton)</button></p></form>
            """)
        return parts.joined(separator: "\n")
    }

    private func outcome(_ progress: IssuingRun.Progress, _ words: CoordinatorStrings) -> String {
        if let failure = progress.failure {
            return "<p class=\"problem\" role=\"alert\">\(words.issueFailed) \(HTML.escape(failure))</p>"
        }
        var parts = [
            "<p class=\"done\" role=\"status\">\(HTML.escape(progress.issued.isEmpty ? words.issueNone : words.issueDone(progress.issued.count)))</p>"
        ]
        if !progress.issued.isEmpty { parts.append("<ul>\(progress.issued.map { "<li>\(HTML.escape($0))</li>" }.joined())</ul>") }
        if !progress.notDrawn.isEmpty {
            parts.append(
                "<p class=\"problem\">\(words.notDrawn)</p><ul>\(progress.notDrawn.map { "<li>\(HTML.escape($0))</li>" }.joined())</ul>")
        }
        return parts.joined()
    }
}
