/// The signed facts of a certificate in the compact binary format (format 2), small enough for a QR code a phone
/// reads easily. It holds only what the curriculum cannot tell a verifier: titles, "I can …" statements and the
/// number of outcomes in each module or area come from the curriculum named in the facts, and the issuer is the
/// programme whose key the signature checks with.
///
/// Layout (documented in `docs/certificates.md`; `VerifyPage/verify.js` reads the same bytes):
/// format (2) · kind (0 progress, 1 module, 2 area, 3 curriculum) · code (8 bytes, big-endian, 5 bits a
/// character) · curriculum id (text) · curriculum version (2 bytes) · subject (text) · date achieved · date issued
/// (2 bytes each, days since 2000-01-01) · learner (text) · centre (text) · outcomes achieved per skill area (a count,
/// then one byte an area, in curriculum order; progress and curriculum certificates only). Texts are `CompactText`.
public enum CompactFacts {
    /// The format number, the first byte.
    public static let format: UInt8 = 2
    /// The kinds, numbered by their position.
    static let kinds = ["progress", "module", "area", "curriculum"]
    /// Day 0 of the two-byte dates.
    static let epoch = Day(year: 2000, month: 1, day: 1)!

    /// The bytes to sign for a certificate's facts.
    public static func encode(_ facts: CertificateFacts, curriculum: Curriculum) throws(ServiceError) -> [UInt8] {
        guard let kind = kinds.firstIndex(of: facts.kind) else {
            throw ServiceError.invalid(field: "kind", value: facts.kind, "unknown certificate kind '\(facts.kind)'")
        }
        guard let code = codeValue(facts.code) else {
            throw ServiceError.invalid(field: "code", value: facts.code, "'\(facts.code)' is not a verification code")
        }
        var bytes: [UInt8] = [format, UInt8(kind)]
        bytes += (0..<8).reversed().map { UInt8(truncatingIfNeeded: code >> (8 * UInt64($0))) }
        CompactText.append(curriculum.id, to: &bytes)
        bytes += [UInt8(truncatingIfNeeded: curriculum.version >> 8), UInt8(truncatingIfNeeded: curriculum.version)]
        CompactText.append(facts.kind == "progress" ? "" : facts.subject, to: &bytes)
        for date in [facts.achievedOn ?? facts.issuedOn, facts.issuedOn] {
            guard let day = Day(iso: date), (0..<65536).contains(epoch.days(until: day)) else {
                throw ServiceError.invalid(field: "date", value: date, "the date '\(date)' cannot be printed on a certificate")
            }
            let days = epoch.days(until: day)
            bytes += [UInt8(days >> 8), UInt8(days & 0xFF)]
        }
        CompactText.append(facts.learner, to: &bytes)
        CompactText.append(facts.centre, to: &bytes)
        if facts.kind == "progress" || facts.kind == "curriculum" {
            let achieved = AreaCounts(facts.achievements)
            bytes.append(UInt8(curriculum.areas.count))
            bytes += curriculum.areas.map { UInt8(min(255, achieved[$0.id]?.achieved ?? 0)) }
        }
        return bytes
    }

    /// The facts in compact bytes, completed from their curriculum; nil when the bytes are not format 2 or name a
    /// curriculum, module or area `curricula` does not know.
    public static func decode(
        _ bytes: [UInt8], issuer: String, curricula: (_ id: String, _ version: Int) -> Curriculum?
    ) -> CertificateFacts? {
        guard bytes.count > 12, bytes[0] == format, Int(bytes[1]) < kinds.count else { return nil }
        let kind = kinds[Int(bytes[1])]
        let codeNumber = bytes[2..<10].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        var offset = 10
        guard let curriculumID = CompactText.read(bytes, at: &offset), offset + 2 <= bytes.count else { return nil }
        let version = Int(bytes[offset]) << 8 | Int(bytes[offset + 1])
        offset += 2
        guard let curriculum = curricula(curriculumID, version), let subjectText = CompactText.read(bytes, at: &offset),
            offset + 4 <= bytes.count
        else { return nil }
        let achievedOn = epoch.adding(days: Int(bytes[offset]) << 8 | Int(bytes[offset + 1]))
        let issuedOn = epoch.adding(days: Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3]))
        offset += 4
        guard let learner = CompactText.read(bytes, at: &offset), let centre = CompactText.read(bytes, at: &offset) else { return nil }
        let subject = kind == "progress" ? curriculum.id : subjectText
        let title: String
        let titleWelsh: String?
        var achievements: [String]
        switch kind {
        case "module":
            guard let module = curriculum.modules.first(where: { $0.id == subject }) else { return nil }
            (title, titleWelsh) = (module.title, module.titleWelsh)
            achievements = ["\(module.id):\(module.outcomes.count)/\(module.outcomes.count)"]
        case "area":
            guard let area = curriculum.areas.first(where: { $0.id == subject }) else { return nil }
            let total = curriculum.outcomeIDs(in: area.id).count
            (title, titleWelsh) = (area.title, area.titleWelsh)
            achievements = ["\(area.id):\(total)/\(total)"]
        default:
            let award = curriculum.awards.lazy.compactMap { rule -> CurriculumAward? in
                if case .curriculum(let award) = rule, award.id == subject { return award }
                return nil
            }.first
            guard kind == "progress" || award != nil, offset < bytes.count, Int(bytes[offset]) == curriculum.areas.count,
                offset + 1 + curriculum.areas.count == bytes.count
            else { return nil }
            (title, titleWelsh) = (award?.title ?? curriculum.title, award?.titleWelsh ?? curriculum.titleWelsh)
            achievements = curriculum.areas.enumerated().map { index, area in
                "\(area.id):\(bytes[offset + 1 + index])/\(curriculum.outcomeIDs(in: area.id).count)"
            }
            offset = bytes.count
        }
        guard offset == bytes.count else { return nil }
        let code = codeText(codeNumber)
        var facts = CertificateFacts(
            id: code, code: code, kind: kind, subject: subject, title: title, titleWelsh: titleWelsh, learner: learner,
            achievements: achievements, issuedOn: issuedOn.description, centre: centre, region: "", issuer: issuer,
            curriculum: "\(curriculum.id)@\(curriculum.version)")
        facts.version = Int(format)
        facts.achievedOn = achievedOn.description
        return facts
    }

    /// A 12-character verification code as a number, 5 bits a character, first character highest.
    static func codeValue(_ code: String) -> UInt64? {
        guard code.count == 12 else { return nil }
        var value: UInt64 = 0
        for character in code {
            guard let index = VerificationCode.alphabet.firstIndex(of: character) else { return nil }
            value = value << 5 | UInt64(index)
        }
        return value
    }

    /// The code for a number made by `codeValue`.
    static func codeText(_ value: UInt64) -> String {
        String((0..<12).reversed().map { VerificationCode.alphabet[Int(value >> (5 * UInt64($0)) & 31)] })
    }
}
