import ArgumentParser
import SkillsCore

/// `skills tutor`: volunteer and staff tutors and their safeguarding checks.
struct TutorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tutor", abstract: "Add, list, show and update tutors; see checks that lapse soon.",
        subcommands: [AddTutor.self, ListTutors.self, ShowTutor.self, UpdateTutor.self, ExpiringTutors.self])
}
