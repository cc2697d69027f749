import SkillsCore

/// A good `centres.csv` row: centre_ref, name, region_code [, local_authority].
public struct ImportedCentre: ImportedRow {
    public static let refColumn = "centre_ref"
    public let ref: String
    public let name: String
    /// The region's code, whichever way the file named it.
    public let regionCode: String
    /// "" when the file gives none.
    public let localAuthority: String

    public var what: String { "centre '\(ref)'" }
    public var values: [String: String] { ["name": name, "region_code": regionCode, "local_authority": localAuthority] }
}

/// Checks `centres.csv` rows against the programme's regions, for every store: the rules live here once, and each
/// store only writes the rows that pass.
public struct CentreRowCheck: Sendable {
    private let regions: Set<String>
    /// Regions by code or name, so a spreadsheet may say `Wales`.
    private let lookup: RegionLookup

    public init(regions: [(code: String, name: String, nameWelsh: String?)]) {
        self.regions = Set(regions.map(\.code))
        lookup = RegionLookup(regions)
    }

    /// The row's centre, or nil after reporting every problem it has.
    public func check(_ fields: FieldReader, _ problems: inout ImportProblems) -> ImportedCentre? {
        let ref = fields.reference("centre_ref", &problems)
        let name = fields.name("name", &problems)
        let written = fields.text("region_code")
        let region = lookup.code(for: written) ?? written
        var ok = true
        if !regions.contains(region) {
            let hint = NearestMatch.best(for: region, among: regions).map { " — did you mean '\($0)'?" } ?? " — see `skills region list`"
            problems.add(line: fields.record.line, column: fields.column("region_code"), "no region '\(region)'\(hint)")
            ok = false
        }
        guard let ref, let name, ok else { return nil }
        return ImportedCentre(ref: ref, name: name, regionCode: region, localAuthority: fields.text("local_authority"))
    }
}
