import GRDB

/// The named migrations that build the programme database; landed migrations are never edited.
enum Schema {
    /// All migrations in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 programme core", migrate: programmeCore)
        migrator.registerMigration("v2 certificates", migrate: certificates)
        migrator.registerMigration("v3 data rights and roles", migrate: dataRights)
        migrator.registerMigration("v4 constant-time lookups", migrate: constantTimeLookups)
        migrator.registerMigration("v5 certificate output folders", migrate: certificateFolders)
        migrator.registerMigration("v6 pending file removals", migrate: pendingFileRemovals)
        migrator.registerMigration("v7-accounts", migrate: accounts)
        migrator.registerMigration("v8 erasure requests", migrate: erasureRequests)
        migrator.registerMigration("v9 inactive learner lookup", migrate: inactiveLearnerLookup)
        migrator.registerMigration("v10 consents implied by import", migrate: consentsImpliedByImport)
        return migrator
    }

    // CHECK constraints spell out `a = x OR a = y`: SQLite evaluates `IN (…)` lists through a temporary b-tree
    // per row, which made bulk inserts a third slower.
    private static func programmeCore(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE programme (
                  id INTEGER PRIMARY KEY CHECK (id = 1),
                  name TEXT NOT NULL,
                  created_at TEXT NOT NULL,
                  verify_url TEXT,
                  identity_salt BLOB NOT NULL);
                CREATE TABLE audit_log (
                  id INTEGER PRIMARY KEY,
                  at TEXT NOT NULL,
                  actor TEXT NOT NULL,
                  action TEXT NOT NULL,
                  record TEXT NOT NULL,
                  details TEXT NOT NULL,
                  details_digest TEXT NOT NULL,
                  previous_hash TEXT NOT NULL,
                  hash TEXT NOT NULL);
                CREATE INDEX audit_by_record ON audit_log(record);
                CREATE TABLE regions (
                  code TEXT PRIMARY KEY,
                  name TEXT NOT NULL,
                  name_cy TEXT,
                  tile_row INTEGER NOT NULL,
                  tile_col INTEGER NOT NULL,
                  population INTEGER NOT NULL,
                  population_kind TEXT NOT NULL,
                  population_year INTEGER NOT NULL,
                  population_source TEXT NOT NULL,
                  need_share REAL NOT NULL,
                  need_measure TEXT NOT NULL,
                  need_year INTEGER NOT NULL,
                  need_source TEXT NOT NULL);
                CREATE TABLE curriculum_versions (
                  id INTEGER PRIMARY KEY,
                  curriculum_id TEXT NOT NULL,
                  version INTEGER NOT NULL,
                  content_digest TEXT NOT NULL,
                  definition TEXT NOT NULL,
                  loaded_at TEXT NOT NULL,
                  audit_id INTEGER NOT NULL REFERENCES audit_log(id),
                  UNIQUE (curriculum_id, version));
                CREATE TABLE outcomes (
                  id INTEGER PRIMARY KEY,
                  curriculum_version_id INTEGER NOT NULL REFERENCES curriculum_versions(id),
                  code TEXT NOT NULL,
                  module_code TEXT NOT NULL,
                  area_code TEXT NOT NULL,
                  position INTEGER NOT NULL,
                  UNIQUE (curriculum_version_id, code));
                CREATE INDEX outcomes_by_code ON outcomes(code);
                CREATE TABLE centres (
                  id INTEGER PRIMARY KEY,
                  ref TEXT NOT NULL UNIQUE,
                  name TEXT NOT NULL,
                  region_code TEXT NOT NULL REFERENCES regions(code),
                  local_authority TEXT,
                  audit_id INTEGER NOT NULL REFERENCES audit_log(id));
                CREATE TABLE tutors (
                  id INTEGER PRIMARY KEY,
                  ref TEXT NOT NULL UNIQUE,
                  name TEXT NOT NULL,
                  centre_id INTEGER NOT NULL REFERENCES centres(id),
                  role TEXT NOT NULL CHECK (role = 'volunteer' OR role = 'staff'),
                  dbs_checked_on TEXT,
                  dbs_expires_on TEXT,
                  trained_on TEXT,
                  active INTEGER NOT NULL DEFAULT 1,
                  audit_id INTEGER NOT NULL REFERENCES audit_log(id));
                CREATE TABLE learners (
                  id INTEGER PRIMARY KEY,
                  ref TEXT NOT NULL UNIQUE,
                  name TEXT NOT NULL,
                  preferred_language TEXT NOT NULL,
                  year_of_birth INTEGER,
                  postcode_district TEXT,
                  centre_id INTEGER NOT NULL REFERENCES centres(id),
                  enrolled_on TEXT NOT NULL,
                  large_print INTEGER NOT NULL,
                  open_data_consent INTEGER NOT NULL,
                  status TEXT NOT NULL CHECK (status = 'active' OR status = 'withdrawn' OR status = 'completed'),
                  withdrawn_on TEXT,
                  audit_id INTEGER NOT NULL REFERENCES audit_log(id));
                CREATE INDEX learners_by_centre ON learners(centre_id);
                CREATE TABLE sessions (
                  id INTEGER PRIMARY KEY,
                  ref TEXT NOT NULL,
                  learner_id INTEGER NOT NULL REFERENCES learners(id),
                  tutor_id INTEGER NOT NULL REFERENCES tutors(id),
                  date TEXT NOT NULL,
                  minutes INTEGER NOT NULL CHECK (minutes > 0),
                  mode TEXT NOT NULL CHECK (mode = 'in-person' OR mode = 'phone' OR mode = 'video'),
                  outcomes TEXT NOT NULL DEFAULT '',
                  modules TEXT NOT NULL DEFAULT '',
                  notes TEXT,
                  audit_id INTEGER NOT NULL REFERENCES audit_log(id),
                  UNIQUE (learner_id, ref));
                """)
    }

    private static func certificates(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE signing_keys (
                  id TEXT PRIMARY KEY,
                  public_key BLOB NOT NULL,
                  created_at TEXT NOT NULL,
                  retired_at TEXT);
                CREATE TABLE certificates (
                  id TEXT PRIMARY KEY,
                  code TEXT NOT NULL UNIQUE,
                  learner_id INTEGER NOT NULL REFERENCES learners(id),
                  kind TEXT NOT NULL,
                  subject TEXT NOT NULL,
                  due_key TEXT NOT NULL,
                  facts BLOB NOT NULL,
                  signature BLOB NOT NULL,
                  key_id TEXT NOT NULL REFERENCES signing_keys(id),
                  language TEXT NOT NULL,
                  large_print INTEGER NOT NULL,
                  file_path TEXT NOT NULL,
                  state TEXT NOT NULL CHECK (state = 'pending' OR state = 'issued'),
                  issued_at TEXT NOT NULL,
                  revoked_at TEXT,
                  revoked_reason TEXT,
                  audit_id INTEGER NOT NULL REFERENCES audit_log(id),
                  UNIQUE (learner_id, due_key));
                """)
    }

    /// Consent history, roles and erasure; whoever created an existing programme becomes its administrator.
    private static func dataRights(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE consents (
                  id INTEGER PRIMARY KEY,
                  learner_id INTEGER NOT NULL REFERENCES learners(id),
                  purpose TEXT NOT NULL CHECK (purpose = 'programme' OR purpose = 'open-statistics' OR purpose = 'contact'),
                  given INTEGER NOT NULL,
                  recorded_at TEXT NOT NULL,
                  recorded_by TEXT NOT NULL,
                  audit_id INTEGER NOT NULL REFERENCES audit_log(id));
                CREATE INDEX consents_by_learner ON consents(learner_id);
                CREATE TABLE actors (
                  name TEXT PRIMARY KEY,
                  role TEXT NOT NULL CHECK (role = 'tutor' OR role = 'coordinator' OR role = 'administrator'),
                  centre_id INTEGER REFERENCES centres(id),
                  added_at TEXT NOT NULL);
                ALTER TABLE learners ADD COLUMN erased_at TEXT;
                INSERT INTO actors (name, role, centre_id, added_at)
                  SELECT actor, 'administrator', NULL, at FROM audit_log WHERE action = 'programme.create';
                """)
    }

    /// Indexes and counters so that everyday commands take the same time at ten million sessions as at a thousand:
    /// sessions by ref, the next free refs, and each tutor's check lapse date (worked out by `Tutor`, kept beside it).
    private static func constantTimeLookups(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE INDEX sessions_by_ref ON sessions(ref);
                CREATE TABLE ref_counters (kind TEXT PRIMARY KEY, next INTEGER NOT NULL);
                ALTER TABLE tutors ADD COLUMN check_lapses_on TEXT NOT NULL DEFAULT '';
                CREATE INDEX tutors_by_check_lapse ON tutors(active, check_lapses_on);
                """)
        try RefSequence.learner.start(db)
        try RefSequence.session.start(db)
        for tutor in try Row.fetchAll(
            db, sql: "SELECT \(SQLiteStore.tutorColumns) FROM tutors t JOIN centres c ON c.id = t.centre_id"
        ).map(SQLiteStore.tutor(from:)) {
            try db.execute(
                sql: "UPDATE tutors SET check_lapses_on = ? WHERE ref = ?", arguments: [tutor.checkLapsesOn, tutor.ref])
        }
    }

    /// Certificate files are stored relative to the folder they were issued into; older rows keep an absolute path
    /// and no folder.
    private static func certificateFolders(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE certificates ADD COLUMN output_folder TEXT")
    }

    /// Certificate files an erasure must remove, recorded in the erasure's own transaction and cleared only once the
    /// files are gone, so a run that stops after its commit leaves the work for the next run instead of for ever.
    private static func pendingFileRemovals(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE pending_file_removals (
                  id INTEGER PRIMARY KEY,
                  file_path TEXT NOT NULL,
                  output_folder TEXT,
                  audit_id INTEGER NOT NULL REFERENCES audit_log(id));
                """)
    }

    /// Sign-in for the web door: password hashes beside the actors, sessions and access codes kept only as digests.
    private static func accounts(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE actor_passwords (
                  actor_name TEXT PRIMARY KEY REFERENCES actors(name) ON DELETE CASCADE,
                  hash TEXT NOT NULL,
                  set_at TEXT NOT NULL);
                CREATE TABLE sign_in_failures (
                  name TEXT PRIMARY KEY,
                  count INTEGER NOT NULL,
                  last_at REAL NOT NULL);
                CREATE TABLE web_sessions (
                  digest TEXT PRIMARY KEY,
                  holder_kind TEXT NOT NULL CHECK (holder_kind = 'actor' OR holder_kind = 'learner'),
                  holder TEXT NOT NULL,
                  form_token TEXT NOT NULL,
                  started_at REAL NOT NULL,
                  last_seen_at REAL NOT NULL);
                CREATE TABLE access_codes (
                  digest TEXT PRIMARY KEY,
                  learner_ref TEXT NOT NULL,
                  expires_at REAL NOT NULL);
                """)
    }

    /// Erasures a learner asked for (waiting for a coordinator) or a coordinator scheduled for a day: one per learner,
    /// gone with the erasure itself.
    private static func erasureRequests(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE erasure_requests (
                  learner_id INTEGER PRIMARY KEY REFERENCES learners(id),
                  asked_on TEXT NOT NULL,
                  asked_by TEXT NOT NULL,
                  reason TEXT NOT NULL,
                  erase_on TEXT,
                  audit_id INTEGER NOT NULL REFERENCES audit_log(id));
                """)
    }

    /// Finding who a retention run erases without reading every session: learners not yet erased by enrolment day, so
    /// only those enrolled before the cutoff are candidates, and only their sessions are read, through the
    /// `(learner_id, ref)` index sessions already have. A further index on sessions by date would make each
    /// candidate one step, but every session recorded or imported would pay for it (about 14% of a million-row import).
    private static func inactiveLearnerLookup(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX learners_unerased_by_enrolment ON learners(enrolled_on) WHERE erased_at IS NULL")
    }

    /// An imported learner's first consents (the programme, and open statistics as the file said) are read from the
    /// learner row and the import's audit entry instead of being stored as two rows each: those rows were more than
    /// half of what a learner import wrote. `consent_history` joins them to the stored decisions, first as they came
    /// first. Existing import rows that say exactly what the view would are folded into the learner row.
    private static func consentsImpliedByImport(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE learners ADD COLUMN imported_open_statistics_consent INTEGER;
                CREATE VIEW consent_history AS
                  SELECT learner_id, id AS position, purpose, given, recorded_at, recorded_by, audit_id FROM consents
                  UNION ALL
                  SELECT l.id, -2, 'programme', 1, a.at, a.actor, l.audit_id
                  FROM learners l JOIN audit_log a ON a.id = l.audit_id WHERE l.imported_open_statistics_consent IS NOT NULL
                  UNION ALL
                  SELECT l.id, -1, 'open-statistics', l.imported_open_statistics_consent, a.at, a.actor, l.audit_id
                  FROM learners l JOIN audit_log a ON a.id = l.audit_id WHERE l.imported_open_statistics_consent IS NOT NULL;
                """)
        try foldImportConsents(db)
    }

    /// Moves each imported learner's two stored import consents into the learner row when they are exactly what
    /// `consent_history` derives (the programme given, one open-statistics decision, recorded by the import's actor at
    /// its time); any other learner keeps its rows as they are.
    static func foldImportConsents(_ db: Database) throws {
        try db.execute(
            sql: """
                UPDATE learners SET imported_open_statistics_consent = (
                  SELECT c.given FROM consents c
                  WHERE c.learner_id = learners.id AND c.audit_id = learners.audit_id AND c.purpose = 'open-statistics')
                WHERE imported_open_statistics_consent IS NULL
                  AND audit_id IN (SELECT id FROM audit_log WHERE action = 'import.learners')
                  AND (SELECT count(*) = 2 AND sum(c.purpose = 'programme' AND c.given = 1) = 1 AND sum(c.purpose = 'open-statistics') = 1
                         AND sum(c.recorded_at = a.at AND c.recorded_by = a.actor) = 2
                       FROM consents c JOIN audit_log a ON a.id = c.audit_id
                       WHERE c.learner_id = learners.id AND c.audit_id = learners.audit_id);
                DELETE FROM consents
                WHERE audit_id = (SELECT l.audit_id FROM learners l WHERE l.id = consents.learner_id AND l.imported_open_statistics_consent IS NOT NULL);
                """)
    }
}
