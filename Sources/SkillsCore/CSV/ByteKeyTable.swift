/// A hash table keyed by short byte strings (references such as `L000123`), looked up straight from CSV bytes
/// without building a `String`: the import hot path's lookup for learners, tutors and outcomes.
public struct ByteKeyTable<Value>: Sendable where Value: Sendable {
    private var interner: ByteKeyInterner
    private var values: [Value] = []

    /// An empty table sized for about `capacity` keys.
    public init(capacity: Int) { interner = ByteKeyInterner(capacity: capacity) }

    /// A table holding every key and value of a dictionary.
    public init(_ dictionary: [String: Value]) {
        self.init(capacity: dictionary.count)
        for (key, value) in dictionary { insert(key, value) }
    }

    /// How many keys the table holds.
    public var count: Int { values.count }

    /// Adds a key, or replaces its value.
    public mutating func insert(_ key: String, _ value: Value) {
        var key = key
        let index = key.withUTF8 { interner.intern($0) }
        if index == values.count { values.append(value) } else { values[index] = value }
    }

    /// The value for the key spelled by these bytes.
    public func value(for bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        interner.find(bytes).map { values[$0] }
    }

    /// Every key, as text (for "did you mean" hints).
    public var keys: [String] { interner.keys }
}
