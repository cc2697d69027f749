import Foundation
import SkillsTestSupport
import Testing

/// Erasure cannot be undone, so it says what it will do, asks, needs a reason, and is shown afterwards.
@Suite("Erasure with care")
struct ErasureWithCareTests {
    /// The data-rights programme: L-MOH has a session with notes and two certificates written under `out/`.
    func programme() throws -> SkillsRunner { try DataRightsTests().programme() }

    @Test("without --yes and without a terminal nothing is erased; without --reason it is refused", arguments: StoreKinds.available)
    func refusesWithoutConfirmation(_ kind: String) throws {
        try StoreKinds.withRunner(kind) { try refusesWithoutConfirmation(DataRightsTests().programme($0)) }
    }

    private func refusesWithoutConfirmation(_ runner: SkillsRunner) throws {
        let unasked = try runner.run(["learner", "erase", "L-MOH", "--reason", "learner's request"])
        #expect(unasked.status == 64 && unasked.stderr.contains("add --yes"), "\(unasked.stderr)")
        #expect(unasked.stdout.contains("withdraw 2 certificate(s)"), "the preview is shown before the refusal: \(unasked.stdout)")
        let noReason = try runner.run(["learner", "erase", "L-MOH", "--yes"])
        #expect(noReason.status == 64 && noReason.stderr.contains("--reason"), "\(noReason.stderr)")
        #expect(try runner.succeed(["learner", "show", "L-MOH"]).contains("محمد عبد الله"))
    }

    @Test(
        "the preview names the certificates withdrawn, the files deleted and what is kept; show says when and why",
        arguments: StoreKinds.available)
    func previewThenShow(_ kind: String) throws {
        try StoreKinds.withRunner(kind) { try previewThenShow(DataRightsTests().programme($0)) }
    }

    private func previewThenShow(_ runner: SkillsRunner) throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: runner.folder.appendingPathComponent("out").path)
            .filter { $0.hasSuffix(".pdf") }
        #expect(files.count == 2)
        let output = try runner.succeed(["learner", "erase", "L-MOH", "--reason", "asked at the library", "--yes"])
        #expect(output.contains("Erasing محمد عبد الله (L-MOH) at CARD-01 will:"), "\(output)")
        #expect(output.contains("withdraw 2 certificate(s)"))
        for file in files { #expect(output.contains(file), "\(file) is named before it is deleted") }
        #expect(output.contains("keep: centre, enrolment date, 1 session(s)"))
        let shown = try runner.succeed(["learner", "show", "L-MOH"])
        #expect(shown.contains("L-MOH, erased on 2026-11-26 (asked at the library)"), "\(shown)")
        #expect(!shown.contains("und") && !shown.contains("active"), "\(shown)")
    }

    @Test("on a terminal it asks for the ref: anything else stops it, the ref erases")
    func asksOnATerminal() throws {
        let runner = try programme()
        // script(1) gives the command a terminal, fed from this test's input.
        func onTerminal(typing answer: String) throws -> SkillsRunner.Output {
            let command = ([Paths.skillsBinary, "learner", "erase", "L-MOH", "--reason", "'learner asked'"]).joined(separator: " ")
            var environment = ProcessInfo.processInfo.environment
            environment["SKILLS_DB"] = runner.database
            environment["SKILLS_TODAY"] = runner.today
            environment["SKILLS_ACTOR"] = "test-tutor"
            return try Command.run(
                "/usr/bin/script", ["-qec", command, "/dev/null"], environment: environment, in: runner.folder,
                input: Data((answer + "\n").utf8))
        }
        let stopped = try onTerminal(typing: "yes")
        #expect(stopped.status != 0 && stopped.stdout.contains("Type the learner's ref (L-MOH)"), "\(stopped.stdout)")
        #expect(stopped.stdout.contains("stopped: nothing was erased"))
        #expect(try runner.succeed(["learner", "show", "L-MOH"]).contains("محمد عبد الله"))
        let erased = try onTerminal(typing: "L-MOH")
        #expect(erased.status == 0, "\(erased.stdout)")
        #expect(try runner.succeed(["learner", "show", "L-MOH"]).contains("erased on 2026-11-26 (learner asked)"))
    }
}

/// The learner's own copy of their data: a page they can read, beside the JSON.
@Suite("A copy a person can read")
struct ReadableCopyTests {
    @Test("export writes a page in the learner's language with what is held, why, who saw it and how to erase it")
    func readablePage() throws {
        let runner = try DataRightsTests().programme()
        try runner.succeed([
            "session", "record", "--tutor", "T-ALED", "--learner", "L-GWEN", "--minutes", "30", "--outcome", "F1.2", "--date", "2026-11-12",
        ])
        let welshJSON = runner.folder.appendingPathComponent("gwen.json").path
        let printed = try runner.succeed(["learner", "export", "L-GWEN", "--out", welshJSON])
        let welshPage = runner.folder.appendingPathComponent("gwen.html").path
        #expect(printed.contains(welshPage))
        // The apostrophes of Welsh words are escaped in the markup; read them as a browser shows them.
        let welsh = try String(contentsOfFile: welshPage, encoding: .utf8).replacingOccurrences(of: "&#39;", with: "'")
        #expect(welsh.contains(#"<html lang="cy">"#) && welsh.contains("Beth mae'r rhaglen yn ei gadw amdanoch chi"))
        #expect(welsh.contains("Sut i ofyn am ei ddileu") && welsh.contains("Pwy sydd wedi gweld neu newid eich cofnod"))
        #expect(welsh.contains("Gwenllian"), "the learner's name")
        #expect(!welsh.contains("F1.2") && welsh.contains("Gallaf ddefnyddio llygoden"), "outcomes in words, in Welsh")
        #expect(!welsh.contains("{\""), "no JSON in the page")
        let englishJSON = runner.folder.appendingPathComponent("moh.json").path
        try runner.succeed(["learner", "export", "L-MOH", "--out", englishJSON])
        let english = try String(contentsOfFile: runner.folder.appendingPathComponent("moh.html").path, encoding: .utf8)
        #expect(english.contains(#"<html lang="en">"#) && english.contains("What the programme holds about you"))
        #expect(english.contains("<bdi>محمد عبد الله</bdi>"))
        #expect(english.contains("being counted in published statistics (never by name)"))
        #expect(english.contains("recorded a session") && english.contains("issued a certificate"))
        #expect(english.contains("Notes: Brought his own phone"), "the tutor's notes are held, so they are shown")
    }
}
