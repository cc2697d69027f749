extension Strings {
    /// The pages in English.
    static let english = Strings(
        siteName: "DigitalSkills", skipToContent: "Skip to main content", mainNavigation: "Main", signIn: "Sign in",
        signOut: "Sign out", name: "Name", password: "Password",
        wrongNameOrPassword: "That name and password do not match. Check them and try again.",
        slowedDown: { "There have been too many attempts for this name. Try again after \($0) (UTC)." }, myLearners: "My learners",
        searchLabel: "Search by name or reference", search: "Search", reference: "Reference", status: "Status",
        statusNames: ["active": "active", "withdrawn": "withdrawn", "completed": "completed"],
        noLearners: "No learners match.", recordSession: "Record a session", learners: "Learners", date: "Date",
        dateHint: "Year-month-day, for example 2026-11-24", minutes: "Minutes", mode: "How it took place",
        modeNames: ["in-person": "In person", "phone": "Phone", "video": "Video"], tutor: "Tutor", outcomes: "What they can do now",
        notes: "Notes (no personal details)", saveSession: "Save the session", sessionRecorded: { "Session \($0) is recorded." },
        fixProblems: "Please correct the problems marked below. Nothing was saved.", progress: "Progress", skillArea: "Skill area",
        achieved: "Achieved", outcomesOf: { "\($0) of \($1)" },
        sessionsAndTime: { "\($0) sessions, \($1) h \($2) min" }, myCheck: "My DBS check", checkedOn: "Checked on",
        lapsesOn: "Lapses on", lapsesIn: { $0 == 1 ? "Lapses in 1 day" : "Lapses in \($0) days" },
        lapsedAgo: { $0 == 0 ? "Lapses today" : "Lapsed \($0) days ago: please renew it" }, noCheck: "No check is recorded.",
        noTutorRecord: "There is no tutor record for your sign-in name at your centre.", verifyTitle: "Check a certificate",
        verifyLabel: "Certificate code or the text of its QR code",
        verifyHint: "The code is printed on the certificate, for example 7Q4K-9XZ2-M3PD.", check: "Check",
        verdictWords: [
            "valid": "VALID: this certificate is genuine.",
            "tampered": "TAMPERED: this certificate has been changed since it was issued.",
            "revoked": "REVOKED: this certificate has been withdrawn by the programme.",
            "withdrawn": "WITHDRAWN: this certificate was withdrawn at the learner's request.",
            "not-issued": "NOT ISSUED: this certificate was never issued.",
            "unknown": "UNKNOWN: no certificate matches.",
        ],
        issuedTo: "Issued to", award: "Award", achievedOn: "Achieved on", issuedOn: "Issued on", centre: "Centre",
        issuedBy: "Issued by", skills: "Skills", withdrawnNote: "Nothing more about it is shown.",
        refused: "You may not see this page: it belongs to another centre or needs another role.",
        notFound: "There is no such page or record.", formExpired: "This form has expired. Please go back, reload it and try again.")
}
