import SkillsCore

extension Strings {
    /// The pages in Welsh.
    static let welsh = Strings(
        siteName: "DigitalSkills", skipToContent: "Neidio i'r prif gynnwys", mainNavigation: "Prif", signIn: "Mewngofnodi",
        signOut: "Allgofnodi", name: "Enw", password: "Cyfrinair",
        wrongNameOrPassword: "Nid yw'r enw a'r cyfrinair yn cyfateb. Gwiriwch nhw a rhowch gynnig arall arni.",
        slowedDown: { "Bu gormod o ymdrechion ar gyfer yr enw hwn. Rhowch gynnig arall ar ôl \($0) (UTC)." },
        myLearners: "Fy nysgwyr", searchLabel: "Chwilio yn ôl enw neu gyfeirnod", search: "Chwilio", reference: "Cyfeirnod",
        status: "Statws", statusNames: ["active": "gweithgar", "withdrawn": "wedi gadael", "completed": "wedi cwblhau"],
        noLearners: "Does dim dysgwyr yn cyfateb.", recordSession: "Cofnodi sesiwn", learners: "Dysgwyr",
        date: "Dyddiad", dateHint: "Blwyddyn-mis-diwrnod, er enghraifft 2026-11-24", minutes: "Munudau",
        mode: "Sut y cynhaliwyd hi", modeNames: ["in-person": "Wyneb yn wyneb", "phone": "Ffôn", "video": "Fideo"], tutor: "Tiwtor",
        outcomes: "Beth y gallan nhw ei wneud nawr", notes: "Nodiadau (dim manylion personol)", saveSession: "Cadw'r sesiwn",
        sessionRecorded: { "Mae sesiwn \($0) wedi'i chofnodi." },
        fixProblems: "Cywirwch y problemau a nodir isod. Ni chadwyd dim.", progress: "Cynnydd", skillArea: "Maes sgiliau",
        achieved: "Wedi'u cyflawni", outcomesOf: { "\($0) o \($1)" },
        sessionsAndTime: { "\($0) sesiwn, \($1) awr \($2) munud" }, myCheck: "Fy ngwiriad DBS", checkedOn: "Gwiriwyd ar",
        lapsesOn: "Yn dod i ben ar", lapsesIn: { $0 == 1 ? "Yn dod i ben ymhen 1 diwrnod" : "Yn dod i ben ymhen \($0) diwrnod" },
        lapsedAgo: { $0 == 0 ? "Yn dod i ben heddiw" : "Daeth i ben \($0) diwrnod yn ôl: adnewyddwch ef" },
        noCheck: "Does dim gwiriad wedi'i gofnodi.", noTutorRecord: "Does dim cofnod tiwtor ar gyfer eich enw yn eich canolfan.",
        lapsingChecks: "Gwiriadau sy'n dod i ben o fewn 60 diwrnod",
        noneLapsing: "Does dim gwiriad tiwtor gweithgar yn dod i ben o fewn 60 diwrnod.",
        lapsingShown: {
            "Yn dangos \(PlainWords.number($0)) i \(PlainWords.number($1)) o \(PlainWords.number($2)), y mwyaf brys yn gyntaf."
        },
        nextPage: "Tudalen nesaf", previousPage: "Tudalen flaenorol", everyLapsingCheck: "Gweld pob gwiriad sy'n dod i ben",
        verifyTitle: "Gwirio tystysgrif", verifyLabel: "Cod y dystysgrif neu destun ei chod QR",
        verifyHint: "Mae'r cod wedi'i argraffu ar y dystysgrif, er enghraifft 7Q4K-9XZ2-M3PD.", check: "Gwirio",
        verdictWords: [
            "valid": "DILYS: y rhaglen a roddodd y dystysgrif hon. Gwiriwch fod y papur yn dangos yr union ffeithiau hyn.",
            "tampered": "WEDI'I NEWID: mae'r dystysgrif hon wedi'i newid ers ei rhoi.",
            "revoked": "WEDI'I DIRYMU: mae'r rhaglen wedi tynnu'r dystysgrif hon yn ôl.",
            "withdrawn": "WEDI'I THYNNU'N ÔL: tynnwyd y dystysgrif hon yn ôl ar gais y dysgwr.",
            "not-issued": "HEB EI RHOI: ni roddwyd y dystysgrif hon erioed.",
            "unknown": "ANHYSBYS: does dim tystysgrif yn cyfateb.",
        ],
        issuedTo: "Rhoddwyd i", award: "Dyfarniad", achievedOn: "Cyflawnwyd ar", issuedOn: "Rhoddwyd ar", centre: "Canolfan",
        issuedBy: "Rhoddwyd gan", skills: "Sgiliau", withdrawnNote: "Ni ddangosir dim mwy amdani.",
        makeAccessCode: "Rhoi cod mynediad untro i'r dysgwr hwn", accessCode: "Cod mynediad",
        accessCodeGiven: {
            "Rhowch y cod hwn i \($0): \($1). Maen nhw'n ei roi ar y dudalen mewngofnodi dysgwyr o fewn 14 diwrnod; mae'n gweithio unwaith."
        },
        learnerSignIn: "Mewngofnodi dysgwyr", learnerLink: "Dysgwyr: mewngofnodwch gyda'r cod gan eich tiwtor",
        accessCodeLabel: "Cod mynediad gan eich tiwtor",
        wrongCode: "Dyw'r cod hwnnw ddim yn hysbys, neu mae wedi'i ddefnyddio neu wedi dod i ben. Gofynnwch i'ch tiwtor am un newydd.",
        myProgress: "Fy nghynnydd", myCertificates: "Fy nhystysgrifau", noCertificates: "Dim tystysgrifau eto.",
        download: "Lawrlwytho (PDF)",
        refused: "Ni chewch weld y dudalen hon: mae'n perthyn i ganolfan arall neu mae angen rôl arall.",
        notFound: "Does dim tudalen na chofnod o'r fath.",
        formExpired: "Mae'r ffurflen hon wedi dod i ben. Ewch yn ôl, ail-lwythwch hi a rhowch gynnig arall arni.")
}
