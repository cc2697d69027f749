/// Gives each distinct byte string a dense number (0, 1, 2, …), looked up without building Strings.
///
/// The report pass uses it to recognise one delivered session (tutor, date, session ref) across a group's learners.
struct KeyInterner {
    private var arena: [UInt8] = []
    private var starts: [Int32] = []
    private var lengths: [Int32] = []
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// How many distinct keys there are.
    var count: Int { starts.count }

    /// The key's number, adding it if it is new.
    mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(key)
        var slot = hash & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { break }
            if Int(lengths[index]) == key.count && equal(index, key) { return Int32(index) }
            slot = (slot + 1) & mask
        }
        let index = Int32(starts.count)
        starts.append(Int32(arena.count))
        lengths.append(Int32(key.count))
        arena.append(contentsOf: key)
        slots[slot] = index
        if starts.count * 2 > slots.count { grow() }
        return index
    }

    private func equal(_ index: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[index])
        return arena.withUnsafeBufferPointer { arena in
            for offset in 0..<key.count where arena[start + offset] != key[offset] { return false }
            return true
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for index in starts.indices {
            let start = Int(starts[index]), end = start + Int(lengths[index])
            var slot = arena[start..<end].withUnsafeBufferPointer { Self.hash($0) } & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    /// FNV-1a, finished with a multiply whose high half is kept: the slot is taken from the low bits, so they must
    /// be well mixed (a product's low bits are not; keeping them made probe chains thousands long).
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: ((hash ^ (hash >> 29)) &* 0xbf58_476d_1ce4_e5b9) >> 32)
    }
}
