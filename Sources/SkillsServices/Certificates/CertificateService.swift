import Foundation
import SkillsCore
import SkillsRendering
import SkillsStore

/// Certificates: planning what is due, signing, drawing and issuing them; verifying, revoking, listing, and Open Badges.
public struct CertificateService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// What to issue and how to draw it.
    public struct IssueRequest: Sendable {
        /// One learner, or nil for everyone with a certificate due.
        public var learner: String?
        /// Kinds to issue: progress, module, area, curriculum.
        public var kinds: Set<String>
        public var language: CertificatePage.Language?
        public var outputFolder: URL
        public var formats: Set<String>
        public var dpi: Double
        public var workers: DrawingWorkers

        public init(
            learner: String?, kinds: Set<String>, language: CertificatePage.Language?, outputFolder: URL, formats: Set<String>,
            dpi: Double, workers: DrawingWorkers
        ) {
            self.learner = learner
            self.kinds = kinds
            self.language = language
            self.outputFolder = outputFolder
            self.formats = formats
            self.dpi = dpi
            self.workers = workers
        }
    }

    /// What an issuing run did.
    public struct IssueResult: Sendable {
        /// Certificates from an interrupted run that this run finished first, in the folders they were issued into.
        public var resumed: [URL]
        /// The files written for the newly due certificates.
        public var files: [URL]
        /// Certificates that could not be drawn, each with why; they stay pending and the next run tries again.
        public var notDrawn: [String]
        /// True when certificates were issued while the programme has no verify address, so their QR codes hold only
        /// the signed token and a phone cannot open them.
        public var withoutVerifyAddress: Bool
    }

    /// The certificate kinds there are.
    public static let kinds: Set<String> = ["progress", "module", "area", "curriculum"]

    /// Checks that `actor` may issue every learner's due certificates, for a door that shows the button first; a
    /// refusal is audited.
    public func checkMayIssueAll(by actor: String) async throws {
        try await context.gate.check(Authorisation(actor, .manageProgramme))
    }

    /// Finishes any interrupted run, then signs, records and draws every certificate newly due.
    public func issue(
        _ request: IssueRequest, signingKey: SigningKeyFile, by actor: String, progress: (_ done: Int, _ total: Int) -> Void
    ) async throws -> IssueResult {
        let authorisation =
            request.learner.map { Authorisation(actor, .issueCertificates, learners: [$0]) }
            ?? Authorisation(actor, .manageProgramme)
        try await context.gate.check(authorisation)
        guard request.kinds.isSubset(of: Self.kinds) else {
            throw ServiceError.invalid(
                field: "kind", value: request.kinds.sorted().joined(separator: ","), "kinds must be progress, module, area or curriculum")
        }
        guard !request.formats.isEmpty, request.formats.isSubset(of: ["pdf", "png"]) else {
            throw ServiceError.invalid(
                field: "format", value: request.formats.sorted().joined(separator: ","), "formats must be pdf, png or both")
        }
        let signer = CertificateSigner(privateKey: try signingKey.load())
        let store = context.store
        guard try await store.signingKeys()[signer.keyID] != nil else {
            throw ServiceError.signingKey(.notThisProgrammes(path: signingKey.path))
        }
        let builder = try await pageBuilder()
        let curriculum = builder.curriculum
        let info = try await store.programme()
        let issuer = CertificateIssuer(
            store: store, signer: signer, builder: builder,
            outputFolder: request.outputFolder, formats: request.formats, dpi: request.dpi, workers: request.workers,
            authorisation: authorisation)
        let resumed = try await context.gate.recordingRefusal { try await issuer.resume() }
        let planner = CertificatePlanner(
            curriculum: curriculum, issuer: info.name, today: context.clock.today, kinds: request.kinds, language: request.language)
        var random = SystemRandomNumberGenerator()
        let drafts = planner.drafts(
            holders: try await store.certificateHolders(learner: request.learner),
            achieved: try await store.achievedOutcomes(learner: request.learner),
            issued: try await store.issuedDueKeys(learner: request.learner),
            using: &random)
        if drafts.isEmpty {
            return IssueResult(resumed: resumed.finished, files: [], notDrawn: resumed.notDrawn, withoutVerifyAddress: false)
        }
        let issued = try await context.gate.recordingRefusal {
            try await issuer.issue(drafts) { done in progress(done, drafts.count) }
        }
        return IssueResult(
            resumed: resumed.finished, files: issued.written, notDrawn: resumed.notDrawn + issued.notDrawn,
            withoutVerifyAddress: info.verifyURL == nil)
    }

    /// Draws one shard of the pending certificates whose files are missing: the work of one drawing worker.
    public func drawPending(
        shard: Int, of shards: Int, outputFolder: URL, formats: Set<String>, dpi: Double, by actor: String, drawn: () -> Void
    ) async throws {
        try await context.gate.check(Authorisation(actor, .read))
        let issuer = CertificateIssuer(
            store: context.store, signer: nil, builder: try await pageBuilder(),
            outputFolder: outputFolder, formats: formats, dpi: dpi, workers: DrawingWorkers(count: 1) { _, _ in [] },
            authorisation: Authorisation(actor, .read))
        _ = try await issuer.drawShard(shard, of: shards) { _ in drawn() }
    }

    /// A certificate's PDF drawn again from its signed facts, in memory: what a server sends, with no file on any disk.
    public func document(_ idOrCode: String, by actor: String) async throws -> Data {
        guard let record = try await context.store.certificate(idOrCode: idOrCode) else {
            throw ServiceError.unknown(.certificate, idOrCode, nearest: nil)
        }
        try await context.gate.check(Authorisation(actor, .readLearners, learners: [record.learnerRef]))
        return try await draw(record)
    }

    /// A stored certificate's PDF drawn from its signed facts; whoever asks has been checked already.
    func draw(_ record: CertificateRecord) async throws -> Data {
        if record.revokedAt != nil { throw ServiceError.conflict(.alreadyRevoked(certificate: record.code)) }
        let builder = try await pageBuilder()
        guard
            let token = CertificateToken(
                signedBytes: record.signedFacts, signature: record.signature, issuer: builder.issuer, curricula: builder.curricula)
        else { throw ServiceError.interrupted("certificate \(record.id) holds facts this programme cannot read") }
        let page = builder.page(token, language: CertificatePageBuilder.language(record.language), largePrint: record.largePrint)
        do {
            return try CertificateIssuer.renderer(for: page).pdfData(CertificateLayout().pages(for: page))
        } catch {
            throw ServiceError.interrupted(error.message)
        }
    }

    /// Checks a certificate against the programme's keys and records; anyone may, registered or not.
    public func verify(_ evidence: CertificateEvidence) async throws -> Verdict {
        var verifier = CertificateVerifier(store: context.store, publicKeys: Array(try await context.store.signingKeys().values))
        verifier.issuer = try await context.store.programme().name
        verifier.curricula = CurriculumCatalogue(try await context.store.curriculumVersions()).curriculum
        return try await verifier.verify(evidence)
    }

    /// Checks a certificate offline, with public keys only: the signature against the curricula shipped with this
    /// program, not withdrawals.
    public static func verifyOffline(_ evidence: CertificateEvidence, publicKeys: [Data]) async throws -> Verdict {
        var verifier = CertificateVerifier(store: nil, publicKeys: publicKeys)
        verifier.curricula = ShippedCurricula.lookup
        return try await verifier.verify(evidence)
    }

    /// Withdraws a certificate with a reason; verification then says so. Returns the record.
    public func revoke(_ idOrCode: String, reason: String, by actor: String) async throws -> CertificateRecord {
        try await context.gate.check(Authorisation(actor, .manageProgramme))
        guard let record = try await context.store.certificate(idOrCode: idOrCode) else {
            throw ServiceError.unknown(.certificate, idOrCode, nearest: nil)
        }
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ServiceError.invalid(field: "reason", value: reason, "the reason must say why")
        }
        try await context.gate.recordingRefusal {
            try await context.store.revokeCertificate(id: record.id, reason: reason, by: Authorisation(actor, .manageProgramme))
        }
        return record
    }

    /// A learner's certificates, oldest first.
    public func list(learner: String, by actor: String) async throws -> [CertificateRecord] {
        _ = try await context.store.learner(learner)
        try await context.gate.check(Authorisation(actor, .readLearners, learners: [learner]))
        return try await context.store.certificates(learner: learner)
    }

    /// A certificate as an Open Badges 3.0 credential (VC-JWT, EdDSA). Returns the JWT and the facts it holds.
    public func badge(_ idOrCode: String, signingKey: SigningKeyFile, by actor: String) async throws -> (
        jwt: String, facts: CertificateFacts
    ) {
        guard let record = try await context.store.certificate(idOrCode: idOrCode) else {
            throw ServiceError.unknown(.certificate, idOrCode, nearest: nil)
        }
        try await context.gate.check(Authorisation(actor, .issueCertificates, learners: [record.learnerRef]))
        if record.revokedAt != nil { throw ServiceError.conflict(.alreadyRevoked(certificate: idOrCode)) }
        let signer = CertificateSigner(privateKey: try signingKey.load())
        let info = try await context.store.programme()
        let catalogue = CurriculumCatalogue(try await context.store.curriculumVersions())
        guard
            let facts = CertificateToken(
                signedBytes: record.signedFacts, signature: record.signature, issuer: info.name, curricula: catalogue.curriculum)?.facts
        else { throw ServiceError.interrupted("certificate \(idOrCode) names a curriculum this programme no longer holds") }
        let curriculum = try await context.store.defaultCurriculum()
        let badge = OpenBadge(
            facts: facts, learnerRef: record.learnerRef, issuerName: info.name,
            issuerID: info.verifyURL ?? "urn:digitalskills:issuer:\(signer.keyID)", identitySalt: try await context.store.identitySalt(),
            description: OpenBadge.description(facts, curriculum), criteria: OpenBadge.criteria(facts, curriculum))
        return (try badge.jwt(signer: signer), facts)
    }

    /// The programme's public signing keys as PEM, by key id.
    public func publicKeys(by actor: String) async throws -> [String] {
        try await context.gate.check(Authorisation(actor, .read))
        let keys = try await context.store.signingKeys()
        guard !keys.isEmpty else { throw ServiceError.conflict(.noSigningKey) }
        return keys.sorted { $0.key < $1.key }.map { SigningKeyFile.publicPEM($0.value) }
    }

    /// Where a certificate's PDF is (or its first PNG's base name).
    public func file(of record: CertificateRecord) -> URL {
        CertificateFolder.file(of: record, database: context.store.location)
    }

    /// Builds certificate pages as this programme prints them: its main curriculum, verify address and name, and
    /// every curriculum version certificates may have been measured against.
    private func pageBuilder() async throws -> CertificatePageBuilder {
        let info = try await context.store.programme()
        var builder = CertificatePageBuilder(curriculum: try await context.store.defaultCurriculum(), verifyURL: info.verifyURL)
        builder.issuer = info.name
        builder.curricula = CurriculumCatalogue(try await context.store.curriculumVersions()).curriculum
        return builder
    }

    /// A public key from PEM text, or nil when the text is not an Ed25519 public key.
    public static func publicKey(pem: String) -> Data? { SigningKeyFile.publicKey(pem: pem) }
}
