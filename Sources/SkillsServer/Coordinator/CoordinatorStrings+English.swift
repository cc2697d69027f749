extension CoordinatorStrings {
    /// The coordinator pages in English.
    static let english = CoordinatorStrings(
        dashboard: "Programme dashboard", period: "Period",
        periodHint: "A month (2026-10), a quarter (2026-Q3), a year (2026) or a financial year (2026-27)", show: "Show",
        notAPeriod: {
            "'\($0)' is not a period: write a month (2026-10), a quarter (2026-Q3), a year (2026) or a financial year (2026-27)."
        },
        daysLegend: "Or any run of days",
        daysHint: "The first and last day, as year-month-day (2026-01-05). Open data is only for a period above.",
        firstDay: "First day", lastDay: "Last day", showDays: "Show these days",
        notADay: { "'\($0)' is not a day: write it as year-month-day, for example 2026-01-05." },
        bothDays: "Give both the first and the last day.",
        keyFigures: "Key figures", figuresAsTable: "The figures as a table", colourKey: "Colour key (darker = bigger gap)", place: "Place",
        value: "Value",
        downloads: "Download the report", reportPDF: "Regional report (PDF)", reportCSV: "Regional figures (CSV)",
        openDataCSV: "Open data for publication (CSV)", importTitle: "Import a CSV file", importKind: "What the file holds",
        kindNames: ["centres": "Centres", "tutors": "Tutors", "learners": "Learners", "sessions": "Sessions"],
        importFile: "CSV file", importFileHint: "UTF-8 CSV with a header row (Excel's \"CSV UTF-8\" is fine), up to 20 MB.",
        importButton: "Import", dayFirst: "Dates are written day first (15/01/2026)",
        dryRun: "Only check the file; import nothing",
        checkedOnly: { "Checked only, nothing was written: \($0) rows read, \($1) would be new, \($2) already present." },
        chooseFile: "Choose a CSV file to import.",
        tooLarge: { "The file is larger than \($0) MB. Split it into smaller files and import each." },
        notAnUpload: "The form did not arrive as a file upload. Go back, reload the page and try again.",
        imported: { "Imported: \($0) rows read, \($1) new, \($2) already present." },
        nothingImported: { "\($0) problem(s) found; nothing was imported. Fix them and import the file again." },
        moreProblems: { "… and \($0) more problem(s)." }, issueTitle: "Issue due certificates",
        issueButton: "Issue every certificate that is due",
        issueExplained: "Signs, records and draws every completion certificate now due, for every learner. Nothing is issued twice.",
        issueProgress: { "\($0) of \($1) drawn" }, issuePlanning: "Working out which certificates are due…",
        issueDone: { $0 == 1 ? "Done: 1 certificate issued." : "Done: \($0) certificates issued." },
        issueNone: "Done: no certificates are due; nothing was issued.", issueFailed: "Issuing stopped:",
        issueNotSetUp: "This server was started without a signing key or a certificate folder, so it cannot issue certificates.",
        notDrawn: "Not drawn yet (the next run tries again):")
}
