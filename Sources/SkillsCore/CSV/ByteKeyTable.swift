/// A hash table keyed by short byte strings (references such as `L000123`), looked up straight from CSV bytes
/// without building a `String`: the import hot path's lookup for learners, tutors and outcomes.
public struct ByteKeyTable<Value>: Sendable where Value: Sendable {
    private var arena: [UInt8] = []
    private var slots: [Int32]
    private var keyStarts: [Int32] = []
    private var keyLengths: [Int32] = []
    private var values: [Value] = []
    private var mask: Int

    /// An empty table sized for about `capacity` keys.
    public init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// How many keys the table holds.
    public var count: Int { values.count }

    /// Adds a key, or replaces its value.
    public mutating func insert(_ key: String, _ value: Value) {
        var key = key
        key.withUTF8 { bytes in
            if let index = find(bytes) {
                values[index] = value
                return
            }
            if (values.count + 1) * 2 > slots.count { grow() }
            keyStarts.append(Int32(arena.count))
            keyLengths.append(Int32(bytes.count))
            arena.append(contentsOf: bytes)
            values.append(value)
            place(values.count - 1, hash: Self.hash(bytes))
        }
    }

    /// The value for the key spelled by these bytes.
    public func value(for bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        find(bytes).map { values[$0] }
    }

    /// Every key, as text (for "did you mean" hints).
    public var keys: [String] {
        keyStarts.indices.map { String(decoding: arena[Int(keyStarts[$0])..<Int(keyStarts[$0] + keyLengths[$0])], as: UTF8.self) }
    }

    private func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var slot = Self.hash(bytes) & mask
        return arena.withUnsafeBufferPointer { arena in
            while true {
                let index = Int(slots[slot])
                if index < 0 { return nil }
                if Int(keyLengths[index]) == bytes.count {
                    let start = Int(keyStarts[index])
                    var equal = true
                    for offset in 0..<bytes.count where arena[start + offset] != bytes[offset] {
                        equal = false
                        break
                    }
                    if equal { return index }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    private mutating func place(_ index: Int, hash: Int) {
        var slot = hash & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for index in values.indices {
            let start = Int(keyStarts[index]), end = start + Int(keyLengths[index])
            let hash = arena[start..<end].withUnsafeBufferPointer { Self.hash($0) }
            place(index, hash: hash)
        }
    }

    /// FNV-1a, finished with a multiply so short keys spread across the table.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let mixed = (hash ^ (hash >> 29)) &* 0xbf58_476d_1ce4_e5b9
        return Int(truncatingIfNeeded: mixed >> 1)
    }
}
