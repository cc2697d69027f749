import ArgumentParser
import SkillsCore
import SkillsServices

/// `skills progress LEARNER`: per skill area, modules done, what next.
struct ProgressCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress", abstract: "Show a learner's progress through the curriculum.",
        discussion: "Example:  skills progress L000001 --json")

    @OptionGroup var programme: ProgrammeOptions
    @Argument(help: "The learner's reference.") var learner: String
    @Option(help: "A curriculum id (default: the programme's main curriculum).") var curriculum: String?
    @Flag(help: "List every outcome under its area.") var outcomes = false
    @Flag(help: "Print JSON for scripts.") var json = false
    @OptionGroup var table: TableOptions

    func run() async throws {
        let (person, progress) = try await LearnerService(try await programme.services()).progress(
            of: learner, curriculum: curriculum, by: programme.actorName)
        if json { return try JSONOutput.print(LearnerProgressReport(learner: person, progress: progress)) }
        print("\(person.name) (\(person.ref)) — \(progress.curriculumTitle), version \(progress.curriculumVersion)")
        print(
            "\(progress.sessions) sessions, \(progress.minutes / 60) h \(progress.minutes % 60) min; \(progress.achievedCount) of \(progress.totalCount) outcomes achieved\n"
        )
        let rows = progress.areas.map { area in
            [area.title, "\(area.achieved) of \(area.total)", ProgressBar.text(done: area.achieved, total: area.total, width: 20)]
        }
        print(TextTable(headers: ["skill area", "achieved", ""], rows: rows, rightAligned: [1]).render(width: table.width))
        if outcomes {
            for area in progress.areas {
                print("\n\(area.title)")
                for outcome in area.outcomes {
                    print(
                        "  \(outcome.achievedOn == nil ? "[ ]" : "[x]") \(outcome.id)  \(outcome.text)\(outcome.achievedOn.map { "  (\($0))" } ?? "")"
                    )
                }
            }
        }
        print("\nmodules completed: \(progress.modulesCompleted.isEmpty ? "none yet" : progress.modulesCompleted.joined(separator: ", "))")
        print("next module: \(progress.nextModule.map { "\($0) \(progress.nextModuleTitle ?? "")" } ?? "none — every module is complete")")
        if !progress.awardsEarned.isEmpty {
            print("\nawards earned (a certificate is printed for each by `skills certificate issue`):")
            let awards = TextTable(
                headers: ["award", "earned on"], rows: progress.awardsEarned.map { [$0.title, $0.earnedOn.description] }, wrappable: [0])
            print(awards.render(width: table.width))
        }
        if !progress.earlierOutcomes.isEmpty {
            print("also achieved under an earlier curriculum version: \(progress.earlierOutcomes.joined(separator: ", "))")
        }
    }
}
