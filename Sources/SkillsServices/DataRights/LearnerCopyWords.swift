import SkillsStore

/// The learner's copy in plain words, in English and in Welsh.
struct LearnerCopyWords {
    let language: String
    let title, detailsHeading, whyHeading, why, choicesHeading, sessionsHeading, certificatesHeading: String
    let auditHeading, auditIntro, erasureHeading, erasure: String
    let name, yearOfBirth, postcode, centre, enrolled, largePrint, when, choice, answer, date, minutes, tutor, achieved: String
    let certificate, code, who, what, yes, no, none, agreed, notAgreed, notes: String
    let introFormat: String
    let purposes: [ConsentRecord.Purpose: String]
    let actions: [String: String]
    let otherAction: String
    /// The label for the learner's language, as `language` is the page's own language tag.
    let languageLabel: String

    /// Welsh for learners who prefer it, English otherwise.
    static func `for`(_ preferred: String) -> LearnerCopyWords { preferred.lowercased().hasPrefix("cy") ? welsh : english }

    func intro(_ programme: String, _ day: some StringProtocol) -> String {
        introFormat.replacingOccurrences(of: "{programme}", with: programme).replacingOccurrences(of: "{date}", with: String(day))
    }

    func purpose(_ purpose: ConsentRecord.Purpose) -> String { purposes[purpose] ?? purpose.rawValue }

    func action(_ code: String) -> String {
        actions[code] ?? actions.first { code.hasPrefix($0.key + ".") }?.value ?? otherAction
    }

    static let english = LearnerCopyWords(
        language: "en", title: "What the programme holds about you", detailsHeading: "Your details", whyHeading: "Why we hold it",
        why:
            "To record your learning sessions and what you achieve, and to print your certificates. It is never sold or used for marketing. Published statistics count people, never name them.",
        choicesHeading: "Your choices", sessionsHeading: "Your sessions", certificatesHeading: "Your certificates",
        auditHeading: "Who has seen or changed your record",
        auditIntro: "Every change to your record, and every copy made of it, is written down with who did it and when.",
        erasureHeading: "How to ask for it to be erased",
        erasure:
            "Ask your tutor or the programme's coordinator. Your name and personal details are then removed everywhere, and your certificates stop being valid. The anonymous facts (your centre, the dates of your sessions and what was achieved) stay, so the programme's statistics do not change.",
        name: "Name", yearOfBirth: "Year of birth", postcode: "Postcode district", centre: "Centre", enrolled: "Joined on",
        largePrint: "Large print", when: "When", choice: "What you were asked", answer: "Your answer", date: "Date",
        minutes: "Minutes", tutor: "Tutor", achieved: "What you achieved", certificate: "Certificate", code: "Check code",
        who: "Who", what: "What they did", yes: "yes", no: "no", none: "None.", agreed: "agreed", notAgreed: "did not agree",
        notes: "Notes",
        introFormat: "A copy of everything {programme} holds about you, made on {date}.",
        purposes: [
            .programme: "taking part in the programme", .openStatistics: "being counted in published statistics (never by name)",
            .contact: "being contacted by the programme",
        ],
        actions: [
            "learner.enrol": "enrolled you", "learner.update": "changed your details", "learner.consent": "recorded your choices",
            "learner.withdraw": "recorded that you left", "learner.export": "made a copy of your data",
            "session.record": "recorded a session", "certificate.issue": "issued a certificate",
            "certificate.revoke": "withdrew a certificate", "import": "added records from a file",
        ],
        otherAction: "worked on your record", languageLabel: "Language")

    static let welsh = LearnerCopyWords(
        language: "cy", title: "Beth mae'r rhaglen yn ei gadw amdanoch chi", detailsHeading: "Eich manylion",
        whyHeading: "Pam rydym yn ei gadw",
        why:
            "I gofnodi eich sesiynau dysgu a'r hyn rydych chi'n ei gyflawni, ac i argraffu eich tystysgrifau. Nid yw byth yn cael ei werthu na'i ddefnyddio ar gyfer marchnata. Mae ystadegau cyhoeddedig yn cyfrif pobl, ond byth yn eu henwi.",
        choicesHeading: "Eich dewisiadau", sessionsHeading: "Eich sesiynau", certificatesHeading: "Eich tystysgrifau",
        auditHeading: "Pwy sydd wedi gweld neu newid eich cofnod",
        auditIntro: "Mae pob newid i'ch cofnod, a phob copi ohono, yn cael ei nodi gyda phwy a'i gwnaeth a phryd.",
        erasureHeading: "Sut i ofyn am ei ddileu",
        erasure:
            "Gofynnwch i'ch tiwtor neu i gydlynydd y rhaglen. Yna bydd eich enw a'ch manylion personol yn cael eu dileu ym mhob man, a bydd eich tystysgrifau'n peidio â bod yn ddilys. Mae'r ffeithiau dienw (eich canolfan, dyddiadau eich sesiynau a'r hyn a gyflawnwyd) yn aros, fel nad yw ystadegau'r rhaglen yn newid.",
        name: "Enw", yearOfBirth: "Blwyddyn geni", postcode: "Ardal cod post", centre: "Canolfan", enrolled: "Ymunodd ar",
        largePrint: "Print bras", when: "Pryd", choice: "Beth a ofynnwyd i chi", answer: "Eich ateb", date: "Dyddiad",
        minutes: "Munudau", tutor: "Tiwtor", achieved: "Beth wnaethoch chi ei gyflawni", certificate: "Tystysgrif",
        code: "Cod gwirio", who: "Pwy", what: "Beth wnaethon nhw", yes: "ie", no: "na", none: "Dim.", agreed: "cytunoch chi",
        notAgreed: "ni wnaethoch chi gytuno", notes: "Nodiadau",
        introFormat: "Copi o bopeth mae {programme} yn ei gadw amdanoch chi, wedi'i wneud ar {date}.",
        purposes: [
            .programme: "cymryd rhan yn y rhaglen", .openStatistics: "cael eich cyfrif mewn ystadegau cyhoeddedig (byth wrth eich enw)",
            .contact: "cael eich cysylltu gan y rhaglen",
        ],
        actions: [
            "learner.enrol": "eich cofrestru", "learner.update": "newid eich manylion", "learner.consent": "cofnodi eich dewisiadau",
            "learner.withdraw": "cofnodi eich bod wedi gadael", "learner.export": "gwneud copi o'ch data",
            "session.record": "cofnodi sesiwn", "certificate.issue": "rhoi tystysgrif", "certificate.revoke": "tynnu tystysgrif yn ôl",
            "import": "ychwanegu cofnodion o ffeil",
        ],
        otherAction: "gweithio ar eich cofnod", languageLabel: "Iaith")
}
