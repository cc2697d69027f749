import SkillsCore

/// Everything a programme's store does: one protocol per feature, each a set of intents rather than queries.
///
/// Domain values go in and come out; no database type crosses this line. Every change takes the `Authorisation`
/// the service built, and the store checks it inside the write transaction that makes the change, then writes the
/// change and its audit entry together. The same contract suite (`Tests/SkillsStoreContractTests`) runs against
/// every implementation.
public typealias ProgrammeStore = ProgrammeSettingsStore & CentreStore & TutorStore & LearnerStore & SessionStore
    & CurriculumStore & RegionStore & ActorStore & CertificateStore & DataRightsStore & AuditStore & ReportStore & ImportStore
