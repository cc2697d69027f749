import Foundation

/// A current UK local authority from the shipped reference table: GSS code, region, population and centre point.
public struct LocalAuthorityReference: Codable, Equatable, Sendable {
    /// GSS code, e.g. `E08000035` for Leeds.
    public var code: String
    public var name: String
    /// The ITL1 region (or nation) it lies in, as a GSS code.
    public var regionCode: String
    /// All ages, ONS mid-2020 estimate.
    public var population: Int
    /// Latitude and longitude of its centre, for placing it on a map.
    public var position: GeoPosition

    public init(code: String, name: String, regionCode: String, population: Int, position: GeoPosition) {
        self.code = code
        self.name = name
        self.regionCode = regionCode
        self.population = population
        self.position = position
    }

    /// The columns of `Reports/regions/uk-local-authorities.csv`, in order.
    public static let columns = ["gss_code", "name", "region_code", "region_name", "population_2020", "latitude", "longitude"]

    /// What the population figure is, for notes beside every estimate built on it.
    public static let populationKind = "all ages, ONS mid-2020 estimate"

    /// Reads the reference table; throws one error listing every bad line (file:line:column), nothing half-read.
    public static func read(_ text: String, file: String) throws -> [LocalAuthorityReference] {
        var parser = CSVParser()
        var header: CSVHeader?
        var headerFailed = false
        var authorities: [LocalAuthorityReference] = []
        var problems: [String] = []
        func handle(_ record: inout CSVRecord) {
            guard !headerFailed else { return }
            let fields = record.strings
            guard let header else {
                let checked = CSVHeader.check(fields, required: columns, optional: [])
                header = checked.header
                problems += checked.problems.map { "\(file):\(record.line):\($0.field): error: \($0.message)" }
                headerFailed = header == nil
                return
            }
            func value(_ name: String) -> String {
                header.index[name].map { $0 < fields.count ? fields[$0].trimmingCharacters(in: .whitespaces) : "" } ?? ""
            }
            func bad(_ name: String, _ message: String) {
                problems.append("\(file):\(record.line):\((header.index[name] ?? 0) + 1): error: \(message)")
            }
            guard let population = Int(value("population_2020")) else {
                return bad("population_2020", "population_2020 '\(value("population_2020"))' must be a whole number")
            }
            guard let latitude = Double(value("latitude")), let longitude = Double(value("longitude")) else {
                return bad("latitude", "latitude '\(value("latitude"))' and longitude '\(value("longitude"))' must be decimal degrees")
            }
            guard !value("gss_code").isEmpty, !value("name").isEmpty, !value("region_code").isEmpty else {
                return bad("gss_code", "every local authority needs a gss_code, a name and a region_code")
            }
            authorities.append(
                LocalAuthorityReference(
                    code: value("gss_code"), name: value("name"), regionCode: value("region_code"), population: population,
                    position: GeoPosition(latitude: latitude, longitude: longitude)))
        }
        parser.parse(text, emit: handle)
        if header == nil, !headerFailed {
            problems.append("\(file):1:1: error: the file is empty; it needs a header row: \(columns.joined(separator: ","))")
        }
        guard problems.isEmpty else {
            throw ServiceError.file(
                .contents(
                    path: file, summary: "\(problems.count) problem(s) in \(file) — fix them and run the report again", problems: problems))
        }
        return authorities
    }
}
