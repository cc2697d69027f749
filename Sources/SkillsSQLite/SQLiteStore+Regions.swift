import GRDB
import SkillsCore
import SkillsStore

extension SQLiteStore: RegionStore {
    public func loadRegions(_ regions: [Region], source: String, by authorisation: Authorisation) async throws {
        try write(authorisation, "region.load", record: "regions", details: ["source": source, "count": String(regions.count)]) { db, _ in
            for region in regions {
                try db.execute(
                    sql: """
                        INSERT INTO regions (code, name, name_cy, tile_row, tile_col, population, population_kind,
                          population_year, population_source, need_share, need_measure, need_year, need_source)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (code) DO UPDATE SET name = excluded.name, name_cy = excluded.name_cy,
                          tile_row = excluded.tile_row, tile_col = excluded.tile_col, population = excluded.population,
                          population_kind = excluded.population_kind, population_year = excluded.population_year,
                          population_source = excluded.population_source, need_share = excluded.need_share,
                          need_measure = excluded.need_measure, need_year = excluded.need_year,
                          need_source = excluded.need_source
                        """,
                    arguments: [
                        region.code, region.name, region.nameWelsh, region.tileRow, region.tileColumn, region.population,
                        region.populationKind, region.populationYear, region.populationSource, region.needShare,
                        region.needMeasure, region.needYear, region.needSource,
                    ])
            }
        }
    }

    public func regions() async throws -> [Region] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM regions ORDER BY code").map { row in
                Region(
                    code: row["code"], name: row["name"], nameWelsh: row["name_cy"], tileRow: row["tile_row"],
                    tileColumn: row["tile_col"], population: row["population"], populationKind: row["population_kind"],
                    populationYear: row["population_year"], populationSource: row["population_source"],
                    needShare: row["need_share"], needMeasure: row["need_measure"], needYear: row["need_year"],
                    needSource: row["need_source"])
            }
        }
    }
}
