import SkillsCore
import Testing

@Suite("ByteKeyInterner")
struct ByteKeyInternerTests {
    static func find(_ interner: ByteKeyInterner, _ key: String) -> Int? {
        Array(key.utf8).withUnsafeBufferPointer { interner.find($0) }
    }

    @Test("numbers keys in the order first met, and finds every one after the table has grown many times")
    func numbersAndFinds() {
        var interner = ByteKeyInterner(capacity: 4)
        let refs = (1...50_000).map { "S\(String(format: "%06d", $0))" }
        for (number, ref) in refs.enumerated() {
            #expect(Array(ref.utf8).withUnsafeBufferPointer { interner.intern($0) } == number)
        }
        #expect(Array(refs[7].utf8).withUnsafeBufferPointer { interner.intern($0) } == 7)
        #expect(interner.count == refs.count)
        #expect(refs.indices.allSatisfy { Self.find(interner, refs[$0]) == $0 })
        #expect(interner.keys == refs)
    }

    @Test("finds no key that was never added: other letters, a byte short, a byte long, empty")
    func missesWhatWasNeverAdded() {
        var interner = ByteKeyInterner(capacity: 16)
        for number in 1...20_000 { _ = Array("S\(String(format: "%06d", number))".utf8).withUnsafeBufferPointer { interner.intern($0) } }
        let strangers = (1...20_000).flatMap { number -> [String] in
            let ref = String(format: "%06d", number)
            return ["X" + ref, "S" + ref.dropLast(), "S" + ref + "0", "s" + ref]
        }
        #expect(strangers.allSatisfy { Self.find(interner, $0) == nil })
        #expect(Self.find(interner, "") == nil)
        #expect(Array("".utf8).withUnsafeBufferPointer { interner.intern($0) } == 20_000)
        #expect(Self.find(interner, "") == 20_000)
    }
}
