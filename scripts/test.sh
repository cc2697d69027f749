#!/usr/bin/env bash
# Runs the whole test suite: installs what the tests need, builds the `skills` binary, runs `swift test`, then drives
# `skills serve` in a real browser.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
swift build --build-tests
swift test --skip-build --disable-xctest "$@"
# A tutor's journey through `skills serve` in headless Chromium, with an axe-core scan of every page in both languages.
python3 Tests/Browser/serve_journey.py "$(swift build --show-bin-path)/skills"
