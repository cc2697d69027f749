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

    @Test("an entry's hash is the SHA-256 of its fields joined by U+001F, as Python's hashlib computes it")
    func entryHashMatchesAnIndependentComputation() {
        // Expected values from hashlib.sha256('\x1f'.join(fields).encode()).hexdigest(), so entries written by any
        // version of skills, or by another program, verify alike.
        let digest = AuditChain.sha256Hex(utf8: #"{"reason":"moved away"}"#)
        #expect(digest == "308f1935a6abaeaf608759a071bec66d3fcf41de1b69ad8b8655a6bb82f66526")
        #expect(AuditChain.sha256Hex(Data(#"{"reason":"moved away"}"#.utf8)) == digest)
        let first = AuditChain.entryHash(
            id: 7, at: "2026-11-26T10:00:00Z", actor: "ann", action: "learner.erase", record: "learner:L-1", detailsDigest: digest,
            previous: AuditChain.genesis)
        #expect(first == "076526101b8a50c4f7ce558b63c3188658d8b3548a3b333de57bf937c6958fb6")
        let second = AuditChain.entryHash(
            id: 8, at: "2026-11-26T10:00:00Z", actor: "Siân", action: "learner.erase", record: "learner:L-2", detailsDigest: digest,
            previous: first)
        #expect(second == "a6eef1266f348e1b044e20ed5e286f9647571f77b7b0a51c84fbc01de907f031")
    }
}
