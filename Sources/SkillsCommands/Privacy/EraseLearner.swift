import ArgumentParser
import Foundation
import SkillsCore
import SkillsServices

/// `skills learner erase REF --reason TEXT`: shows what will go and what stays, asks, then removes every personal
/// field and keeps the anonymous facts. With `--on DATE` it sets the day instead; `--cancel` withdraws a request or a
/// day.
struct EraseLearner: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase", abstract: "Erase a learner's personal data everywhere; anonymous statistics stay the same.",
        discussion: """
            Examples:  skills learner erase L000001 --reason "learner's request, 26 Nov 2026"
                       skills learner erase L000002 --on 2027-01-31 --reason "end of course, as agreed on 26 Nov 2026"
                       skills learner erase L000002 --cancel --reason "changed their mind"
            First shows what will happen and asks you to type the learner's ref to go on; --yes skips the question,
            for scripts. Removes the name, year of birth, postcode district, language, session notes, the names in
            certificate records and audit details, and the certificate files this programme wrote into their output
            folders; keeps centre, sessions, outcomes and dates. Their certificates then verify as withdrawn at the
            learner's request. It cannot be undone.
            With --on, nothing changes now: `skills retention apply` erases them on or after that day (run it daily),
            and `skills learner erasures` lists every erasure set for a day or asked for by a learner.
            """)

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The learner's reference.") var ref: String
    @Option(help: ArgumentHelp("Why (recorded in the audit trail and shown by `learner show`; not the name).", valueName: "text"))
    var reason: String
    @Flag(help: "Erase without asking (for scripts).") var yes = false
    @Option(help: ArgumentHelp("Erase on this day instead of now; a learner's request is confirmed this way too.", valueName: "YYYY-MM-DD"))
    var on: String?
    @Flag(help: "Withdraw a learner's request or an erasure set for a day; nothing is erased.") var cancel = false

    func validate() throws {
        if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--reason is empty — say why, for example --reason \"learner's request\"")
        }
        if cancel, on != nil { throw ValidationError("--cancel and --on cannot go together — give one of them") }
    }

    func run() async throws {
        let service = DataRightsService(try await programme.services())
        if cancel {
            try await service.cancelErasure(ref, reason: reason, by: programme.actorName)
            return print("cancelled the erasure of learner \(ref): nothing was erased")
        }
        if let on {
            let day = try Arguments.day(on, flag: "--on")
            try await service.scheduleErasure(ref, on: day, reason: reason, by: programme.actorName)
            return Terminal.printWrapped(
                "",
                "learner \(ref) will be erased on \(day) by `skills retention apply`; nothing changes until then. "
                    + "To withdraw it: skills learner erase \(ref) --cancel --reason TEXT")
        }
        if let preview = try await service.erasurePreview(ref, by: programme.actorName) {
            Self.describe(preview)
            if !yes { try confirm() }
        }
        let files = try await service.erase(ref, reason: reason, by: programme.actorName)
        print("erased learner \(ref): personal details removed, \(files.removed.count) certificate file(s) deleted, anonymous records kept")
        try FilesStillPending.report(files.stillPending)
    }

    /// Prints what will be removed, withdrawn and kept.
    static func describe(_ preview: ErasurePreview) {
        print("Erasing \(preview.learner.name) (\(preview.learner.ref)) at \(preview.learner.centreRef) will:")
        print("  remove: name, year of birth, postcode district, language, session notes, names in certificate records and audit details")
        if preview.certificatesWithdrawn.isEmpty {
            print("  withdraw: no certificate (none is valid)")
        } else {
            print(
                "  withdraw \(preview.certificatesWithdrawn.count) certificate(s): \(preview.certificatesWithdrawn.joined(separator: ", "))"
            )
        }
        print("  delete \(preview.filesDeleted.count) certificate file(s)\(preview.filesDeleted.isEmpty ? "" : ":")")
        for file in preview.filesDeleted { print("    \(file)") }
        for file in preview.filesLeft {
            print("  leave \(file): it is not in a folder this programme wrote; delete it by hand if it exists")
        }
        print("  keep: centre, enrolment date, \(preview.sessionsKept) session(s) with their outcomes and dates, without the name")
    }

    /// Asks on a terminal for the ref to be typed back; refuses to go on without a terminal or `--yes`.
    private func confirm() throws {
        guard isatty(STDIN_FILENO) == 1 else {
            throw UserError(.usage, "erasure cannot be undone: add --yes to erase without being asked (standard input is not a terminal)")
        }
        print("This cannot be undone. Type the learner's ref (\(ref)) to erase, or anything else to stop: ", terminator: "")
        fflush(nil)
        guard readLine()?.trimmingCharacters(in: .whitespaces) == ref else {
            Terminal.standardError("stopped: nothing was erased")
            throw ExitCode.failure
        }
    }
}
