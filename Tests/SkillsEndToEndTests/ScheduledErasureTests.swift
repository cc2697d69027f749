import Foundation
import SkillsTestSupport
import Testing

/// A coordinator can set a learner's erasure for a day: nothing changes before it, `retention apply` carries it out on
/// the day, and `learner show` and `learner erasures` say what waits.
@Suite("Scheduled erasure")
struct ScheduledErasureTests {
    @Test("set for a day, shown and listed, untouched the day before, erased on the day with its reason")
    func erasedOnTheDay() throws {
        let runner = try DataRightsTests().programme()
        let set = try runner.succeed(["learner", "erase", "L-MOH", "--on", "2027-01-31", "--reason", "end of course"])
        #expect(set.contains("will be erased on 2027-01-31"), "\(set)")
        #expect(try runner.succeed(["learner", "show", "L-MOH"]).contains("set for 2027-01-31 by test-tutor (end of course)"))
        let listed = try runner.succeed(["learner", "erasures"])
        #expect(listed.contains("L-MOH") && listed.contains("on 2027-01-31") && listed.contains("end of course"), "\(listed)")

        let dayBefore = try runner.run(["retention", "apply"], environment: ["SKILLS_TODAY": "2027-01-30"])
        #expect(dayBefore.status == 0 && !dayBefore.stdout.contains("scheduled"), "\(dayBefore.stdout)")
        #expect(try runner.succeed(["learner", "show", "L-MOH"]).contains("محمد عبد الله"))

        let dryRun = try runner.run(["retention", "apply", "--dry-run"], environment: ["SKILLS_TODAY": "2027-01-31"])
        #expect(dryRun.stdout.contains("would erase 1 learner(s) whose erasure was scheduled: L-MOH"), "\(dryRun.stdout)")
        #expect(try runner.succeed(["learner", "show", "L-MOH"]).contains("محمد عبد الله"))

        let onTheDay = try runner.run(["retention", "apply"], environment: ["SKILLS_TODAY": "2027-01-31"])
        #expect(onTheDay.stdout.contains("erased 1 learner(s) whose erasure was scheduled: L-MOH"), "\(onTheDay.stdout)")
        #expect(onTheDay.stdout.contains("2 certificate file(s) deleted"), "\(onTheDay.stdout)")
        let shown = try runner.run(["learner", "show", "L-MOH"], environment: ["SKILLS_TODAY": "2027-01-31"])
        #expect(shown.stdout.contains("erased on 2027-01-31 (end of course — scheduled on 2026-11-26 by test-tutor)"), "\(shown.stdout)")
        #expect(try runner.succeed(["learner", "erasures"]).contains("no erasure is asked for"))
        try runner.succeed(["audit", "verify"])
    }

    @Test("a day that is not after today, --on with --cancel, and cancelling nothing are refused, changing nothing")
    func refusals() throws {
        let runner = try DataRightsTests().programme()
        let today = try runner.run(["learner", "erase", "L-MOH", "--on", "2026-11-26", "--reason", "x"])
        #expect(today.status == 64 && today.stderr.contains("--on: 2026-11-26 is not after today"), "\(today.stderr)")
        let both = try runner.run(["learner", "erase", "L-MOH", "--on", "2027-01-31", "--cancel", "--reason", "x"])
        #expect(both.status == 64 && both.stderr.contains("--cancel and --on cannot go together"), "\(both.stderr)")
        let nothing = try runner.run(["learner", "erase", "L-MOH", "--cancel", "--reason", "x"])
        #expect(
            nothing.status != 0 && nothing.stderr.contains("no erasure of learner 'L-MOH' is asked for or scheduled"), "\(nothing.stderr)")
        #expect(try runner.succeed(["learner", "erasures"]).contains("no erasure is asked for"))
        let cancelled = try runner.succeed(["learner", "erase", "L-MOH", "--on", "2027-01-31", "--reason", "x"])
        #expect(cancelled.contains("will be erased"))
        #expect(
            try runner.succeed(["learner", "erase", "L-MOH", "--cancel", "--reason", "changed their mind"]).contains("nothing was erased"))
        let after = try runner.run(["retention", "apply"], environment: ["SKILLS_TODAY": "2027-02-01"])
        #expect(!after.stdout.contains("scheduled"), "\(after.stdout)")
        #expect(try runner.succeed(["learner", "show", "L-MOH"]).contains("محمد عبد الله"))
    }
}
