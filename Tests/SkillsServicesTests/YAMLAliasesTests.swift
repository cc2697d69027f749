import Foundation
import SkillsCore
import SkillsTestSupport
import Testing

@testable import SkillsServices

@Suite("YAML anchors and aliases are refused before Yams composes them")
struct YAMLAliasesTests {
    @Test(
        "nested aliases used as a mapping key (billion laughs) are refused at once, naming the line",
        .timeLimit(.minutes(1)))
    func billionLaughs() throws {
        // Before the scan, Yams hashed the 9^9-element key while composing and this read did not finish.
        let url = Paths.packageRoot.appendingPathComponent("Fuzz/crashes/FuzzCurriculum/timeout-billion-laughs-key.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect {
            _ = try CurriculumYAML.read(text, file: "laughs.yaml")
        } throws: { error in
            guard case ServiceError.file(.contents(_, let summary, _)) = error else { return false }
            return summary.hasPrefix("laughs.yaml:1: '&a' is a YAML anchor or alias")
        }
    }

    @Test(
        "anchors and aliases are found wherever YAML reads them",
        arguments: [
            ("a: *b", 1, "*b"), ("a: [x, *b]", 1, "*b"), ("a: {x: 1, y: &b 2}", 1, "&b"), ("- !!str &a x", 1, "&a"),
            ("--- &a\nx: 1", 1, "&a"), ("? *a\n: x", 1, "*a"), ("a: |\n  text\n*b : c", 3, "*b"), ("\"k\":*v", 1, "*v"),
            ("a: [x,\n  *b]", 2, "*b"), ("a: |2\n    text\n *b", 3, "*b"),
        ])
    func found(yaml: String, line: Int, token: String) {
        let found = YAMLAliases.first(in: yaml)
        #expect(found?.line == line && found?.token == token)
    }

    @Test(
        "an asterisk or ampersand in text is not taken for one",
        arguments: [
            "text: I can search with a * wildcard", "text: Fish & chips, *and* peas", "text: \"*quoted\"", "text: '&quoted'",
            "a: 1 # *comment", "text: |\n  *a line of a block scalar\n  &another\nnext: x", "text: >-\n\n  *folded\n",
            "text: \"two\n  *lines\"", "k: 'it''s *x'",
        ])
    func text(yaml: String) {
        #expect(YAMLAliases.first(in: yaml) == nil)
    }

    @Test("the shipped curriculum has none")
    func shipped() throws {
        let text = try String(contentsOf: Paths.packageRoot.appendingPathComponent("Curricula/eds-life.yaml"), encoding: .utf8)
        #expect(YAMLAliases.first(in: text) == nil)
    }
}
