import Crypto
import Foundation
import SkillsCore

/// An Open Badges 3.0 OpenBadgeCredential for a certificate, secured as a VC-JWT signed with EdDSA (Ed25519).
struct OpenBadge {
    let facts: CertificateFacts
    let learnerRef: String
    let issuerName: String
    let issuerID: String
    let identitySalt: String
    let description: String
    let criteria: String

    /// The credential as a JSON object.
    var credential: [String: Any] {
        let achievementID = "\(issuerID)/achievements/\(facts.kind)/\(facts.subject)"
        return [
            "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
            "id": "urn:uuid:\(facts.id)",
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "issuer": ["id": issuerID, "type": ["Profile"], "name": issuerName],
            "validFrom": "\(facts.issuedOn)T00:00:00Z",
            "name": facts.title,
            "credentialSubject": [
                "type": ["AchievementSubject"],
                "identifier": [
                    [
                        "type": "IdentityObject", "hashed": true, "identityType": "systemId", "salt": identitySalt,
                        "identityHash": "sha256$"
                            + Hex.string(SHA256.hash(data: Data((learnerRef + identitySalt).utf8))),
                    ]
                ],
                "achievement": [
                    "id": achievementID, "type": ["Achievement"], "name": facts.title, "description": description,
                    "criteria": ["narrative": criteria], "achievementType": facts.kind == "curriculum" ? "Certificate" : "Competency",
                ] as [String: Any],
            ] as [String: Any],
        ]
    }

    /// The VC-JWT: header with the public key, the credential's claims plus iss, jti and nbf, and an EdDSA signature.
    func jwt(signer: CertificateSigner) throws -> String {
        let publicKey = signer.privateKey.publicKey.rawRepresentation
        let header: [String: Any] = [
            "alg": "EdDSA", "typ": "JWT", "kid": signer.keyID,
            "jwk": ["kty": "OKP", "crv": "Ed25519", "x": Base64URL.encode(publicKey)],
        ]
        var claims = credential
        claims["iss"] = issuerID
        claims["jti"] = "urn:uuid:\(facts.id)"
        claims["nbf"] = Int(Self.epochSeconds(facts.issuedOn))
        let input = Base64URL.encode(try Self.json(header)) + "." + Base64URL.encode(try Self.json(claims))
        return input + "." + Base64URL.encode(try signer.signature(for: Data(input.utf8)))
    }

    static func json(_ object: Any) throws -> Data {
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
    }

    static func epochSeconds(_ isoDay: String) -> Double {
        Double((Day(iso: isoDay) ?? Day(ordinal: 0)).ordinal) * 86_400
    }
}

extension OpenBadge {
    /// The badge's description: the award, within its curriculum and framework.
    static func description(_ facts: CertificateFacts, _ curriculum: Curriculum) -> String {
        "\(facts.title): part of \(curriculum.title), \(curriculum.framework)."
    }

    /// What the learner did to earn it, in words.
    static func criteria(_ facts: CertificateFacts, _ curriculum: Curriculum) -> String {
        switch facts.kind {
        case "module":
            "Achieved every outcome of the module: "
                + (curriculum.modules.first { $0.id == facts.subject }?.outcomes.map(\.text).joined(separator: " ") ?? "")
        case "area": "Achieved every outcome of the skill area, as recorded by a tutor."
        case "curriculum": "Met the curriculum's award rules, as recorded by tutors across sessions."
        default: "A record of progress so far, by skill area."
        }
    }
}
