import PostgresNIO
import SkillsCore
import SkillsStore

extension PostgresStore: RegionStore {
    public func loadRegions(_ regions: [Region], source: String, by authorisation: Authorisation) async throws {
        try await write(authorisation, "region.load", record: "regions", details: ["source": source, "count": String(regions.count)]) {
            connection, _ in
            for region in regions {
                try await connection.execute(
                    """
                    INSERT INTO regions (code, name, name_cy, tile_row, tile_col, population, population_kind,
                      population_year, population_source, need_share, need_measure, need_year, need_source)
                    VALUES (\(region.code), \(region.name), \(region.nameWelsh), \(region.tileRow), \(region.tileColumn),
                      \(region.population), \(region.populationKind), \(region.populationYear), \(region.populationSource),
                      \(region.needShare), \(region.needMeasure), \(region.needYear), \(region.needSource))
                    ON CONFLICT (code) DO UPDATE SET name = excluded.name, name_cy = excluded.name_cy,
                      tile_row = excluded.tile_row, tile_col = excluded.tile_col, population = excluded.population,
                      population_kind = excluded.population_kind, population_year = excluded.population_year,
                      population_source = excluded.population_source, need_share = excluded.need_share,
                      need_measure = excluded.need_measure, need_year = excluded.need_year, need_source = excluded.need_source
                    """)
            }
        }
    }

    public func regions() async throws -> [Region] {
        try await read { connection in
            try await connection.rows("SELECT * FROM regions ORDER BY code COLLATE \"C\"").map { row in
                Region(
                    code: try row.value("code"), name: try row.value("name"), nameWelsh: try row.value("name_cy"),
                    tileRow: try row.value("tile_row"), tileColumn: try row.value("tile_col"), population: try row.value("population"),
                    populationKind: try row.value("population_kind"), populationYear: try row.value("population_year"),
                    populationSource: try row.value("population_source"), needShare: try row.value("need_share"),
                    needMeasure: try row.value("need_measure"), needYear: try row.value("need_year"),
                    needSource: try row.value("need_source"))
            }
        }
    }
}
