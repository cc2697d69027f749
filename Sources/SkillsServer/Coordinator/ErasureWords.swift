/// The erasure-requests page's text. The Welsh is a draft for a Welsh speaker to check.
struct ErasureWords: Sendable {
    let title: String
    let intro: String
    let none: String
    let askedBy: @Sendable (_ who: String, _ on: String) -> String
    let theLearner: String
    let reasonGiven: String
    let waiting: String
    let setFor: @Sendable (_ day: String) -> String
    let choose: String
    let eraseNow: String
    let eraseOn: String
    let withdraw: String
    let day: String
    let dayHint: String
    let reason: String
    let reasonHint: String
    let confirm: String
    let chooseProblem: String
    let reasonProblem: String
    let dayProblem: String
    let erased: @Sendable (_ ref: String) -> String
    let scheduled: @Sendable (_ ref: String, _ day: String) -> String
    let withdrawn: @Sendable (_ ref: String) -> String

    static let english = ErasureWords(
        title: "Erasure requests",
        intro:
            "Learners who asked for their data to be erased, and erasures set for a day. Erasing removes their name and "
            + "personal details for good and withdraws their certificates; their anonymous sessions stay in the figures.",
        none: "No erasure is waiting.", askedBy: { "Asked by \($0) on \($1)." }, theLearner: "the learner", reasonGiven: "Reason",
        waiting: "Waiting for a coordinator to confirm.", setFor: { "Set for \($0)." }, choose: "What to do",
        eraseNow: "Erase now", eraseOn: "Erase on a day", withdraw: "Withdraw the request", day: "Day",
        dayHint: "For “Erase on a day”: after today, as YYYY-MM-DD.", reason: "Reason, for the audit trail",
        reasonHint: "Not the learner's name.", confirm: "Confirm", chooseProblem: "Choose what to do.",
        reasonProblem: "Say why, for the audit trail.", dayProblem: "Give a day after today, such as 2027-01-31.",
        erased: { "\($0) is erased." }, scheduled: { "\($0) will be erased on \($1)." },
        withdrawn: { "The erasure of \($0) is withdrawn; nothing was erased." })

    static let welsh = ErasureWords(
        title: "Ceisiadau i ddileu",
        intro:
            "Dysgwyr a ofynnodd i'w data gael eu dileu, a dileadau wedi'u gosod ar gyfer diwrnod. Mae dileu yn tynnu eu henw "
            + "a'u manylion personol am byth ac yn tynnu eu tystysgrifau yn ôl; mae eu sesiynau dienw yn aros yn y ffigurau.",
        none: "Does dim dileu yn aros.", askedBy: { "Gofynnwyd gan \($0) ar \($1)." }, theLearner: "y dysgwr", reasonGiven: "Rheswm",
        waiting: "Yn aros i gydlynydd gadarnhau.", setFor: { "Wedi'i osod ar gyfer \($0)." }, choose: "Beth i'w wneud",
        eraseNow: "Dileu nawr", eraseOn: "Dileu ar ddiwrnod", withdraw: "Tynnu'r cais yn ôl", day: "Diwrnod",
        dayHint: "Ar gyfer “Dileu ar ddiwrnod”: ar ôl heddiw, fel BBBB-MM-DD.", reason: "Rheswm, ar gyfer y llwybr archwilio",
        reasonHint: "Nid enw'r dysgwr.", confirm: "Cadarnhau", chooseProblem: "Dewiswch beth i'w wneud.",
        reasonProblem: "Dywedwch pam, ar gyfer y llwybr archwilio.", dayProblem: "Rhowch ddiwrnod ar ôl heddiw, fel 2027-01-31.",
        erased: { "Mae \($0) wedi'i ddileu." }, scheduled: { "Bydd \($0) yn cael ei ddileu ar \($1)." },
        withdrawn: { "Mae dileu \($0) wedi'i dynnu'n ôl; ni ddilëwyd dim." })
}

extension Language {
    /// The erasure-requests page's text in this language.
    var erasureWords: ErasureWords { self == .welsh ? .welsh : .english }
}
