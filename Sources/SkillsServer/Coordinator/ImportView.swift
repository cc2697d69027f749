import SkillsStore

/// The upload form, with what an import found: its summary, or each problem as `FILE:LINE:COLUMN` in a list, as many
/// as the command line shows, then how many more there are.
struct ImportView {
    let visit: Visit
    var kind = ""
    var dayFirst = false
    var dryRun = false
    var fileName = ""
    /// Why the upload could not be imported at all, in plain words.
    var problem: String?
    var summary: ImportSummary?

    var html: String {
        let words = visit.language.coordinatorStrings
        var parts: [String] = []
        if let problem { parts.append("<p class=\"problem\" role=\"alert\" id=\"file-problem\">\(HTML.escape(problem))</p>") }
        if let summary { parts.append(result(summary, words)) }
        let kinds = ImportKind.allCases.map { choice in
            let checked = choice.rawValue == kind || (kind.isEmpty && choice == .sessions) ? " checked" : ""
            return "<li><input type=\"radio\" name=\"kind\" id=\"kind-\(choice.rawValue)\" value=\"\(choice.rawValue)\"\(checked)> "
                + "<label for=\"kind-\(choice.rawValue)\">\(words.kindNames[choice.rawValue] ?? choice.rawValue)</label></li>"
        }
        let described = problem == nil ? "file-hint" : "file-hint file-problem"
        parts.append(
            """
            <form method="post" action="/coordinator/import" enctype="multipart/form-data">
            \(Form.tokenField(visit.session?.formToken ?? ""))
            <fieldset><legend>\(words.importKind)</legend><ul class="choices inline">\(kinds.joined())</ul></fieldset>
            <p><label for="file">\(words.importFile)</label><span class="hint" id="file-hint">\(words.importFileHint)</span>
            <input type="file" id="file" name="file" accept=".csv,text/csv" required aria-describedby="\(described)"></p>
            <ul class="choices">
            <li><input type="checkbox" id="day_first" name="day_first" value="yes"\(dayFirst ? " checked" : "")> <label for="day_first">\(words.dayFirst)</label></li>
            <li><input type="checkbox" id="dry_run" name="dry_run" value="yes"\(dryRun ? " checked" : "")> <label for="dry_run">\(words.dryRun)</label></li>
            </ul>
            <p><button type="submit">\(words.importButton)</button></p>
            </form>
            """)
        return parts.joined(separator: "\n")
    }

    private func result(_ summary: ImportSummary, _ words: CoordinatorStrings) -> String {
        guard !summary.problems.isEmpty else {
            let figures = (summary.dryRun ? words.checkedOnly : words.imported)(summary.rowsRead, summary.inserted, summary.alreadyPresent)
            return "<p class=\"done\" role=\"status\">\(HTML.escape(figures))</p>"
        }
        let shown = summary.problems.first.map { problem in
            "<li><code>\(HTML.escape(fileName)):\(problem.line):\(problem.column)</code> \(HTML.escape(problem.message))</li>"
        }
        let more = summary.problems.count - summary.problems.first.count
        return "<div class=\"problem\" role=\"alert\"><p>\(HTML.escape(words.nothingImported(summary.problems.count)))</p>"
            + "<ul>\(shown.joined())</ul>\(more > 0 ? "<p>\(HTML.escape(words.moreProblems(more)))</p>" : "")</div>"
    }
}
