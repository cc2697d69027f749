#!/usr/bin/env bash
# PostgreSQL benchmarks, each against PostgreSQL's own tools in the same run:
#  1. `skills import sessions` of the demo's ~1,000,000 rows against `psql -c "\copy sessions_bare FROM file CSV HEADER"`
#     into a bare table with the same columns (target <= 1.5x);
#  2. `skills report regional` on 100,000 learners against the equivalent single GROUP BY in psql (target <= 3x);
#  3. `skills session record`, process start to exit (target < 100 ms).
# The programme is made in SQLite with `skills demo` and moved with `skills migrate-store`.
# usage: Benchmarks/postgres.sh [LEARNERS]   (default 100000, which makes about a million session rows)
# Uses the server in SKILLS_TEST_POSTGRES_URL (a database its user may create databases from), else starts a throwaway
# cluster with scripts/postgres-test-cluster.sh and removes it afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
learners=${1:-100000}
# SKILLS_BINARY names a binary built already; otherwise the current sources are built for release.
skills=${SKILLS_BINARY:-}
if [ -z "$skills" ]; then swift build -c release --product skills --static-swift-stdlib >/dev/null; skills=$PWD/.build/release/skills; fi
work=$(mktemp -d)
if [ -z "${SKILLS_TEST_POSTGRES_URL:-}" ]; then
  eval "$(bash scripts/postgres-test-cluster.sh start)"
  cluster=$SKILLS_TEST_POSTGRES_DIR
fi
server=$SKILLS_TEST_POSTGRES_URL
base=${server%/*}
suffix=$$
psql_at() { psql "$1" -X -q -A -t -v ON_ERROR_STOP=1 "${@:2}"; }
export SKILLS_TODAY=2026-11-26 SKILLS_ACTOR=benchmark SKILLS_KEY=$work/signing-key.pem

timed() { local start end; start=$(date +%s.%N); "$@" >"$work/last.txt"; end=$(date +%s.%N); python3 -c "print(round($end - $start, 3))"; }
best() { python3 -c "import sys; print(min(float(x) for x in sys.argv[1:]))" "$@"; }
# A new PostgreSQL database holding a copy of an SQLite programme; prints its URL.
moved() {
  local name=bench_${1}_$suffix
  psql_at "$server" -c "CREATE DATABASE $name" >/dev/null
  echo "$name" >> "$work/databases"
  SKILLS_DB= "$skills" migrate-store --from "$2" --to "$base/$name" >/dev/null
  echo "$base/$name"
}
# Drops the benchmark's databases, stops a throwaway cluster, removes the files.
cleanup() {
  if [ -f "$work/databases" ]; then
    while read -r name; do psql_at "$server" -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" || true; done < "$work/databases"
  fi
  if [ -n "${cluster:-}" ]; then bash scripts/postgres-test-cluster.sh stop "$cluster"; fi
  rm -rf "$work"
}
trap cleanup EXIT

# The people without sessions, and the whole demo with them.
export SKILLS_DB=$work/people.sqlite
"$skills" init >/dev/null
"$skills" demo --learners "$learners" --seed 1 --files "$work/files" --files-only >/dev/null
for kind in centres tutors learners; do "$skills" import $kind "$work/files/$kind.csv" >/dev/null; done
rows=$(($(wc -l < "$work/files/sessions.csv") - 1))
echo "sessions.csv: $rows rows, $(du -h "$work/files/sessions.csv" | cut -f1); learners: $learners"

# 1. Import: three runs each, interleaved (psql, skills, psql, skills …), each into a fresh copy of the programme
# without sessions, made from a template database.
people_db=$(moved people "$work/people.sqlite")
fresh() {
  local name=bench_${1}_$suffix
  psql_at "$server" -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" \
    -c "CREATE DATABASE $name TEMPLATE ${people_db##*/}" >/dev/null
  grep -qx "$name" "$work/databases" || echo "$name" >> "$work/databases"
  psql_at "$base/$name" -c "CHECKPOINT" >/dev/null
  echo "$base/$name"
}
limits=() ours_runs=()
for run in 1 2 3; do
  bare_db=$(fresh bare)
  psql_at "$bare_db" -c "CREATE TABLE sessions_bare (session_ref TEXT, date TEXT, learner_ref TEXT, tutor_ref TEXT, minutes INTEGER, mode TEXT, outcomes TEXT, notes TEXT)"
  limits+=("$(timed psql_at "$bare_db" -c "\\copy sessions_bare FROM '$work/files/sessions.csv' CSV HEADER")")
  import_db=$(fresh import)
  ours_runs+=("$(SKILLS_DB=$import_db timed /usr/bin/time -v -o "$work/time.txt" "$skills" import sessions "$work/files/sessions.csv")")
done
limit=$(best "${limits[@]}") ours=$(best "${ours_runs[@]}")
echo "baseline  psql \\copy sessions_bare: $limit s (runs: ${limits[*]})"
echo "skills    import sessions: $ours s (runs: ${ours_runs[*]}); last: $(cat "$work/last.txt")"
peak=$(awk -F: '/Maximum resident set size/ {print int($2/1024)}' "$work/time.txt")
python3 -c "print(f'import: {$ours:.2f} s, {$rows / $ours:,.0f} rows/s, peak RSS $peak MB; ratio to psql \\\\copy: {$ours / $limit:.2f}x (target <= 1.5x)')"

# 2. Regional report, on the imported programme.
sql="SELECT c.region_code, count(*), sum(s.minutes) FROM sessions s JOIN learners l ON l.id = s.learner_id JOIN centres c ON c.id = l.centre_id GROUP BY c.region_code"
psql_at "$import_db" -c "VACUUM ANALYZE" >/dev/null
psql_at "$import_db" -c "$sql" >/dev/null   # warm the cache for both
limits=() ours_runs=()
for run in 1 2 3; do
  limits+=("$(timed psql_at "$import_db" -c "$sql")")
  ours_runs+=("$(SKILLS_DB=$import_db timed "$skills" report regional --out "$work/report")")
done
limit=$(best "${limits[@]}") ours=$(best "${ours_runs[@]}")
echo "baseline  psql GROUP BY region: $limit s (runs: ${limits[*]})"
echo "skills    report regional (PDF, CSV, JSON, open files): $ours s (runs: ${ours_runs[*]})"
python3 -c "print(f'report: ratio to the psql GROUP BY: {$ours / $limit:.2f}x (target <= 3x)')"

# 3. One session recorded, process start to exit.
tutor=$(psql_at "$import_db" -c "SELECT t.ref FROM tutors t JOIN learners l ON l.centre_id = t.centre_id ORDER BY t.ref LIMIT 1")
learner=$(psql_at "$import_db" -c "SELECT l.ref FROM learners l JOIN tutors t ON t.centre_id = l.centre_id WHERE t.ref = '$tutor' AND l.status = 'active' ORDER BY l.ref LIMIT 1")
record_runs=()
for run in 1 2 3 4 5; do
  record_runs+=("$(SKILLS_DB=$import_db timed "$skills" session record --tutor "$tutor" --learner "$learner" --minutes 30)")
done
record=$(best "${record_runs[@]}")
python3 -c "print(f'session record: best {$record * 1000:.0f} ms (runs: ${record_runs[*]} s; target < 100 ms)')"
echo "load: $(uptime)"
