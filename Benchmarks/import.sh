#!/usr/bin/env bash
# Import benchmark: `skills import sessions` against the sqlite3 shell's .import (../shared/baselines/import_limit.sh)
# on the same 1,000,000-row file, in the same run. Prints both times, the ratio, rows/s and peak memory.
# usage: Benchmarks/import.sh [LEARNERS]   (default 100000, which makes about a million session rows)
set -euo pipefail
cd "$(dirname "$0")/.."
learners=${1:-100000}
baseline=../shared/baselines/import_limit.sh
swift build -c release --product skills >/dev/null
skills=$PWD/.build/release/skills
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

start=$(date +%s.%N)
/usr/bin/time -v -o "$work/time.txt" $skills import sessions "$work/files/sessions.csv" > "$work/import.txt"
end=$(date +%s.%N)
ours=$(python3 -c "print(round($end - $start, 3))")
peak=$(awk -F: '/Maximum resident set size/ {print int($2/1024)}' "$work/time.txt")
echo "skills    $(cat "$work/import.txt")"
python3 - "$ours" "$limit" "$rows" "$peak" <<'PY'
import sys
ours, limit, rows, peak = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
print(f"skills import: {ours:.2f} s wall, {rows / ours:,.0f} rows/s, peak RSS {peak} MB")
print(f"ratio to sqlite3 .import: {ours / limit:.2f}x (target <= 1.5x); peak memory target < 150 MB")
PY
