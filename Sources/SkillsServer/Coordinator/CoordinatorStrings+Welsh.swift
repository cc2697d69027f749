extension CoordinatorStrings {
    /// The coordinator pages in Welsh.
    static let welsh = CoordinatorStrings(
        dashboard: "Dangosfwrdd y rhaglen", period: "Cyfnod",
        periodHint: "Mis (2026-10), chwarter (2026-Q3), blwyddyn (2026) neu flwyddyn ariannol (2026-27)", show: "Dangos",
        notAPeriod: {
            "Nid yw '\($0)' yn gyfnod: ysgrifennwch fis (2026-10), chwarter (2026-Q3), blwyddyn (2026) neu flwyddyn ariannol (2026-27)."
        },
        daysLegend: "Neu unrhyw gyfnod o ddyddiau",
        daysHint:
            "Y diwrnod cyntaf a'r diwrnod olaf, fel blwyddyn-mis-diwrnod (2026-01-05). Dim ond ar gyfer cyfnod uchod y mae data agored.",
        firstDay: "Diwrnod cyntaf", lastDay: "Diwrnod olaf", showDays: "Dangos y dyddiau hyn",
        notADay: { "Nid yw '\($0)' yn ddiwrnod: ysgrifennwch ef fel blwyddyn-mis-diwrnod, er enghraifft 2026-01-05." },
        bothDays: "Rhowch y diwrnod cyntaf a'r diwrnod olaf.",
        keyFigures: "Ffigurau allweddol", figuresAsTable: "Y ffigurau fel tabl", colourKey: "Allwedd lliwiau (tywyllach = bwlch mwy)",
        place: "Lle", value: "Gwerth",
        downloads: "Lawrlwytho'r adroddiad", reportPDF: "Adroddiad rhanbarthol (PDF)", reportCSV: "Ffigurau rhanbarthol (CSV)",
        openDataCSV: "Data agored i'w cyhoeddi (CSV)", importTitle: "Mewnforio ffeil CSV", importKind: "Beth sydd yn y ffeil",
        kindNames: ["centres": "Canolfannau", "tutors": "Tiwtoriaid", "learners": "Dysgwyr", "sessions": "Sesiynau"],
        importFile: "Ffeil CSV", importFileHint: "CSV UTF-8 gyda rhes pennawd (mae \"CSV UTF-8\" Excel yn iawn), hyd at 20 MB.",
        importButton: "Mewnforio", dayFirst: "Mae'r dyddiadau wedi'u hysgrifennu gyda'r diwrnod yn gyntaf (15/01/2026)",
        dryRun: "Gwirio'r ffeil yn unig; peidio â mewnforio dim",
        checkedOnly: { "Wedi gwirio yn unig, ni ysgrifennwyd dim: darllenwyd \($0) rhes, \($1) yn newydd, \($2) yno'n barod." },
        chooseFile: "Dewiswch ffeil CSV i'w mewnforio.",
        tooLarge: { "Mae'r ffeil yn fwy na \($0) MB. Rhannwch hi'n ffeiliau llai a mewnforio pob un." },
        notAnUpload: "Ni chyrhaeddodd y ffurflen fel ffeil. Ewch yn ôl, ail-lwythwch y dudalen a rhowch gynnig arall arni.",
        imported: { "Wedi mewnforio: darllenwyd \($0) rhes, \($1) newydd, \($2) yno'n barod." },
        nothingImported: { "Cafwyd \($0) problem; ni fewnforiwyd dim. Cywirwch nhw a mewnforio'r ffeil eto." },
        moreProblems: { "… a \($0) problem arall." }, issueTitle: "Rhoi tystysgrifau sy'n ddyledus",
        issueButton: "Rhoi pob tystysgrif sy'n ddyledus",
        issueExplained: "Yn llofnodi, cofnodi a llunio pob tystysgrif cwblhau sy'n ddyledus nawr, i bob dysgwr. Ni roddir dim ddwywaith.",
        issueProgress: { "Lluniwyd \($0) o \($1)" }, issuePlanning: "Yn cyfrif pa dystysgrifau sy'n ddyledus…",
        issueDone: { $0 == 1 ? "Wedi gorffen: rhoddwyd 1 dystysgrif." : "Wedi gorffen: rhoddwyd \($0) tystysgrif." },
        issueNone: "Wedi gorffen: does dim tystysgrifau'n ddyledus; ni roddwyd dim.", issueFailed: "Daeth y gwaith i ben:",
        issueNotSetUp: "Dechreuwyd y gweinydd hwn heb allwedd lofnodi na ffolder tystysgrifau, felly ni all roi tystysgrifau.",
        notDrawn: "Heb eu llunio eto (bydd y tro nesaf yn ceisio eto):")
}
