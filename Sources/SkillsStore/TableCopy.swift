/// One table's rows as text, for moving a whole programme from one store to another with the audit chain intact.
///
/// Every value is written as PostgreSQL's `COPY` text reads it: numbers in decimal, booleans as 0 or 1, bytes as
/// `\x` and hex, NULL as nil.
public struct TableCopy: Sendable {
    public var name: String
    public var columns: [String]
    public var rows: [[String?]]

    public init(name: String, columns: [String], rows: [[String?]]) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }

    /// The programme's tables in an order that satisfies their references; the accounts come too, so people sign in to
    /// a moved programme with the passwords they had.
    public static let programmeTables = [
        "programme", "audit_log", "regions", "curriculum_versions", "outcomes", "centres", "tutors", "learners", "sessions",
        "signing_keys", "certificates", "consents", "actors", "ref_counters", "pending_file_removals", "actor_passwords",
        "sign_in_failures", "web_sessions", "access_codes",
        "erasure_requests",
    ]
}
