/// A centre whose `local_authority` matched no authority of its region in the reference table.
public struct UnmatchedCentre: Sendable, Equatable, Codable {
    public var ref: String
    public var name: String
    /// The centre's region (GSS code).
    public var regionCode: String
    /// What the centre's record says ("" when nothing is recorded).
    public var localAuthority: String
    /// Why it did not match, in one line.
    public var reason: String
    /// The reference authority it most likely means, when one is close.
    public var suggestion: String?

    enum CodingKeys: String, CodingKey {
        case ref, name, reason, suggestion
        case regionCode = "region_code"
        case localAuthority = "local_authority"
    }
}

extension ReportInput {
    /// The same input with every region's reference authorities as its local authorities (those without a centre too,
    /// so the whole region is on the map) and each centre moved to the authority its `local_authority` names.
    /// Centres that match nothing keep their own name as an authority of their region and are listed as unmatched.
    public func matchingLocalAuthorities(_ reference: [LocalAuthorityReference]) -> (input: ReportInput, unmatched: [UnmatchedCentre]) {
        let matcher = LocalAuthorityMatcher(reference)
        let regionIndex = Dictionary(regions.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        var authorities: [LocalAuthority] = []
        var referenceSlot: [Int: Int] = [:]
        for region in regions.indices {
            let inRegion = reference.indices.filter { reference[$0].regionCode == regions[region].code }
                .sorted { reference[$0].name < reference[$1].name }
            for index in inRegion {
                referenceSlot[index] = authorities.count
                authorities.append(LocalAuthority(name: reference[index].name, region: region, reference: reference[index]))
            }
        }
        var unmatchedSlot: [String: Int] = [:]
        var slotOfOld: [Int] = []
        /// Why each old authority matched nothing, and the nearest name when it looks like a typo.
        var problems: [Int: (reason: String, suggestion: String?)] = [:]
        for (old, authority) in localAuthorities.enumerated() {
            let region = regions[authority.region]
            if let found = matcher.match(authority.name), reference[found].regionCode == region.code, let slot = referenceSlot[found] {
                slotOfOld.append(slot)
                continue
            }
            if let found = matcher.match(authority.name) {
                let elsewhere = regionIndex[reference[found].regionCode].map { regions[$0].name } ?? reference[found].regionCode
                problems[old] = ("'\(authority.name)' is in \(elsewhere), not \(region.name)", nil)
            } else if authority.name == ReportInput.notRecorded {
                problems[old] = ("no local authority recorded", nil)
            } else {
                let suggestion = matcher.suggestion(for: authority.name)
                let hint = suggestion.map { " — did you mean '\($0)'?" } ?? ""
                problems[old] = ("no local authority '\(authority.name)' in \(region.name)\(hint)", suggestion)
            }
            let key = "\(authority.region)\u{0}\(authority.name)"
            if let slot = unmatchedSlot[key] {
                slotOfOld.append(slot)
            } else {
                unmatchedSlot[key] = authorities.count
                slotOfOld.append(authorities.count)
                authorities.append(LocalAuthority(name: authority.name, region: authority.region))
            }
        }
        var copy = self
        copy.localAuthorities = authorities
        var unmatched: [UnmatchedCentre] = []
        for index in copy.centres.indices {
            let old = centres[index].localAuthority
            copy.centres[index].localAuthority = slotOfOld[old]
            if let problem = problems[old] {
                let recorded = localAuthorities[old].name == ReportInput.notRecorded ? "" : localAuthorities[old].name
                unmatched.append(
                    UnmatchedCentre(
                        ref: centres[index].ref, name: centres[index].name, regionCode: regions[localAuthorities[old].region].code,
                        localAuthority: recorded, reason: problem.reason, suggestion: problem.suggestion))
            }
        }
        return (copy, unmatched)
    }

    /// The authority name the store gives a centre that records none.
    public static let notRecorded = "(not recorded)"
}
