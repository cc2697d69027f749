#!/usr/bin/env bash
# Scale benchmark: builds a demo programme with N learners (about 10 sessions each), then times every everyday command
# against the minimal sqlite3 equivalent on the same database in the same run, interleaved (skills, sqlite3, skills,
# sqlite3 …), each at least three times, with peak memory from /usr/bin/time -v. Run it at several sizes and compare the
# skills column across sizes: constant-time commands stay flat.
# usage: Benchmarks/scale.sh N [REPEATS]   (e.g. 10000, 100000, 1000000; REPEATS defaults to 3)
# SKILLS_BINARY names a binary built already; otherwise the current sources are built for release.
set -euo pipefail
cd "$(dirname "$0")/.."
learners=${1:?usage: Benchmarks/scale.sh N [REPEATS]}
repeats=${2:-3}
skills=${SKILLS_BINARY:-}
if [ -z "$skills" ]; then swift build -c release --product skills --static-swift-stdlib >/dev/null; skills=$PWD/.build/release/skills; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SKILLS_DB=$work/programme.sqlite SKILLS_TODAY=2026-11-26 SKILLS_ACTOR=benchmark
$skills init >/dev/null
$skills demo --learners "$learners" --seed 1 --files "$work/files" --files-only >/dev/null
sqlite3 "$SKILLS_DB" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
cp "$SKILLS_DB" "$work/empty.sqlite"
echo "machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$skills" "$work" "$learners" "$repeats" <<'PY'
import os, re, subprocess, sys, time
skills, work, learners, repeats = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
db = os.environ["SKILLS_DB"]
files = os.path.join(work, "files")

def run(command, stdin=None):
    """Runs a command under /usr/bin/time -v; returns (seconds, peak MiB)."""
    report = os.path.join(work, "time.txt")
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-v", "-o", report] + command, stdin=stdin, capture_output=True)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{result.stderr.decode()[-2000:]}")
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(report).read()).group(1)) / 1024
    return seconds, peak

def sql(statement):
    return ["sqlite3", db, statement]

def fresh(target):
    subprocess.run(["cp", os.path.join(work, "empty.sqlite"), target], check=True)
    for suffix in ("-wal", "-shm"):
        if os.path.exists(target + suffix): os.remove(target + suffix)

rows = []
def pair(name, ours, baseline, repeat=repeats):
    """Times ours and the baseline interleaved; keeps the best time and the largest peak of each."""
    mine, theirs = [], []
    for _ in range(repeat):
        mine.append(run(ours() if callable(ours) else ours))
        if baseline: theirs.append(run(baseline() if callable(baseline) else baseline))
    best = min(s for s, _ in mine)
    peak = max(p for _, p in mine)
    line = {"command": name, "skills_ms": best * 1000, "peak_mib": peak}
    if theirs:
        line["sqlite3_ms"] = min(s for s, _ in theirs) * 1000
        line["ratio"] = best / min(s for s, _ in theirs)
    rows.append(line)

# Import: learners against the sqlite3 shell's .import into a bare table, each into a fresh copy of the programme.
learners_db = os.path.join(work, "learners.sqlite")
bare_db = os.path.join(work, "bare.sqlite")
def import_learners():
    fresh(learners_db)
    for kind in ("centres", "tutors"):
        subprocess.run([skills, "import", kind, os.path.join(files, kind + ".csv")], env=dict(os.environ, SKILLS_DB=learners_db), check=True, capture_output=True)
    return ["env", f"SKILLS_DB={learners_db}", skills, "import", "learners", os.path.join(files, "learners.csv")]
def bare_learners():
    if os.path.exists(bare_db): os.remove(bare_db)
    return ["sqlite3", bare_db, "-cmd", "CREATE TABLE learners (learner_ref TEXT PRIMARY KEY, name, year_of_birth, centre_ref, enrolled_on, preferred_language, postcode_district, large_print, open_data_consent)",
            ".import --csv --skip 1 " + os.path.join(files, "learners.csv") + " learners"]
pair(f"import learners ({learners:,})", import_learners, bare_learners)

# The programme itself, imported once.
for kind in ("centres", "tutors", "learners", "sessions"):
    subprocess.run([skills, "import", kind, os.path.join(files, kind + ".csv")], check=True, capture_output=True)
sessions = int(subprocess.run(sql("SELECT count(*) FROM sessions"), capture_output=True, text=True).stdout)
middle = subprocess.run(sql(f"SELECT ref FROM learners ORDER BY id LIMIT 1 OFFSET {learners // 2}"), capture_output=True, text=True).stdout.strip()
tutor = subprocess.run(sql("SELECT t.ref FROM tutors t JOIN learners l ON l.centre_id = t.centre_id WHERE l.ref = '%s' LIMIT 1" % middle), capture_output=True, text=True).stdout.strip()
subprocess.run(sql("PRAGMA wal_checkpoint(TRUNCATE)"), check=True, capture_output=True)
print(f"programme: {learners:,} learners, {sessions:,} session rows; sample learner {middle}, tutor {tutor}")

pair("--version", [skills, "--version"], ["sqlite3", "--version"])
pair("session record (no --ref)",
     [skills, "session", "record", "--tutor", tutor, "--learner", middle, "--minutes", "30", "--outcome", "F1.1"],
     sql(f"INSERT INTO sessions (ref, learner_id, tutor_id, date, minutes, mode, outcomes, audit_id) SELECT 'X' || (SELECT count(*) FROM audit_log) || random(), l.id, t.id, '2026-11-26', 30, 'in-person', 'F1.1', 1 FROM learners l, tutors t WHERE l.ref = '{middle}' AND t.ref = '{tutor}'"))
def at_once(commands):
    """One shell command that starts every command at the same moment and fails if any of them fails."""
    import shlex
    starts = " ".join(f"{' '.join(map(shlex.quote, c))} >/dev/null & p{i}=$!;" for i, c in enumerate(commands))
    waits = " && ".join(f"wait $p{i}" for i in range(len(commands)))
    return ["bash", "-c", f"{starts} {waits}"]
record = [skills, "session", "record", "--tutor", tutor, "--learner", middle, "--minutes", "30", "--outcome", "F1.1"]
# The sqlite3 shell waits for the write lock as skills does (its default is to fail at once).
insert = ["sqlite3", "-cmd", ".timeout 5000", db, f"INSERT INTO sessions (ref, learner_id, tutor_id, date, minutes, mode, outcomes, audit_id) SELECT 'Y' || random(), l.id, t.id, '2026-11-26', 30, 'in-person', 'F1.1', 1 FROM learners l, tutors t WHERE l.ref = '{middle}' AND t.ref = '{tutor}'"]
pair("four session records at once (all finished)", at_once([record] * 4), at_once([insert] * 4))
pair("session list --learner", [skills, "session", "list", "--learner", middle],
     sql(f"SELECT s.ref, s.date, s.minutes FROM sessions s WHERE s.learner_id = (SELECT id FROM learners WHERE ref = '{middle}') ORDER BY s.date DESC"))
pair("progress", [skills, "progress", middle],
     sql(f"SELECT date, outcomes FROM sessions WHERE learner_id = (SELECT id FROM learners WHERE ref = '{middle}')"))
pair("learner show", [skills, "learner", "show", middle], sql(f"SELECT * FROM learners WHERE ref = '{middle}'"))
pair("learner export", lambda: [skills, "learner", "export", middle, "--out", os.path.join(work, f"export-{time.monotonic_ns()}.json")],
     sql(f"SELECT * FROM sessions WHERE learner_id = (SELECT id FROM learners WHERE ref = '{middle}')"))
pair("tutor expiring --within 60", [skills, "tutor", "expiring", "--within", "60"],
     sql("SELECT count(*) FROM tutors WHERE active = 1 AND check_lapses_on <= '2027-01-25'; "
         "SELECT ref, name FROM tutors WHERE active = 1 AND check_lapses_on <= '2027-01-25' ORDER BY check_lapses_on, ref LIMIT 50"))
pair("certificate issue --learner", lambda: [skills, "certificate", "issue", "--learner", middle, "--kind", "progress", "--out", os.path.join(work, "certs"), "--jobs", "1"],
     sql(f"SELECT date, outcomes FROM sessions WHERE learner_id = (SELECT id FROM learners WHERE ref = '{middle}')"))
group_by = "SELECT c.region_code, count(*), sum(s.minutes) FROM sessions s JOIN learners l ON l.id = s.learner_id JOIN centres c ON c.id = l.centre_id GROUP BY c.region_code"
pair("report regional", [skills, "report", "regional", "--out", os.path.join(work, "report")], sql(group_by))

# Retention: a programme where every learner of the first 10,000 is long inactive, against set-based SQL.
retention_db = os.path.join(work, "retention.sqlite")
retention_sql_db = os.path.join(work, "retention-sql.sqlite")
erase = min(10_000, learners)
def retention_programme(target):
    subprocess.run(["cp", db, target], check=True)
    subprocess.run(["sqlite3", target, f"DELETE FROM sessions WHERE learner_id <= {erase}; UPDATE learners SET enrolled_on = '2019-01-01' WHERE id <= {erase}; PRAGMA wal_checkpoint(TRUNCATE);"], check=True, capture_output=True)
def ours_retention():
    retention_programme(retention_db)
    return ["env", f"SKILLS_DB={retention_db}", skills, "retention", "apply", "--older-than", "3y"]
def sql_retention():
    # The same erasure work as `retention apply`, set-based: find the learners by the same rule, audit each with its
    # reason (the entries are written but not hash-chained: sqlite3 has no SHA-256), blank their personal fields and
    # notes, redact older audit details and their certificates, record certificate files for removal, drop their
    # erasure requests, access codes and web sessions, with secure delete and an emptied write-ahead log.
    retention_programme(retention_sql_db)
    return ["sqlite3", retention_sql_db, f"""PRAGMA secure_delete = ON; BEGIN;
        CREATE TEMP TABLE gone AS SELECT id, ref, enrolled_on FROM learners l WHERE erased_at IS NULL AND enrolled_on < '2023-11-26'
          AND NOT EXISTS (SELECT 1 FROM sessions WHERE learner_id = l.id AND date >= '2023-11-26');
        INSERT INTO audit_log (at, actor, action, record, details, details_digest, previous_hash, hash)
          SELECT '2026-11-26T00:00:00Z', 'benchmark', 'learner.erase', 'learner:' || ref,
            '{{"reason":"retention policy: inactive since ' || enrolled_on || '"}}', '', '', '' FROM gone;
        UPDATE learners SET name = '[erased]', year_of_birth = NULL, postcode_district = NULL, preferred_language = 'und', large_print = 0, erased_at = '2026-11-26' WHERE id IN (SELECT id FROM gone);
        UPDATE sessions SET notes = NULL WHERE learner_id IN (SELECT id FROM gone) AND notes IS NOT NULL;
        DELETE FROM erasure_requests WHERE learner_id IN (SELECT id FROM gone);
        DELETE FROM access_codes WHERE learner_ref IN (SELECT ref FROM gone);
        DELETE FROM web_sessions WHERE holder_kind = 'learner' AND holder IN (SELECT ref FROM gone);
        INSERT INTO pending_file_removals (file_path, output_folder, audit_id) SELECT file_path, output_folder, 1 FROM certificates WHERE learner_id IN (SELECT id FROM gone);
        UPDATE certificates SET facts = json_object('c', code, 'id', id, 'k', kind, 's', subject, 'withdrawn', json('true')), revoked_at = coalesce(revoked_at, '2026-11-26'), revoked_reason = 'erased' WHERE learner_id IN (SELECT id FROM gone);
        UPDATE audit_log SET details = '{{}}' WHERE record IN (SELECT 'learner:' || ref FROM gone) AND action != 'learner.erase';
        COMMIT; PRAGMA wal_checkpoint(TRUNCATE);"""]
pair(f"retention apply ({erase:,} learners)", ours_retention, sql_retention, repeat=min(repeats, 2))

print(f"\n| command | skills (ms) | sqlite3 (ms) | ratio | skills peak (MiB) |")
print("|---|---:|---:|---:|---:|")
for line in rows:
    sqlite = f"{line['sqlite3_ms']:.1f}" if "sqlite3_ms" in line else ""
    ratio = f"{line['ratio']:.2f}x" if "ratio" in line else ""
    print(f"| {line['command']} | {line['skills_ms']:.1f} | {sqlite} | {ratio} | {line['peak_mib']:.0f} |")
print(f"\nload average after: {open('/proc/loadavg').read().split()[:3]}")
PY
