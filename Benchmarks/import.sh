#!/usr/bin/env bash
# Import benchmark: `skills import sessions` against the sqlite3 shell's .import (../shared/baselines/import_limit.sh)
# on the same 1,000,000-row file, in the same run. Prints both times, the ratio, rows/s and peak memory.
# usage: Benchmarks/import.sh [LEARNERS]   (default 100000, which makes about a million session rows)
# With SKILLS_COMPARE=/path/to/an/older/skills, both binaries import the same file into copies of the same database,
# interleaved (new, old, new, old), and the best of each is compared.
set -euo pipefail
cd "$(dirname "$0")/.."
learners=${1:-100000}
baseline=../shared/baselines/import_limit.sh
# SKILLS_BINARY names a binary built already; otherwise the current sources are built for release.
skills=${SKILLS_BINARY:-}
if [ -z "$skills" ]; then swift build -c release --product skills --static-swift-stdlib >/dev/null; skills=$PWD/.build/release/skills; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SKILLS_DB=$work/programme.sqlite SKILLS_TODAY=2026-11-26 SKILLS_ACTOR=benchmark
$skills init >/dev/null
$skills demo --learners "$learners" --seed 1 --files "$work/files" --files-only >/dev/null
for kind in centres tutors learners; do $skills import $kind "$work/files/$kind.csv" >/dev/null; done
rows=$(($(wc -l < "$work/files/sessions.csv") - 1))
echo "sessions.csv: $rows rows, $(du -h "$work/files/sessions.csv" | cut -f1)"

limit_line=$(bash "$baseline" "$work/files/sessions.csv")
limit=$(echo "$limit_line" | sed -E 's/.* in ([0-9.]+) s/\1/')
echo "baseline  $limit_line"

sqlite3 "$SKILLS_DB" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
cp "$SKILLS_DB" "$work/before.sqlite"
# Imports the sessions with one binary into a fresh copy of the prepared database; prints the seconds it took.
import_with() {
  cp "$work/before.sqlite" "$work/run.sqlite"; rm -f "$work/run.sqlite-wal" "$work/run.sqlite-shm"
  local start end
  start=$(date +%s.%N)
  SKILLS_DB=$work/run.sqlite /usr/bin/time -v -o "$work/time-$2.txt" "$1" import sessions "$work/files/sessions.csv" > "$work/import-$2.txt"
  end=$(date +%s.%N)
  python3 -c "print(round($end - $start, 3))"
}
ours=$(import_with "$skills" new)
cp "$work/import-new.txt" "$work/import.txt"; cp "$work/time-new.txt" "$work/time.txt"
if [ -n "${SKILLS_COMPARE:-}" ]; then
  old1=$(import_with "$SKILLS_COMPARE" old); new2=$(import_with "$skills" new); old2=$(import_with "$SKILLS_COMPARE" old)
  best_new=$(python3 -c "print(min($ours, $new2))"); best_old=$(python3 -c "print(min($old1, $old2))")
  echo "compare   new: $ours s, $new2 s; old ($SKILLS_COMPARE): $old1 s, $old2 s"
  python3 -c "print(f'new / old: {$best_new / $best_old:.3f}x (best of two each)')"
fi
peak=$(awk -F: '/Maximum resident set size/ {print int($2/1024)}' "$work/time.txt")
echo "skills    $(cat "$work/import.txt")"
python3 - "$ours" "$limit" "$rows" "$peak" <<'PY'
import sys
ours, limit, rows, peak = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
print(f"skills import: {ours:.2f} s wall, {rows / ours:,.0f} rows/s, peak RSS {peak} MB")
print(f"ratio to sqlite3 .import: {ours / limit:.2f}x (target <= 1.5x); peak memory target < 150 MB")
PY
