/// The words of the pages that enrol a learner and that give a learner their own data, in English and Welsh.
///
/// Kept apart from `Strings` so these pages can change without touching the table every page shares.
///
/// DRAFT: the Welsh was written by the engineering team, not a Welsh speaker; a Welsh speaker should check it.
struct LearnerPageStrings: Sendable {
    let enrolTitle: String
    let enrolLink: String
    let enrolIntro: String
    let nameLabel: String
    let nameHint: String
    let centreChoose: String
    let languageLegend: String
    let largePrint: String
    let detailsLegend: String
    let whatKept: String
    let why: String
    let rights: String
    let consent: String
    let openData: String
    let contact: String
    let enrol: String
    let enrolled: @Sendable (_ name: String, _ ref: String) -> String
    let seeProgress: String
    let consentMissing: String
    let yourData: String
    let yourDataIntro: String
    let downloadData: String

    static let english = LearnerPageStrings(
        enrolTitle: "Enrol a learner", enrolLink: "Enrol a learner",
        enrolIntro: "Fill this in with the learner. Read them the part about their details and let them choose.",
        nameLabel: "Their name, as they write it", nameHint: "In any alphabet or script.", centreChoose: "Choose a centre",
        languageLegend: "The language they prefer", largePrint: "Print their certificates in large print",
        detailsLegend: "Their details, and their say",
        whatKept:
            "What we keep: their name, the language they prefer, whether they want large print, their centre, and the sessions and skills their tutors record.",
        why: "Why: to keep track of their learning and to print their certificates. We never sell it or use it for marketing.",
        rights:
            "They can see it at any time, take a copy away, or ask for it to be erased. Their tutor can give them a code to do this on this website.",
        consent: "They agree to the programme keeping these details. This is needed to take part.",
        openData: "They agree to be counted in published statistics, which never show names. They can say no.",
        contact: "They agree that the programme may contact them. They can say no.", enrol: "Enrol",
        enrolled: { "\($0) is enrolled, with the reference \($1)." }, seeProgress: "See their progress",
        consentMissing:
            "Ask the learner whether they agree to the programme keeping these details. They cannot be enrolled without it.",
        yourData: "Your data",
        yourDataIntro: "A copy of everything the programme holds about you, in a file other services can read (JSON).",
        downloadData: "Download my data (JSON)")

    static let welsh = LearnerPageStrings(
        enrolTitle: "Cofrestru dysgwr", enrolLink: "Cofrestru dysgwr",
        enrolIntro: "Llenwch hwn gyda'r dysgwr. Darllenwch y rhan am eu manylion iddyn nhw a gadewch iddyn nhw ddewis.",
        nameLabel: "Eu henw, fel maen nhw'n ei ysgrifennu", nameHint: "Mewn unrhyw wyddor.", centreChoose: "Dewiswch ganolfan",
        languageLegend: "Yr iaith sydd orau ganddyn nhw", largePrint: "Argraffu eu tystysgrifau mewn print bras",
        detailsLegend: "Eu manylion, a'u dewis",
        whatKept:
            "Beth rydym yn ei gadw: eu henw, yr iaith sydd orau ganddyn nhw, a ydyn nhw eisiau print bras, eu canolfan, a'r sesiynau a'r sgiliau y mae eu tiwtoriaid yn eu cofnodi.",
        why: "Pam: i gadw golwg ar eu dysgu ac i argraffu eu tystysgrifau. Dydyn ni byth yn ei werthu nac yn ei ddefnyddio i farchnata.",
        rights:
            "Gallan nhw ei weld unrhyw bryd, mynd â chopi, neu ofyn iddo gael ei ddileu. Gall eu tiwtor roi cod iddyn nhw i wneud hyn ar y wefan hon.",
        consent: "Maen nhw'n cytuno i'r rhaglen gadw'r manylion hyn. Mae angen hyn i gymryd rhan.",
        openData: "Maen nhw'n cytuno i gael eu cyfrif mewn ystadegau cyhoeddedig, sydd byth yn dangos enwau. Gallan nhw ddweud na.",
        contact: "Maen nhw'n cytuno y caiff y rhaglen gysylltu â nhw. Gallan nhw ddweud na.", enrol: "Cofrestru",
        enrolled: { "Mae \($0) wedi'i gofrestru, gyda'r cyfeirnod \($1)." }, seeProgress: "Gweld eu cynnydd",
        consentMissing: "Gofynnwch i'r dysgwr a yw'n cytuno i'r rhaglen gadw'r manylion hyn. Ni allwn ei gofrestru heb ei gytundeb.",
        yourData: "Eich data",
        yourDataIntro: "Copi o bopeth mae'r rhaglen yn ei gadw amdanoch chi, mewn ffeil y gall gwasanaethau eraill ei darllen (JSON).",
        downloadData: "Lawrlwytho fy nata (JSON)")
}

extension Visit {
    /// The enrol and learner-data pages' words in this visitor's language.
    var learnerPageStrings: LearnerPageStrings { language == .welsh ? .welsh : .english }
}
