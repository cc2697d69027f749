/// Every piece of page text, one table per language (`Strings+English.swift`, `Strings+Welsh.swift`).
///
/// Messages from the services (why a field was refused) are worded by `ServiceWords`, in the page's language.
struct Strings: Sendable {
    let siteName: String
    let skipToContent: String
    let mainNavigation: String
    let signIn: String
    let signOut: String
    let name: String
    let password: String
    let wrongNameOrPassword: String
    let slowedDown: @Sendable (_ time: String) -> String
    let myLearners: String
    let searchLabel: String
    let search: String
    let reference: String
    let status: String
    /// A learner's status (`active`, `withdrawn`, `completed`) in words.
    let statusNames: [String: String]
    let noLearners: String
    let recordSession: String
    let learners: String
    let date: String
    let dateHint: String
    let minutes: String
    let mode: String
    let modeNames: [String: String]
    let tutor: String
    let outcomes: String
    let notes: String
    let saveSession: String
    let sessionRecorded: @Sendable (_ ref: String) -> String
    let fixProblems: String
    let progress: String
    let skillArea: String
    let achieved: String
    let outcomesOf: @Sendable (_ achieved: Int, _ total: Int) -> String
    let sessionsAndTime: @Sendable (_ sessions: Int, _ hours: Int, _ minutes: Int) -> String
    let myCheck: String
    let checkedOn: String
    let lapsesOn: String
    let lapsesIn: @Sendable (_ days: Int) -> String
    let lapsedAgo: @Sendable (_ days: Int) -> String
    let noCheck: String
    let noTutorRecord: String
    let lapsingChecks: String
    let noneLapsing: String
    /// "Showing 1 to 100 of 5,351, most urgent first."
    let lapsingShown: @Sendable (_ first: Int, _ last: Int, _ total: Int) -> String
    let nextPage: String
    let previousPage: String
    let everyLapsingCheck: String
    let verifyTitle: String
    let verifyLabel: String
    let verifyHint: String
    let check: String
    let verdictWords: [String: String]
    let issuedTo: String
    let award: String
    let achievedOn: String
    let issuedOn: String
    let centre: String
    let issuedBy: String
    let skills: String
    let withdrawnNote: String
    let makeAccessCode: String
    let accessCode: String
    let accessCodeGiven: @Sendable (_ name: String, _ code: String) -> String
    let learnerSignIn: String
    let learnerLink: String
    let accessCodeLabel: String
    let wrongCode: String
    let myProgress: String
    let myCertificates: String
    let noCertificates: String
    let download: String
    let refused: String
    let notFound: String
    let formExpired: String
}
