import Foundation

/// A small programme set up through the CLI: two centres in Wales and Yorkshire, a tutor at each, three learners.
public enum ProgrammeFixture {
    /// The learners' names, each in its own script.
    public static let names = ["محمد عبد الله", "Gwenllian Ŵyn", "王秀英"]

    /// Initialises the programme and enrols the fixture's people; returns the runner.
    @discardableResult
    public static func standard(_ runner: SkillsRunner) throws -> SkillsRunner {
        try runner.succeed(["init", "--name", "Test Programme"])
        try runner.succeed([
            "centre", "add", "CARD-01", "--name", "Cardiff Central Library", "--region", "W92000004", "--local-authority", "Cardiff",
        ])
        try runner.succeed([
            "centre", "add", "BRAD-01", "--name", "Bradford Central Library", "--region", "E12000003", "--local-authority", "Bradford",
        ])
        try runner.succeed([
            "tutor", "add", "T-ALED", "--name", "Aled Rees", "--centre", "CARD-01", "--dbs-checked", "2024-01-15", "--trained",
            "2024-02-01",
        ])
        try runner.succeed([
            "tutor", "add", "T-PRIYA", "--name", "Priya Shah", "--centre", "BRAD-01", "--dbs-checked", "2025-06-01", "--role", "staff",
        ])
        try runner.succeed([
            "learner", "enrol", "--ref", "L-MOH", "--name", names[0], "--centre", "CARD-01", "--language", "ar", "--born", "1980",
            "--enrolled", "2026-09-01",
        ])
        try runner.succeed([
            "learner", "enrol", "--ref", "L-GWEN", "--name", names[1], "--centre", "CARD-01", "--language", "cy", "--born", "1948",
            "--large-print", "--enrolled", "2026-09-01",
        ])
        try runner.succeed([
            "learner", "enrol", "--ref", "L-WANG", "--name", names[2], "--centre", "CARD-01", "--language", "zh", "--born", "1960",
            "--enrolled", "2026-09-01",
        ])
        return runner
    }
}
