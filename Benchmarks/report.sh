#!/usr/bin/env bash
# Regional report benchmark: `skills report regional` (PDF, CSV, JSON and open files) against the plainest aggregation,
# one GROUP BY region over every session joined to learners and centres in the sqlite3 shell
# (../shared/baselines/README.md), on the same database in the same run, for the whole UK and for one region
# (Yorkshire and The Humber, by local authority). Prints the times and both ratios.
# usage: Benchmarks/report.sh [LEARNERS]   (default 100000, which makes about a million session rows)
# With SKILLS_COMPARE=/path/to/an/older/skills, that binary writes the same report in the same interleaved runs.
set -euo pipefail
cd "$(dirname "$0")/.."
learners=${1:-100000}
# SKILLS_BINARY names a binary built already; otherwise the current sources are built for release.
skills=${SKILLS_BINARY:-}
if [ -z "$skills" ]; then swift build -c release --product skills --static-swift-stdlib >/dev/null; skills=$PWD/.build/release/skills; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SKILLS_DB=$work/programme.sqlite SKILLS_TODAY=2026-11-26 SKILLS_ACTOR=benchmark
$skills init >/dev/null
$skills demo --learners "$learners" --seed 1 --files "$work/files" >/dev/null
rows=$(sqlite3 "$SKILLS_DB" "SELECT count(*) FROM sessions")
echo "sessions: $rows rows"

# Best of three runs each, interleaved: the machine is shared and noisy.
timed() { local start end; start=$(date +%s.%N); "$@" >"$work/last.txt"; end=$(date +%s.%N); python3 -c "print(round($end - $start, 3))"; }
best() { python3 -c "import sys; print(min(float(x) for x in sys.argv[1:]))" "$@"; }
sql="SELECT c.region_code, count(*), sum(s.minutes) FROM sessions s JOIN learners l ON l.id = s.learner_id JOIN centres c ON c.id = l.centre_id GROUP BY c.region_code;"
sqlite3 "$SKILLS_DB" "$sql" >/dev/null   # warm the page cache for both
limits=() ours_runs=() region_runs=() old_runs=()
for run in 1 2 3; do
  limits+=("$(timed sqlite3 "$SKILLS_DB" "$sql")")
  ours_runs+=("$(timed $skills report regional --out "$work/report")")
  region_runs+=("$(timed $skills report regional --region E12000003 --out "$work/region")")
  if [ -n "${SKILLS_COMPARE:-}" ]; then old_runs+=("$(timed "$SKILLS_COMPARE" report regional --out "$work/report-old")"); fi
done
limit=$(best "${limits[@]}") ours=$(best "${ours_runs[@]}") region=$(best "${region_runs[@]}")
echo "baseline  sqlite3 GROUP BY region: $limit s (runs: ${limits[*]})"
echo "skills    report regional (PDF, CSV, JSON, open files): $ours s (runs: ${ours_runs[*]})"
echo "skills    report regional --region E12000003: $region s (runs: ${region_runs[*]})"
python3 -c "print(f'ratio to the sqlite3 GROUP BY, UK: {$ours / $limit:.2f}x; one region: {$region / $limit:.2f}x (target <= 3x)')"
if [ -n "${SKILLS_COMPARE:-}" ]; then
  old=$(best "${old_runs[@]}")
  echo "old       $SKILLS_COMPARE report regional: $old s (runs: ${old_runs[*]})"
  python3 -c "print(f'new / old: {$ours / $old:.3f}x (best of three each)')"
fi
