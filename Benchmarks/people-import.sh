#!/usr/bin/env bash
# People import benchmark: `skills import learners` and `skills import tutors` against the sqlite3 shell's .import of
# the same file into a bare table (ref as primary key), interleaved (skills, sqlite3, skills, sqlite3 …), each into a
# fresh copy of a programme that already has its centres. Prints the best of each, the ratio and the load average.
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
    """Runs a command and returns its wall time in seconds; stops the benchmark if it fails."""
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{result.stdout.decode()[-1000:]}{result.stderr.decode()[-2000:]}")
    return seconds

def ours(kind, file):
    target = os.path.join(work, "run.sqlite")
    subprocess.run(["cp", os.path.join(work, "centres.sqlite"), target], check=True)
    for suffix in ("-wal", "-shm"):
        if os.path.exists(target + suffix): os.remove(target + suffix)
    if kind == "learners":
        subprocess.run([skills, "import", "tutors", os.path.join(files, "tutors.csv")], env=dict(os.environ, SKILLS_DB=target), check=True, capture_output=True)
    return timed([skills, "import", kind, file], env=dict(os.environ, SKILLS_DB=target))

def bare(columns, file):
    target = os.path.join(work, "bare.sqlite")
    if os.path.exists(target): os.remove(target)
    return timed(["sqlite3", target, "-cmd", f"CREATE TABLE people ({columns})", f".import --csv --skip 1 {file} people"])

cases = [
    ("learners", os.path.join(files, "learners.csv"),
     "learner_ref TEXT PRIMARY KEY, name, year_of_birth, centre_ref, enrolled_on, preferred_language, postcode_district, large_print, open_data_consent"),
    ("tutors", os.path.join(files, "many-tutors.csv"),
     "tutor_ref TEXT PRIMARY KEY, name, centre_ref, dbs_checked_on, dbs_expires_on, trained_on, role"),
]
print("| import | rows | skills best (s) | sqlite3 .import best (s) | ratio | skills runs (s) |")
print("|---|---:|---:|---:|---:|---|")
for kind, file, columns in cases:
    rows = sum(1 for _ in open(file, encoding="utf-8")) - 1
    mine, theirs = [], []
    for _ in range(repeats):
        mine.append(ours(kind, file))
        theirs.append(bare(columns, file))
    runs = ", ".join(f"{s:.3f}" for s in mine)
    print(f"| {kind} | {rows:,} | {min(mine):.3f} | {min(theirs):.3f} | {min(mine) / min(theirs):.2f}x | {runs} |")
print(f"\nload average after: {' '.join(open('/proc/loadavg').read().split()[:3])}")
PY
