import PostgresNIO
import SkillsCore
import SkillsStore

extension PostgresStore {
    /// Writes a whole programme's tables into this store's empty schema in one transaction with `COPY`, then moves each
    /// generated id past the highest copied one, and gathers the planner's statistics. Refuses a database that already
    /// holds a programme.
    public func load(_ tables: [TableCopy]) async throws {
        try await writeTransaction { connection in
            if try await connection.value("SELECT count(*) FROM programme", as: Int.self) ?? 0 > 0 {
                throw ServiceError.conflict(.programmeExists(location: location))
            }
            // The migrations start the ref counters; the copy brings the programme's own.
            try await connection.execute("DELETE FROM ref_counters")
            for table in tables {
                try await connection.copyFrom(table: table.name, columns: table.columns, logger: PostgresConnection.quiet) { writer in
                    var buffer = ByteBuffer()
                    for row in table.rows {
                        CopyText.append(row, to: &buffer)
                        if buffer.readableBytes > 1 << 20 {
                            try await writer.write(buffer)
                            buffer.clear()
                        }
                    }
                    if buffer.readableBytes > 0 { try await writer.write(buffer) }
                }
            }
            let identities = try await connection.values(
                "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND is_identity = 'YES'", as: String.self)
            for table in identities {
                try await connection.execute(
                    PostgresQuery(
                        unsafeSQL: """
                            SELECT setval(pg_get_serial_sequence('\(table)', 'id'), coalesce((SELECT max(id) FROM \(table)), 0) + 1, false)
                            """))
            }
        }
        // Tables filled by COPY have no statistics until autovacuum next looks, which can be minutes away. Until then
        // the planner guesses: regional reports on a moved programme of 100,000 learners sorted their sessions on disk
        // and took 3.0 s; after ANALYZE, 1.5 s.
        try await exclusive { connection in try await connection.execute("ANALYZE") }
    }

    /// How many rows each programme table holds, to check a copy.
    public func tableCounts() async throws -> [String: Int] {
        try await read { connection in
            var counts: [String: Int] = [:]
            for table in TableCopy.programmeTables {
                counts[table] = try await connection.value(PostgresQuery(unsafeSQL: "SELECT count(*) FROM \(table)"), as: Int.self) ?? 0
            }
            return counts
        }
    }
}

extension PostgresStore {
    /// Records that the programme was moved here from another store: the first entry after the copied chain.
    public func recordMove(from source: String, by actor: String) async throws {
        try await writeTransaction { connection in
            _ = try await PostgresAuditTrail.append(
                connection, at: clock.now(), actor: actor, action: "programme.migrate", record: "programme", details: ["from": source])
        }
    }
}
