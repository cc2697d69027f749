/// Towns for demo centres in each ITL1 region: local authority, postcode district, and a pace factor so regions differ.
enum DemoPlaces {
    struct Town {
        var name: String
        var authority: String
        var district: String
    }

    /// Region code → towns.
    static let towns: [String: [Town]] = [
        "E12000001": [
            Town(name: "Newcastle", authority: "Newcastle upon Tyne", district: "NE1"),
            Town(name: "Sunderland", authority: "Sunderland", district: "SR1"),
            Town(name: "Middlesbrough", authority: "Middlesbrough", district: "TS1"),
        ],
        "E12000002": [
            Town(name: "Manchester", authority: "Manchester", district: "M1"),
            Town(name: "Liverpool", authority: "Liverpool", district: "L1"), Town(name: "Preston", authority: "Preston", district: "PR1"),
            Town(name: "Bolton", authority: "Bolton", district: "BL1"),
        ],
        "E12000003": [
            Town(name: "Leeds", authority: "Leeds", district: "LS1"), Town(name: "Bradford", authority: "Bradford", district: "BD1"),
            Town(name: "Sheffield", authority: "Sheffield", district: "S1"),
            Town(name: "Hull", authority: "Kingston upon Hull", district: "HU1"),
        ],
        "E12000004": [
            Town(name: "Nottingham", authority: "Nottingham", district: "NG1"),
            Town(name: "Leicester", authority: "Leicester", district: "LE1"), Town(name: "Derby", authority: "Derby", district: "DE1"),
        ],
        "E12000005": [
            Town(name: "Birmingham", authority: "Birmingham", district: "B1"),
            Town(name: "Coventry", authority: "Coventry", district: "CV1"),
            Town(name: "Stoke", authority: "Stoke-on-Trent", district: "ST1"),
        ],
        "E12000006": [
            Town(name: "Norwich", authority: "Norwich", district: "NR1"),
            Town(name: "Peterborough", authority: "Peterborough", district: "PE1"),
            Town(name: "Luton", authority: "Luton", district: "LU1"),
        ],
        "E12000007": [
            Town(name: "Tower Hamlets", authority: "Tower Hamlets", district: "E1"),
            Town(name: "Brent", authority: "Brent", district: "NW10"), Town(name: "Lewisham", authority: "Lewisham", district: "SE13"),
            Town(name: "Newham", authority: "Newham", district: "E13"),
        ],
        "E12000008": [
            Town(name: "Southampton", authority: "Southampton", district: "SO14"),
            Town(name: "Brighton", authority: "Brighton and Hove", district: "BN1"),
            Town(name: "Reading", authority: "Reading", district: "RG1"),
        ],
        "E12000009": [
            Town(name: "Bristol", authority: "Bristol", district: "BS1"), Town(name: "Plymouth", authority: "Plymouth", district: "PL1"),
            Town(name: "Exeter", authority: "Exeter", district: "EX1"),
        ],
        "W92000004": [
            Town(name: "Cardiff", authority: "Cardiff", district: "CF10"), Town(name: "Swansea", authority: "Swansea", district: "SA1"),
            Town(name: "Aberystwyth", authority: "Ceredigion", district: "SY23"),
            Town(name: "Wrexham", authority: "Wrexham", district: "LL11"),
        ],
        "S92000003": [
            Town(name: "Glasgow", authority: "Glasgow City", district: "G1"),
            Town(name: "Edinburgh", authority: "City of Edinburgh", district: "EH1"),
            Town(name: "Dundee", authority: "Dundee City", district: "DD1"),
        ],
        "N92000002": [
            Town(name: "Belfast", authority: "Belfast", district: "BT1"),
            Town(name: "Derry", authority: "Derry City and Strabane", district: "BT48"),
        ],
    ]

    /// How quickly learners in a region tend to progress (so the demo's gaps differ by region).
    static func pace(_ region: String) -> Double {
        switch region {
        case "W92000004", "N92000002", "E12000001": 0.75
        case "E12000007", "E12000008": 1.15
        default: 1.0
        }
    }

    /// Kinds of venue.
    static let venues = ["Central Library", "Community Centre", "Library", "Adult Learning Centre", "Community Hub"]
}
