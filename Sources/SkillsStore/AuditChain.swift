import Crypto
import Foundation
import SkillsCore

/// How audit entries are hashed and chained, the same in every store, so a chain copied from one store to another
/// still verifies.
public enum AuditChain {
    /// The hash before the first entry.
    public static let genesis = String(repeating: "0", count: 64)

    /// What audit details become when they held personal data; the entry's hash still verifies.
    public static let erasedDetails = #"{"erased":"personal details removed at the learner's request"}"#

    /// The chained hash of one entry's fields.
    ///
    /// The fields, separated by the unit separator U+001F, go into the hash one after another, not joined into a new
    /// string first: a retention run hashes one entry for every learner it erases.
    public static func entryHash(
        id: Int64, at: String, actor: String, action: String, record: String, detailsDigest: String, previous: String
    ) -> String {
        var hash = SHA256()
        for (position, field) in [String(id), at, actor, action, record, detailsDigest, previous].enumerated() {
            if position > 0 { hash.update(data: unitSeparator) }
            update(&hash, with: field)
        }
        return hex(hash.finalize())
    }

    private static let unitSeparator: [UInt8] = [0x1F]

    /// Details as JSON with sorted keys, so the same details always hash the same.
    public static func canonicalJSON(_ details: [String: String]) -> String {
        // One key needs no sorting, and text with nothing to escape is written as it is: the same bytes the encoder
        // writes, several times faster (a retention run writes one entry per learner it erases).
        if details.count == 1, let (key, value) = details.first, !needsEscaping(key), !needsEscaping(value) {
            return "{\"\(key)\":\"\(value)\"}"
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(details)) ?? Data("{}".utf8), as: UTF8.self)
    }

    /// Whether JSON needs an escape for some character of the text: a quote, a backslash or a control character.
    private static func needsEscaping(_ text: String) -> Bool {
        text.utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
    }

    /// The SHA-256 of some bytes, as hex.
    public static func sha256Hex(_ data: Data) -> String {
        hex(SHA256.hash(data: data))
    }

    /// The SHA-256 of text's UTF-8, as hex, hashed where the text lies rather than copied into `Data` first.
    public static func sha256Hex(utf8 text: String) -> String {
        var hash = SHA256()
        update(&hash, with: text)
        return hex(hash.finalize())
    }

    private static func update(_ hash: inout SHA256, with text: String) {
        var text = text
        text.withUTF8 { hash.update(bufferPointer: UnsafeRawBufferPointer($0)) }
    }

    /// A digest as hex, read from its bytes in place: iterating a digest as a sequence copies it into an array first.
    private static func hex(_ digest: SHA256Digest) -> String {
        digest.withUnsafeBytes { Hex.string($0) }
    }

    /// Checks one stored entry against the one before it; returns what is wrong, or nil.
    public static func problem(with entry: StoredAuditEntry, expectedID: Int64, previous: String) -> String? {
        if entry.id != expectedID { return "entries \(expectedID) to \(entry.id - 1) are missing: they were deleted" }
        if entry.previousHash != previous {
            return "it does not follow entry \(entry.id - 1): an entry before it was changed, inserted or deleted"
        }
        if entry.details != erasedDetails, sha256Hex(utf8: entry.details) != entry.detailsDigest {
            return "its details were edited after it was written"
        }
        let hash = entryHash(
            id: entry.id, at: entry.at, actor: entry.actor, action: entry.action, record: entry.record,
            detailsDigest: entry.detailsDigest, previous: entry.previousHash)
        if hash != entry.hash { return "its time, actor, action or record was edited after it was written" }
        return nil
    }
}

/// An audit entry with everything its hash covers, as a store keeps it: what verification and copying read.
public struct StoredAuditEntry: Sendable, Equatable {
    public var id: Int64
    public var at: String
    public var actor: String
    public var action: String
    public var record: String
    public var details: String
    public var detailsDigest: String
    public var previousHash: String
    public var hash: String

    public init(
        id: Int64, at: String, actor: String, action: String, record: String, details: String, detailsDigest: String,
        previousHash: String, hash: String
    ) {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.record = record
        self.details = details
        self.detailsDigest = detailsDigest
        self.previousHash = previousHash
        self.hash = hash
    }
}
