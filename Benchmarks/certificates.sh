#!/usr/bin/env bash
# Certificate benchmark, all in one run on this machine:
#  - one core: `skills certificate issue --jobs 1` per certificate vs ../shared/baselines/cert_limit.c (Cairo+Pango from C)
#  - both cores: 10,000 certificates with `skills certificate issue --all-eligible`
#  - the ReportLab peer (../shared/baselines/cert_reportlab.py), for the ratio
# usage: Benchmarks/certificates.sh
# With SKILLS_COMPARE=/path/to/an/older/skills, that binary issues the same one-core run from a copy of the same
# programme, straight after the new one.
set -euo pipefail
cd "$(dirname "$0")/.."
baselines=../shared/baselines
# SKILLS_BINARY names a binary built already; otherwise the current sources are built for release.
skills=${SKILLS_BINARY:-}
if [ -z "$skills" ]; then swift build -c release --product skills --static-swift-stdlib >/dev/null; skills=$PWD/.build/release/skills; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SKILLS_TODAY=2026-11-26 SKILLS_ACTOR=benchmark
seconds() { python3 -c "print(round($2 - $1, 3))"; }

gcc -O2 -o "$work/cert_limit" "$baselines/cert_limit.c" $(pkg-config --cflags --libs pangocairo cairo-pdf libqrencode)
mkdir -p "$work/c"
start=$(date +%s.%N); taskset -c 0 "$work/cert_limit" 1000 "$work/c"; end=$(date +%s.%N)
limit_ms=$(python3 -c "print(round(($end - $start) * 1000 / 1000, 2))")
echo "cert_limit.c, one core: 1000 pages, $limit_ms ms/page"

one=$work/one; mkdir -p "$one"
SKILLS_DB=$one/p.sqlite $skills demo --learners 360 --seed 2 --files "$one/files" >/dev/null
sqlite3 "$one/p.sqlite" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
cp "$one/p.sqlite" "$one/old.sqlite"; cp "$one/p.sqlite.signing-key" "$one/old.sqlite.signing-key"
# Issues every due certificate on one core with one binary; prints the milliseconds per certificate.
issue_one_core() {
  local start end out count
  start=$(date +%s.%N)
  out=$(SKILLS_DB=$2 taskset -c 0 "$1" certificate issue --all-eligible --jobs 1 --out "$3")
  end=$(date +%s.%N)
  count=$(echo "$out" | sed -nE 's/issued ([0-9]+) certificate.*/\1/p')
  echo "$count $(python3 -c "print(round(($end - $start) * 1000 / $count, 2))")"
}
read -r count ours_ms <<<"$(issue_one_core "$skills" "$one/p.sqlite" "$one/certs")"
echo "skills, one core: $count certificates (sign, record, draw), $ours_ms ms each"
if [ -n "${SKILLS_COMPARE:-}" ]; then
  # Interleaved: old, new, old, each from its own copy of the same programme.
  for run in 1 2 3; do cp "$one/old.sqlite" "$one/run$run.sqlite"; cp "$one/old.sqlite.signing-key" "$one/run$run.sqlite.signing-key"; done
  read -r _ old1 <<<"$(issue_one_core "$SKILLS_COMPARE" "$one/old.sqlite" "$one/certs-old1")"
  read -r _ new2 <<<"$(issue_one_core "$skills" "$one/run1.sqlite" "$one/certs-new2")"
  read -r _ old2 <<<"$(issue_one_core "$SKILLS_COMPARE" "$one/run2.sqlite" "$one/certs-old2")"
  echo "compare, ms per certificate: new $ours_ms, $new2; old ($SKILLS_COMPARE) $old1, $old2"
  python3 -c "print(f'new / old per certificate: {min($ours_ms, $new2) / min($old1, $old2):.3f}x (best of two each)')"
fi

many=$work/many; mkdir -p "$many"
SKILLS_DB=$many/p.sqlite $skills demo --learners 3700 --seed 3 --files "$many/files" >/dev/null
start=$(date +%s.%N)
out=$(SKILLS_DB=$many/p.sqlite $skills certificate issue --all-eligible --out "$many/certs")
end=$(date +%s.%N)
many_count=$(echo "$out" | sed -nE 's/issued ([0-9]+) certificate.*/\1/p')
echo "skills, both cores: $many_count certificates in $(seconds "$start" "$end") s"

python3 -c "import reportlab" 2>/dev/null || python3 -m pip install --quiet reportlab
mkdir -p "$work/r"
start=$(date +%s.%N); taskset -c 0 python3 "$baselines/cert_reportlab.py" 300 "$work/r"; end=$(date +%s.%N)
reportlab_ms=$(python3 -c "print(round(($end - $start) * 1000 / 300, 2))")
echo "ReportLab, one core: 300 pages, $reportlab_ms ms/page"
python3 - "$ours_ms" "$limit_ms" "$reportlab_ms" <<'PY'
import sys
ours, limit, reportlab = map(float, sys.argv[1:])
print(f"per certificate vs cert_limit.c: {ours / limit:.2f}x (target <= 1.25x); ReportLab is {reportlab / ours:.1f}x slower than skills")
PY
