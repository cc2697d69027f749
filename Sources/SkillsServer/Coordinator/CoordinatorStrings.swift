/// The coordinator pages' own text, one table per language, kept apart from `Strings` so the tutor and coordinator
/// pages can grow without touching each other's tables.
///
/// The report's own words (map and chart titles, place names, figures) come from the report computation and are in
/// English in both languages, as in the PDF.
struct CoordinatorStrings: Sendable {
    let dashboard: String
    let period: String
    let periodHint: String
    let show: String
    let notAPeriod: @Sendable (_ text: String) -> String
    let daysLegend: String
    let daysHint: String
    let firstDay: String
    let lastDay: String
    let showDays: String
    let notADay: @Sendable (_ text: String) -> String
    let bothDays: String
    let keyFigures: String
    let figuresAsTable: String
    let colourKey: String
    let place: String
    let value: String
    let downloads: String
    let reportPDF: String
    let reportCSV: String
    let openDataCSV: String
    let importTitle: String
    let importKind: String
    let kindNames: [String: String]
    let importFile: String
    let importFileHint: String
    let importButton: String
    let dayFirst: String
    let dryRun: String
    let checkedOnly: @Sendable (_ rows: Int, _ new: Int, _ present: Int) -> String
    let chooseFile: String
    let tooLarge: @Sendable (_ megabytes: Int) -> String
    let notAnUpload: String
    let imported: @Sendable (_ rows: Int, _ new: Int, _ present: Int) -> String
    let nothingImported: @Sendable (_ problems: Int) -> String
    let moreProblems: @Sendable (_ more: Int) -> String
    let issueTitle: String
    let issueButton: String
    let issueExplained: String
    let issueProgress: @Sendable (_ done: Int, _ total: Int) -> String
    let issuePlanning: String
    let issueDone: @Sendable (_ count: Int) -> String
    let issueNone: String
    let issueFailed: String
    let issueNotSetUp: String
    let notDrawn: String
}

extension CoordinatorStrings {
    /// Why the period asked for names none, for beside its field.
    func sentence(for problem: ReportPeriodQuery.Problem) -> String {
        switch problem {
        case .notAPeriod(let text): notAPeriod(text)
        case .notADay(_, let text): notADay(text)
        case .missingDay: bothDays
        }
    }
}

extension Language {
    /// The coordinator pages' text in this language.
    var coordinatorStrings: CoordinatorStrings {
        switch self {
        case .english: .english
        case .welsh: .welsh
        }
    }
}
