#!/usr/bin/env bash
# Runs the whole test suite against both stores: installs what the tests need, builds the `skills` binary, starts a
# throwaway PostgreSQL cluster (removed on exit) unless SKILLS_TEST_POSTGRES_URL already names a server, runs
# `swift test`, then drives `skills serve` in a real browser.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
swift build --build-tests
if [ -z "${SKILLS_TEST_POSTGRES_URL:-}" ]; then
  eval "$(bash scripts/postgres-test-cluster.sh start)"
  trap 'bash scripts/postgres-test-cluster.sh stop "$SKILLS_TEST_POSTGRES_DIR"' EXIT
  echo "testing PostgreSQL on the throwaway cluster $SKILLS_TEST_POSTGRES_URL"
fi
swift test --skip-build --disable-xctest "$@"
# A small-N smoke run of the scale benchmark, so it never rots (the real runs are 10k, 100k and 1M learners).
SKILLS_BINARY="$(swift build --show-bin-path)/skills" bash Benchmarks/scale.sh 200 1 >/dev/null
# A tutor's journey through `skills serve` in headless Chromium, with an axe-core scan of every page in both languages.
python3 Tests/Browser/serve_journey.py "$(swift build --show-bin-path)/skills"
