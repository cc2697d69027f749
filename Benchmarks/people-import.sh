#!/usr/bin/env bash
# People import benchmark: `skills import learners` and `skills import tutors` against the sqlite3 shell's .import of
# the same file into a bare table (ref as primary key), interleaved (skills, sqlite3, skills, sqlite3 …), each into a
# fresh copy of a programme that already has its centres. Prints the best of each, the ratio and the load average.
# A third figure, "SQLite alone", is a floor no code of ours can go below: SQLite writing the same rows to the same table
# as a large import does (one transaction, secondary indexes built after the rows, WAL), from a temporary table in
# memory, in one INSERT … SELECT timed inside one sqlite3 process: no CSV, no checks, no start-up, no per-row calls.
# The demo makes about one tutor for eight learners, so the tutors file is the demo's tutors repeated under new refs
# (T000001 …) until it has as many rows as learners.csv.
# usage: Benchmarks/people-import.sh [N] [REPEATS]   (default 100000 learners, 3 repeats)
# SKILLS_BINARY names a binary built already; otherwise the current sources are built for release.
set -euo pipefail
cd "$(dirname "$0")/.."
learners=${1:-100000}
repeats=${2:-3}
skills=${SKILLS_BINARY:-}
if [ -z "$skills" ]; then swift build -c release --product skills >/dev/null; skills=$PWD/.build/release/skills; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SKILLS_DB=$work/programme.sqlite SKILLS_TODAY=2026-11-26 SKILLS_ACTOR=benchmark
$skills init >/dev/null
$skills demo --learners "$learners" --seed 1 --files "$work/files" --files-only >/dev/null
$skills import centres "$work/files/centres.csv" >/dev/null
sqlite3 "$SKILLS_DB" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
cp "$SKILLS_DB" "$work/centres.sqlite"
python3 - "$work/files/tutors.csv" "$work/files/many-tutors.csv" "$learners" <<'PY'
import csv, sys
source, target, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(source, newline="", encoding="utf-8") as file:
    header, *rows = list(csv.reader(file))
with open(target, "w", newline="", encoding="utf-8") as file:
    out = csv.writer(file, lineterminator="\n")
    out.writerow(header)
    for number in range(count):
        out.writerow([f"T{number + 1:06d}"] + rows[number % len(rows)][1:])
PY
echo "machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$skills" "$work" "$repeats" <<'PY'
import os, subprocess, sys, time
skills, work, repeats = sys.argv[1], sys.argv[2], int(sys.argv[3])
files = os.path.join(work, "files")

def timed(command, env=None):
    """Runs a command and returns its wall time in seconds; stops the benchmark if it fails. Files the steps before it
    wrote are flushed first, so no command waits on another's writes when it syncs its own."""
    os.sync()
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{result.stdout.decode()[-1000:]}{result.stderr.decode()[-2000:]}")
    return seconds

def programme_before(kind, target):
    """Makes `target` a fresh copy of the programme as it is before importing `kind`: its centres, and for learners its
    tutors too."""
    subprocess.run(["cp", os.path.join(work, "centres.sqlite"), target], check=True)
    for suffix in ("-wal", "-shm"):
        if os.path.exists(target + suffix): os.remove(target + suffix)
    if kind == "learners":
        subprocess.run([skills, "import", "tutors", os.path.join(files, "tutors.csv")], env=dict(os.environ, SKILLS_DB=target), check=True, capture_output=True)

def ours(kind, file):
    target = os.path.join(work, "run.sqlite")
    programme_before(kind, target)
    return timed([skills, "import", kind, file], env=dict(os.environ, SKILLS_DB=target))

def bare(columns, file):
    target = os.path.join(work, "bare.sqlite")
    if os.path.exists(target): os.remove(target)
    return timed(["sqlite3", target, "-cmd", f"CREATE TABLE people ({columns})", f".import --csv --skip 1 {file} people"])

def sqlite_alone(kind):
    """SQLite's own time for the rows our last import of `kind` wrote, into a fresh copy of the programme before it."""
    imported = os.path.join(work, "run.sqlite")
    target = os.path.join(work, "alone.sqlite")
    subprocess.run(["cp", imported, os.path.join(work, "imported.sqlite")], check=True)
    subprocess.run(["sqlite3", os.path.join(work, "imported.sqlite"), "PRAGMA wal_checkpoint(TRUNCATE)"], check=True, capture_output=True)
    programme_before(kind, target)
    def query(sql):
        return subprocess.run(["sqlite3", target, sql], check=True, capture_output=True, text=True).stdout.split("\n")[:-1]
    columns = ", ".join(name for name in query(f"SELECT name FROM pragma_table_info('{kind}')") if name != "id")
    indexes = query(f"SELECT name || '|' || sql FROM sqlite_master WHERE type = 'index' AND tbl_name = '{kind}' AND sql NOT LIKE 'CREATE UNIQUE%'")
    script = "\n".join([
        "PRAGMA cache_size = -65536;", "PRAGMA foreign_keys = OFF;", "PRAGMA temp_store = MEMORY;",
        f"ATTACH '{os.path.join(work, 'imported.sqlite')}' AS imported;",
        f"CREATE TEMP TABLE staged AS SELECT {columns} FROM imported.{kind} ORDER BY id;", "DETACH imported;",
        ".timer on", "BEGIN IMMEDIATE;"]
        + [f"DROP INDEX {line.split('|', 1)[0]};" for line in indexes]
        + [f"INSERT INTO {kind} ({columns}) SELECT {columns} FROM staged WHERE true ON CONFLICT (ref) DO NOTHING;"]
        + [line.split("|", 1)[1] + ";" for line in indexes]
        + ["COMMIT;"])
    os.sync()
    result = subprocess.run(["sqlite3", target], input=script, check=True, capture_output=True, text=True)
    return sum(float(line.split()[3]) for line in result.stdout.splitlines() if line.startswith("Run Time:"))

cases = [
    ("learners", os.path.join(files, "learners.csv"),
     "learner_ref TEXT PRIMARY KEY, name, year_of_birth, centre_ref, enrolled_on, preferred_language, postcode_district, large_print, open_data_consent"),
    ("tutors", os.path.join(files, "many-tutors.csv"),
     "tutor_ref TEXT PRIMARY KEY, name, centre_ref, dbs_checked_on, dbs_expires_on, trained_on, role"),
]
print("| import | rows | skills best (s) | sqlite3 .import best (s) | ratio | SQLite alone best (s) | its ratio | skills runs (s) |")
print("|---|---:|---:|---:|---:|---:|---:|---|")
for kind, file, columns in cases:
    rows = sum(1 for _ in open(file, encoding="utf-8")) - 1
    mine, theirs, alone = [], [], []
    for _ in range(repeats):
        mine.append(ours(kind, file))
        theirs.append(bare(columns, file))
        alone.append(sqlite_alone(kind))
    runs = ", ".join(f"{s:.3f}" for s in mine)
    limit = min(theirs)
    print(f"| {kind} | {rows:,} | {min(mine):.3f} | {limit:.3f} | {min(mine) / limit:.2f}x | {min(alone):.3f} | {min(alone) / limit:.2f}x | {runs} |")
print(f"\nload average after: {' '.join(open('/proc/loadavg').read().split()[:3])}")
PY
