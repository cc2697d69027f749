import Foundation

/// The fields that differ between two versions of a record, for audit details ("field": "old → new").
public enum ChangeList {
    /// The changed fields of two versions of the same record.
    public static func between<T: Encodable>(_ before: T, _ after: T) -> [String: String] {
        let old = fields(before)
        let new = fields(after)
        var changes: [String: String] = [:]
        for key in Set(old.keys).union(new.keys) where old[key] != new[key] {
            changes[key] = "\(old[key] ?? "") → \(new[key] ?? "")"
        }
        return changes
    }

    private static func fields<T: Encodable>(_ value: T) -> [String: String] {
        guard let data = try? JSONEncoder().encode(value),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [:] }
        return object.mapValues { "\($0)" }
    }
}
