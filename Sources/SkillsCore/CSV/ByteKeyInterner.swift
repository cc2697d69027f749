/// Gives each distinct short byte string (a reference such as `L000123`) a dense number 0, 1, 2, …, looked up straight
/// from CSV or SQLite bytes without building a `String`: the hot paths of import and reports use it.
public struct ByteKeyInterner: Sendable {
    private var arena: [UInt8] = []
    private var starts: [Int32] = []
    private var lengths: [Int32] = []
    /// Each slot holds a key's number plus one in its low half (zero: empty) and the key's hash's high half above, so a
    /// probe that meets another key rejects it without reading that key's bytes: most lookups of a new key touch one
    /// or two slots and nothing else.
    private var slots: [UInt64]
    private var mask: Int
    /// One bit for every key's hash, four bits to a slot: a key whose bit is clear was never added, found without
    /// touching `slots`, which no longer stay in the processor's cache once they run to hundreds of kilobytes. The
    /// report looks up every session's ref among the group sessions' refs, and nine in ten are not there.
    private var present: [UInt64]

    /// An empty interner sized for about `capacity` keys.
    public init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        present = [UInt64](repeating: 0, count: size / 16)
    }

    /// How many distinct keys there are.
    public var count: Int { starts.count }

    /// The key's number, or nil when it was never added.
    public func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = Self.hash(key)
        guard isPresent(hash) else { return nil }
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let index = Int(entry & 0xFFFF_FFFF) - 1
                if Int(lengths[index]) == key.count && equal(index, key) { return index }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The key's number, adding it if it is new.
    public mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        if let index = find(key) { return index }
        let index = starts.count
        starts.append(Int32(arena.count))
        lengths.append(Int32(key.count))
        arena.append(contentsOf: key)
        if starts.count * 2 > slots.count { grow() } else { place(index) }
        return index
    }

    /// Every key, as text, in number order.
    public var keys: [String] {
        starts.indices.map { String(decoding: arena[Int(starts[$0])..<Int(starts[$0] + lengths[$0])], as: UTF8.self) }
    }

    private func equal(_ index: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[index])
        return arena.withUnsafeBufferPointer { arena in
            for offset in 0..<key.count where arena[start + offset] != key[offset] { return false }
            return true
        }
    }

    private mutating func place(_ index: Int) {
        let start = Int(starts[index])
        let end = start + Int(lengths[index])
        let hash = arena[start..<end].withUnsafeBufferPointer { Self.hash($0) }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(index + 1)
        let bit = presenceBit(hash)
        present[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    private mutating func grow() {
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        mask = slots.count - 1
        present = [UInt64](repeating: 0, count: slots.count / 16)
        for index in starts.indices { place(index) }
    }

    /// The key's bit in `present`, taken from the hash's high half, which the slot does not use.
    private func presenceBit(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> 32) & (present.count * 64 - 1) }

    private func isPresent(_ hash: UInt64) -> Bool {
        let bit = presenceBit(hash)
        return present[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// FNV-1a, finished with a multiply and a fold so that every bit depends on every byte: the slot comes from the
    /// low bits (a bare product's low bits are badly mixed; they once made probe chains thousands long) and the tag
    /// from the high ones.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hash = (hash ^ (hash >> 29)) &* 0xbf58_476d_1ce4_e5b9
        return hash ^ (hash >> 32)
    }
}
