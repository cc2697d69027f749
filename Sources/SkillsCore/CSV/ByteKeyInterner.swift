/// Gives each distinct short byte string (a reference such as `L000123`) a dense number 0, 1, 2, …, looked up straight
/// from CSV or SQLite bytes without building a `String`: the hot paths of import and reports use it.
public struct ByteKeyInterner: Sendable {
    private var arena: [UInt8] = []
    private var starts: [Int32] = []
    private var lengths: [Int32] = []
    private var slots: [Int32]
    private var mask: Int

    /// An empty interner sized for about `capacity` keys.
    public init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// How many distinct keys there are.
    public var count: Int { starts.count }

    /// The key's number, or nil when it was never added.
    public func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        var slot = Self.hash(key) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if Int(lengths[index]) == key.count && equal(index, key) { return index }
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
        var slot = arena[start..<end].withUnsafeBufferPointer { Self.hash($0) } & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for index in starts.indices { place(index) }
    }

    /// FNV-1a, finished with a multiply whose high half is kept: the slot comes from the low bits, so they must be
    /// well mixed (a product's low bits are not; keeping them made probe chains thousands long).
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: ((hash ^ (hash >> 29)) &* 0xbf58_476d_1ce4_e5b9) >> 32)
    }
}
