#!/usr/bin/env bash
# The main job on the embedded SQLite default: sets everything up, builds `skills`, then runs a demo programme end to
# end — a year of sessions imported, every certificate due issued, the regional report and open data produced —
# and prints where the outputs are.  usage: scripts/run-demo.sh [OUTPUT-DIR] [LEARNERS]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
swift build -c release --product skills --static-swift-stdlib
skills=$PWD/.build/release/skills
out=${1:-out/demo}
learners=${2:-1500}
rm -rf "$out" && mkdir -p "$out"
export SKILLS_DB="$out/programme.sqlite" SKILLS_ACTOR=demo-coordinator

echo "== a demo programme: $learners learners, their centres, tutors and a year of sessions"
$skills demo --learners "$learners" --seed 2026 --files "$out/data"
echo "== certificates for everything learners have earned"
$skills certificate issue --all-eligible --out "$out/certificates"
echo "== the regional report, open data and the tutor report"
$skills report regional --period "$(date +%Y)" --out "$out/report"   # open data: standard periods only
$skills report tutors --out "$out/report/tutors"
$skills key export-public > "$out/programme-public-key.pem"

echo
echo "Outputs:"
echo "  programme database    $SKILLS_DB (signing key: $SKILLS_DB.signing-key)"
echo "  imported CSV files    $out/data/"
echo "  certificates          $out/certificates/ ($(find "$out/certificates" -name '*.pdf' | wc -l) PDFs, a folder per centre)"
echo "  regional report       $out/report/regional-report.pdf"
echo "  figures and open data $out/report/regional.csv, regional.json, regional-trend.csv, open/"
echo "  tutor report          $out/report/tutors/"
echo "  public key            $out/programme-public-key.pem (verify offline: skills certificate verify FILE --public-key it)"
