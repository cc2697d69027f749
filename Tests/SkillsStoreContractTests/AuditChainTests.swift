import Foundation
import SkillsStore
import Testing

@Suite("Audit chain")
struct AuditChainTests {
    @Test(
        "canonical details are the bytes JSONEncoder writes, whatever the text holds",
        arguments: [
            "retention policy: inactive since 2019-01-01", "", "a/b", "quote \" inside", "back\\slash", "tab\there",
            "line\nbreak", "nul\u{0}", "bell\u{7}", "delete\u{7F}", "Gwenllïan ap Rhys", "محمد عبد الله", "王秀英", "🙂",
            "line\u{2028}separator", "<script>&amp;</script>",
        ])
    func canonicalJSON(_ text: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for details in [["reason": text], [text: "value"], ["reason": text, "by": "someone"]] {
            let expected = String(decoding: try encoder.encode(details), as: UTF8.self)
            #expect(AuditChain.canonicalJSON(details) == expected)
        }
    }
}
