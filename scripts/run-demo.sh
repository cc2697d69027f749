#!/usr/bin/env bash
# The main job: sets everything up, then runs a demo programme end to end on the embedded SQLite default.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
swift build -c release --product skills
skills=.build/release/skills
out=${1:-out/demo}
rm -rf "$out" && mkdir -p "$out"
export SKILLS_DB="$out/programme.sqlite" SKILLS_ACTOR=demo-coordinator
$skills init --name "DigitalSkills Demo Programme"
$skills centre add CARD-01 --name "Cardiff Central Library" --region W92000004 --local-authority Cardiff
$skills tutor add T-ALED --name "Aled Rees" --centre CARD-01 --dbs-checked 2024-01-15 --trained 2024-02-01
$skills learner enrol --ref L-MOH --name "محمد عبد الله" --centre CARD-01 --language ar
$skills learner enrol --ref L-GWEN --name "Gwenllian Ŵyn" --centre CARD-01 --language cy --large-print
$skills session record --tutor T-ALED --learner L-MOH --learner L-GWEN --minutes 60 --outcome F1.1 --outcome S1.1
$skills progress L-MOH
echo "programme database: $SKILLS_DB"
